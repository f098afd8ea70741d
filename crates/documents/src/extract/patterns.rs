//! The regular expressions, compiled once: form numbers, editions, dates, names, addresses, case numbers,
//! check boxes and the "/s/" signature mark, each tolerant of OCR confusables and lost spaces.

use std::sync::OnceLock;

use amparo_text::regex_class;
use regex::Regex;

pub(super) struct Patterns {
    pub(super) dhs_form: Regex,
    pub(super) ao_form: Regex,
    pub(super) edition: Regex,
    pub(super) date_words: Regex,
    pub(super) date_slash: Regex,
    pub(super) date_iso: Regex,
    pub(super) date_day_of: Regex,
    pub(super) name_label: Regex,
    pub(super) name_after_paren: Regex,
    pub(super) name_probable_cause: Regex,
    pub(super) name_defendant: Regex,
    pub(super) name_caption_below: Regex,
    pub(super) address_label: Regex,
    pub(super) address_free: Regex,
    pub(super) case_number: Regex,
    pub(super) box_checked: Regex,
    pub(super) box_empty: Regex,
    pub(super) sig_mark: Regex,
}

/// A phrase as a regex tolerant of the characters read for its letters (i/l/1, o/0, s/5, b/8:
/// [`amparo_text::regex_class`]) and of lost or doubled spaces.
pub(super) fn tolerant(phrase: &str) -> String {
    let mut out = String::new();
    for c in phrase.chars() {
        if let Some(class) = regex_class(c) {
            out.push_str(class);
            continue;
        }
        match c.to_ascii_lowercase() {
            ' ' => out.push_str(r"[ \t]*"),
            '\'' => out.push_str("'?"),
            c if c.is_ascii_alphanumeric() => out.push(c),
            c => out.push_str(&regex::escape(&c.to_string())),
        }
    }
    out
}

pub(super) fn alternatives(phrases: &[&str]) -> String {
    phrases.iter().map(|p| tolerant(p)).collect::<Vec<_>>().join("|")
}

pub(super) fn patterns() -> &'static Patterns {
    static CELL: OnceLock<Patterns> = OnceLock::new();
    CELL.get_or_init(|| {
        let re = |s: &str| match Regex::new(s) {
            Ok(r) => r,
            Err(e) => panic!("built-in pattern {s:?} does not compile: {e}"),
        };
        // Month names, tolerant of the characters read for their letters (April → Apri1, October → 0ctober).
        let month_alts = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov",
            "Dec",
        ]
        .iter()
        .map(|m| {
            m.chars()
                .map(|c| regex_class(c).map_or_else(|| c.to_ascii_lowercase().to_string(), str::to_owned))
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("|");
        let month = format!("({month_alts})");
        let m = month.as_str();
        Patterns {
            // I-200, l-2OO, 1-205, I-247A … (a confusable I, a dash, three digit-likes, an optional letter)
            dhs_form: re(r"(?i)(?:^|[^A-Za-z0-9])(FORM\s*)?([Il1|])\s?[-–—~]\s?([0-9OoQDIl|SZB]{3})([ADNX])?(?:[^A-Za-z0-9]|$)"),
            ao_form: re(r"(?i)(?:^|[^A-Za-z0-9])(?:FORM\s*)?[A4][O0QD]\s?-?\s?([0-9OIl|S]{2,3})([ABC])?(?:[^A-Za-z0-9]|$)"),
            edition: re(r"(?i)\((?:Rev\.?|Revised|Ed\.?)\s*([0-9OIl/.\-]{4,10})\)"),
            date_words: re(&format!(r"(?i)\b{m}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")),
            date_slash: re(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"),
            date_iso: re(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
            date_day_of: re(&format!(r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+day\s+of\s+{m},?\s+(\d{{4}})\b")),
            name_label: re(&format!(
                r"(?im)^[ \t‘’'`|]*(?:{})[ \t]*:[ \t]*([^\n]{{2,80}})$",
                alternatives(&[
                    "name of alien",
                    "alien's name",
                    "name of subject",
                    "subject",
                    "full name",
                    "name",
                    "defendant",
                    "respondent",
                    "in the matter of",
                    "to be arrested"
                ])
            )),
            name_after_paren: re(&format!(
                r"(?i)\({}[^)\n]{{0,40}}\)[ \t]*([^\n]*)(?:\n[ \t]*([^\n]{{2,80}}))?",
                tolerant("name of")
            )),
            name_probable_cause: re(&format!(
                r"(?i){}\s+([^\n,]{{3,60}}?)\s*,?\s*(?:{})\s+(?:{})",
                tolerant("probable cause to believe that"),
                alternatives(&["is", "are"]),
                alternatives(&["removable", "subject"])
            )),
            // A name, then its caption on the next line; OCR often puts a blank line between them and reads
            // the caption's full stop as a comma.
            name_defendant: re(r"(?im)^[ \t‘’'`|]*([A-Z][A-Za-z0-9|.'\- ]{3,60}),?[ \t]+Defendant[.,]?[ \t]*$"),
            name_caption_below: re(&format!(
                r"(?im)^[ \t‘’'`|]*([A-Za-z][^\n]{{2,60}})\n(?:[ \t]*\n)?[ \t]*[\(\[{{]?(?:{})[\)\]}}]?[.,]?[ \t]*$",
                alternatives(&["full name of alien", "name of alien", "name of subject", "defendant", "respondent"])
            )),
            address_label: re(&format!(
                r"(?im)(?:{})\s*[:\-]?\s*([^\n]{{5,120}})",
                alternatives(&[
                    "last known address",
                    "last known residence",
                    "known residence",
                    "residence address",
                    "home address",
                    "address",
                    "premises known as",
                    "premises located at",
                    "located at",
                    "residing at",
                    "place to be searched"
                ])
            )),
            address_free: re(
                r"(?i)\b\d{1,5}(?:-\d{1,4})?\s+(?:[A-Za-z0-9.']+\s+){0,4}?(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Place|Pl|Drive|Dr|Lane|Ln|Terrace|Parkway|Pkwy|Broadway|Concourse)\b\.?[^\n]{0,70}",
            ),
            case_number: re(
                r"(?i)\b(?:case|file|docket|event|index|warrant)\s*(?:no\.?|number|#)\s*[:.]?\s*(A\s?\d{3}\s?\d{3}\s?\d{3}\b|[A-Za-z0-9][A-Za-z0-9:\-/]{2,30})",
            ),
            box_checked: re(r"(?:[\[\(]\s*[XxVv✓✔]\s*[\]\)]|☒|☑|■)\s*$"),
            box_empty: re(r"(?:[\[\(]\s*[\]\)]|☐|□)\s*$"),
            sig_mark: re(r"(?i)(?:^|\s)/s/\s"),
        }
    })
}
