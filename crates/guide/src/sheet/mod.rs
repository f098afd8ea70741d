//! Bilingual review sheets for reviewers who do not use a translation platform: every message of a locale with
//! its English and its translation, as CSV (a spreadsheet) or XLIFF 2.0 (a CAT tool), exported from the
//! [`Catalog`] and imported back with checks. An imported sheet is checked whole before anything changes: each
//! translation must be one Fluent message with the English's variables, plural variants the locale has, and
//! letters of the locale's script; a reviewer's name must be a name or handle. Any bad row is named, with its
//! line (CSV) or unit (XLIFF), and nothing is written.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::NaiveDate;
use unic_langid::LanguageIdentifier;

use crate::SOURCE_LOCALE;
use crate::drift::{Catalog, DriftError, Message, MessageHash, Review, State, check_reviewer, message_from_value};
use crate::script::script_problem;

/// The columns of a CSV sheet, in order.
pub const CSV_COLUMNS: [&str; 9] = [
    "locale",
    "file",
    "id",
    "state",
    "source_hash",
    "english",
    "translation",
    "reviewer",
    "notes",
];

/// The sheet formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetFormat {
    /// Comma-separated values (RFC 4180, UTF-8): opens in any spreadsheet.
    Csv,
    /// XLIFF 2.0: opens in translation tools (OmegaT, Okapi, memoQ, Trados…).
    Xliff,
}

/// Which messages to put in a sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Only {
    /// Every message.
    All,
    /// Messages to translate: stale, missing or untracked.
    Stale,
    /// Messages no person has reviewed in their current form.
    Unreviewed,
}

/// One row of a sheet (a CSV line, an XLIFF unit).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    /// Where it is in the sheet ("line 12", "unit kp-film").
    pub place: String,
    pub locale: String,
    pub file: String,
    pub id: String,
    /// current, stale, missing, untracked (export); XLIFF: the segment state.
    pub state: String,
    /// The hash of the English in the sheet (`MessageHash`).
    pub source_hash: String,
    pub english: String,
    pub translation: String,
    /// Who reviewed the translation (a name or handle), if someone did.
    pub reviewer: String,
    pub notes: String,
}

/// A bad sheet or a bad row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetError {
    /// Where ("line 12", "unit kp-film", "the file").
    pub place: String,
    pub message: String,
}

impl fmt::Display for SheetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

fn error(place: impl Into<String>, message: impl Into<String>) -> SheetError {
    SheetError {
        place: place.into(),
        message: message.into(),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Plural forms

/// The plural categories a locale's numbers fall into (CLDR, as fluent-bundle's `intl_pluralrules` has them;
/// a locale it lacks, such as `ht`, uses English's, as fluent-bundle does).
pub fn plural_categories(locale: &str) -> BTreeSet<&'static str> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let langid: LanguageIdentifier = locale.parse().unwrap_or_default();
    let rules = PluralRules::create(langid, PluralRuleType::CARDINAL).or_else(|_| {
        let en: LanguageIdentifier = SOURCE_LOCALE.parse().unwrap_or_default();
        PluralRules::create(en, PluralRuleType::CARDINAL)
    });
    let Ok(rules) = rules else {
        return BTreeSet::from(["one", "other"]);
    };
    let mut out = BTreeSet::new();
    let samples = (0u32..=200)
        .map(f64::from)
        .chain([1000.0, 1_000_000.0, 0.5, 1.5, 2.5, 10.5, 101.5]);
    for n in samples {
        if let Ok(c) = rules.select(n) {
            out.insert(match c {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            });
        }
    }
    out
}

const PLURAL_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// What is wrong with the plural variants of `t` (a translation into `locale` of `en`), if anything.
fn plural_problem(locale: &str, en: &Message, t: &Message) -> Option<String> {
    let categories = plural_categories(locale);
    for sel in &t.selectors {
        let english_keys: BTreeSet<&str> = en
            .selectors
            .iter()
            .filter(|s| s.variable == sel.variable)
            .flat_map(|s| s.keys.iter().map(String::as_str))
            .collect();
        for k in &sel.keys {
            let numeric = k.parse::<f64>().is_ok();
            let plural = PLURAL_NAMES.contains(&k.as_str());
            let ok = numeric
                || (plural && categories.contains(k.as_str()))
                || (!plural && english_keys.contains(k.as_str()));
            if !ok {
                let has: Vec<&str> = categories.iter().copied().collect();
                return Some(if plural {
                    format!("[{k}] is not a plural form of {locale} (it has: {})", has.join(", "))
                } else {
                    format!("[{k}] is not a variant of the English message")
                });
            }
        }
    }
    None
}

fn variables(m: &Message) -> String {
    m.variables
        .iter()
        .map(|v| format!("${v}"))
        .collect::<Vec<_>>()
        .join(" ")
}

// ---------------------------------------------------------------------------------------------------------
// Export

/// The notes for a translator: the variables to keep and the plural forms to write.
fn notes(locale: &str, en: &Message) -> String {
    let mut parts = Vec::new();
    if !en.variables.is_empty() {
        parts.push(format!("keep {}", variables(en)));
    }
    if en
        .selectors
        .iter()
        .any(|s| s.keys.iter().any(|k| PLURAL_NAMES.contains(&k.as_str())))
    {
        let c: Vec<&str> = plural_categories(locale).into_iter().collect();
        parts.push(format!(
            "plural forms of {locale}: {} (* marks the default)",
            c.join(", ")
        ));
    }
    parts.join("; ")
}

/// The rows of `locale`'s sheet.
pub fn rows(catalog: &Catalog, locale: &str, only: Only) -> Result<Vec<Row>, DriftError> {
    if !catalog.translated_locales().contains(&locale) {
        return Err(DriftError::UnknownLocale(
            locale.to_string(),
            catalog.translated_locales().join(" "),
        ));
    }
    Ok(catalog
        .states(locale)
        .into_iter()
        .filter(|s| match only {
            Only::All => true,
            Only::Stale => s.state != State::Current,
            Only::Unreviewed => s.reviewed.is_none(),
        })
        .map(|s| Row {
            place: String::new(),
            locale: locale.to_string(),
            file: s.file.to_string(),
            id: s.id.to_string(),
            state: s.state.as_str().to_string(),
            source_hash: s.english.hash.to_string(),
            english: s.english.value.clone(),
            translation: s.translation.map(|t| t.value.clone()).unwrap_or_default(),
            reviewer: String::new(),
            notes: notes(locale, s.english),
        })
        .collect())
}

/// A CSV sheet.
pub fn to_csv(rows: &[Row]) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let _ = w.write_record(CSV_COLUMNS);
    for r in rows {
        let _ = w.write_record([
            &r.locale,
            &r.file,
            &r.id,
            &r.state,
            &r.source_hash,
            &r.english,
            &r.translation,
            &r.reviewer,
            &r.notes,
        ]);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// The XLIFF 2.0 namespace.
pub const XLIFF_NS: &str = "urn:oasis:names:tc:xliff:document:2.0";

fn xml(s: &str) -> String {
    quick_xml::escape::escape(s).into_owned()
}

/// An XLIFF 2.0 sheet of one locale's rows. The segment state says where each translation stands: `initial`
/// (stale, missing or untracked), `translated` (current) or `reviewed`; Amparo's own data are notes.
pub fn to_xliff(locale: &str, rows: &[Row], reviewed: &BTreeSet<String>) -> String {
    let mut s = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <!-- Amparo review sheet for {locale}. Translate or correct each <target>; keep every {{ $variable }};\n     \
         set a segment's state to \"reviewed\" when you have checked it, and import with\n     \
         `amparo l10n import FILE --reviewer NAME`. The notes are Amparo's: leave them as they are. -->\n\
         <xliff xmlns=\"{XLIFF_NS}\" version=\"2.0\" srcLang=\"{SOURCE_LOCALE}\" trgLang=\"{}\">\n",
        xml(locale)
    );
    let mut files: Vec<&str> = Vec::new();
    for r in rows {
        if !files.contains(&r.file.as_str()) {
            files.push(&r.file);
        }
    }
    for f in files {
        s.push_str(&format!("  <file id=\"{}\">\n", xml(f)));
        for r in rows.iter().filter(|r| r.file == f) {
            let state = if r.state == "current" {
                if reviewed.contains(&r.id) {
                    "reviewed"
                } else {
                    "translated"
                }
            } else {
                "initial"
            };
            s.push_str(&format!("    <unit id=\"{}\">\n      <notes>\n", xml(&r.id)));
            s.push_str(&format!(
                "        <note category=\"amparo:source-hash\">{}</note>\n        <note category=\"amparo:state\">{}</note>\n",
                xml(&r.source_hash),
                xml(&r.state)
            ));
            if !r.notes.is_empty() {
                s.push_str(&format!(
                    "        <note category=\"amparo:notes\">{}</note>\n",
                    xml(&r.notes)
                ));
            }
            s.push_str(&format!(
                "      </notes>\n      <segment state=\"{state}\">\n        <source xml:space=\"preserve\">{}</source>\n        <target xml:space=\"preserve\">{}</target>\n      </segment>\n    </unit>\n",
                xml(&r.english),
                xml(&r.translation)
            ));
        }
        s.push_str("  </file>\n");
    }
    s.push_str("</xliff>\n");
    s
}

// ---------------------------------------------------------------------------------------------------------
// Reading a sheet

/// The rows of a CSV sheet (its header must be [`CSV_COLUMNS`]).
pub fn parse_csv(text: &str) -> Result<Vec<Row>, SheetError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut r = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let header = r
        .headers()
        .map_err(|e| error("line 1", format!("not a CSV sheet: {e}")))?;
    let got: Vec<&str> = header.iter().map(str::trim).collect();
    if got != CSV_COLUMNS {
        return Err(error(
            "line 1",
            format!(
                "the columns must be: {} (found: {})",
                CSV_COLUMNS.join(","),
                got.join(",")
            ),
        ));
    }
    let mut rows = Vec::new();
    for rec in r.records() {
        let rec = rec.map_err(|e| {
            let line = e
                .position()
                .map_or_else(|| "the file".to_string(), |p| format!("line {}", p.line()));
            error(line, format!("not valid CSV: {e}"))
        })?;
        // The reader reports the line on which the previous record ended (the header's, for the first row):
        // the row starts on the next one.
        let line = rec.position().map_or(0, |p| p.line() + 1);
        let get = |i: usize| rec.get(i).unwrap_or("").to_string();
        rows.push(Row {
            place: format!("line {line}"),
            locale: get(0).trim().to_string(),
            file: get(1).trim().to_string(),
            id: get(2).trim().to_string(),
            state: get(3).trim().to_string(),
            source_hash: get(4).trim().to_string(),
            english: get(5),
            translation: get(6),
            reviewer: get(7),
            notes: get(8),
        });
    }
    Ok(rows)
}

/// The rows of an XLIFF 2.0 sheet. `reviewer` is recorded for every segment whose state is `reviewed` or
/// `final`, unless a unit names its own (`<note category="amparo:reviewer">`).
pub fn parse_xliff(text: &str, reviewer: Option<&str>) -> Result<Vec<Row>, SheetError> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut path: Vec<String> = Vec::new();
    let mut rows = Vec::new();
    let mut locale = String::new();
    let mut file = String::new();
    let mut row = Row::default();
    let mut note_category = String::new();
    let mut buf = String::new();
    let at = |reader: &quick_xml::Reader<&[u8]>| format!("byte {}", reader.buffer_position());
    loop {
        let ev = reader
            .read_event()
            .map_err(|e| error(at(&reader), format!("not well-formed XML: {e}")))?;
        let is_start = matches!(ev, Event::Start(_));
        match ev {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.local_name().as_ref().to_string();
                let attr = |k: &str| -> Result<String, SheetError> {
                    match e.try_get_attribute(k) {
                        Ok(Some(a)) => a
                            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                            .map(|v| v.into_owned())
                            .map_err(|err| error(at(&reader), format!("bad attribute {k}: {err}"))),
                        Ok(None) => Ok(String::new()),
                        Err(err) => Err(error(at(&reader), format!("bad attribute {k}: {err}"))),
                    }
                };
                match (path.last().map(String::as_str), name.as_str()) {
                    (None, "xliff") => {
                        if attr("version")? != "2.0" {
                            return Err(error("the file", "not an XLIFF 2.0 document (version=\"2.0\")"));
                        }
                        if attr("xmlns")? != XLIFF_NS {
                            return Err(error("the file", format!("the XLIFF namespace must be {XLIFF_NS}")));
                        }
                        if attr("srcLang")? != SOURCE_LOCALE {
                            return Err(error("the file", "srcLang must be \"en\""));
                        }
                        locale = attr("trgLang")?;
                    }
                    (Some("xliff"), "file") => file = attr("id")?,
                    (Some("file"), "unit") => {
                        let id = attr("id")?;
                        row = Row {
                            place: format!("unit {id}"),
                            locale: locale.clone(),
                            file: file.clone(),
                            id,
                            ..Row::default()
                        };
                    }
                    (Some("notes"), "note") => note_category = attr("category")?,
                    (Some("unit"), "segment") => row.state = attr("state")?,
                    (Some("segment"), "source" | "target") | (Some("unit"), "notes") => {}
                    (Some("source" | "target"), other) => {
                        return Err(error(
                            row.place.clone(),
                            format!("<{other}> inside a text: write placeables as {{ $variable }}, as in the export"),
                        ));
                    }
                    (Some(p), other) => {
                        return Err(error(at(&reader), format!("unexpected <{other}> in <{p}>")));
                    }
                    (None, other) => return Err(error("the file", format!("<{other}> is not <xliff>"))),
                }
                buf.clear();
                if is_start {
                    path.push(name);
                }
            }
            Event::Text(t) => buf.push_str(&t.xml10_content()),
            Event::CData(t) => buf.push_str(&t),
            Event::GeneralRef(r) => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    buf.push(c);
                } else {
                    let name = r.xml10_content();
                    buf.push(match name.as_ref() {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        "apos" => '\'',
                        other => return Err(error(at(&reader), format!("unknown entity &{other};"))),
                    });
                }
            }
            Event::End(e) => {
                let name = e.local_name().as_ref().to_string();
                match name.as_str() {
                    "source" => row.english = std::mem::take(&mut buf),
                    "target" => row.translation = std::mem::take(&mut buf),
                    "note" => {
                        let v = std::mem::take(&mut buf);
                        match note_category.as_str() {
                            "amparo:source-hash" => row.source_hash = v.trim().to_string(),
                            "amparo:reviewer" => row.reviewer = v.trim().to_string(),
                            "amparo:notes" => row.notes = v,
                            _ => {}
                        }
                    }
                    "unit" => {
                        if row.reviewer.is_empty() && matches!(row.state.as_str(), "reviewed" | "final") {
                            row.reviewer = reviewer.unwrap_or("").to_string();
                            if row.reviewer.is_empty() {
                                return Err(error(
                                    row.place.clone(),
                                    "the segment is marked reviewed: give the reviewer's name or handle (--reviewer)",
                                ));
                            }
                        }
                        rows.push(std::mem::take(&mut row));
                    }
                    _ => {}
                }
                path.pop();
                buf.clear();
            }
            Event::Eof => break,
            Event::Decl(_) | Event::Comment(_) | Event::PI(_) => {}
            Event::DocType(_) => return Err(error("the file", "a DOCTYPE is not accepted")),
        }
    }
    if locale.is_empty() {
        return Err(error("the file", "no <xliff trgLang=\"…\"> element"));
    }
    Ok(rows)
}

// ---------------------------------------------------------------------------------------------------------
// Import

/// What an imported sheet changes.
#[derive(Debug, Clone, Default)]
pub struct Import {
    /// New translations: (locale, file, id, message, the English hash it translates).
    pub translations: Vec<(String, String, String, Message, MessageHash)>,
    /// Reviews to record: (locale, file, review).
    pub reviews: Vec<(String, String, Review)>,
    /// Notes for the person importing (a translation made from an older English, …).
    pub warnings: Vec<String>,
    /// Rows left as they were (no translation, or the same one, and no reviewer).
    pub unchanged: usize,
}

/// Check every row against the catalog; on success, what to change (nothing is changed yet).
pub fn check(catalog: &Catalog, rows: &[Row], today: NaiveDate) -> Result<Import, Vec<SheetError>> {
    let mut errors = Vec::new();
    let mut out = Import::default();
    let mut seen = BTreeSet::new();
    let locales = catalog.translated_locales();
    for r in rows {
        let bad = |m: String| error(r.place.clone(), m);
        if !locales.contains(&r.locale.as_str()) {
            errors.push(bad(format!(
                "unknown locale {:?} (the translated locales are: {})",
                r.locale,
                locales.join(" ")
            )));
            continue;
        }
        let Some((file, en)) = catalog.english(&r.id) else {
            errors.push(bad(format!("{:?} is not a message of the English", r.id)));
            continue;
        };
        if file != r.file {
            errors.push(bad(format!("{} is in {file}, not in {:?}", r.id, r.file)));
            continue;
        }
        if !seen.insert((r.locale.clone(), r.id.clone())) {
            errors.push(bad(format!("{} appears twice for {}", r.id, r.locale)));
            continue;
        }
        let source: MessageHash = match r.source_hash.parse() {
            Ok(h) => h,
            Err(e) => {
                errors.push(bad(format!("source_hash: {e}")));
                continue;
            }
        };
        let reviewer = r.reviewer.trim();
        if !reviewer.is_empty()
            && let Err(e) = check_reviewer(reviewer)
        {
            errors.push(bad(e));
            continue;
        }
        if r.translation.trim().is_empty() {
            if !reviewer.is_empty() {
                errors.push(bad("a reviewer is named but the translation is empty".to_string()));
            } else {
                out.unchanged += 1;
            }
            continue;
        }
        let m = match message_from_value(&r.id, &r.translation) {
            Ok(m) => m,
            Err(e) => {
                errors.push(bad(format!("translation: {e}")));
                continue;
            }
        };
        if m.variables != en.variables {
            errors.push(bad(format!(
                "translation: uses the variables {{{}}}; the English uses {{{}}}: keep each {{ $variable }} as it is",
                variables(&m),
                variables(en)
            )));
            continue;
        }
        if let Some(p) = plural_problem(&r.locale, en, &m) {
            errors.push(bad(format!("translation: {p}")));
            continue;
        }
        if let Some(p) = script_problem(&r.locale, &en.value, &m.value) {
            errors.push(bad(format!("translation: {p}")));
            continue;
        }
        if m.canonical.contains(crate::drift::STALE_OPEN) {
            errors.push(bad(
                "translation: contains U+2068, which Amparo uses to mark stale English".to_string(),
            ));
            continue;
        }
        if source != en.hash {
            out.warnings.push(format!(
                "{}: {} {}: the English changed since this sheet was made: recorded as stale (export a new sheet)",
                r.place, r.locale, r.id
            ));
        }
        let current = catalog.translation(&r.locale, file, &r.id);
        let changed = current.is_none_or(|c| c.hash != m.hash);
        if changed {
            out.translations
                .push((r.locale.clone(), file.to_string(), r.id.clone(), m.clone(), source));
        }
        if !reviewer.is_empty() {
            out.reviews.push((
                r.locale.clone(),
                file.to_string(),
                Review {
                    id: r.id.clone(),
                    by: reviewer.to_string(),
                    on: today,
                    source,
                    translation: m.hash,
                },
            ));
        } else if !changed {
            out.unchanged += 1;
        }
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// Apply a checked import to the catalog: the new texts of the resource files it changed, by (locale, file).
/// A reviewed translation that was not changed is recorded as translating the English it was reviewed
/// against. Then write [`Catalog::records_text`] for the same files.
pub fn apply(catalog: &mut Catalog, import: &Import) -> Result<BTreeMap<(String, String), String>, DriftError> {
    let mut texts = BTreeMap::new();
    for (locale, file, id, m, source) in &import.translations {
        let text = catalog.set_translation(locale, file, id, m.clone(), *source)?;
        texts.insert((locale.clone(), file.clone()), text);
    }
    for (locale, file, review) in &import.reviews {
        let unchanged_current = catalog
            .translation(locale, file, &review.id)
            .is_some_and(|t| t.hash == review.translation);
        let english_now = catalog.english(&review.id).map(|(_, m)| m.hash);
        if unchanged_current
            && english_now == Some(review.source)
            && !import
                .translations
                .iter()
                .any(|(l, _, i, _, _)| l == locale && *i == review.id)
        {
            catalog.mark_current(locale, std::slice::from_ref(&review.id))?;
        }
        catalog.add_review(locale, file, review.clone())?;
        texts
            .entry((locale.clone(), file.clone()))
            .or_insert_with(|| catalog.ftl_text(locale, file).unwrap_or_default().to_string());
    }
    Ok(texts)
}
