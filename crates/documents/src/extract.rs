//! From the text of a paper to its kind and fields, each field with the text that showed it.
//!
//! Tolerant of OCR garble: keywords are matched on a "squashed" copy of the text (letters only, upper case,
//! digits inside words read as the letters they resemble: "SECUR1TY" → "SECURITY"), so spacing, line breaks
//! and punctuation do not matter; form numbers are read with confusable characters ("Form l-2OO" → I-200).
//!
//! The captions and titles looked for are those of the forms as far as they are known; several layouts
//! were not verified against a real specimen (see `data/forms.toml`, `layout_verified`, and
//! docs/warrant-check.md).

use std::sync::OnceLock;

use amparo_law::warrant::{Issuer, Kind, Paper, Signer};
use chrono::NaiveDate;
use regex::Regex;
use serde::Serialize;

/// Longest evidence snippet kept, in characters.
const SNIPPET: usize = 160;

/// The text that showed a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// What it showed: `kind`, `issuer`, `signer_title`, `form`, `name`, `address`, `issued`, `execute_by`,
    /// `any_time`, `case_number`, `signature`.
    pub finding: &'static str,
    /// The text, as read (trimmed, at most 160 characters).
    pub text: String,
}

/// The fields read off the paper.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Fields {
    /// Which court or agency the paper names at the top.
    pub issuer: Option<String>,
    /// The title printed under the signature.
    pub signer_title: Option<String>,
    /// Whether a signature is present (not knowable from text, except "/s/").
    pub signature_present: Option<bool>,
    /// Form number, e.g. "I-200", "AO 442".
    pub form: Option<String>,
    /// Form edition, e.g. "Rev. 09/16".
    pub edition: Option<String>,
    pub names: Vec<String>,
    pub addresses: Vec<String>,
    pub issued: Option<NaiveDate>,
    pub execute_by: Option<NaiveDate>,
    /// The daytime window as printed, e.g. "in the daytime 6:00 a.m. to 10:00 p.m.".
    pub daytime_window: Option<String>,
    /// Whether the warrant expressly allows execution at any time of the day or night.
    pub any_time: Option<bool>,
    pub case_number: Option<String>,
}

/// What was read: the kind, the issuer and signer as the law sees them, the fields and the evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Extraction {
    pub kind: Kind,
    pub issuer: Option<Issuer>,
    pub signer: Option<Signer>,
    pub fields: Fields,
    pub evidence: Vec<Evidence>,
}

impl Extraction {
    /// The facts the law rules take.
    pub fn paper(&self) -> Paper {
        Paper {
            kind: self.kind,
            issuer: self.issuer,
            signer: self.signer,
            signature_present: self.fields.signature_present,
            names: self.fields.names.clone(),
            addresses: self.fields.addresses.clone(),
            issued: self.fields.issued,
            execute_by: self.fields.execute_by,
            any_time: self.fields.any_time,
            // Set by the caller, which knows the channel.
            read_by_ocr: false,
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Squashed text: letters only, with offsets back into the original.

struct Squashed {
    letters: String,
    origin: Vec<usize>,
}

fn fold_digit(c: char) -> Option<char> {
    Some(match c {
        '0' => 'O',
        '1' | '|' | '!' => 'I',
        '\u{2014}' | '\u{2013}' => return None,
        '5' | '$' => 'S',
        '8' => 'B',
        _ => return None,
    })
}

impl Squashed {
    fn new(text: &str) -> Self {
        let mut letters = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        let mut token_start = 0;
        let flush = |start: usize, end: usize, letters: &mut String, origin: &mut Vec<usize>| {
            let tok = &text[start..end];
            let has_letter = tok.chars().any(|c| c.is_alphabetic());
            for (i, c) in tok.char_indices() {
                let mapped = if c.is_ascii_alphabetic() {
                    // I, l, L, 1 and | are one class: OCR confuses them.
                    Some(match c.to_ascii_uppercase() {
                        'L' => 'I',
                        u => u,
                    })
                } else if has_letter {
                    fold_digit(c)
                } else {
                    None
                };
                if let Some(m) = mapped {
                    letters.push(m);
                    origin.push(start + i);
                }
            }
        };
        for (i, c) in text.char_indices() {
            if c.is_whitespace() {
                if i > token_start {
                    flush(token_start, i, &mut letters, &mut origin);
                }
                token_start = i + c.len_utf8();
            }
        }
        if token_start < text.len() {
            flush(token_start, text.len(), &mut letters, &mut origin);
        }
        Squashed { letters, origin }
    }

    /// Offset in the original text of the first occurrence of any of `keys`.
    fn find_any(&self, keys: &[&str]) -> Option<usize> {
        keys.iter()
            .filter_map(|k| self.letters.find(fold_key(k).as_ref()))
            .min()
            .and_then(|i| self.origin.get(i).copied())
    }

    fn has(&self, keys: &[&str]) -> bool {
        keys.iter().any(|k| self.letters.contains(fold_key(k).as_ref()))
    }

    /// Original offsets of every occurrence of `key`.
    fn find_all(&self, key: &str) -> Vec<usize> {
        self.letters
            .match_indices(fold_key(key).as_ref())
            .filter_map(|(i, _)| self.origin.get(i).copied())
            .collect()
    }
}

/// A keyword in the squashed alphabet (L read as I).
fn fold_key(k: &str) -> std::borrow::Cow<'_, str> {
    if k.contains('L') {
        std::borrow::Cow::Owned(k.replace('L', "I"))
    } else {
        std::borrow::Cow::Borrowed(k)
    }
}

fn contains_key(hay: &str, k: &str) -> bool {
    hay.contains(fold_key(k).as_ref())
}

/// The line of `text` around byte offset `at`, trimmed and cut to the snippet length.
fn line_at(text: &str, at: usize) -> String {
    let at = at.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    snippet(&text[start..end])
}

fn snippet(s: &str) -> String {
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.chars().count() > SNIPPET {
        t.chars().take(SNIPPET).collect::<String>() + "…"
    } else {
        t
    }
}

// ---------------------------------------------------------------------------------------------------------
// Keyword sets (squashed form)

const DHS: &[&str] = &[
    "DEPARTMENTOFHOMELANDSECURITY",
    "HOMELANDSECURITY",
    "IMMIGRATIONANDCUSTOMSENFORCEMENT",
    "CUSTOMSANDBORDERPROTECTION",
    "CITIZENSHIPANDIMMIGRATIONSERVICES",
];
const EOIR: &[&str] = &[
    "EXECUTIVEOFFICEFORIMMIGRATIONREVIEW",
    "ORDEROFTHEIMMIGRATIONJUDGE",
    "UNITEDSTATESIMMIGRATIONCOURT",
];
const FED_COURT: &[&str] = &["UNITEDSTATESDISTRICTCOURT"];
const NY_COURT: &[&str] = &[
    "CRIMINALCOURTOFTHECITYOFNEWYORK",
    "SUPREMECOURTOFTHESTATEOFNEWYORK",
    "COUNTYCOURTOFTHESTATEOFNEWYORK",
    "THEPEOPLEOFTHESTATEOFNEWYORK",
    "LOCALCRIMINALCOURT",
    "CITYCOURTOFTHECITYOF",
];

struct Title {
    kind: Kind,
    keys: &'static [&'static str],
}

const DHS_TITLES: &[Title] = &[
    Title {
        kind: Kind::IceArrestWarrant,
        keys: &["WARRANTFORARRESTOFALIEN"],
    },
    Title {
        kind: Kind::IceRemovalWarrant,
        keys: &["WARRANTOFREMOVAL", "WARRANTOFDEPORTATION"],
    },
    Title {
        kind: Kind::IceDetainer,
        keys: &["IMMIGRATIONDETAINER", "DETAINERNOTICEOFACTION"],
    },
    Title {
        kind: Kind::IceCustodyOrder,
        keys: &["ORDERTODETAINORRELEASE", "ORDERTODETAIN"],
    },
    Title {
        kind: Kind::NoticeToAppear,
        keys: &["NOTICETOAPPEAR"],
    },
];

const OFFICER_TITLES: &[&str] = &[
    "DEPORTATIONOFFICER",
    "IMMIGRATIONOFFICER",
    "IMMIGRATIONENFORCEMENTAGENT",
    "FIELDOFFICEDIRECTOR",
    "SPECIALAGENT",
    "PATROLAGENT",
    "OFFICERINCHARGE",
    "GROUPSUPERVISOR",
    "PORTDIRECTOR",
    "ENFORCEMENTANDREMOVALOPERATIONS",
    "DETENTIONANDREMOVAL",
    "ICEOFFICER",
    "SUPERVISORYDETENTION",
    "ASYLUMOFFICER",
];
const IJ_TITLES: &[&str] = &["IMMIGRATIONJUDGE"];
const FED_JUDGE_TITLES: &[&str] = &["MAGISTRATEJUDGE", "DISTRICTJUDGE", "UNITEDSTATESJUDGE", "CHIEFJUDGE"];
const STATE_JUDGE_TITLES: &[&str] = &[
    "JUDGEOFTHECRIMINALCOURT",
    "CRIMINALCOURTJUDGE",
    "JUSTICEOFTHESUPREMECOURT",
    "SUPREMECOURTJUSTICE",
    "COUNTYCOURTJUDGE",
    "CITYCOURTJUDGE",
    "JUDGEOFTHECOUNTYCOURT",
    "JUSTICE",
    "JUDGE",
];
const CLERK_TITLES: &[&str] = &["CLERKOFCOURT", "DEPUTYCLERK", "CLERK"];
/// Printed captions that name the signer's role without showing who signed: removed before reading the
/// title, so that a printed "Judge's signature" caption never counts as a judge's signature.
const CAPTIONS: &[&str] = &[
    "JUDGESSIGNATURE",
    "ISSUINGOFFICERSSIGNATURE",
    "ISSUINGJUDGESSIGNATURE",
    "SIGNATUREOFJUDGE",
    "PRINTEDNAMEANDTITLE",
];
const SIGNATURE_LABELS: &[&str] = &[
    "SIGNATURE",
    "IGNATUR",
    "SIGNED",
    "PRINTEDNAME",
    "NAMEANDTITLE",
    "ISSUINGOFFICER",
];

// ---------------------------------------------------------------------------------------------------------
// Regexes, compiled once

struct Patterns {
    dhs_form: Regex,
    ao_form: Regex,
    edition: Regex,
    date_words: Regex,
    date_slash: Regex,
    date_iso: Regex,
    date_day_of: Regex,
    name_label: Regex,
    name_after_paren: Regex,
    name_probable_cause: Regex,
    name_defendant: Regex,
    name_caption_below: Regex,
    address_label: Regex,
    address_free: Regex,
    case_number: Regex,
    box_checked: Regex,
    box_empty: Regex,
    sig_mark: Regex,
}

/// A phrase as a regex tolerant of OCR confusables (i/l/1, o/0, s/5, b/8) and of lost or doubled spaces.
fn tolerant(phrase: &str) -> String {
    let mut out = String::new();
    for c in phrase.chars() {
        match c.to_ascii_lowercase() {
            'i' | 'l' => out.push_str("[il1|]"),
            'o' => out.push_str("[o0]"),
            's' => out.push_str("[s5]"),
            'b' => out.push_str("[b8]"),
            ' ' => out.push_str(r"[ \t]*"),
            '\'' => out.push_str("'?"),
            c if c.is_ascii_alphanumeric() => out.push(c),
            c => out.push_str(&regex::escape(&c.to_string())),
        }
    }
    out
}

fn alternatives(phrases: &[&str]) -> String {
    phrases.iter().map(|p| tolerant(p)).collect::<Vec<_>>().join("|")
}

fn patterns() -> &'static Patterns {
    static CELL: OnceLock<Patterns> = OnceLock::new();
    CELL.get_or_init(|| {
        let re = |s: &str| match Regex::new(s) {
            Ok(r) => r,
            Err(e) => panic!("built-in pattern {s:?} does not compile: {e}"),
        };
        // Month names, tolerant of OCR confusables (April → Apri1, October → 0ctober).
        let month_alts = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov",
            "Dec",
        ]
        .iter()
        .map(|m| {
            m.chars()
                .map(|c| match c.to_ascii_lowercase() {
                    'i' | 'l' => "[il1|]".to_owned(),
                    'o' => "[o0]".to_owned(),
                    's' => "[s5]".to_owned(),
                    'b' => "[b8]".to_owned(),
                    c => c.to_string(),
                })
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

// ---------------------------------------------------------------------------------------------------------
// Form numbers

fn digitize(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'O' | 'o' | 'Q' | 'D' => '0',
            'I' | 'l' | '|' => '1',
            'S' => '5',
            'Z' => '2',
            'B' => '8',
            c => c,
        })
        .collect()
}

struct FormHit {
    kind: Kind,
    form: String,
    strong: bool,
    at: usize,
}

fn dhs_form_kind(number: &str, suffix: Option<&str>) -> Option<(Kind, String)> {
    let suffix = suffix.map(|s| s.to_ascii_uppercase()).unwrap_or_default();
    let kind = match (number, suffix.as_str()) {
        ("200", "") => Kind::IceArrestWarrant,
        ("205", "") => Kind::IceRemovalWarrant,
        ("247", _) => Kind::IceDetainer,
        ("203", "") => Kind::IceCustodyOrder,
        ("862", "") => Kind::NoticeToAppear,
        ("138", "") => Kind::AdministrativeSubpoena,
        _ => return None,
    };
    Some((kind, format!("I-{number}{suffix}")))
}

fn form_hits(text: &str) -> Vec<FormHit> {
    let p = patterns();
    let mut out = Vec::new();
    for c in p.dhs_form.captures_iter(text) {
        let (Some(num), Some(whole)) = (c.get(3), c.get(0)) else {
            continue;
        };
        let number = digitize(num.as_str());
        if let Some((kind, form)) = dhs_form_kind(&number, c.get(4).map(|m| m.as_str())) {
            // Strong: the form's own number line (at the start of a line, or followed by its edition),
            // not a mention of another form in the body ("accompanied by a Form I-200 (Warrant …)").
            let after = text[whole.end().min(text.len())..].trim_start();
            let edition = after.starts_with('(')
                && after[1..]
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(|ch| ch.is_ascii_digit() || ch == 'R' || ch == 'r');
            let anchor = c.get(1).or(c.get(2)).map_or(whole.start(), |m| m.start());
            let line_start = text[..anchor].rfind('\n').map_or(0, |i| i + 1);
            let prefix = text[line_start..anchor].trim();
            let at_line_start =
                prefix.is_empty() || prefix.eq_ignore_ascii_case("DHS") || prefix.eq_ignore_ascii_case("DHS Form");
            let strong = edition || (c.get(1).is_some() && at_line_start);
            out.push(FormHit {
                kind,
                form,
                strong,
                at: c.get(1).or(c.get(2)).map_or(whole.start(), |m| m.start()),
            });
        }
    }
    for c in p.ao_form.captures_iter(text) {
        let (Some(num), Some(whole)) = (c.get(1), c.get(0)) else {
            continue;
        };
        let number = digitize(num.as_str());
        let whole_start = whole.start() + whole.as_str().find(|ch: char| ch.is_alphanumeric()).unwrap_or(0);
        let suffix = c.get(2).map(|m| m.as_str().to_ascii_uppercase()).unwrap_or_default();
        let kind = match number.as_str() {
            "442" => Kind::FederalArrestWarrant,
            "93" | "106" => Kind::FederalSearchWarrant,
            _ => continue,
        };
        out.push(FormHit {
            kind,
            form: format!("AO {number}{suffix}"),
            strong: true,
            at: whole_start,
        });
    }
    out
}

// ---------------------------------------------------------------------------------------------------------
// Dates

fn month_number(m: &str) -> Option<u32> {
    let m: String = m
        .to_ascii_lowercase()
        .chars()
        .map(|c| match c {
            '1' | '|' | 'i' => 'l',
            '0' => 'o',
            '5' => 's',
            '8' => 'b',
            c => c,
        })
        .collect();
    let all = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    // (i and l are read as one; no month's first three letters differ only there.)
    all.iter().position(|p| m.starts_with(p)).map(|i| i as u32 + 1)
}

struct DateHit {
    date: NaiveDate,
    start: usize,
    end: usize,
}

fn dates(text: &str) -> Vec<DateHit> {
    let p = patterns();
    let mut out = Vec::new();
    let mut push = |y: &str, m: Option<u32>, d: &str, start: usize, end: usize| {
        let (Ok(y), Some(m), Ok(d)) = (y.parse::<i32>(), m, d.parse::<u32>()) else {
            return;
        };
        if !(1900..=2200).contains(&y) {
            return;
        }
        if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
            out.push(DateHit { date, start, end });
        }
    };
    for c in p.date_words.captures_iter(text) {
        if let (Some(w), Some(m), Some(d), Some(y)) = (c.get(0), c.get(1), c.get(2), c.get(3)) {
            push(y.as_str(), month_number(m.as_str()), d.as_str(), w.start(), w.end());
        }
    }
    for c in p.date_day_of.captures_iter(text) {
        if let (Some(w), Some(d), Some(m), Some(y)) = (c.get(0), c.get(1), c.get(2), c.get(3)) {
            push(y.as_str(), month_number(m.as_str()), d.as_str(), w.start(), w.end());
        }
    }
    for c in p.date_slash.captures_iter(text) {
        if let (Some(w), Some(m), Some(d), Some(y)) = (c.get(0), c.get(1), c.get(2), c.get(3)) {
            push(y.as_str(), m.as_str().parse().ok(), d.as_str(), w.start(), w.end());
        }
    }
    for c in p.date_iso.captures_iter(text) {
        if let (Some(w), Some(y), Some(m), Some(d)) = (c.get(0), c.get(1), c.get(2), c.get(3)) {
            push(y.as_str(), m.as_str().parse().ok(), d.as_str(), w.start(), w.end());
        }
    }
    out.sort_by_key(|d| d.start);
    out
}

/// Up to `n` bytes of `text` before `at`, on a char boundary, upper-cased.
fn before(text: &str, at: usize, n: usize) -> String {
    let mut start = at.saturating_sub(n);
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    text[start..at].to_uppercase()
}

// ---------------------------------------------------------------------------------------------------------
// Names and addresses

const NOT_A_NAME: &[&str] = &[
    "UNKNOWN",
    "DEPARTMENT",
    "HOMELAND",
    "SECURITY",
    "UNITED",
    "STATES",
    "COURT",
    "OFFICER",
    "AUTHORIZED",
    "WARRANT",
    "ALIEN",
    "PEOPLE",
    "STATE",
    "NEW YORK",
    "ANY",
    "SIGNATURE",
    "THE",
];

fn clean_name(raw: &str) -> Option<String> {
    // OCR reads specks at the start of a line as quotes or bars.
    let raw = raw.trim_start_matches(|c: char| c.is_whitespace() || "‘’'`|".contains(c));
    let collapsed = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut s = collapsed.as_str();
    for cut in [
        " A-",
        " A#",
        "(",
        " DOB",
        " D.O.B",
        " Date of",
        " born",
        ";",
        " Case No",
        " File No",
        " currently",
    ] {
        if let Some(i) = s.to_ascii_uppercase().find(&cut.to_ascii_uppercase()) {
            s = &s[..i];
        }
    }
    let s = s.trim().trim_end_matches([',', '.', ':', ';', '-']).trim();
    let s = s
        .strip_suffix(", Defendant")
        .or_else(|| s.strip_suffix(" Defendant"))
        .unwrap_or(s)
        .trim();
    // OCR confusables inside words ("MAR1A") are read as letters; a real number means it is not a name.
    let folded: String = s
        .split(' ')
        .map(|w| {
            if w.chars().any(|c| c.is_alphabetic()) {
                w.chars()
                    .map(|c| match c {
                        '1' | '|' | '!' => 'I',
                        '0' => 'O',
                        '5' => 'S',
                        '8' => 'B',
                        c => c,
                    })
                    .collect()
            } else {
                w.to_owned()
            }
        })
        .collect::<Vec<String>>()
        .join(" ");
    let s = folded.as_str();
    if s.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    if !s
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '.' | ','))
    {
        return None;
    }
    let words: Vec<&str> = s.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    // One word is a name only when long enough to be two run together by OCR ("BILALQURESHI").
    let one_long = words.len() == 1 && words[0].chars().count() >= 8;
    if !(2..=6).contains(&words.len()) && !one_long {
        return None;
    }
    let upper = s.to_uppercase();
    if NOT_A_NAME.iter().any(|w| upper.split([' ', ',']).any(|x| x == *w)) {
        return None;
    }
    Some(words.join(" "))
}

fn clean_address(raw: &str) -> Option<String> {
    let collapsed = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut s = collapsed.as_str();
    for cut in [
        " DOB",
        " Date",
        " Phone",
        " Tel",
        "(",
        ";",
        ", described",
        ", more particularly",
        ", and ",
        " which ",
        " where ",
    ] {
        if let Some(i) = s.to_ascii_uppercase().find(&cut.to_ascii_uppercase()) {
            s = &s[..i];
        }
    }
    let s = s.trim().trim_end_matches([',', '.', ':', ';', '-']).trim();
    let has_digit = s.chars().any(|c| c.is_ascii_digit());
    let has_alpha = s.chars().filter(|c| c.is_alphabetic()).count() >= 3;
    if !has_digit || !has_alpha || s.len() < 6 {
        return None;
    }
    // Must start with a house number, as a place to enter would.
    if !s.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(snippet(s))
}

// ---------------------------------------------------------------------------------------------------------
// The classifier

/// Words of a line that tells who asked a court for a warrant, not who issued it: "An application by
/// Special Agent … of Homeland Security Investigations requests the search …". Word parts, so that they
/// survive OCR ("An opp licatiOn by Spe<ial Agent").
const APPLICANT: &[&str] = &["PLICATION", "PLICANT", "AFFIDAVIT", "AFFIANT", "SWORN", "AGENT"];

/// The first mention of an immigration agency that is not on an applicant's line: an agency that applied
/// to a court for a warrant did not issue it. (Without this, a court's search warrant whose heading did not
/// survive a photo was reported as issued by DHS, on the strength of the agent who applied for it.)
fn dhs_issuer_at(sq: &Squashed, text: &str) -> Option<usize> {
    let mut at: Vec<usize> = DHS.iter().flat_map(|k| sq.find_all(k)).collect();
    at.sort_unstable();
    at.into_iter()
        .find(|&i| !Squashed::new(&line_at(text, i)).has(APPLICANT))
}

/// Read a paper's text. Never fails: a paper it cannot place is [`Kind::Unknown`].
pub fn extract(text: &str) -> Extraction {
    let p = patterns();
    let sq = Squashed::new(text);
    let mut ev: Vec<Evidence> = Vec::new();
    let mut fields = Fields::default();

    // Who issued it (the header).
    let dhs_at = sq.find_any(DHS);
    let eoir_at = sq.find_any(EOIR);
    let fed_at = sq.find_any(FED_COURT);
    let ny_at = sq.find_any(NY_COURT);

    // Form numbers.
    let hits = form_hits(text);
    let strong_dhs = hits
        .iter()
        .filter(|h| h.strong && !h.kind.is_court_warrant())
        .max_by_key(|h| h.at);
    let any_dhs_form = hits.iter().find(|h| !h.kind.is_court_warrant());
    let ao = hits.iter().find(|h| h.kind.is_court_warrant());
    let dhs_title = DHS_TITLES
        .iter()
        .filter_map(|t| sq.find_any(t.keys).map(|at| (t.kind, at)))
        .min_by_key(|(_, at)| *at);

    let search_title = sq.find_any(&["SEARCHANDSEIZUREWARRANT", "SEARCHWARRANT"]);
    let arrest_title = sq.find_any(&["ARRESTWARRANT", "WARRANTOFARREST", "WARRANTFORARREST"]);
    let subpoena = sq.find_any(&["SUBPOENA"]);
    let eoir_order = eoir_at.is_some() && sq.has(&["ORDER"]);

    let (kind, kind_at): (Kind, Option<usize>) = if let Some(h) = strong_dhs {
        (h.kind, Some(h.at))
    } else if eoir_order && dhs_title.is_none_or(|(k, _)| k == Kind::NoticeToAppear) {
        (Kind::ImmigrationCourtOrder, eoir_at)
    } else if let Some((k, at)) = dhs_title {
        (k, Some(at))
    } else if let Some(at) = fed_at {
        match (search_title, arrest_title, ao) {
            (Some(s), _, _) => (Kind::FederalSearchWarrant, Some(s)),
            (None, Some(a), _) => (Kind::FederalArrestWarrant, Some(a)),
            (None, None, Some(h)) => (h.kind, Some(h.at)),
            _ => (Kind::Unknown, Some(at)),
        }
    } else if let Some(at) = ny_at {
        match (search_title, arrest_title) {
            (Some(s), _) => (Kind::StateSearchWarrant, Some(s)),
            (None, Some(a)) => (Kind::StateArrestWarrant, Some(a)),
            _ => (Kind::Unknown, Some(at)),
        }
    } else if let Some(h) = any_dhs_form.filter(|_| dhs_at.is_some()) {
        (h.kind, Some(h.at))
    } else if let (Some(_), Some(at)) = (dhs_at, subpoena) {
        (Kind::AdministrativeSubpoena, Some(at))
    } else if let Some(h) = ao {
        (h.kind, Some(h.at))
    } else {
        (Kind::Unknown, None)
    };
    if let Some(at) = kind_at {
        ev.push(Evidence {
            finding: "kind",
            text: line_at(text, at),
        });
    }

    // The issuer as the paper states it.
    let issuer = if kind == Kind::ImmigrationCourtOrder {
        eoir_at.map(|at| (Issuer::ImmigrationCourt, at))
    } else if kind.is_court_warrant() {
        match kind {
            Kind::FederalArrestWarrant | Kind::FederalSearchWarrant => fed_at.map(|at| (Issuer::FederalCourt, at)),
            _ => ny_at.map(|at| (Issuer::NyCourt, at)),
        }
    } else {
        dhs_issuer_at(&sq, text)
            .map(|at| (Issuer::Dhs, at))
            .or_else(|| fed_at.map(|at| (Issuer::FederalCourt, at)))
            .or_else(|| ny_at.map(|at| (Issuer::NyCourt, at)))
            .or_else(|| eoir_at.map(|at| (Issuer::ImmigrationCourt, at)))
    };
    if let Some((_, at)) = issuer {
        let line = line_at(text, at);
        fields.issuer = Some(line.clone());
        ev.push(Evidence {
            finding: "issuer",
            text: line,
        });
    }

    // Form number and edition: the hit that matches the kind, else the first strong one.
    let form = hits
        .iter()
        .filter(|h| h.kind == kind)
        .max_by_key(|h| (h.strong, h.at))
        .or_else(|| hits.iter().find(|h| h.strong));
    if let Some(h) = form {
        fields.form = Some(h.form.clone());
        let line = line_at(text, h.at);
        let mut end = text.len().min(h.at + 60);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        if let Some(c) = p.edition.captures(&text[h.at.min(end)..end])
            && let Some(m) = c.get(1)
        {
            fields.edition = Some(format!("Rev. {}", m.as_str()));
        }
        ev.push(Evidence {
            finding: "form",
            text: line,
        });
    }

    // The signer's title: read only next to a signature line, with printed captions removed.
    let signer = read_signer(text, kind, &mut fields, &mut ev);
    if p.sig_mark.is_match(text) {
        fields.signature_present = Some(true);
        if let Some(m) = p.sig_mark.find(text) {
            ev.push(Evidence {
                finding: "signature",
                text: line_at(text, m.start()),
            });
        }
    }

    // Names.
    let mut names: Vec<(String, usize)> = Vec::new();
    let add_name = |raw: &str, at: usize, names: &mut Vec<(String, usize)>| {
        if let Some(n) = clean_name(raw)
            && !names.iter().any(|(x, _)| amparo_law::warrant::name_matches(x, &n))
        {
            names.push((n, at));
        }
    };
    for c in p.name_after_paren.captures_iter(text) {
        let same = c.get(1).map(|m| m.as_str().trim()).unwrap_or("");
        let at = c.get(0).map_or(0, |m| m.start());
        if !same.is_empty() {
            add_name(same, at, &mut names);
        } else if let Some(next) = c.get(2) {
            add_name(next.as_str(), at, &mut names);
        }
    }
    for re in [
        &p.name_label,
        &p.name_probable_cause,
        &p.name_defendant,
        &p.name_caption_below,
    ] {
        for c in re.captures_iter(text) {
            if let Some(m) = c.get(1) {
                add_name(m.as_str(), m.start(), &mut names);
            }
        }
    }
    for (n, at) in names.into_iter().take(8) {
        ev.push(Evidence {
            finding: "name",
            text: line_at(text, at),
        });
        fields.names.push(n);
    }

    // Addresses: labelled ones if any, else free-standing street addresses.
    let mut addrs: Vec<(String, usize)> = Vec::new();
    let add_addr = |raw: &str, at: usize, addrs: &mut Vec<(String, usize)>| {
        if let Some(a) = clean_address(raw)
            && !addrs.iter().any(|(x, _)| amparo_law::warrant::address_matches(x, &a))
        {
            addrs.push((a, at));
        }
    };
    for c in p.address_label.captures_iter(text) {
        if let Some(m) = c.get(1) {
            add_addr(m.as_str(), m.start(), &mut addrs);
        }
    }
    if addrs.is_empty() {
        for m in p.address_free.find_iter(text) {
            add_addr(m.as_str(), m.start(), &mut addrs);
        }
    }
    for (a, at) in addrs.into_iter().take(8) {
        ev.push(Evidence {
            finding: "address",
            text: line_at(text, at),
        });
        fields.addresses.push(a);
    }

    // Dates: "on or before" → execute by; "issued / dated / day of" → issued; birth dates ignored.
    for d in dates(text) {
        let ctx = before(text, d.start, 90);
        let near = before(text, d.start, 40);
        if near.contains("BIRTH") || near.contains("DOB") || near.contains("BORN") {
            continue;
        }
        // The closest label before the date decides what it is.
        let last = |keys: &[&str]| keys.iter().filter_map(|k| ctx.rfind(k)).max();
        let by = last(&["ON OR BEFORE", "EXECUTE BY", "NOT LATER THAN"]);
        let iss = last(&["ISSUED", "DATE", "DAY OF", "SIGNED", "DATED"]);
        if by.is_some() && by > iss {
            if fields.execute_by.is_none() {
                fields.execute_by = Some(d.date);
                ev.push(Evidence {
                    finding: "execute_by",
                    text: line_at(text, d.start),
                });
            }
            continue;
        }
        let labelled =
            near.contains("ISSUED") || near.contains("DATE") || near.contains("DAY OF") || near.contains("SIGNED");
        if labelled && fields.issued.is_none() {
            fields.issued = Some(d.date);
            ev.push(Evidence {
                finding: "issued",
                text: line_at(text, d.end.saturating_sub(1)),
            });
        }
    }

    // Hours: the daytime window and whether any time of day or night is allowed.
    read_hours(text, &sq, &mut fields, &mut ev);

    if let Some(c) = p.case_number.captures(text)
        && let (Some(m), Some(w)) = (c.get(1), c.get(0))
    {
        fields.case_number = Some(m.as_str().to_owned());
        ev.push(Evidence {
            finding: "case_number",
            text: line_at(text, w.start()),
        });
    }

    Extraction {
        kind,
        issuer: issuer.map(|(i, _)| i),
        signer,
        fields,
        evidence: ev,
    }
}

/// How a line near a signature reads as a title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum TitleClass {
    /// An immigration officer's title, read exactly: settles it (never judicial).
    Officer,
    /// An immigration judge's title, read exactly.
    ImmigrationJudge,
    /// Something close to an immigration officer's or an immigration judge's title, or to "immigration":
    /// no judge's title on the paper is believed (the answer stays `unknown`).
    Doubt,
    /// A court judge's title (federal by its wording).
    FederalJudge,
    /// A judge's or justice's title of another court (a New York court, or read with the kind).
    StateJudge,
    Clerk,
}

/// The squashed alphabet for titles: besides I/l/1, OCR reads "m" as "rn".
fn fold_title(s: &str) -> String {
    fold_key(s).replace("RN", "M")
}

/// Whether `key` occurs in `hay` with at most `k` edits (insertions, deletions, substitutions): Sellers'
/// approximate substring search. Both in the squashed alphabet.
fn approx_contains(hay: &str, key: &str, k: usize) -> bool {
    let (hay, key) = (hay.as_bytes(), key.as_bytes());
    let m = key.len();
    if m <= k {
        return true;
    }
    let mut prev: Vec<usize> = (0..=m).collect();
    let mut cur = vec![0usize; m + 1];
    for &c in hay {
        cur[0] = 0;
        for i in 1..=m {
            let sub = prev[i - 1] + usize::from(key[i - 1] != c);
            cur[i] = sub.min(prev[i] + 1).min(cur[i - 1] + 1);
        }
        if cur[m] <= k {
            return true;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    false
}

/// Edits tolerated in a judge's title: about one letter in eight, and only in long titles (a short one,
/// garbled, could be anything).
fn judge_tolerance(key: &str) -> usize {
    if key.len() >= 13 { key.len() / 8 } else { 0 }
}

/// Edits tolerated before an immigration title raises a doubt: about one letter in five.
fn doubt_tolerance(key: &str) -> usize {
    key.len() / 5
}

/// Judges' titles read with tolerance (a garbled one is still a judge's, unless a doubt is raised).
const FED_JUDGE_TOLERANT: &[&str] = &[
    "UNITEDSTATESMAGISTRATEJUDGE",
    "UNITEDSTATESDISTRICTJUDGE",
    "MAGISTRATEJUDGE",
    "DISTRICTJUDGE",
];
const STATE_JUDGE_TOLERANT: &[&str] = &[
    "JUDGEOFTHECRIMINALCOURT",
    "JUSTICEOFTHESUPREMECOURT",
    "CRIMINALCOURTJUDGE",
    "SUPREMECOURTJUSTICE",
    "JUDGEOFTHECOUNTYCOURT",
    "COUNTYCOURTJUDGE",
];
/// Immigration titles and words looked for with tolerance: near one, no judge's title is believed.
const DOUBT_KEYS: &[&str] = &[
    "IMMIGRATION",
    "DEPORTATION",
    "HOMELANDSECURITY",
    "DEPORTATIONOFFICER",
    "IMMIGRATIONOFFICER",
    "IMMIGRATIONJUDGE",
    "IMMIGRATIONENFORCEMENTAGENT",
    "FIELDOFFICEDIRECTOR",
    "SUPERVISORYDETENTION",
    "DETENTIONANDREMOVAL",
    "ENFORCEMENTANDREMOVAL",
    "ASYLUMOFFICER",
];

/// Classify one line (squashed, captions removed) as a title. Exact immigration titles first, then any
/// doubt, then judges' titles (exact, then tolerant), then clerks.
fn title_class(line: &str, federal_kind: bool) -> Option<TitleClass> {
    if OFFICER_TITLES.iter().any(|t| contains_key(line, t)) {
        return Some(TitleClass::Officer);
    }
    if IJ_TITLES.iter().any(|t| contains_key(line, t)) {
        return Some(TitleClass::ImmigrationJudge);
    }
    let folded = fold_title(line);
    if DOUBT_KEYS
        .iter()
        .any(|k| approx_contains(&folded, &fold_title(k), doubt_tolerance(k)))
    {
        return Some(TitleClass::Doubt);
    }
    let state_or_fed = if federal_kind {
        TitleClass::FederalJudge
    } else {
        TitleClass::StateJudge
    };
    if FED_JUDGE_TITLES.iter().any(|t| contains_key(line, t)) {
        return Some(TitleClass::FederalJudge);
    }
    if STATE_JUDGE_TITLES.iter().any(|t| contains_key(line, t)) {
        return Some(state_or_fed);
    }
    if FED_JUDGE_TOLERANT
        .iter()
        .any(|k| approx_contains(&folded, &fold_title(k), judge_tolerance(k)))
    {
        return Some(TitleClass::FederalJudge);
    }
    if STATE_JUDGE_TOLERANT
        .iter()
        .any(|k| approx_contains(&folded, &fold_title(k), judge_tolerance(k)))
    {
        return Some(state_or_fed);
    }
    if CLERK_TITLES.iter().any(|t| contains_key(line, t)) {
        return Some(TitleClass::Clerk);
    }
    None
}

/// Whether a line is a signature label ("Signature", "Printed name and title", …), read with a little
/// tolerance: "Segnature", "Printed narne and title".
fn is_signature_label(squashed: &str) -> bool {
    if SIGNATURE_LABELS.iter().any(|k| contains_key(squashed, k)) {
        return true;
    }
    let folded = fold_title(squashed);
    [("SIGNATURE", 1), ("PRINTEDNAME", 2), ("NAMEANDTITLE", 2)]
        .iter()
        .any(|(k, e)| approx_contains(&folded, k, *e))
}

/// Whether a line is a judge's printed name ("Hon. Grace Liu", "HON. GRACE LIU, Justice of …"): the
/// printed name under a signature; the title is on it or just below.
fn is_honorific_name(line: &str) -> bool {
    let t = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut words = t.split(|c: char| !c.is_alphanumeric());
    matches!(words.next(), Some(w) if w.eq_ignore_ascii_case("hon") || w.eq_ignore_ascii_case("honorable"))
}

fn read_signer(text: &str, kind: Kind, fields: &mut Fields, ev: &mut Vec<Evidence>) -> Option<Signer> {
    // (offset, line, section): a form feed starts a new section (a separate reading of part of the page,
    // such as the signature block read again): a signature in one is never near a line of another.
    let lines: Vec<(usize, &str, usize)> = {
        let mut v = Vec::new();
        let mut off = 0;
        let mut section = 0;
        // Blank lines do not count for nearness: OCR puts them between blocks.
        for l in text.split('\n') {
            if l.contains('\x0c') {
                section += 1;
            }
            if !l.trim().is_empty() {
                v.push((off, l, section));
            }
            off += l.len() + 1;
        }
        v
    };
    let raw: Vec<String> = lines.iter().map(|(_, l, _)| Squashed::new(l).letters).collect();
    let squashed: Vec<String> = raw
        .iter()
        .map(|l| {
            let mut s = l.clone();
            for c in CAPTIONS {
                let c = fold_key(c);
                if s.contains(c.as_ref()) {
                    s = s.replace(c.as_ref(), "");
                }
            }
            s
        })
        .collect();
    let federal_kind = matches!(kind, Kind::FederalArrestWarrant | Kind::FederalSearchWarrant);
    // (class, whether the line is itself a caption or label, line)
    let mut found: Vec<(TitleClass, bool, usize)> = Vec::new();
    let mut seen = vec![false; lines.len()];
    for (i, r) in raw.iter().enumerate() {
        // A signature label: the lines around it. A judge's printed name: it and the two lines below.
        let (lo, hi) = if is_signature_label(r) {
            (i.saturating_sub(2), (i + 4).min(lines.len()))
        } else if is_honorific_name(lines[i].1) {
            (i, (i + 3).min(lines.len()))
        } else {
            continue;
        };
        for j in lo..hi {
            if lines[j].2 != lines[i].2 || std::mem::replace(&mut seen[j], true) {
                continue;
            }
            if let Some(class) = title_class(&squashed[j], federal_kind) {
                found.push((class, is_signature_label(&raw[j]), j));
            }
        }
    }
    // The safest reading wins: any immigration officer's title next to a signature settles it, and a
    // doubt leaves the title unread.
    let best = found.iter().min_by_key(|(class, label, j)| (*class, *label, *j))?;
    if best.0 == TitleClass::Doubt {
        return None;
    }
    let signer = match best.0 {
        TitleClass::Officer => Signer::ImmigrationOfficer,
        TitleClass::ImmigrationJudge => Signer::ImmigrationJudge,
        TitleClass::FederalJudge => Signer::FederalJudge,
        TitleClass::StateJudge => Signer::StateJudge,
        TitleClass::Clerk => Signer::CourtClerk,
        TitleClass::Doubt => return None,
    };
    let line = snippet(lines[best.2].1);
    fields.signer_title = Some(line.clone());
    ev.push(Evidence {
        finding: "signer_title",
        text: line,
    });
    Some(signer)
}

fn read_hours(text: &str, sq: &Squashed, fields: &mut Fields, ev: &mut Vec<Evidence>) {
    let p = patterns();
    let box_state = |at: usize| -> Option<bool> {
        let b = before(text, at, 8);
        if p.box_checked.is_match(&b) {
            Some(true)
        } else if p.box_empty.is_match(&b) {
            Some(false)
        } else {
            None
        }
    };
    let day = sq.find_all("INTHEDAYTIME").into_iter().next();
    let any = ["ATANYTIMEINTHEDAYORNIGHT", "ANYTIMEOFTHEDAYORNIGHT"]
        .iter()
        .flat_map(|k| sq.find_all(k))
        .min();
    if let Some(at) = day {
        fields.daytime_window = Some(line_at(text, at));
    }
    let any_time = match (any, day) {
        (Some(a), Some(d)) => match (box_state(a), box_state(d)) {
            (Some(true), _) => Some(true),
            (_, Some(true)) => Some(false),
            (Some(false), _) => Some(false),
            _ => None,
        },
        // A sentence allowing any time, not one of two boxes.
        (Some(a), None) => match box_state(a) {
            Some(b) => Some(b),
            None => {
                let line = line_at(text, a).to_uppercase();
                Some(!line.contains("NOT ") && !line.contains("ONLY BETWEEN"))
            }
        },
        (None, Some(d)) => box_state(d).map(|_| false),
        (None, None) => None,
    };
    if let (Some(v), Some(at)) = (any_time, any.or(day)) {
        fields.any_time = Some(v);
        ev.push(Evidence {
            finding: "any_time",
            text: line_at(text, at),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squashed_folds_ocr_digits_inside_words() {
        let s = Squashed::new("U.S. Department of HOMELAND SECUR1TY\nWarrant  for Arrest of A1ien");
        assert!(contains_key(&s.letters, "HOMELANDSECURITY"));
        assert!(contains_key(&s.letters, "WARRANTFORARRESTOFALIEN"));
    }

    #[test]
    fn form_numbers_with_confusables() {
        let h = form_hits("Form l-2OO (Rev. 09/16)");
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].kind, Kind::IceArrestWarrant);
        assert!(h[0].strong);
        let h = form_hits("DHS Form I-247A (3/24)");
        assert_eq!(h[0].kind, Kind::IceDetainer);
        assert_eq!(h[0].form, "I-247A");
        let h = form_hits("AO 442 (Rev. 11/11) Arrest Warrant");
        assert_eq!(h[0].kind, Kind::FederalArrestWarrant);
        // O read as D (small italic print in a photo).
        let h = form_hits("AD 442 (Rev. 11/11) Arvest Werraet");
        assert_eq!((h[0].kind, h[0].form.as_str()), (Kind::FederalArrestWarrant, "AO 442"));
        assert!(form_hits("Call 1-800-555-1212").is_empty());
    }

    #[test]
    fn a_title_read_again_after_a_form_feed_is_not_next_to_the_signature_above() {
        // A judge's printed name ends the first reading; the part read again starts with the addressee.
        let t = "CRIMINAL COURT OF THE CITY OF NEW YORK\nWARRANT OF ARREST\n/s/ Hon. Sarah L. Whitfield\n\
                 (Signature of Judge)\nHON. SARAH L. WHITFIELD\n\x0c\nTO ANY POLICE OFFICER OF THE CITY OF NEW YORK:\n";
        assert_eq!(extract(t).signer, None);
        // The same lines in one reading: the addressee is two lines below the printed name.
        assert!(extract(&t.replace('\x0c', "")).signer.is_some());
        // And the lower part read again in full, after the form feed: the title next to its signature.
        let again = format!(
            "{t}An accusatory instrument having been filed with this Court\nYOU ARE HEREBY COMMANDED to arrest the defendant\n\
             Dated: December 3, 2025\n/s/ Hon. Sarah L. Whitfield\n(Signature of Judge)\nHON. SARAH L. WHITFIELD\n\
             Justice of the Supreme Court\n"
        );
        assert_eq!(extract(&again).signer, Some(Signer::StateJudge));
    }

    #[test]
    fn names_above_their_captions_as_ocr_lays_them_out() {
        // Tesseract puts a blank line between blocks and reads a full stop as a comma, "I" as "!".
        for (t, want) in [
            ("-against-\n\nJIWOO PARK,\n\nDefendant,\n", "JIWOO PARK"),
            (
                "To any immigration officer:\n\nKWAME MENSAH\n\n(Full name of alien)\n",
                "KWAME MENSAH",
            ),
            ("In the Matter of:\n\nWE! CHEN\n\nRespondent\n", "WEI CHEN"),
            // A speck before the line, read as a quote mark.
            (
                "To any immigration officer:\n‘SOFIA MORALES\n(Full name of alien)\n",
                "SOFIA MORALES",
            ),
            ("‘Subject: Minjun Kim\n", "Minjun Kim"),
        ] {
            let names = extract(t).fields.names;
            assert!(names.iter().any(|n| n == want), "{t:?}: {names:?}");
        }
        // Two blank lines: the caption is not taken as the name's.
        assert!(
            extract("KWAME MENSAH\n\n\n(Full name of alien)\n")
                .fields
                .names
                .is_empty()
        );
    }

    #[test]
    fn an_agency_that_applied_for_a_warrant_is_not_its_issuer() {
        // A search warrant whose court heading did not survive a photo: the agent who applied for it is
        // from Homeland Security Investigations.
        let t = "UN1TED ST4 ES D1STR\nSEARCH AND SEIZ\nTo: Any authorized law enforcement officer\n\
                 An application by Special Agent Steven Kowalski of Homeland Security Investigations requests the search\n\
                 of the following person or property\n";
        assert_ne!(extract(t).issuer, Some(Issuer::Dhs));
        // As a photo read it.
        let garbled = "An opp licatiOn by Spe<ial Agent Steven Kowalst: of Homeland Security Investigations requests";
        assert_ne!(extract(garbled).issuer, Some(Issuer::Dhs));
        // An agency named on a line of its own is the issuer.
        let t = format!("U.S. Department of Homeland Security\n{t}");
        assert_eq!(extract(&t).issuer, Some(Issuer::Dhs));
    }

    #[test]
    fn dates_in_many_formats() {
        let d = dates("issued March 3, 2026; on or before 03/17/2026; this 5th day of May, 2026; 2026-01-02");
        let got: Vec<String> = d.iter().map(|d| d.date.to_string()).collect();
        assert_eq!(got, ["2026-03-03", "2026-03-17", "2026-05-05", "2026-01-02"]);
    }

    #[test]
    fn unrelated_text_is_unknown() {
        let e =
            extract("RESIDENTIAL LEASE AGREEMENT\nLandlord: Acme LLC\nTenant: Maria Garcia\n123 Main Street, Apt 2");
        assert_eq!(e.kind, Kind::Unknown);
        assert_eq!(e.signer, None);
        let e = extract("");
        assert_eq!(e.kind, Kind::Unknown);
    }

    #[test]
    fn printed_judge_caption_is_not_a_judge() {
        let t =
            "UNITED STATES DISTRICT COURT\nSEARCH AND SEIZURE WARRANT\nJudge's signature\n\nPrinted name and title\n";
        let e = extract(t);
        assert_eq!(e.kind, Kind::FederalSearchWarrant);
        assert_eq!(e.signer, None);
    }

    fn class_of(line: &str) -> Option<TitleClass> {
        title_class(&Squashed::new(line).letters, false)
    }

    #[test]
    fn approximate_substring_search() {
        assert!(approx_contains(
            "HONSARAHWHITFIELDUNITEDSTATESDISTRICTJUDGE",
            "DISTRICTJUDGE",
            0
        ));
        assert!(approx_contains(
            "UNITEDSTATESDISTRICTASDGE",
            "UNITEDSTATESDISTRICTJUDGE",
            2
        ));
        assert!(!approx_contains(
            "UNITEDSTATESDISTRICTASDGE",
            "UNITEDSTATESDISTRICTJUDGE",
            1
        ));
        assert!(approx_contains("SEGNATUREOFJUDGE", "SIGNATURE", 1));
        assert!(!approx_contains("", "JUDGE", 1));
        assert_eq!(fold_title("SUPRERNECOURT"), "SUPREMECOURT");
    }

    #[test]
    fn garbled_judge_titles_are_read() {
        for (line, class) in [
            ("United States District Asdge", TitleClass::FederalJudge),
            (
                "Hon. Sarah L Whutfield, United States Distrlct Judqe",
                TitleClass::FederalJudge,
            ),
            ("Unlted States Maglstrate Judge", TitleClass::FederalJudge),
            ("U.S. Magistrate judqe", TitleClass::FederalJudge),
            ("Chiel United States Magistrate judge", TitleClass::FederalJudge),
            ("Justice of the Suprerne C0urt", TitleClass::StateJudge),
            ("Judge of the Crirninal Court", TitleClass::StateJudge),
            ("Acting justice of the Supreme Court", TitleClass::StateJudge),
        ] {
            assert_eq!(class_of(line), Some(class), "{line}");
        }
        // The titles the corpus prints are read as they are, without doubt.
        for t in [
            "United States Magistrate Judge",
            "U.S. Magistrate Judge",
            "United States District Judge",
            "Chief United States Magistrate Judge",
            "Judge of the Criminal Court",
            "Justice of the Supreme Court",
            "Criminal Court Judge",
            "Acting Justice of the Supreme Court",
        ] {
            let c = class_of(&format!("Hon. Sarah L. Whitfield, {t}"));
            assert!(
                matches!(c, Some(TitleClass::FederalJudge | TitleClass::StateJudge)),
                "{t}: {c:?}"
            );
        }
    }

    #[test]
    fn immigration_titles_are_never_a_court_judge() {
        for line in [
            "Immigration Judge",
            "lmmigratlon Judge",
            "IMMIGRATI0N JUDGE",
            "Irnrnigration Judge",
            "Immigraton Judge",
            "Imigration judge",
            "Immlgratoin Judge",
            "Hon. Maria Lopez, Immigration Judge",
            "Deportation Officer",
            "Deportaton Oficer",
            "Dep0rtation 0fficer",
            "Supervisory Detention and Deportation Officer",
            "Supervisory Detentlon and Deportatoin Officer",
            "Field Offce Director",
            "Asylum Offlcer",
            "Immigration Enforcement Agent",
            "Immigration Offcer",
        ] {
            let c = class_of(line);
            assert!(
                matches!(
                    c,
                    Some(TitleClass::Officer | TitleClass::ImmigrationJudge | TitleClass::Doubt)
                ),
                "{line}: {c:?}"
            );
        }
    }

    #[test]
    fn signer_read_under_a_garbled_signature_block() {
        // A garbled caption, then the judge's printed name and title.
        let t = "CRIMINAL COURT OF THE CITY OF NEW YORK\nCOUNTY OF KINGS\nSEARCH WARRANT\nDated: July 27, 2026\n\
                 ti! Hon, Grace Uv\n(Seqrature of paige)\nHON, GRACE LIU\nActing justice of the Supreme Court\n";
        let e = extract(t);
        assert_eq!(e.kind, Kind::StateSearchWarrant);
        assert_eq!(e.signer, Some(Signer::StateJudge));
        // A "Segnature" label still counts as a signature line.
        let t = "UNITED STATES DISTRICT COURT\nARREST WARRANT\n/s/ Hon. Grace Liu\nIssuing officer's segnature\n\
                 City and state: New York, New York\nGrace Liu, United States Magistrate judqe\n";
        assert_eq!(extract(t).signer, Some(Signer::FederalJudge));
    }

    #[test]
    fn garbled_immigration_signer_leaves_a_court_paper_unknown() {
        for title in ["Immigraton Judge", "Deportaton Oficer", "Irnrnigration Judge"] {
            let t = format!(
                "UNITED STATES DISTRICT COURT\nARREST WARRANT\n/s/ J. Doe\nIssuing officer's signature\n{title}\n\
                 Printed name and title\n"
            );
            let e = extract(&t);
            assert!(
                !matches!(e.signer, Some(Signer::FederalJudge | Signer::StateJudge)),
                "{title}: {:?}",
                e.signer
            );
        }
    }

    #[test]
    fn a_judge_named_above_the_printed_name_is_not_under_the_signature() {
        // "Hon." anchors its own line and the lines below it, never the body text above.
        let t = "CRIMINAL COURT OF THE CITY OF NEW YORK\nWARRANT OF ARREST\nbring before a Judge of the Criminal Court\n\
                 Hon. Grace Liu\n";
        assert_eq!(extract(t).signer, None);
    }
}
