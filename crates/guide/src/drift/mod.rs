//! Drift protection: which English each translation was made from, and who reviewed it.
//!
//! Every translated message has a *record* beside its locale's resource, in `l10n/<locale>/<stem>.toml`
//! (`l10n/es/guide.toml` for `locales/es/guide.ftl`): the hash of the English message it was translated from,
//! the hash of the translation when that was recorded, whether it was marked stale on purpose, and the human
//! reviews it had (who, when, against which English and which translation). The `.ftl` files stay plain
//! Fluent for Pontoon and Weblate, which rewrite a target file from the source file and drop its comments;
//! the records are files those tools never open.
//!
//! A message whose English hash differs from its record's is *stale*: the guide shows the current English
//! beside the old translation, with a note in the reader's language ([`crate::Guide`]). The lint
//! ([`Catalog::problems`]) fails on a stale message that was not marked stale on purpose, on a translation
//! with no record, and on a translation edited since it was recorded. A hash covers the message's value and
//! attributes as Fluent serializes them (comments and layout do not count).
//!
//! Everything here works on texts: the embedded copy ([`Catalog::embedded`]) or files read by the command line
//! (`amparo l10n`), which writes back what [`Catalog::records_text`] returns.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use chrono::NaiveDate;
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::SOURCE_LOCALE;
use crate::data::{LOCALE_FILES, RECORD_FILES, RESOURCES};

/// The directory of the records, beside `locales/` in the guide crate.
pub const RECORDS_DIR: &str = "l10n";

/// The records file of a resource: `guide.ftl` → `guide.toml`.
pub fn records_file_name(resource: &str) -> String {
    format!("{}.toml", resource.strip_suffix(".ftl").unwrap_or(resource))
}

/// The character that opens the current English in a stale message's text (FIRST STRONG ISOLATE, closed by
/// POP DIRECTIONAL ISOLATE). Translations may not contain it: the lint refuses it.
pub const STALE_OPEN: char = '\u{2068}';
/// Closes what [`STALE_OPEN`] opened.
pub const STALE_CLOSE: char = '\u{2069}';

// ---------------------------------------------------------------------------------------------------------
// Hashes

/// 16 hex digits of the SHA-256 of a message's canonical Fluent source.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MessageHash([u8; 8]);

impl MessageHash {
    fn of(canonical: &str) -> Self {
        let d = Sha256::digest(canonical.as_bytes());
        let mut b = [0u8; 8];
        b.copy_from_slice(&d[..8]);
        Self(b)
    }
}

impl fmt::Display for MessageHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for x in self.0 {
            write!(f, "{x:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for MessageHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self}")
    }
}

impl FromStr for MessageHash {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim();
        if s.len() != 16 || !s.bytes().all(|c| c.is_ascii_hexdigit()) {
            return Err(format!("{s:?} is not a message hash (16 hex digits)"));
        }
        let mut b = [0u8; 8];
        for (i, byte) in b.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).map_err(|e| e.to_string())?;
        }
        Ok(Self(b))
    }
}

impl<'de> Deserialize<'de> for MessageHash {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}

// ---------------------------------------------------------------------------------------------------------
// Messages of a resource

/// One message of a resource, as the records and the review sheets see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The hash of [`Message::canonical`].
    pub hash: MessageHash,
    /// The message as Fluent serializes it, without its comment (`id = value\n`).
    pub canonical: String,
    /// The value in Fluent syntax (what a translator edits): the text, with `{ $variable }` placeables and
    /// `{ $n -> … }` selectors; several lines for a selector.
    pub value: String,
    /// The variables it uses (`$name` without the `$`).
    pub variables: BTreeSet<String>,
    /// The keys of each selector's variants, with the selector's variable where it is one.
    pub selectors: Vec<Selector>,
}

/// The variants of one selector (`{ $count -> [one] … *[other] … }`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selector {
    /// The variable it selects on, if it is a variable.
    pub variable: Option<String>,
    /// The variant keys: plural categories (`one`, `few`, …), other identifiers, or numbers (`0`, `1`).
    pub keys: Vec<String>,
}

/// The messages of a resource in file order. A resource that does not fully parse gives the messages that did
/// (the syntax error is [`crate::lint`]'s to report).
pub fn parse_messages(ftl: &str) -> Vec<(String, Message)> {
    let resource = match fluent_syntax::parser::parse(ftl) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .body
        .into_iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some((m.id.name.to_string(), message(m))),
            _ => None,
        })
        .collect()
}

fn message(mut m: ast::Message<&str>) -> Message {
    m.comment = None;
    let mut variables = BTreeSet::new();
    let mut selectors = Vec::new();
    if let Some(p) = &m.value {
        walk_pattern(p, &mut variables, &mut selectors);
    }
    for a in &m.attributes {
        walk_pattern(&a.value, &mut variables, &mut selectors);
    }
    let id = m.id.name;
    let canonical = fluent_syntax::serializer::serialize(&ast::Resource {
        body: vec![Entry::Message(m)],
    });
    let value = value_of(&canonical, id);
    Message {
        hash: MessageHash::of(&canonical),
        canonical,
        value,
        variables,
        selectors,
    }
}

/// The value of a serialized message: `id = text` → `text`; `id =\n    line\n    line` → the lines, dedented.
fn value_of(canonical: &str, id: &str) -> String {
    let rest = canonical
        .strip_prefix(id)
        .and_then(|r| r.strip_prefix(" ="))
        .unwrap_or(canonical);
    let rest = rest.strip_suffix('\n').unwrap_or(rest);
    match rest.strip_prefix(' ') {
        Some(single) if !single.contains('\n') => single.to_string(),
        _ => rest
            .trim_start_matches([' ', '\n'])
            .lines()
            .map(|l| l.strip_prefix("    ").unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

fn walk_pattern(p: &Pattern<&str>, vars: &mut BTreeSet<String>, sel: &mut Vec<Selector>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            walk_expression(expression, vars, sel);
        }
    }
}

fn walk_expression(e: &Expression<&str>, vars: &mut BTreeSet<String>, sel: &mut Vec<Selector>) {
    match e {
        Expression::Select { selector, variants } => {
            let variable = match selector {
                InlineExpression::VariableReference { id } => Some(id.name.to_string()),
                _ => None,
            };
            walk_inline(selector, vars, sel);
            sel.push(Selector {
                variable,
                keys: variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => (*name).to_string(),
                        ast::VariantKey::NumberLiteral { value } => (*value).to_string(),
                    })
                    .collect(),
            });
            for v in variants {
                walk_pattern(&v.value, vars, sel);
            }
        }
        Expression::Inline(i) => walk_inline(i, vars, sel),
    }
}

fn walk_inline(e: &InlineExpression<&str>, vars: &mut BTreeSet<String>, sel: &mut Vec<Selector>) {
    match e {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                walk_inline(a, vars, sel);
            }
            for a in &arguments.named {
                walk_inline(&a.value, vars, sel);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, vars, sel),
        _ => {}
    }
}

/// A message `id` with `value` (as [`Message::value`] gives it), checked to be exactly one well-formed
/// message: what a review sheet's translation cell becomes.
pub fn message_from_value(id: &str, value: &str) -> Result<Message, String> {
    let value = value.trim_matches(|c: char| c == '\n' || c == '\r');
    if value.trim().is_empty() {
        return Err("the translation is empty".to_string());
    }
    let ftl = if value.contains('\n') || value.starts_with(['[', '*', '.']) {
        let mut s = format!("{id} =\n");
        for line in value.lines() {
            if line.trim().is_empty() {
                s.push('\n');
            } else {
                s.push_str("    ");
                s.push_str(line.trim_end());
                s.push('\n');
            }
        }
        s
    } else {
        format!("{id} = {}\n", value.trim())
    };
    match fluent_syntax::parser::parse(ftl.as_str()) {
        Ok(r) => match r.body.as_slice() {
            [Entry::Message(m)] if m.id.name == id => Ok(message(m.clone())),
            _ => Err("not one Fluent message (a line may start with [, * or .)".to_string()),
        },
        Err((_, errors)) => Err(format!(
            "not valid Fluent: {}",
            errors
                .iter()
                .map(|e| format!("{:?}", e.kind))
                .collect::<Vec<_>>()
                .join("; ")
        )),
    }
}

/// `ftl` with message `id` set to `m` (replaced where it is, or added after the message that precedes it in
/// `order`, English's order), everything else byte for byte as it was.
pub fn set_message(ftl: &str, id: &str, m: &Message, order: &[&str]) -> String {
    let lines: Vec<&str> = ftl.split_inclusive('\n').collect();
    let starts = |l: &str, id: &str| {
        l.strip_prefix(id)
            .is_some_and(|r| r.trim_start_matches([' ', '\t']).starts_with('='))
    };
    let new = m.canonical.clone();
    if let Some(i) = lines.iter().position(|l| starts(l, id)) {
        let mut end = i + 1;
        let mut last = i + 1;
        while end < lines.len() {
            let l = lines[end];
            if l.trim().is_empty() {
                end += 1;
                continue;
            }
            if l.starts_with(' ') {
                end += 1;
                last = end;
                continue;
            }
            break;
        }
        let mut out: String = lines[..i].concat();
        out.push_str(&new);
        out.push_str(&lines[last..].concat());
        return out;
    }
    // Not there: after the closest preceding message (in English's order) that the file has.
    let pos = order.iter().position(|x| *x == id).unwrap_or(order.len());
    for prev in order[..pos].iter().rev() {
        if let Some(i) = lines.iter().position(|l| starts(l, prev)) {
            let mut end = i + 1;
            while end < lines.len() && lines[end].starts_with(' ') {
                end += 1;
            }
            let mut out: String = lines[..end].concat();
            if !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(&new);
            out.push_str(&lines[end..].concat());
            return out;
        }
    }
    let mut out = ftl.to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&new);
    out
}

// ---------------------------------------------------------------------------------------------------------
// Records

/// What was recorded about one translated message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The English message it was translated from.
    pub source: MessageHash,
    /// The translation, when this was recorded.
    pub translation: MessageHash,
    /// Marked stale on purpose: the English changed and the translation is being updated.
    #[serde(default)]
    pub stale: bool,
}

/// A person's review of one translation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// The message id.
    pub id: String,
    /// A name or handle the reviewer chose.
    pub by: String,
    /// The day of the review.
    #[serde(deserialize_with = "crate::data::date")]
    pub on: NaiveDate,
    /// The English the translation was reviewed against.
    pub source: MessageHash,
    /// The translation reviewed.
    pub translation: MessageHash,
}

/// The records of one locale's resource (`l10n/<locale>/<stem>.toml`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Records {
    #[serde(default)]
    pub messages: BTreeMap<String, Record>,
    #[serde(default, rename = "review")]
    pub reviews: Vec<Review>,
}

/// The longest reviewer name or handle accepted.
pub const MAX_REVIEWER_LEN: usize = 60;

/// A reviewer's name or handle: 1 to [`MAX_REVIEWER_LEN`] characters, no control characters. It is published
/// with the repository: a handle is enough.
pub fn check_reviewer(name: &str) -> Result<&str, String> {
    let n = name.trim();
    if n.is_empty() {
        return Err("the reviewer's name or handle is empty".to_string());
    }
    if n.chars().count() > MAX_REVIEWER_LEN {
        return Err(format!(
            "the reviewer's name or handle is longer than {MAX_REVIEWER_LEN} characters"
        ));
    }
    if n.chars().any(char::is_control) {
        return Err("the reviewer's name or handle contains a control character".to_string());
    }
    Ok(n)
}

impl Records {
    /// Parse a records file.
    pub fn parse(text: &str) -> Result<Self, String> {
        let r: Records = toml::from_str(text).map_err(|e| e.to_string())?;
        for rev in &r.reviews {
            check_reviewer(&rev.by).map_err(|e| format!("review of {}: {e}", rev.id))?;
        }
        Ok(r)
    }

    /// The file's text: a header, then one line per message (sorted by id), then the reviews (by id, then
    /// date). Stable, so that a change shows as the lines it changes.
    pub fn to_toml(&self, locale: &str, resource: &str) -> String {
        let mut s = format!(
            "# Which English each translation in locales/{locale}/{resource} was made from (`source`: a hash of the\n\
             # English message), the translation's own hash when that was recorded, and the human reviews.\n\
             # Written by `amparo l10n mark-current | mark-stale | review | import` (see ARCHITECTURE.md,\n\
             # \"Add or change a message\"); not edited by hand, never opened by Pontoon or Weblate.\n\n[messages]\n"
        );
        for (id, r) in &self.messages {
            s.push_str(&format!(
                "{id} = {{ source = \"{}\", translation = \"{}\"{} }}\n",
                r.source,
                r.translation,
                if r.stale { ", stale = true" } else { "" }
            ));
        }
        let mut reviews = self.reviews.clone();
        reviews.sort_by(|a, b| (&a.id, a.on, &a.by).cmp(&(&b.id, b.on, &b.by)));
        for r in &reviews {
            s.push_str(&format!(
                "\n[[review]]\nid = \"{}\"\nby = {}\non = {}\nsource = \"{}\"\ntranslation = \"{}\"\n",
                r.id,
                toml::Value::String(r.by.clone()),
                r.on.format("%Y-%m-%d"),
                r.source,
                r.translation
            ));
        }
        s
    }
}

// ---------------------------------------------------------------------------------------------------------
// The catalog: every resource with its records

/// The state of one translated message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Translated from the current English.
    Current,
    /// Translated from an older English: shown with the current English beside it.
    Stale,
    /// The locale does not have the message (the English is shown).
    Missing,
    /// The locale has a translation but no record of which English it was made from.
    Untracked,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Current => "current",
            Self::Stale => "stale",
            Self::Missing => "missing",
            Self::Untracked => "untracked",
        }
    }
}

/// One English message and its translation in one locale.
#[derive(Debug, Clone)]
pub struct MessageState<'a> {
    pub file: &'a str,
    pub id: &'a str,
    pub state: State,
    /// The English message now.
    pub english: &'a Message,
    /// The translation, where the locale has one.
    pub translation: Option<&'a Message>,
    /// The record, where there is one.
    pub record: Option<Record>,
    /// The latest review of this translation against the current English, if any.
    pub reviewed: Option<&'a Review>,
}

impl MessageState<'_> {
    /// Marked stale on purpose.
    pub fn marked_stale(&self) -> bool {
        self.state == State::Stale && self.record.is_some_and(|r| r.stale)
    }

    /// The translation differs from the one recorded (edited since, e.g. by a translation platform).
    pub fn edited(&self) -> bool {
        matches!((self.translation, self.record), (Some(t), Some(r)) if t.hash != r.translation)
    }
}

/// How much of a locale is up to date and reviewed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// English messages (all resources).
    pub messages: usize,
    pub current: usize,
    pub stale: usize,
    pub missing: usize,
    pub untracked: usize,
    /// Current translations reviewed by a person against the current English.
    pub reviewed: usize,
}

impl Summary {
    /// Whole percent, rounded down (so 100 means all).
    fn percent(n: usize, of: usize) -> u32 {
        if of == 0 {
            return 100;
        }
        u32::try_from(n * 100 / of).unwrap_or(100)
    }

    /// The share of messages translated from the current English, in whole percent (rounded down).
    pub fn current_percent(&self) -> u32 {
        Self::percent(self.current, self.messages)
    }

    /// The share of messages whose current translation a person reviewed, in whole percent (rounded down).
    pub fn reviewed_percent(&self) -> u32 {
        Self::percent(self.reviewed, self.messages)
    }
}

/// Something the drift lint refuses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DriftProblem {
    /// The English changed since the translation was made, and nobody updated the translation or marked it
    /// stale on purpose.
    EnglishChanged {
        locale: String,
        file: String,
        id: String,
        recorded: MessageHash,
        now: MessageHash,
    },
    /// A translation with no record of the English it was made from.
    Untracked { locale: String, file: String, id: String },
    /// The translation changed since it was recorded.
    Edited { locale: String, file: String, id: String },
    /// The records file does not parse.
    Records {
        locale: String,
        file: String,
        message: String,
    },
    /// A translation contains the character that marks stale English.
    Marker { locale: String, file: String, id: String },
}

impl fmt::Display for DriftProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EnglishChanged {
                locale,
                file,
                id,
                recorded,
                now,
            } => write!(
                f,
                "{locale}/{file}: {id}: the English changed since this translation was made (from {recorded}, now \
                 {now}): update the translation and run `amparo l10n mark-current {locale} {id}`, or run \
                 `amparo l10n mark-stale {id}` to show it as being updated"
            ),
            Self::Untracked { locale, file, id } => write!(
                f,
                "{locale}/{file}: {id}: no record of the English it was translated from: if it translates the \
                 current English, run `amparo l10n mark-current {locale} {id}`"
            ),
            Self::Edited { locale, file, id } => write!(
                f,
                "{locale}/{file}: {id}: the translation changed since it was recorded: if it now translates the \
                 current English, run `amparo l10n mark-current {locale} {id}`"
            ),
            Self::Records { locale, file, message } => {
                write!(f, "{RECORDS_DIR}/{locale}/{}: {message}", records_file_name(file))
            }
            Self::Marker { locale, file, id } => write!(
                f,
                "{locale}/{file}: {id}: contains U+2068 (FIRST STRONG ISOLATE), which marks stale English; use \
                 U+2066 (LEFT-TO-RIGHT ISOLATE) to isolate a form number"
            ),
        }
    }
}

/// An error of a command on the catalog (bad input: an unknown locale or message id, a bad reviewer).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DriftError {
    #[error("unknown locale {0:?}; the translated locales are: {1}")]
    UnknownLocale(String, String),
    #[error("no English message {0:?}")]
    UnknownMessage(String),
    #[error("{locale} has no translation of {id}: translate it first")]
    NotTranslated { locale: String, id: String },
    #[error("{locale}/{id} has no record to mark stale: it was never marked current")]
    NoRecord { locale: String, id: String },
    #[error("{locale}/{id} is not translated from the current English: update it and mark it current first")]
    NotCurrent { locale: String, id: String },
    #[error("{0}")]
    Reviewer(String),
}

#[derive(Debug, Clone)]
struct Resource {
    locale: String,
    file: String,
    /// The resource's text.
    text: String,
    /// Messages in file order.
    messages: Vec<(String, Message)>,
    records: Records,
    records_error: Option<String>,
}

impl Resource {
    fn get(&self, id: &str) -> Option<&Message> {
        self.messages.iter().find(|(i, _)| i == id).map(|(_, m)| m)
    }
}

/// Every resource of every locale, with the records of the translations.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// Locale ids in the order given, English first.
    locales: Vec<String>,
    resources: Vec<Resource>,
}

impl Catalog {
    /// From texts: `ftl` (locale, resource file, text) and `records` (locale, resource file, records text).
    /// A locale without a records file has no records; English has none.
    pub fn new<'a>(
        ftl: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>,
        records: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>,
    ) -> Self {
        let records: Vec<(&str, &str, &str)> = records.into_iter().collect();
        let mut locales: Vec<String> = Vec::new();
        let mut resources = Vec::new();
        for (locale, file, text) in ftl {
            if !locales.iter().any(|l| l == locale) {
                locales.push(locale.to_string());
            }
            let (recs, records_error) = match records.iter().find(|(l, f, _)| *l == locale && *f == file) {
                None => (Records::default(), None),
                Some((_, _, t)) => match Records::parse(t) {
                    Ok(r) => (r, None),
                    Err(e) => (Records::default(), Some(e)),
                },
            };
            resources.push(Resource {
                locale: locale.to_string(),
                file: file.to_string(),
                text: text.to_string(),
                messages: parse_messages(text),
                records: recs,
                records_error,
            });
        }
        // English first.
        if let Some(i) = locales.iter().position(|l| l == SOURCE_LOCALE) {
            let en = locales.remove(i);
            locales.insert(0, en);
        }
        Self { locales, resources }
    }

    /// The copy embedded in this build (the locales and records as they were compiled).
    pub fn embedded() -> &'static Catalog {
        static CELL: OnceLock<Catalog> = OnceLock::new();
        CELL.get_or_init(|| Catalog::new(LOCALE_FILES.iter().copied(), RECORD_FILES.iter().copied()))
    }

    /// The translated locales (every locale but English), in order.
    pub fn translated_locales(&self) -> Vec<&str> {
        self.locales
            .iter()
            .filter(|l| *l != SOURCE_LOCALE)
            .map(String::as_str)
            .collect()
    }

    fn check_locale(&self, locale: &str) -> Result<(), DriftError> {
        if locale != SOURCE_LOCALE && self.locales.iter().any(|l| l == locale) {
            Ok(())
        } else {
            Err(DriftError::UnknownLocale(
                locale.to_string(),
                self.translated_locales().join(" "),
            ))
        }
    }

    fn resource(&self, locale: &str, file: &str) -> Option<&Resource> {
        self.resources.iter().find(|r| r.locale == locale && r.file == file)
    }

    /// The resource files, in [`RESOURCES`] order, then any other (a test's).
    fn files(&self) -> Vec<&str> {
        let mut v: Vec<&str> = RESOURCES
            .iter()
            .copied()
            .filter(|f| self.resource(SOURCE_LOCALE, f).is_some())
            .collect();
        for r in &self.resources {
            if r.locale == SOURCE_LOCALE && !v.contains(&r.file.as_str()) {
                v.push(&r.file);
            }
        }
        v
    }

    /// The English message `id` and the resource that defines it.
    pub fn english(&self, id: &str) -> Option<(&str, &Message)> {
        self.files()
            .into_iter()
            .find_map(|f| self.resource(SOURCE_LOCALE, f)?.get(id).map(|m| (f, m)))
    }

    /// The English message ids of `file`, in order.
    pub fn english_ids(&self, file: &str) -> Vec<&str> {
        self.resource(SOURCE_LOCALE, file)
            .map(|r| r.messages.iter().map(|(i, _)| i.as_str()).collect())
            .unwrap_or_default()
    }

    /// The text of a message in a locale, where it has one.
    pub fn translation(&self, locale: &str, file: &str, id: &str) -> Option<&Message> {
        self.resource(locale, file)?.get(id)
    }

    /// Every English message with its translation's state in `locale`, resource by resource, in English order.
    pub fn states(&self, locale: &str) -> Vec<MessageState<'_>> {
        let mut out = Vec::new();
        for file in self.files() {
            let Some(en) = self.resource(SOURCE_LOCALE, file) else {
                continue;
            };
            let tr = self.resource(locale, file);
            for (id, english) in &en.messages {
                let translation = tr.and_then(|r| r.get(id));
                let record = tr.and_then(|r| r.records.messages.get(id)).copied();
                let state = match (translation, record) {
                    (None, _) => State::Missing,
                    (Some(_), None) => State::Untracked,
                    (Some(_), Some(r)) if r.source == english.hash => State::Current,
                    (Some(_), Some(_)) => State::Stale,
                };
                let reviewed = match (state, translation) {
                    (State::Current, Some(t)) => tr.and_then(|r| {
                        r.records
                            .reviews
                            .iter()
                            .filter(|v| v.id == *id && v.source == english.hash && v.translation == t.hash)
                            .max_by_key(|v| v.on)
                    }),
                    _ => None,
                };
                out.push(MessageState {
                    file,
                    id,
                    state,
                    english,
                    translation,
                    record,
                    reviewed,
                });
            }
        }
        out
    }

    /// The ids of `locale`'s stale messages (shown with the current English).
    pub fn stale_ids(&self, locale: &str) -> BTreeSet<String> {
        self.states(locale)
            .into_iter()
            .filter(|s| s.state == State::Stale)
            .map(|s| s.id.to_string())
            .collect()
    }

    /// Counts for one locale (English: every message current).
    pub fn summary(&self, locale: &str) -> Summary {
        let mut s = Summary::default();
        if locale == SOURCE_LOCALE {
            let n = self
                .files()
                .iter()
                .filter_map(|f| self.resource(SOURCE_LOCALE, f))
                .map(|r| r.messages.len())
                .sum();
            return Summary {
                messages: n,
                current: n,
                ..s
            };
        }
        for m in self.states(locale) {
            s.messages += 1;
            match m.state {
                State::Current => s.current += 1,
                State::Stale => s.stale += 1,
                State::Missing => s.missing += 1,
                State::Untracked => s.untracked += 1,
            }
            if m.reviewed.is_some() {
                s.reviewed += 1;
            }
        }
        s
    }

    /// What the lint refuses, locale by locale. Stale messages marked stale on purpose and missing ones are not
    /// problems here (missing keys are [`crate::lint`]'s).
    pub fn problems(&self) -> Vec<DriftProblem> {
        let mut out = Vec::new();
        for locale in self.translated_locales() {
            for r in self.resources.iter().filter(|r| r.locale == locale) {
                if let Some(e) = &r.records_error {
                    out.push(DriftProblem::Records {
                        locale: locale.to_string(),
                        file: r.file.clone(),
                        message: e.clone(),
                    });
                }
                for (id, m) in &r.messages {
                    if m.canonical.contains(STALE_OPEN) {
                        out.push(DriftProblem::Marker {
                            locale: locale.to_string(),
                            file: r.file.clone(),
                            id: id.clone(),
                        });
                    }
                }
            }
            for m in self.states(locale) {
                let (locale, file, id) = (locale.to_string(), m.file.to_string(), m.id.to_string());
                match (m.state, m.record) {
                    (State::Untracked, _) => out.push(DriftProblem::Untracked { locale, file, id }),
                    (State::Stale, Some(r)) if !r.stale => out.push(DriftProblem::EnglishChanged {
                        locale,
                        file,
                        id,
                        recorded: r.source,
                        now: m.english.hash,
                    }),
                    (State::Current, Some(_)) if m.edited() => out.push(DriftProblem::Edited { locale, file, id }),
                    _ => {}
                }
            }
        }
        out
    }

    /// Records whose message no longer exists in English or in the locale (dropped by the next command that
    /// writes that file; harmless meanwhile: a message added again with other English shows as stale).
    pub fn orphans(&self) -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        for r in self.resources.iter().filter(|r| r.locale != SOURCE_LOCALE) {
            for id in r.records.messages.keys() {
                let english = self.translation(SOURCE_LOCALE, &r.file, id).is_some();
                if !english || r.get(id).is_none() {
                    out.push((r.locale.clone(), r.file.clone(), id.clone()));
                }
            }
        }
        out
    }

    fn resource_mut(&mut self, locale: &str, file: &str) -> Option<&mut Resource> {
        self.resources.iter_mut().find(|r| r.locale == locale && r.file == file)
    }

    /// Check `locale` and `ids` and give each id's resource file and translation hash.
    fn targets(
        &self,
        locale: &str,
        ids: &[String],
    ) -> Result<Vec<(String, String, MessageHash, MessageHash)>, DriftError> {
        self.check_locale(locale)?;
        let mut out = Vec::new();
        for id in ids {
            let (file, en) = self.english(id).ok_or_else(|| DriftError::UnknownMessage(id.clone()))?;
            let t = self
                .translation(locale, file, id)
                .ok_or_else(|| DriftError::NotTranslated {
                    locale: locale.to_string(),
                    id: id.clone(),
                })?;
            out.push((file.to_string(), id.clone(), en.hash, t.hash));
        }
        Ok(out)
    }

    fn prune(&mut self, locale: &str, file: &str) {
        let english: BTreeSet<String> = self.english_ids(file).into_iter().map(str::to_string).collect();
        if let Some(r) = self.resource_mut(locale, file) {
            let present: BTreeSet<String> = r.messages.iter().map(|(i, _)| i.clone()).collect();
            let keep = |id: &String| english.contains(id) && present.contains(id);
            r.records.messages.retain(|id, _| keep(id));
            r.records.reviews.retain(|v| keep(&v.id));
        }
    }

    /// Record that `locale`'s translations of `ids` translate the current English (run after translating).
    /// Returns the resource files whose records changed.
    pub fn mark_current(&mut self, locale: &str, ids: &[String]) -> Result<BTreeSet<String>, DriftError> {
        let targets = self.targets(locale, ids)?;
        let mut files = BTreeSet::new();
        for (file, id, source, translation) in targets {
            if let Some(r) = self.resource_mut(locale, &file) {
                r.records.messages.insert(
                    id,
                    Record {
                        source,
                        translation,
                        stale: false,
                    },
                );
            }
            files.insert(file);
        }
        for f in &files {
            self.prune(locale, f);
        }
        Ok(files)
    }

    /// Mark `locale`'s translations of `ids` stale on purpose: the English changed and they are being updated.
    /// The record keeps the English they were made from.
    pub fn mark_stale(&mut self, locale: &str, ids: &[String]) -> Result<BTreeSet<String>, DriftError> {
        let targets = self.targets(locale, ids)?;
        let mut files = BTreeSet::new();
        for (file, id, _, _) in targets {
            let r = self
                .resource_mut(locale, &file)
                .and_then(|r| r.records.messages.get_mut(&id))
                .ok_or_else(|| DriftError::NoRecord {
                    locale: locale.to_string(),
                    id: id.clone(),
                })?;
            r.stale = true;
            files.insert(file);
        }
        for f in &files {
            self.prune(locale, f);
        }
        Ok(files)
    }

    /// Record that `by` reviewed `locale`'s current translations of `ids` on `on`.
    pub fn review(
        &mut self,
        locale: &str,
        ids: &[String],
        by: &str,
        on: NaiveDate,
    ) -> Result<BTreeSet<String>, DriftError> {
        let by = check_reviewer(by).map_err(DriftError::Reviewer)?.to_string();
        let targets = self.targets(locale, ids)?;
        let states = self.states(locale);
        for (_, id, _, _) in &targets {
            if !states
                .iter()
                .any(|s| s.id == id && s.state == State::Current && !s.edited())
            {
                return Err(DriftError::NotCurrent {
                    locale: locale.to_string(),
                    id: id.clone(),
                });
            }
        }
        let mut files = BTreeSet::new();
        for (file, id, source, translation) in targets {
            if let Some(r) = self.resource_mut(locale, &file) {
                let review = Review {
                    id,
                    by: by.clone(),
                    on,
                    source,
                    translation,
                };
                if !r.records.reviews.contains(&review) {
                    r.records.reviews.push(review);
                }
            }
            files.insert(file);
        }
        for f in &files {
            self.prune(locale, f);
        }
        Ok(files)
    }

    /// Set a translation (from a review sheet): the resource's new text, and the record updated to say which
    /// English it translates (`source`; stale when that is not the current English).
    pub fn set_translation(
        &mut self,
        locale: &str,
        file: &str,
        id: &str,
        m: Message,
        source: MessageHash,
    ) -> Result<String, DriftError> {
        self.check_locale(locale)?;
        let order: Vec<String> = self.english_ids(file).into_iter().map(str::to_string).collect();
        let (_, en) = self
            .english(id)
            .ok_or_else(|| DriftError::UnknownMessage(id.to_string()))?;
        let stale = source != en.hash;
        let order_refs: Vec<&str> = order.iter().map(String::as_str).collect();
        let r = self
            .resource_mut(locale, file)
            .ok_or_else(|| DriftError::UnknownLocale(locale.to_string(), String::new()))?;
        let text = set_message(&r.text, id, &m, &order_refs);
        let translation = m.hash;
        r.messages = parse_messages(&text);
        r.text = text.clone();
        r.records.messages.insert(
            id.to_string(),
            Record {
                source,
                translation,
                stale,
            },
        );
        Ok(text)
    }

    /// Record a review from a sheet (against the English hash the sheet was made from).
    pub fn add_review(&mut self, locale: &str, file: &str, review: Review) -> Result<(), DriftError> {
        check_reviewer(&review.by).map_err(DriftError::Reviewer)?;
        let r = self
            .resource_mut(locale, file)
            .ok_or_else(|| DriftError::UnknownLocale(locale.to_string(), String::new()))?;
        if !r.records.reviews.contains(&review) {
            r.records.reviews.push(review);
        }
        Ok(())
    }

    /// The records file's text for `locale`'s `file`, after pruning orphans.
    pub fn records_text(&mut self, locale: &str, file: &str) -> String {
        self.prune(locale, file);
        self.resource(locale, file)
            .map(|r| r.records.to_toml(locale, file))
            .unwrap_or_default()
    }

    /// The text of one resource.
    pub fn ftl_text(&self, locale: &str, file: &str) -> Option<&str> {
        self.resource(locale, file).map(|r| r.text.as_str())
    }

    /// The records of one resource.
    pub fn records(&self, locale: &str, file: &str) -> Option<&Records> {
        self.resource(locale, file).map(|r| &r.records)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "a = Hello\nb = Bye { $name }\nn =\n    { $count ->\n        [one] one thing\n       *[other] { $count } things\n    }\n";
    const ES: &str = "a = Hola\nb = Adiós { $name }\nn =\n    { $count ->\n        [one] una cosa\n       *[other] { $count } cosas\n    }\n";

    fn catalog(en: &str, es: &str, records: &str) -> Catalog {
        Catalog::new(
            [("en", "guide.ftl", en), ("es", "guide.ftl", es)],
            [("es", "guide.ftl", records)],
        )
    }

    fn h(ftl: &str, id: &str) -> MessageHash {
        parse_messages(ftl)
            .into_iter()
            .find(|(i, _)| i == id)
            .map(|(_, m)| m.hash)
            .expect("message")
    }

    fn all_current() -> String {
        let mut c = catalog(EN, ES, "");
        c.mark_current("es", &["a".into(), "b".into(), "n".into()])
            .expect("mark");
        c.records_text("es", "guide.ftl")
    }

    #[test]
    fn a_hash_ignores_comments_and_layout_but_not_words() {
        assert_eq!(h("# note\na = Hello\n", "a"), h("a =   Hello\n", "a"));
        assert_eq!(h("a =\n    Hello\n", "a"), h("a = Hello\n", "a"));
        assert_ne!(h("a = Hello\n", "a"), h("a = Hello!\n", "a"));
        assert_ne!(h(EN, "n"), h(&EN.replace("things", "items"), "n"));
        let x = h(EN, "a");
        assert_eq!(x.to_string().parse::<MessageHash>(), Ok(x));
        assert!("xyz".parse::<MessageHash>().is_err());
    }

    #[test]
    fn values_round_trip_through_a_sheet_cell() {
        for (id, m) in parse_messages(EN) {
            let again = message_from_value(&id, &m.value).expect("parses");
            assert_eq!(again.hash, m.hash, "{id}: {:?}", m.value);
        }
        assert_eq!(parse_messages(EN)[0].1.value, "Hello");
        assert!(message_from_value("a", "{ $x").is_err());
        assert!(message_from_value("a", "  ").is_err());
        let n = &parse_messages(EN)[2].1;
        assert_eq!(n.selectors[0].keys, ["one", "other"]);
        assert_eq!(n.selectors[0].variable.as_deref(), Some("count"));
    }

    #[test]
    fn states_follow_the_records() {
        let c = catalog(EN, ES, "");
        assert!(c.states("es").iter().all(|s| s.state == State::Untracked));
        assert_eq!(c.problems().len(), 3);

        let records = all_current();
        let c = catalog(EN, ES, &records);
        assert!(c.states("es").iter().all(|s| s.state == State::Current));
        assert!(c.problems().is_empty(), "{:?}", c.problems());
        assert_eq!(c.summary("es").current_percent(), 100);
        assert_eq!(c.summary("es").reviewed_percent(), 0);

        // The English changes and nobody updates the translation: the lint fails, naming the message.
        let en2 = EN.replace("Bye", "Goodbye");
        let c = catalog(&en2, ES, &records);
        assert_eq!(c.stale_ids("es"), BTreeSet::from(["b".to_string()]));
        let p = c.problems();
        assert!(
            matches!(p.as_slice(), [DriftProblem::EnglishChanged { id, .. }] if id == "b"),
            "{p:?}"
        );
        assert!(p[0].to_string().contains("mark-stale b"), "{}", p[0]);

        // Marked stale on purpose: still stale (shown with the English), and the lint passes.
        let mut c2 = c.clone();
        c2.mark_stale("es", &["b".into()]).expect("mark stale");
        let marked = c2.records_text("es", "guide.ftl");
        let c3 = catalog(&en2, ES, &marked);
        assert_eq!(c3.stale_ids("es").len(), 1);
        assert!(c3.problems().is_empty());
        assert_eq!(c3.summary("es").current, 2);

        // Translated again and marked current: current, lint passes.
        let es2 = ES.replace("Adiós", "Hasta luego");
        let mut c4 = catalog(&en2, &es2, &marked);
        assert!(matches!(c4.problems().as_slice(), [])); // still marked stale: passes
        c4.mark_current("es", &["b".into()]).expect("mark");
        let c5 = catalog(&en2, &es2, &c4.records_text("es", "guide.ftl"));
        assert!(c5.stale_ids("es").is_empty() && c5.problems().is_empty());
    }

    #[test]
    fn an_edited_translation_must_be_recorded_again() {
        let records = all_current();
        let c = catalog(EN, &ES.replace("Hola", "Buenas"), &records);
        assert!(matches!(c.problems().as_slice(), [DriftProblem::Edited { id, .. }] if id == "a"));
    }

    #[test]
    fn reviews_count_only_for_the_current_english_and_translation() {
        let mut c = catalog(EN, ES, &all_current());
        let day = NaiveDate::from_ymd_opt(2026, 12, 2).expect("date");
        c.review("es", &["a".into()], "ana-r", day).expect("review");
        let text = c.records_text("es", "guide.ftl");
        assert!(text.contains("by = \"ana-r\""), "{text}");
        let c = catalog(EN, ES, &text);
        assert_eq!(c.summary("es").reviewed, 1);
        assert_eq!(c.summary("es").reviewed_percent(), 33);
        // After the English changes, the review no longer counts.
        let c = catalog(&EN.replace("Hello", "Hi"), ES, &text);
        assert_eq!(c.summary("es").reviewed, 0);
        let mut c = catalog(EN, ES, &text);
        assert!(matches!(
            c.review("es", &["a".into()], "", day),
            Err(DriftError::Reviewer(_))
        ));
        assert!(matches!(
            c.review("xx", &["a".into()], "x", day),
            Err(DriftError::UnknownLocale(..))
        ));
        assert!(matches!(
            c.review("es", &["zz".into()], "x", day),
            Err(DriftError::UnknownMessage(_))
        ));
    }

    #[test]
    fn records_files_round_trip_and_bad_ones_are_reported() {
        let text = all_current();
        let r = Records::parse(&text).expect("parses");
        assert_eq!(r.to_toml("es", "guide.ftl"), text);
        let c = catalog(EN, ES, "[messages]\na = 3\n");
        assert!(c.problems().iter().any(|p| matches!(p, DriftProblem::Records { .. })));
    }

    #[test]
    fn set_message_replaces_or_inserts_in_english_order() {
        let m = message_from_value("b", "Chao { $name }").expect("message");
        let out = set_message(ES, "b", &m, &["a", "b", "n"]);
        assert_eq!(out, ES.replace("Adiós { $name }", "Chao { $name }"));
        let without_b = "a = Hola\n\nn = Nada\n";
        let out = set_message(without_b, "b", &m, &["a", "b", "n"]);
        assert_eq!(out, "a = Hola\nb = Chao { $name }\n\nn = Nada\n");
        let sel = message_from_value("n", "{ $count ->\n    [one] uno\n   *[other] muchos\n}").expect("select");
        let out = set_message(ES, "n", &sel, &["a", "b", "n"]);
        assert!(out.starts_with("a = Hola\nb = Adiós { $name }\nn =\n"), "{out}");
        assert_eq!(parse_messages(&out)[2].1.hash, sel.hash);
    }
}
