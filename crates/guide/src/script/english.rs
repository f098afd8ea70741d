//! Is a text English? The English words no other locale of the guide writes, a sentence that reads as English,
//! and the spans of a translation that are English on purpose (the lines read out to officers, the words printed
//! on the papers).

use super::{Script, script_of};

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
