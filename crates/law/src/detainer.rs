//! Whether a New York City agency may honor an ICE civil immigration detainer, as the law stood on a day.
//!
//! - Department of Correction: NYC Admin Code § 9-131 (L.L. 2014/058).
//! - Police Department: § 14-154 (L.L. 2014/059), with its (b)(2) 48-hour exception.
//! - Department of Probation: § 9-205 (L.L. 2017/226), which takes § 9-131's definitions.
//!
//! [`evaluate`] is a pure function from a [`Case`] to an [`Outcome`]: a decision, every rule it evaluated
//! with the fact it rested on and its authority, and warnings where the law or the facts leave doubt.

use std::fmt;
use std::sync::OnceLock;

use chrono::{Months, NaiveDate};
use compact_str::CompactString;
use serde::{Deserialize, Serialize};

use crate::authority::{Authority, authority};
use crate::offenses::{Attestation, Basis, Offense, offenses};
use crate::statute::{Code, PathRelation, Statute, StatuteError};
use crate::trace::{Displayed, Step, citations};

mod read;
mod write;
pub use read::read_plain;
pub use write::LineWriter;

// ---------------------------------------------------------------------------------------------------------
// Input

/// The agency asked to honor the detainer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Agency {
    /// Department of Correction (§ 9-131).
    Doc,
    /// Police Department (§ 14-154).
    Nypd,
    /// Department of Probation (§ 9-205).
    Probation,
}

impl Agency {
    pub const ALL: [Agency; 3] = [Agency::Doc, Agency::Nypd, Agency::Probation];

    pub fn id(self) -> &'static str {
        match self {
            Agency::Doc => "doc",
            Agency::Nypd => "nypd",
            Agency::Probation => "probation",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Agency::Doc => "the Department of Correction",
            Agency::Nypd => "the Police Department",
            Agency::Probation => "the Department of Probation",
        }
    }
}

/// An inchoate form of a listed crime ((a)(7)(iii) / (a)(6)(iii)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Inchoate {
    Attempt,
    Conspiracy,
    Solicitation,
    Facilitation,
}

impl Inchoate {
    pub fn word(self) -> &'static str {
        match self {
            Inchoate::Attempt => "attempt",
            Inchoate::Conspiracy => "conspiracy",
            Inchoate::Solicitation => "solicitation",
            Inchoate::Facilitation => "facilitation",
        }
    }
}

/// Where a conviction was entered: "NY", "federal", or a two-letter state code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jurisdiction {
    NewYork,
    Federal,
    State([u8; 2]),
}

const STATE_CODES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
    "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NC", "ND", "OH", "OK", "OR", "PA",
    "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP",
];

impl Jurisdiction {
    pub fn parse(s: &str) -> Option<Self> {
        let t = s.trim();
        if t.eq_ignore_ascii_case("NY") {
            return Some(Jurisdiction::NewYork);
        }
        if t.eq_ignore_ascii_case("federal") || t.eq_ignore_ascii_case("US") {
            return Some(Jurisdiction::Federal);
        }
        STATE_CODES
            .iter()
            .find(|c| c.eq_ignore_ascii_case(t))
            .map(|c| Jurisdiction::State([c.as_bytes()[0], c.as_bytes()[1]]))
    }
}

impl fmt::Display for Jurisdiction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Jurisdiction::NewYork => f.write_str("NY"),
            Jurisdiction::Federal => f.write_str("federal"),
            Jurisdiction::State([a, b]) => write!(f, "{}{}", *a as char, *b as char),
        }
    }
}

impl<'de> Deserialize<'de> for Jurisdiction {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Jurisdiction::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "unknown jurisdiction {s:?}: write \"NY\", \"federal\" or a two-letter state code such as \"NJ\""
            ))
        })
    }
}

impl Serialize for Jurisdiction {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Read a "YYYY-MM-DD" date quickly (the batch path reads millions); anything else is refused with a message.
fn parse_ymd(s: &str) -> Option<NaiveDate> {
    parse_ymd_bytes(s.as_bytes())
}

fn parse_ymd_bytes(b: &[u8]) -> Option<NaiveDate> {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)
}

struct DateVisitor;

impl serde::de::Visitor<'_> for DateVisitor {
    type Value = NaiveDate;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date written YYYY-MM-DD")
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<NaiveDate, E> {
        parse_ymd(v).ok_or_else(|| E::custom(format!("invalid date {v:?}: expected a real date written YYYY-MM-DD")))
    }
}

fn de_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    d.deserialize_str(DateVisitor)
}

fn de_opt_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    struct Opt;
    impl<'de> serde::de::Visitor<'de> for Opt {
        type Value = Option<NaiveDate>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a date written YYYY-MM-DD, or null")
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            de_date(d).map(Some)
        }
    }
    d.deserialize_option(Opt)
}

fn default_ny() -> Jurisdiction {
    Jurisdiction::NewYork
}

/// One conviction as a records search (e-JusticeNY) shows it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Conviction {
    /// "PL 120.05", "PL 265.02(3)", "VTL 600(2)(c)"; for other jurisdictions, their own citation.
    pub statute: CompactString,
    /// Whether the conviction was for a felony. Absent is read as false, with a warning.
    #[serde(default)]
    pub felony: Option<bool>,
    #[serde(deserialize_with = "de_date")]
    pub judgment_date: NaiveDate,
    #[serde(default = "default_ny")]
    pub jurisdiction: Jurisdiction,
    /// For a conviction outside New York: the New York section it is the equivalent of.
    #[serde(default)]
    pub ny_equivalent: Option<CompactString>,
    #[serde(default)]
    pub youthful_offender: bool,
    #[serde(default)]
    pub juvenile_delinquent: bool,
    #[serde(default)]
    pub inchoate: Option<Inchoate>,
    #[serde(default)]
    pub hate_crime: bool,
    #[serde(default)]
    pub days_incarcerated: u32,
}

/// One detainer case.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// The caller's own reference, echoed in the outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<CompactString>,
    pub agency: Agency,
    /// The day whose law applies. Absent: today.
    #[serde(default, deserialize_with = "de_opt_date")]
    pub as_of: Option<NaiveDate>,
    /// The date of the instant arrest.
    #[serde(deserialize_with = "de_date")]
    pub arrest_date: NaiveDate,
    /// A judicial warrant (Article III judge or federal magistrate judge) was presented with the detainer.
    #[serde(default)]
    pub judicial_warrant: bool,
    /// The search shows a possible match in the terrorist screening database.
    #[serde(default)]
    pub tsdb_possible_match: bool,
    /// The search shows the person illegally re-entered the country after a previous removal or return.
    #[serde(default)]
    pub reentered_after_removal: bool,
    #[serde(default)]
    pub convictions: Vec<Conviction>,
}

/// A case that cannot be decided, with the field at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct CaseError {
    /// JSON path of the field, e.g. `convictions[1].statute`.
    pub field: String,
    pub message: String,
}

impl CaseError {
    fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Output

/// What the agency may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Hold the person past release, or notify ICE of the release (DOC, NYPD); hold (Probation).
    Honor,
    /// NYPD § 14-154(b)(2): hold up to 48 hours, excluding weekends and holidays; release without notifying
    /// ICE if no judicial warrant is presented in that time.
    #[serde(rename = "hold_48h_pending_judicial_warrant")]
    Hold48hPendingJudicialWarrant,
    /// Do not honor the detainer.
    Decline,
}

impl Decision {
    pub fn id(self) -> &'static str {
        match self {
            Decision::Honor => "honor",
            Decision::Hold48hPendingJudicialWarrant => "hold_48h_pending_judicial_warrant",
            Decision::Decline => "decline",
        }
    }
}

/// The decision with its trace.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub id: Option<CompactString>,
    pub agency: Agency,
    pub as_of: NaiveDate,
    pub decision: Decision,
    /// § 9-131(h)(1): may DOC staff answer an ICE request for information about this person? None for
    /// agencies whose section has no such rule.
    pub may_share_information: Option<bool>,
    pub trace: Vec<Step<Detail>>,
    pub warnings: Vec<Warning>,
}

impl Outcome {
    /// An empty outcome to decide into with [`evaluate_into`]. Until then it holds no decision: its trace is
    /// empty.
    pub fn buffer() -> Self {
        Outcome {
            id: None,
            agency: Agency::Doc,
            as_of: NaiveDate::MIN,
            decision: Decision::Decline,
            may_share_information: None,
            trace: Vec::new(),
            warnings: Vec::new(),
        }
    }

    pub fn citations(&self) -> Vec<&'static str> {
        citations(&self.trace)
    }

    /// The outcome as the JSON contract writes it (full trace).
    pub fn to_string_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
    }

    /// One sentence saying what the decision means for this agency.
    pub fn summary(&self) -> Summary {
        Summary {
            agency: self.agency,
            decision: self.decision,
        }
    }
}

/// How much of the trace to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TraceLevel {
    /// Every step with the fact it rested on, in words (the default; what a lawyer audits).
    #[default]
    Full,
    /// Every step with its rule, result and citation, and warnings as codes, without the words (for bulk
    /// analysis).
    Summary,
}

/// An outcome written at a trace level.
pub struct OutcomeJson<'a> {
    pub outcome: &'a Outcome,
    pub level: TraceLevel,
}

struct SummarySteps<'a>(&'a [Step<Detail>]);

impl Serialize for SummarySteps<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.collect_seq(self.0.iter().map(|step| {
            struct One<'b>(&'b Step<Detail>);
            impl Serialize for One<'_> {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    let mut s = serializer.serialize_struct("Step", 3)?;
                    s.serialize_field("rule", self.0.rule)?;
                    s.serialize_field("holds", &self.0.holds)?;
                    s.serialize_field("citation", &self.0.authority.citation)?;
                    s.end()
                }
            }
            One(step)
        }))
    }
}

impl Serialize for OutcomeJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.outcome.serialize_at(serializer, self.level)
    }
}

impl Outcome {
    fn serialize_at<S: serde::Serializer>(&self, serializer: S, level: TraceLevel) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = serializer.serialize_map(None)?;
        if let Some(id) = &self.id {
            m.serialize_entry("id", id)?;
        }
        m.serialize_entry("agency", &self.agency)?;
        m.serialize_entry("as_of", &self.as_of)?;
        m.serialize_entry("decision", &self.decision)?;
        if level == TraceLevel::Full {
            m.serialize_entry("summary", &Displayed(&self.summary()))?;
        }
        m.serialize_entry("may_share_information", &self.may_share_information)?;
        match level {
            TraceLevel::Full => m.serialize_entry("trace", &self.trace)?,
            TraceLevel::Summary => m.serialize_entry("trace", &SummarySteps(&self.trace))?,
        }
        m.serialize_entry("citations", &self.citations())?;
        match level {
            TraceLevel::Full => m.serialize_entry("warnings", &WarningsSer(&self.warnings))?,
            TraceLevel::Summary => {
                m.serialize_entry("warnings", &self.warnings.iter().map(Warning::code).collect::<Vec<_>>())?
            }
        }
        m.end()
    }
}

impl Serialize for Outcome {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.serialize_at(serializer, TraceLevel::Full)
    }
}

struct WarningsSer<'a>(&'a [Warning]);

impl Serialize for WarningsSer<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(Displayed))
    }
}

/// The decision in one sentence.
pub struct Summary {
    agency: Agency,
    decision: Decision,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let who = self.agency.name();
        match (self.decision, self.agency) {
            (Decision::Honor, Agency::Probation) => {
                write!(f, "The law allows {who} to honor this detainer by holding the person.")
            }
            (Decision::Honor, _) => write!(
                f,
                "The law allows {who} to honor this detainer: to hold the person past release or to notify federal immigration authorities of the release."
            ),
            (Decision::Hold48hPendingJudicialWarrant, _) => write!(
                f,
                "{who} may hold the person up to 48 hours past release, excluding Saturdays, Sundays and holidays; if no judicial warrant is presented in that time, it must release the person and must not notify federal immigration authorities."
            ),
            (Decision::Decline, _) => write!(f, "The law does not allow {who} to honor this detainer."),
        }
    }
}

/// A doubt the answer carries.
#[derive(Debug, Clone)]
pub enum Warning {
    /// A subdivision-limited section cited without (enough of) its subdivision.
    SubdivisionUnknown {
        index: usize,
        statute: Statute,
        offense: &'static Offense,
    },
    /// The day an entry joined the list is uncertain.
    ListedFromUncertain { index: usize, offense: &'static Offense },
    /// The felony field was absent.
    FelonyNotGiven { index: usize },
    /// An inchoate form of an offense that (a)(7)(iii) does not reach.
    InchoateOfRuleOffense { index: usize, offense: &'static Offense },
    /// The encoded text was last checked before `as_of`.
    TextNotVerified {
        section: &'static Authority,
        as_of: NaiveDate,
    },
    /// A cited section that Amparo's (partial) catalogue could not confirm.
    SectionUnconfirmed {
        index: usize,
        field: &'static str,
        statute: Statute,
    },
    /// The day is one on which the law may or may not yet have been in force.
    EffectiveDateUncertain {
        authority: &'static Authority,
        as_of: NaiveDate,
    },
    /// A caveat recorded on an authority the decision rests on.
    AuthorityNote { authority: &'static Authority },
}

impl Warning {
    /// A stable code for the kind of warning, with the conviction it concerns where there is one.
    pub fn code(&self) -> String {
        match self.code_parts() {
            (kind, Some(i)) => format!("{kind}:convictions[{i}]"),
            (kind, None) => kind.to_owned(),
        }
    }

    /// The code's kind and the conviction's index.
    pub fn code_parts(&self) -> (&'static str, Option<usize>) {
        match self {
            Warning::SubdivisionUnknown { index, .. } => ("subdivision_unknown", Some(*index)),
            Warning::ListedFromUncertain { index, .. } => ("listed_from_uncertain", Some(*index)),
            Warning::FelonyNotGiven { index } => ("felony_not_given", Some(*index)),
            Warning::InchoateOfRuleOffense { index, .. } => ("inchoate_of_rule_offense", Some(*index)),
            Warning::SectionUnconfirmed { index, .. } => ("section_unconfirmed", Some(*index)),
            Warning::TextNotVerified { .. } => ("text_not_verified", None),
            Warning::EffectiveDateUncertain { .. } => ("effective_date_uncertain", None),
            Warning::AuthorityNote { .. } => ("authority_note", None),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::SubdivisionUnknown {
                index,
                statute,
                offense,
            } => write!(
                f,
                "convictions[{index}]: {statute} is listed only for subdivision(s) {}; the record does not say which subdivision, so this conviction was not counted. If it was under {}, the decision may change.",
                offense.limit_text(),
                offense.limit_text()
            ),
            Warning::ListedFromUncertain { index, offense } => write!(
                f,
                "convictions[{index}]: the day {} joined the list is uncertain: {}",
                offense.short(),
                offense.listed_from_note.as_deref().unwrap_or("")
            ),
            Warning::FelonyNotGiven { index } => write!(
                f,
                "convictions[{index}]: \"felony\" was not given, so the conviction was read as not a felony and not counted; give \"felony\": true or false."
            ),
            Warning::InchoateOfRuleOffense { index, offense } => write!(
                f,
                "convictions[{index}]: an attempt, conspiracy, solicitation or facilitation of {} was not counted: subparagraph (iii) reaches such forms only of the crimes enumerated in the Administrative Code list, and {} adds the completed offense only.",
                offense.short(),
                offense.authority.citation
            ),
            Warning::TextNotVerified { section, as_of } => write!(
                f,
                "{} is encoded from its codified text as of {}; this decision is as of {as_of}. {}",
                section.citation,
                section.verified_through.map(|d| d.to_string()).unwrap_or_default(),
                section.note.as_deref().unwrap_or("")
            ),
            Warning::SectionUnconfirmed { index, field, statute } => write!(
                f,
                "convictions[{index}].{field}: {} {} is not in Amparo's catalogue of sections, which is incomplete for this part of the law, so Amparo could not confirm the citation; it is not on the violent-or-serious list. Check that the section number is right.",
                statute.code.abbreviation(),
                statute.section
            ),
            Warning::EffectiveDateUncertain { authority, as_of } => write!(
                f,
                "{}: whether it was in force on {as_of} is uncertain. {}",
                authority.citation,
                authority.note.as_deref().unwrap_or("")
            ),
            Warning::AuthorityNote { authority } => {
                write!(f, "{}: {}", authority.citation, authority.note.as_deref().unwrap_or(""))
            }
        }
    }
}

/// The fact a step rested on. Formatted only when the trace is rendered.
#[derive(Debug, Clone)]
pub enum Detail {
    Version {
        agency: Agency,
        section: &'static Authority,
        as_of: NaiveDate,
    },
    JudicialWarrant {
        presented: bool,
        definition: &'static Authority,
    },
    Conviction {
        index: usize,
        cited: Cited,
        judgment_date: NaiveDate,
        felony: bool,
        coverage: Coverage,
    },
    LookBack {
        arrest: NaiveDate,
        first_day: NaiveDate,
        days_extended: u64,
        last_covered: Option<NaiveDate>,
        any_covered: bool,
    },
    Tsdb {
        matched: bool,
    },
    Condition {
        convicted: bool,
        tsdb: bool,
    },
    Honor {
        agency: Agency,
        warrant: bool,
        condition: bool,
    },
    EverConvicted {
        last_covered: Option<NaiveDate>,
    },
    Reentered {
        reentered: bool,
    },
    Hold48 {
        ever_and_reentered: bool,
        tsdb: bool,
    },
    InfoSharing {
        convicted: bool,
        tsdb: bool,
    },
}

/// How a conviction was cited.
#[derive(Debug, Clone)]
pub enum Cited {
    NewYork(Statute),
    /// Boxed: rare, and it would make every step of every trace larger.
    Elsewhere(Box<ElsewhereCited>),
}

/// A conviction outside New York, with the New York section it is the equivalent of.
#[derive(Debug, Clone)]
pub struct ElsewhereCited {
    pub jurisdiction: Jurisdiction,
    pub statute: CompactString,
    pub equivalent: Statute,
}

impl Cited {
    fn ny(&self) -> &Statute {
        match self {
            Cited::NewYork(s) => s,
            Cited::Elsewhere(e) => &e.equivalent,
        }
    }
}

impl fmt::Display for Cited {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cited::NewYork(s) => write!(f, "{s}"),
            Cited::Elsewhere(e) => {
                let ElsewhereCited {
                    jurisdiction,
                    statute,
                    equivalent,
                } = &**e;
                write!(
                    f,
                    "{jurisdiction} conviction under {statute} (New York equivalent {equivalent})"
                )
            }
        }
    }
}

/// Whether a conviction is of a violent or serious crime, and by which part of the definition.
#[derive(Debug, Clone, Copy)]
pub enum Coverage {
    YouthfulOffender,
    JuvenileDelinquent,
    NotFelony,
    /// In the list (enumerated or by rule), within its subdivision limit.
    Listed(&'static Offense),
    /// A felony attempt, conspiracy, solicitation or facilitation of an enumerated crime.
    Inchoate(Inchoate, &'static Offense),
    HateCrime,
    Vtl600,
    /// The section is on the list but the conviction names a subdivision outside the limit.
    OutsideLimit(&'static Offense),
    /// The section is on the list for some subdivisions only, and the record does not say which.
    SubdivisionUnknown(&'static Offense),
    /// The entry is not yet (or no longer) on the list on the day.
    NotListedOnDay(&'static Offense),
    /// An inchoate form of an offense the rule added: (iii) does not reach it.
    InchoateOfRuleOffense(Inchoate, &'static Offense),
    /// Not in any part of the definition.
    NotListed,
}

impl Coverage {
    pub fn counts(&self) -> bool {
        matches!(
            self,
            Coverage::Listed(_) | Coverage::Inchoate(..) | Coverage::HateCrime | Coverage::Vtl600
        )
    }
}

/// An entry as "PL 120.05 (Assault in the second degree)".
fn offense_label(o: &Offense) -> impl fmt::Display + '_ {
    struct Label<'a>(&'a Offense);
    impl fmt::Display for Label<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "{} ({})", self.0.short(), self.0.name)
        }
    }
    Label(o)
}

impl fmt::Display for Detail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Detail::Version { agency, section, as_of } => {
                write!(f, "As of {as_of}, {} governs detainers held by {}", section.citation, agency.name())?;
                if let Some(i) = &section.instrument {
                    write!(f, " (as enacted by {i}")?;
                    if let Some(from) = section.effective_from {
                        write!(f, ", in force from {from}")?;
                    }
                    f.write_str(")")?;
                }
                f.write_str(".")
            }
            Detail::JudicialWarrant { presented: true, definition } => write!(
                f,
                "A judicial warrant was presented with the detainer (the case says so). Under {} it counts only if issued by an Article III judge or a federal magistrate judge (28 U.S.C. § 631): a state-court warrant, an immigration judge's order, or an ICE form such as I-200 or I-205 is not one.",
                definition.citation
            ),
            Detail::JudicialWarrant { presented: false, definition } => write!(
                f,
                "No judicial warrant ({}) was presented with the detainer. An ICE detainer (I-247A) or an ICE administrative warrant (I-200, I-205) signed by an immigration officer is not a judicial warrant.",
                definition.citation
            ),
            Detail::Conviction {
                index,
                cited,
                judgment_date,
                felony,
                coverage,
            } => {
                let kind = if *felony { "felony" } else { "not a felony" };
                write!(f, "convictions[{index}]: {cited}, {kind}, judgment {judgment_date}: ")?;
                match coverage {
                    Coverage::YouthfulOffender => f.write_str("a youthful offender adjudication (CPL art. 720) is never a conviction of a violent or serious crime."),
                    Coverage::JuvenileDelinquent => f.write_str("a juvenile delinquency adjudication (Family Court Act § 301.2(1)) is never a conviction of a violent or serious crime."),
                    Coverage::NotFelony => f.write_str("only felonies can be violent or serious crimes."),
                    Coverage::Listed(o) => {
                        write!(f, "a violent or serious crime: {} is ", offense_label(o))?;
                        match o.basis {
                            Basis::Enumerated => f.write_str("on the Administrative Code list")?,
                            Basis::Rule => write!(f, "added by {} (in force from {})", o.authority.citation, o.listed_from)?,
                        }
                        if !o.limit.is_empty() {
                            write!(f, " for subdivision(s) {}", o.limit_text())?;
                        }
                        if let Some(r) = o.pl_repealed {
                            write!(f, "; the Penal Law section was repealed on {r}, but a conviction under it still counts")?;
                        }
                        if let Cited::Elsewhere(_) = cited {
                            f.write_str("; as an out-of-state or federal felony it counts if it would be a predicate felony conviction under PL § 70.06(1)(b)(i) for the equivalent offense")?;
                        }
                        f.write_str(".")
                    }
                    Coverage::Inchoate(kind, o) => write!(
                        f,
                        "a violent or serious crime: a felony {} of {}, which is on the list.",
                        kind.word(),
                        offense_label(o)
                    ),
                    Coverage::HateCrime => f.write_str("a violent or serious crime: a hate crime under PL § 485.05 that is a felony."),
                    Coverage::Vtl600 => f.write_str("a violent or serious crime: a felony under Vehicle and Traffic Law § 600."),
                    Coverage::OutsideLimit(o) => write!(
                        f,
                        "not a violent or serious crime: {} is listed only for subdivision(s) {}.",
                        offense_label(o),
                        o.limit_text()
                    ),
                    Coverage::SubdivisionUnknown(o) => write!(
                        f,
                        "not counted: {} is listed only for subdivision(s) {}, and the record does not say which subdivision.",
                        offense_label(o),
                        o.limit_text()
                    ),
                    Coverage::NotListedOnDay(o) => write!(
                        f,
                        "not counted: {} is on the list only from {}.",
                        offense_label(o),
                        o.listed_from
                    ),
                    Coverage::InchoateOfRuleOffense(kind, o) => write!(
                        f,
                        "not counted: a {} of {}, which the list reaches only as a completed offense.",
                        kind.word(),
                        offense_label(o)
                    ),
                    Coverage::NotListed => write!(
                        f,
                        "not a violent or serious crime: {} {} is not on the list, not added by rule, and not a felony hate crime or a Vehicle and Traffic Law § 600 felony.",
                        cited.ny().code.abbreviation(),
                        cited.ny().section
                    ),
                }
            }
            Detail::LookBack {
                arrest,
                first_day,
                days_extended,
                last_covered,
                any_covered,
            } => {
                match last_covered {
                    Some(d) => write!(f, "Last violent-or-serious conviction {d}; ")?,
                    None if *any_covered => f.write_str("No violent-or-serious conviction; ")?,
                    None => f.write_str("No violent-or-serious conviction; ")?,
                }
                write!(
                    f,
                    "the five-year window before the arrest on {arrest} began {first_day}"
                )?;
                if *days_extended > 0 {
                    write!(f, " (extended by {days_extended} days incarcerated for violent or serious crimes)")?;
                }
                f.write_str(".")
            }
            Detail::Tsdb { matched: true } => f.write_str("The search shows a possible match in the terrorist screening database."),
            Detail::Tsdb { matched: false } => f.write_str("The search shows no possible match in the terrorist screening database."),
            Detail::Condition { convicted, tsdb } => match (convicted, tsdb) {
                (true, _) => f.write_str("The search shows a conviction of a violent or serious crime within the look-back."),
                (false, true) => f.write_str("The search shows a possible terrorist-screening-database match."),
                (false, false) => f.write_str("The search shows neither a conviction of a violent or serious crime within the look-back nor a possible terrorist-screening-database match."),
            },
            Detail::Honor { agency, warrant, condition } => match (warrant, condition) {
                (true, true) => write!(f, "Both conditions hold: {} may honor the detainer.", agency.name()),
                (false, true) => f.write_str("The record condition holds, but without a judicial warrant the detainer may not be honored."),
                (true, false) => f.write_str("A judicial warrant was presented, but the record condition does not hold."),
                (false, false) => f.write_str("Neither condition holds."),
            },
            Detail::EverConvicted { last_covered: Some(d) } => write!(
                f,
                "For the 48-hour exception a violent-or-serious judgment ever entered counts: the last one was entered {d}."
            ),
            Detail::EverConvicted { last_covered: None } => f.write_str(
                "For the 48-hour exception a violent-or-serious judgment ever entered counts: there is none.",
            ),
            Detail::Reentered { reentered: true } => {
                f.write_str("The search shows the person illegally re-entered the country after a previous removal or return.")
            }
            Detail::Reentered { reentered: false } => {
                f.write_str("The search does not show an illegal re-entry after a previous removal or return.")
            }
            Detail::Hold48 { ever_and_reentered, tsdb } => match (ever_and_reentered, tsdb) {
                (true, _) | (_, true) => f.write_str(
                    "The 48-hour exception applies: the Police Department may hold the person up to 48 hours (excluding Saturdays, Sundays and holidays) for a judicial warrant; without one it must release the person and must not notify federal immigration authorities.",
                ),
                (false, false) => f.write_str(
                    "The 48-hour exception does not apply: it needs a violent-or-serious conviction ever entered together with an illegal re-entry after removal, or a possible terrorist-screening-database match.",
                ),
            },
            Detail::InfoSharing { convicted, tsdb } => match (convicted, tsdb) {
                (true, _) | (_, true) => f.write_str(
                    "Staff may answer a federal immigration request for information about this person: the person has a violent-or-serious conviction within the look-back or is a possible terrorist-screening-database match.",
                ),
                (false, false) => f.write_str(
                    "Staff may not spend time or resources answering a federal immigration request for this person's incarceration status, release date, court dates or other information, unless the request is unrelated to civil immigration enforcement or the answer is required by law. Information about citizenship or immigration status is outside this bar.",
                ),
            },
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// The law for each agency

struct AgencyLaw {
    section: &'static Authority,
    definitions_via: Option<&'static Authority>,
    yo_jd: &'static Authority,
    lookback: &'static Authority,
    warrant_def: &'static Authority,
    list_i: &'static Authority,
    list_ii: &'static Authority,
    list_iii: &'static Authority,
    list_iv: &'static Authority,
    honor: &'static Authority,
    warrant: &'static Authority,
    condition: &'static Authority,
    hold48: Option<&'static Authority>,
    info_sharing: Option<&'static Authority>,
}

/// Every authority id the detainer rules use (checked by the test suite).
pub const AUTHORITY_IDS: &[&str] = &[
    "nyc-admin-9-131",
    "nyc-admin-9-131-a-2-i",
    "nyc-admin-9-131-a-2-ii",
    "nyc-admin-9-131-a-5",
    "nyc-admin-9-131-a-7-i",
    "nyc-admin-9-131-a-7-ii",
    "nyc-admin-9-131-a-7-iii",
    "nyc-admin-9-131-a-7-iv",
    "nyc-admin-9-131-b-1",
    "nyc-admin-9-131-b-1-i",
    "nyc-admin-9-131-b-1-ii",
    "nyc-admin-9-131-h-1",
    "nyc-admin-14-154",
    "nyc-admin-14-154-a-2-i",
    "nyc-admin-14-154-a-2-ii",
    "nyc-admin-14-154-a-4",
    "nyc-admin-14-154-a-6-i",
    "nyc-admin-14-154-a-6-ii",
    "nyc-admin-14-154-a-6-iii",
    "nyc-admin-14-154-a-6-iv",
    "nyc-admin-14-154-b-1",
    "nyc-admin-14-154-b-1-i",
    "nyc-admin-14-154-b-1-ii",
    "nyc-admin-14-154-b-2",
    "nyc-admin-9-205",
    "nyc-admin-9-205-a",
    "nyc-admin-9-205-b",
    "nyc-admin-9-205-b-1",
    "nyc-admin-9-205-b-2",
];

fn law(agency: Agency) -> &'static AgencyLaw {
    static DOC: OnceLock<AgencyLaw> = OnceLock::new();
    static NYPD: OnceLock<AgencyLaw> = OnceLock::new();
    static PROBATION: OnceLock<AgencyLaw> = OnceLock::new();
    let doc_like =
        |section: &str, via: Option<&str>, honor: &str, warrant: &str, condition: &str, info: Option<&str>| AgencyLaw {
            section: authority(section),
            definitions_via: via.map(authority),
            yo_jd: authority("nyc-admin-9-131-a-2-i"),
            lookback: authority("nyc-admin-9-131-a-2-ii"),
            warrant_def: authority("nyc-admin-9-131-a-5"),
            list_i: authority("nyc-admin-9-131-a-7-i"),
            list_ii: authority("nyc-admin-9-131-a-7-ii"),
            list_iii: authority("nyc-admin-9-131-a-7-iii"),
            list_iv: authority("nyc-admin-9-131-a-7-iv"),
            honor: authority(honor),
            warrant: authority(warrant),
            condition: authority(condition),
            hold48: None,
            info_sharing: info.map(authority),
        };
    match agency {
        Agency::Doc => DOC.get_or_init(|| {
            doc_like(
                "nyc-admin-9-131",
                None,
                "nyc-admin-9-131-b-1",
                "nyc-admin-9-131-b-1-i",
                "nyc-admin-9-131-b-1-ii",
                Some("nyc-admin-9-131-h-1"),
            )
        }),
        Agency::Probation => PROBATION.get_or_init(|| {
            doc_like(
                "nyc-admin-9-205",
                Some("nyc-admin-9-205-a"),
                "nyc-admin-9-205-b",
                "nyc-admin-9-205-b-1",
                "nyc-admin-9-205-b-2",
                None,
            )
        }),
        Agency::Nypd => NYPD.get_or_init(|| AgencyLaw {
            section: authority("nyc-admin-14-154"),
            definitions_via: None,
            yo_jd: authority("nyc-admin-14-154-a-2-i"),
            lookback: authority("nyc-admin-14-154-a-2-ii"),
            warrant_def: authority("nyc-admin-14-154-a-4"),
            list_i: authority("nyc-admin-14-154-a-6-i"),
            list_ii: authority("nyc-admin-14-154-a-6-ii"),
            list_iii: authority("nyc-admin-14-154-a-6-iii"),
            list_iv: authority("nyc-admin-14-154-a-6-iv"),
            honor: authority("nyc-admin-14-154-b-1"),
            warrant: authority("nyc-admin-14-154-b-1-i"),
            condition: authority("nyc-admin-14-154-b-1-ii"),
            hold48: Some(authority("nyc-admin-14-154-b-2")),
            info_sharing: None,
        }),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Evaluation

struct Classified {
    cited: Cited,
    felony: bool,
    coverage: Coverage,
}

/// A New York citation: parsed, checked against the catalogue, and its entries on the list found. All three
/// are pure functions of the text, and a batch cites the same few hundred sections millions of times, so
/// answers are remembered per thread (at most [`CITATION_MEMO`] texts, then forgotten at once).
fn read_citation(text: &str) -> Result<Citation, StatuteError> {
    thread_local! {
        static MEMO: std::cell::RefCell<rustc_hash::FxHashMap<CompactString, Citation>> = Default::default();
    }
    if let Some(hit) = MEMO.with_borrow(|m| m.get(text).copied()) {
        return Ok(hit);
    }
    let statute = Statute::parse(text)?;
    let list = offenses();
    let answer = Citation {
        statute,
        attested: list.catalogue().check(&statute)?,
        entries: list.entries_for(&statute),
    };
    MEMO.with_borrow_mut(|m| {
        if m.len() >= CITATION_MEMO {
            m.clear();
        }
        m.insert(CompactString::from(text), answer);
    });
    Ok(answer)
}

/// What [`read_citation`] finds.
#[derive(Clone, Copy)]
struct Citation {
    statute: Statute,
    attested: Attestation,
    /// Positions in the list (see `Offenses::entries_for`).
    entries: &'static [usize],
}

/// How many citation texts [`read_citation`] remembers per thread.
const CITATION_MEMO: usize = 4096;

/// Read and check one conviction; the errors name the field.
fn classify(
    index: usize,
    c: &Conviction,
    as_of: NaiveDate,
    warnings: &mut Vec<Warning>,
) -> Result<Classified, CaseError> {
    let field = |name: &str| format!("convictions[{index}].{name}");
    let list = offenses();
    let mut parse_ny = |text: &str, name: &'static str| -> Result<Citation, CaseError> {
        let c = read_citation(text).map_err(|e| CaseError::new(field(name), e.to_string()))?;
        if c.attested == Attestation::Unconfirmed {
            warnings.push(Warning::SectionUnconfirmed {
                index,
                field: name,
                statute: c.statute,
            });
        }
        Ok(c)
    };
    let equivalent = c.ny_equivalent.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let (cited, entries) = match c.jurisdiction {
        Jurisdiction::NewYork => {
            if equivalent.is_some() {
                return Err(CaseError::new(
                    field("ny_equivalent"),
                    "only for convictions outside New York; for a New York conviction give the section in \"statute\"",
                ));
            }
            let found = parse_ny(&c.statute, "statute")?;
            (Cited::NewYork(found.statute), found.entries)
        }
        jurisdiction => {
            if c.statute.trim().is_empty() {
                return Err(CaseError::new(field("statute"), "the citation is empty"));
            }
            let Some(eq) = equivalent else {
                return Err(CaseError::new(
                    field("ny_equivalent"),
                    format!(
                        "required for a conviction in {jurisdiction}: name the New York section it is the equivalent of, as in \"PL 160.15\""
                    ),
                ));
            };
            let found = parse_ny(eq, "ny_equivalent")?;
            let cited = Cited::Elsewhere(Box::new(ElsewhereCited {
                jurisdiction,
                statute: c.statute.clone(),
                equivalent: found.statute,
            }));
            (cited, found.entries)
        }
    };
    let statute = *cited.ny();
    let inchoate = match (statute.attempt_prefix, c.inchoate) {
        (true, None | Some(Inchoate::Attempt)) => Some(Inchoate::Attempt),
        (true, Some(other)) => {
            return Err(CaseError::new(
                field("inchoate"),
                format!(
                    "the statute is written as an attempt (\"110/\") but \"inchoate\" says {:?}",
                    other.word()
                ),
            ));
        }
        (false, i) => i,
    };
    if c.felony.is_none() {
        warnings.push(Warning::FelonyNotGiven { index });
    }
    let felony = c.felony.unwrap_or(false);

    let coverage = if c.youthful_offender {
        Coverage::YouthfulOffender
    } else if c.juvenile_delinquent {
        Coverage::JuvenileDelinquent
    } else if !felony {
        Coverage::NotFelony
    } else {
        let listed = list.lookup_in(entries, as_of);
        let by_list = listed.map(|o| {
            if !o.listed_on(as_of) {
                return Coverage::NotListedOnDay(o);
            }
            match o.limit_relation(&statute.subdivisions) {
                PathRelation::Outside => Coverage::OutsideLimit(o),
                PathRelation::LessSpecific => Coverage::SubdivisionUnknown(o),
                PathRelation::Within => match (inchoate, o.basis) {
                    (None, _) => Coverage::Listed(o),
                    (Some(k), Basis::Enumerated) => Coverage::Inchoate(k, o),
                    (Some(k), Basis::Rule) => Coverage::InchoateOfRuleOffense(k, o),
                },
            }
        });
        match by_list {
            Some(cov) if cov.counts() => cov,
            _ if c.hate_crime => Coverage::HateCrime,
            _ if statute.code == Code::Vtl && statute.section.major == 600 && inchoate.is_none() => Coverage::Vtl600,
            Some(cov) => cov,
            None => Coverage::NotListed,
        }
    };
    match coverage {
        Coverage::SubdivisionUnknown(offense) => warnings.push(Warning::SubdivisionUnknown {
            index,
            statute,
            offense,
        }),
        Coverage::InchoateOfRuleOffense(_, offense) => warnings.push(Warning::InchoateOfRuleOffense { index, offense }),
        Coverage::Listed(o) | Coverage::Inchoate(_, o) if o.listing_uncertain_on(as_of) => {
            warnings.push(Warning::ListedFromUncertain { index, offense: o })
        }
        _ => {}
    }
    Ok(Classified {
        cited,
        felony,
        coverage,
    })
}

/// Decide a case. `today` fills in an absent `as_of`.
pub fn evaluate(case: &Case, today: NaiveDate) -> Result<Outcome, CaseError> {
    let mut out = Outcome::buffer();
    evaluate_into(case, today, &mut out)?;
    Ok(out)
}

/// [`evaluate`] into an existing outcome, reusing its allocations: the batch decides millions of cases with
/// one. Every field of `out` is set; after an error its contents are unspecified.
pub fn evaluate_into(case: &Case, today: NaiveDate, out: &mut Outcome) -> Result<(), CaseError> {
    let as_of = case.as_of.unwrap_or(today);
    let l = law(case.agency);
    if !l.section.in_force(as_of) {
        return Err(CaseError::new(
            if case.as_of.is_some() { "as_of" } else { "as_of (today)" },
            format!(
                "{as_of} is outside the versions Amparo encodes for {} ({}, in force from {}); earlier versions are not encoded",
                l.section.citation,
                l.section.instrument.as_deref().unwrap_or("?"),
                l.section.effective_from.map(|d| d.to_string()).unwrap_or_default()
            ),
        ));
    }
    if as_of < case.arrest_date {
        return Err(CaseError::new(
            "as_of",
            format!(
                "{as_of} is before the arrest date {}; the detainer is decided after the arrest",
                case.arrest_date
            ),
        ));
    }

    let warnings = &mut out.warnings;
    let trace = &mut out.trace;
    warnings.clear();
    trace.clear();
    trace.reserve(12 + case.convictions.len());
    trace.push(Step {
        rule: "law_in_force",
        holds: true,
        authority: l.definitions_via.unwrap_or(l.section),
        detail: Detail::Version {
            agency: case.agency,
            section: l.section,
            as_of,
        },
    });
    if l.section.verified_through.is_some_and(|v| as_of > v) {
        warnings.push(Warning::TextNotVerified {
            section: l.section,
            as_of,
        });
    }
    if l.section.uncertain_on(as_of) {
        warnings.push(Warning::EffectiveDateUncertain {
            authority: l.section,
            as_of,
        });
    }
    trace.push(Step {
        rule: "judicial_warrant_presented",
        holds: case.judicial_warrant,
        authority: l.warrant,
        detail: Detail::JudicialWarrant {
            presented: case.judicial_warrant,
            definition: l.warrant_def,
        },
    });

    let mut covered_days: u64 = 0;
    let mut last_covered: Option<NaiveDate> = None;
    for (index, c) in case.convictions.iter().enumerate() {
        if c.judgment_date > case.arrest_date {
            return Err(CaseError::new(
                format!("convictions[{index}].judgment_date"),
                format!(
                    "{} is after the arrest date {}; a prior conviction must be entered before the instant arrest",
                    c.judgment_date, case.arrest_date
                ),
            ));
        }
        let k = classify(index, c, as_of, warnings)?;
        let authority = match k.coverage {
            Coverage::YouthfulOffender | Coverage::JuvenileDelinquent => l.yo_jd,
            Coverage::HateCrime => l.list_ii,
            Coverage::Inchoate(..) | Coverage::InchoateOfRuleOffense(..) => l.list_iii,
            Coverage::Vtl600 => l.list_iv,
            Coverage::Listed(o) | Coverage::NotListedOnDay(o) if o.basis == Basis::Rule => o.authority,
            _ => l.list_i,
        };
        let counts = k.coverage.counts();
        if counts {
            covered_days += u64::from(c.days_incarcerated);
            last_covered = last_covered.max(Some(c.judgment_date));
        }
        trace.push(Step {
            rule: "violent_or_serious_crime",
            holds: counts,
            authority,
            detail: Detail::Conviction {
                index,
                cited: k.cited,
                judgment_date: c.judgment_date,
                felony: k.felony,
                coverage: k.coverage,
            },
        });
    }

    // Five-year look-back, counted to the day from the instant arrest, extended by time incarcerated for
    // violent or serious crimes. A judgment counts if it was entered after the day five years before the
    // arrest: a person with none "for at least five years" before the arrest is not "convicted".
    let five_years_before = case
        .arrest_date
        .checked_sub_months(Months::new(60))
        .unwrap_or(NaiveDate::MIN);
    let window_edge = five_years_before
        .checked_sub_days(chrono::Days::new(covered_days))
        .unwrap_or(NaiveDate::MIN);
    let first_day = window_edge.succ_opt().unwrap_or(window_edge);
    let convicted = last_covered.is_some_and(|d| d > window_edge);
    trace.push(Step {
        rule: "conviction_within_look_back",
        holds: convicted,
        authority: l.lookback,
        detail: Detail::LookBack {
            arrest: case.arrest_date,
            first_day,
            days_extended: covered_days,
            last_covered,
            any_covered: last_covered.is_some(),
        },
    });
    trace.push(Step {
        rule: "terrorist_screening_database_match",
        holds: case.tsdb_possible_match,
        authority: l.condition,
        detail: Detail::Tsdb {
            matched: case.tsdb_possible_match,
        },
    });
    let condition = convicted || case.tsdb_possible_match;
    trace.push(Step {
        rule: "record_condition",
        holds: condition,
        authority: l.condition,
        detail: Detail::Condition {
            convicted,
            tsdb: case.tsdb_possible_match,
        },
    });
    let honor = case.judicial_warrant && condition;
    trace.push(Step {
        rule: "may_honor_detainer",
        holds: honor,
        authority: l.honor,
        detail: Detail::Honor {
            agency: case.agency,
            warrant: case.judicial_warrant,
            condition,
        },
    });
    let mut decision = if honor { Decision::Honor } else { Decision::Decline };

    if let Some(hold48) = l.hold48
        && !honor
    {
        trace.push(Step {
            rule: "ever_convicted_violent_or_serious",
            holds: last_covered.is_some(),
            authority: l.lookback,
            detail: Detail::EverConvicted { last_covered },
        });
        trace.push(Step {
            rule: "reentered_after_removal",
            holds: case.reentered_after_removal,
            authority: hold48,
            detail: Detail::Reentered {
                reentered: case.reentered_after_removal,
            },
        });
        let ever_and_reentered = last_covered.is_some() && case.reentered_after_removal;
        let applies = ever_and_reentered || case.tsdb_possible_match;
        trace.push(Step {
            rule: "hold_48h_exception",
            holds: applies,
            authority: hold48,
            detail: Detail::Hold48 {
                ever_and_reentered,
                tsdb: case.tsdb_possible_match,
            },
        });
        if applies {
            decision = Decision::Hold48hPendingJudicialWarrant;
        }
    }

    let may_share_information = l.info_sharing.map(|auth| {
        let allowed = convicted || case.tsdb_possible_match;
        trace.push(Step {
            rule: "may_answer_information_request",
            holds: allowed,
            authority: auth,
            detail: Detail::InfoSharing {
                convicted,
                tsdb: case.tsdb_possible_match,
            },
        });
        allowed
    });

    out.id.clone_from(&case.id);
    out.agency = case.agency;
    out.as_of = as_of;
    out.decision = decision;
    out.may_share_information = may_share_information;
    Ok(())
}

// ---------------------------------------------------------------------------------------------------------
// Reading a case from JSON

impl Case {
    /// Read one case from JSON. Errors name the field: `convictions[0].judgment_date: …`.
    pub fn from_json(text: &str) -> Result<Case, CaseError> {
        Self::from_json_slice(text.as_bytes())
    }

    /// Read one case from JSON bytes.
    pub fn from_json_slice(bytes: &[u8]) -> Result<Case, CaseError> {
        Self::from_json_slice_reusing(bytes, Vec::new())
    }

    /// [`Case::from_json_slice`], reusing the allocation of `convictions` (a spent case's) where it can.
    pub fn from_json_slice_reusing(bytes: &[u8], convictions: Vec<Conviction>) -> Result<Case, CaseError> {
        // The fast paths (the plain-shape scanner, then serde); on failure, read again with path tracking
        // to name the field.
        if let Some(case) = read::read_plain_reusing(bytes, convictions) {
            return Ok(case);
        }
        if let Ok(case) = serde_json::from_slice::<Case>(bytes) {
            return Ok(case);
        }
        let mut de = serde_json::Deserializer::from_slice(bytes);
        let result: Result<Case, _> = serde_path_to_error::deserialize(&mut de);
        match result {
            Ok(case) => match de.end() {
                Ok(()) => Ok(case),
                Err(e) => Err(CaseError::new("(case)", json_message(&e))),
            },
            Err(e) => {
                let path = e.path().to_string();
                let inner = e.into_inner();
                let message = json_message(&inner);
                let prefix = if path == "." { String::new() } else { format!("{path}.") };
                // serde names a missing field only in its message; put it in the path.
                let named = message.strip_prefix("missing field `").and_then(|rest| {
                    let end = rest.find('`')?;
                    Some(format!("{prefix}{}", &rest[..end]))
                });
                let field = named.unwrap_or_else(|| if path == "." { "(case)".to_owned() } else { path });
                Err(CaseError::new(field, message))
            }
        }
    }
}

/// serde_json's message without its "at line 1 column 7" tail (the field path says where).
fn json_message(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) if e.line() > 0 => s[..i].to_owned(),
        _ => s,
    }
}
