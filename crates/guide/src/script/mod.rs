//! Is a text in its locale's script, and is it English? Checks for translations that come back from a review
//! sheet (`amparo l10n import`) and for pages that must not show English outside the lines meant to be read
//! out in English (the browser test): letters of another script, Urdu letters in Arabic and Arabic ones in
//! Urdu, Traditional characters in Simplified Chinese and the reverse, and English sentences (`english.rs`).

mod english;

pub use english::{english_spans, english_words, looks_english};

/// The writing system a locale's text is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
    Bengali,
    Arabic,
    Han,
    Hangul,
}

impl Script {
    pub fn name(self) -> &'static str {
        match self {
            Self::Latin => "Latin",
            Self::Cyrillic => "Cyrillic",
            Self::Bengali => "Bengali",
            Self::Arabic => "Arabic",
            Self::Han => "Chinese (Han)",
            Self::Hangul => "Korean (Hangul)",
        }
    }

    /// The script of a letter, if it is one of these.
    pub fn of(c: char) -> Option<Self> {
        match c {
            'A'..='Z' | 'a'..='z' | '\u{00c0}'..='\u{024f}' | '\u{1e00}'..='\u{1eff}' => Some(Self::Latin),
            '\u{0400}'..='\u{052f}' => Some(Self::Cyrillic),
            '\u{0980}'..='\u{09ff}' => Some(Self::Bengali),
            '\u{0600}'..='\u{06ff}' | '\u{0750}'..='\u{077f}' | '\u{fb50}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}' => {
                Some(Self::Arabic)
            }
            '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}' => Some(Self::Han),
            '\u{ac00}'..='\u{d7af}' | '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}' => Some(Self::Hangul),
            _ => None,
        }
    }
}

/// The script a locale writes in, and the others it may use (Korean may use Han; every locale may quote Latin:
/// ICE, I-205, 26 Federal Plaza).
pub fn script_of(locale: &str) -> Script {
    match locale.split('-').next().unwrap_or(locale) {
        "ru" => Script::Cyrillic,
        "bn" => Script::Bengali,
        "ar" | "ur" => Script::Arabic,
        "zh" => Script::Han,
        "ko" => Script::Hangul,
        _ => Script::Latin,
    }
}

/// Letters Urdu (and Persian) write that Arabic does not.
const URDU_ONLY: &[char] = &[
    '\u{0679}', '\u{0688}', '\u{0691}', '\u{06ba}', '\u{06be}', '\u{06c1}', '\u{06cc}', '\u{06d2}', '\u{06a9}',
    '\u{06af}', '\u{067e}', '\u{0686}', '\u{0698}', '\u{06d4}',
];
/// Arabic letters for which Urdu writes another (ي → ی, ك → ک).
const ARABIC_NOT_URDU: &[(char, char)] = &[('\u{064a}', '\u{06cc}'), ('\u{0643}', '\u{06a9}')];

/// Frequent characters whose Simplified and Traditional forms differ: (Simplified, Traditional). Only pairs
/// where neither form is also correct in the other script.
const HAN_PAIRS: &[(char, char)] = &[
    ('这', '這'),
    ('们', '們'),
    ('说', '說'),
    ('时', '時'),
    ('为', '為'),
    ('会', '會'),
    ('对', '對'),
    ('证', '證'),
    ('国', '國'),
    ('没', '沒'),
    ('请', '請'),
    ('让', '讓'),
    ('认', '認'),
    ('识', '識'),
    ('过', '過'),
    ('还', '還'),
    ('进', '進'),
    ('门', '門'),
    ('问', '問'),
    ('间', '間'),
    ('关', '關'),
    ('开', '開'),
    ('车', '車'),
    ('东', '東'),
    ('发', '發'),
    ('个', '個'),
    ('从', '從'),
    ('动', '動'),
    ('应', '應'),
    ('该', '該'),
    ('将', '將'),
    ('与', '與'),
    ('书', '書'),
    ('务', '務'),
    ('员', '員'),
    ('单', '單'),
    ('报', '報'),
    ('场', '場'),
    ('处', '處'),
    ('备', '備'),
    ('头', '頭'),
    ('实', '實'),
    ('权', '權'),
    ('决', '決'),
    ('离', '離'),
    ('难', '難'),
    ('电', '電'),
    ('话', '話'),
    ('给', '給'),
    ('经', '經'),
    ('执', '執'),
    ('签', '簽'),
    ('检', '檢'),
    ('护', '護'),
    ('联', '聯'),
    ('网', '網'),
    ('页', '頁'),
    ('录', '錄'),
    ('语', '語'),
    ('读', '讀'),
    ('写', '寫'),
    ('样', '樣'),
    ('区', '區'),
    ('医', '醫'),
    ('学', '學'),
    ('儿', '兒'),
    ('亲', '親'),
    ('属', '屬'),
    ('宪', '憲'),
    ('违', '違'),
    ('审', '審'),
    ('状', '狀'),
    ('馆', '館'),
    ('领', '領'),
];

/// What is wrong with the script of `text`, a translation into `locale` of `english`; `None` if nothing.
/// `text` and `english` are Fluent values: placeables (`{ $phone }`) are not read.
pub fn script_problem(locale: &str, english: &str, text: &str) -> Option<String> {
    let text = strip_placeables(text);
    let english = strip_placeables(english);
    let want = script_of(locale);
    let mut own = 0usize;
    let mut others: Vec<(Script, char)> = Vec::new();
    for c in text.chars() {
        match Script::of(c) {
            Some(s) if s == want => own += 1,
            Some(Script::Latin) => {}
            Some(Script::Han) if want == Script::Hangul => {}
            Some(s) if !others.iter().any(|(x, _)| *x == s) => others.push((s, c)),
            _ => {}
        }
    }
    if let Some((s, c)) = others.first() {
        return Some(format!(
            "contains {} letters (such as {c:?}); {locale} is written in {} script",
            s.name(),
            want.name()
        ));
    }
    let long_words = english
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3)
        .count();
    if want != Script::Latin && own == 0 && long_words > 0 {
        return Some(format!("has no {} letters: is it translated?", want.name()));
    }
    if long_words > 1 && text.trim() == english.trim() {
        return Some("is the English text: is it translated?".to_string());
    }
    match locale {
        "ar" => {
            if let Some(c) = text.chars().find(|c| URDU_ONLY.contains(c)) {
                return Some(format!(
                    "contains {c:?} (U+{:04X}), a letter of Urdu or Persian, not of Arabic",
                    c as u32
                ));
            }
        }
        "ur" => {
            if let Some((a, u)) = ARABIC_NOT_URDU.iter().find(|(a, _)| text.contains(*a)) {
                return Some(format!(
                    "contains the Arabic letter {a:?} (U+{:04X}); Urdu writes {u:?} (U+{:04X})",
                    *a as u32, *u as u32
                ));
            }
        }
        "zh-Hans" => {
            if let Some((s, t)) = HAN_PAIRS.iter().find(|(_, t)| text.contains(*t)) {
                return Some(format!(
                    "contains the Traditional character {t}; Simplified Chinese writes {s}"
                ));
            }
        }
        "zh-Hant" => {
            if let Some((s, t)) = HAN_PAIRS.iter().find(|(s, _)| text.contains(*s)) {
                return Some(format!(
                    "contains the Simplified character {s}; Traditional Chinese writes {t}"
                ));
            }
        }
        _ => {}
    }
    None
}

/// `text` without its Fluent placeables (`{ … }`, nested ones too).
fn strip_placeables(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_are_told_apart() {
        assert_eq!(script_problem("ru", "Hello there", "Здравствуйте"), None);
        assert!(script_problem("bn", "Hello there", "Здравствуйте").is_some_and(|e| e.contains("Cyrillic")));
        assert!(script_problem("ko", "Check the paper", "Check the paper").is_some());
        assert_eq!(script_problem("ko", "Check the paper", "ICE 서류를 확인하세요"), None);
        assert_eq!(script_problem("ko", "Form I-205", "양식 I-205 (法)"), None);
        assert!(script_problem("ar", "I am here", "میں یہاں ہوں").is_some_and(|e| e.contains("Urdu")));
        assert!(script_problem("ur", "yes", "نعم، كذلك").is_some_and(|e| e.contains("Urdu writes")));
        assert!(script_problem("zh-Hans", "say it", "這樣說").is_some_and(|e| e.contains("Traditional")));
        assert!(script_problem("zh-Hant", "say it", "这样说").is_some_and(|e| e.contains("Simplified")));
        assert_eq!(script_problem("zh-Hant", "say it", "這樣說"), None);
        assert_eq!(script_problem("es", "A4", "A4"), None);
        assert!(script_problem("es", "Check the paper", "Check the paper").is_some());
        assert_eq!(script_problem("es", "Call { $phone }", "Llame al { $phone }"), None);
        assert!(script_problem("ru", "Call { $phone }", "{ $phone }").is_some());
    }
}
