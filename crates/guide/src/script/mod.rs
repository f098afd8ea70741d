//! Is a text in its locale's script, and is it English? Checks for translations that come back from a review
//! sheet (`amparo l10n import`) and for pages that must not show English outside the lines meant to be read
//! out in English (the browser test): letters of another script, Urdu letters in Arabic and Arabic ones in
//! Urdu, Traditional characters in Simplified Chinese and the reverse, and English sentences.

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

/// English words that no other locale of the guide writes as words of its own (no "a", "do", "to", "on",
/// "or", "an", "he", "has", "no", "me": Spanish, French, Polish or Haitian words too), and a few that this
/// site would show in an English sentence.
const ENGLISH_WORDS: &[&str] = &[
    "the",
    "and",
    "you",
    "your",
    "yours",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "of",
    "with",
    "this",
    "that",
    "these",
    "those",
    "not",
    "have",
    "had",
    "it",
    "its",
    "for",
    "can",
    "cannot",
    "may",
    "might",
    "will",
    "would",
    "should",
    "must",
    "from",
    "they",
    "them",
    "their",
    "we",
    "our",
    "him",
    "his",
    "her",
    "she",
    "what",
    "who",
    "which",
    "when",
    "where",
    "why",
    "how",
    "there",
    "here",
    "if",
    "at",
    "by",
    "about",
    "into",
    "only",
    "any",
    "all",
    "some",
    "does",
    "did",
    "don't",
    "doesn't",
    "isn't",
    "aren't",
    "please",
    "choose",
    "language",
    "know",
    "rights",
    "warrant",
    "judge",
    "signed",
    "lawyer",
    "help",
    "call",
    "free",
    "privacy",
    "tracking",
    "read",
    "send",
    "smaller",
    "empty",
    "nothing",
    "something",
    "went",
    "wrong",
    "kept",
    "check",
    "paper",
    "door",
    "officers",
    "enough",
    "give",
    "name",
    "address",
    "checked",
    "upload",
    "again",
    "text",
    "am",
    "want",
    "speak",
    "afraid",
    "return",
    "country",
    "right",
    "remain",
    "silent",
    "search",
    "street",
    "city",
    "exercising",
    "speaker",
    "reviewed",
    "arrested",
    "family",
    "anything",
    "without",
    "screen",
    "checker",
    "lawyers",
    "staff",
    "opened",
    "connection",
    "device",
    "arrest",
    "order",
    "detain",
    "release",
    "person",
    "starts",
    "wallet",
    "sheet",
    "print",
    "sides",
    "changed",
    "law",
    "reported",
    "news",
    "confirmed",
    "official",
    "monday",
    "friday",
    "saturday",
    "sunday",
    "issued",
    "guidance",
    "around",
    "more",
    "translation",
    "sign",
    "both",
    "led",
    "up",
    "consent",
    "agencies",
    "disagree",
    "jail",
    "custody",
    "today",
    "tomorrow",
    "safer",
    "form",
    "appear",
    "request",
    // Words of the tools' forms (plan, presence, record), none of them a word of es, fr, ht or pl.
    "number",
    "digits",
    "proof",
    "years",
    "school",
    "record",
    "child",
    "children",
    "worship",
    "birth",
    "certificate",
    "born",
    "save",
    "draft",
    "ago",
    "plate",
    "license",
    "many",
    "most",
    "first",
    "hours",
    "papers",
    "officer",
    "bottom",
    "left",
    "such",
    "made",
    "copy",
    "full",
    "often",
];

/// The words of `text` that are English words of a list of common ones (lower case).
/// The pronoun "I" counts too (written so: no other language of the guide has it as a capital word alone,
/// except Polish "I" (and) opening a sentence, which one word does not make English). A form number such as
/// I-205 is one word, not "I".
pub fn english_words(text: &str) -> Vec<String> {
    words(text)
        .map(|w| w.trim_matches(['\'', '\u{2019}', '-']).replace('\u{2019}', "'"))
        .filter(|w| w == "I" || w.starts_with("I'") || ENGLISH_WORDS.contains(&w.to_lowercase().as_str()))
        .map(|w| w.to_lowercase())
        .collect()
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}' | '-')))
        .filter(|w| w.chars().any(char::is_alphabetic))
}

/// Whether `text` reads as an English sentence: at least three English words, or two that make half its
/// words (a short English label such as "Choose your language").
pub fn looks_english(text: &str) -> bool {
    let n = words(text).count();
    let english = english_words(text).len();
    english >= 3 || (english >= 2 && english * 2 >= n)
}

/// Words printed in English on the papers people are told to read ("United States District Court").
const PRINTED_WORDS: &[&str] = &[
    "united",
    "states",
    "district",
    "court",
    "department",
    "homeland",
    "security",
    "immigration",
    "customs",
    "enforcement",
    "warrant",
    "arrest",
    "removal",
    "notice",
    "appear",
    "search",
    "seizure",
    "supreme",
    "county",
];

/// A quotation of words printed in English: every word capitalised (or a small English word), and one of
/// them English.
fn printed_english(inner: &str) -> bool {
    let ws: Vec<&str> = words(inner).collect();
    !ws.is_empty()
        && ws
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) || ["of", "and", "the", "for", "to"].contains(w))
        && ws.iter().any(|w| {
            let l = w.to_lowercase();
            PRINTED_WORDS.contains(&l.as_str()) || ENGLISH_WORDS.contains(&l.as_str())
        })
}

/// Opening and closing quotation marks of the guide's languages.
const QUOTES: &[(char, char)] = &[
    ('"', '"'),
    ('\u{201c}', '\u{201d}'),
    ('\u{201e}', '\u{201d}'),
    ('\u{201e}', '\u{201c}'),
    ('\u{00ab}', '\u{00bb}'),
    ('\u{300c}', '\u{300d}'),
    ('\u{300e}', '\u{300f}'),
];

/// The parts of `text` (a translation into `locale`) that are English meant to be shown as English: any of
/// `lines` (the lines people say to officers, longest first), and quoted words printed in English on a
/// paper ("United States District Court"): a quotation in Latin letters in a locale that does not write
/// Latin, or one that reads as English. Byte ranges, in order, not overlapping.
pub fn english_spans(locale: &str, text: &str, lines: &[String]) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let free = |spans: &[(usize, usize)], a: usize, b: usize| spans.iter().all(|&(x, y)| b <= x || a >= y);
    for line in lines {
        for needle in [line.as_str(), line.trim_end_matches(['.', '?', '!'])] {
            if needle.len() < 4 {
                continue;
            }
            let mut from = 0;
            while let Some(i) = text[from..].find(needle) {
                let (a, b) = (from + i, from + i + needle.len());
                if free(&spans, a, b) {
                    spans.push((a, b));
                }
                from = b;
            }
        }
    }
    let latin_locale = script_of(locale) == Script::Latin;
    for (i, c) in text.char_indices() {
        let Some(&(_, close)) = QUOTES.iter().find(|(o, _)| *o == c) else {
            continue;
        };
        let start = i + c.len_utf8();
        let Some(len) = text[start..].find(close) else { continue };
        let inner = &text[start..start + len];
        let letters: Vec<Option<Script>> = inner.chars().filter(|c| c.is_alphabetic()).map(Script::of).collect();
        if letters.is_empty() || inner.contains('\n') {
            continue;
        }
        let all_latin = letters.iter().all(|s| *s == Some(Script::Latin));
        if all_latin
            && (!latin_locale || looks_english(inner) || printed_english(inner))
            && free(&spans, start, start + len)
        {
            spans.push((start, start + len));
        }
    }
    spans.sort_unstable();
    spans
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

    #[test]
    fn english_sentences_are_found_and_other_languages_are_not() {
        for en in [
            "Read from the top and bottom of the photo only: enough to tell what the paper is.",
            "Choose your language",
            "Know your rights when immigration agents come",
            "the file is empty",
        ] {
            assert!(looks_english(en), "{en}");
        }
        for other in [
            "No abra la puerta. Puede hablar a través de la puerta.",
            "Ne retenez pas la porte, et ne bloquez pas les agents.",
            "Nie otwieraj drzwi. To jest do sądu.",
            "Pa louvri pòt la. Ou ka pale atravè pòt la.",
            "Amparo — 26 Federal Plaza, ICE, NYPD",
            "Los formularios de ICE, como I-200, I-205 o I-247A, los firman oficiales.",
        ] {
            assert!(!looks_english(other), "{other}: {:?}", english_words(other));
        }
    }

    #[test]
    fn english_lines_and_printed_words_are_found_in_a_translation() {
        let lines = vec!["I do not consent to a search.".to_string()];
        let es = "Diga: \"I do not consent to a search.\" (No doy mi consentimiento.) Busque \"Department of Homeland Security\" o \"orden de arresto\".";
        let spans = english_spans("es", es, &lines);
        let got: Vec<&str> = spans.iter().map(|&(a, b)| &es[a..b]).collect();
        assert_eq!(
            got,
            ["I do not consent to a search.", "Department of Homeland Security"]
        );
        let ar = "ابحث عن «United States District Court» في الأعلى";
        let spans = english_spans("ar", ar, &[]);
        assert_eq!(
            spans.iter().map(|&(a, b)| &ar[a..b]).collect::<Vec<_>>(),
            ["United States District Court"]
        );
    }
}
