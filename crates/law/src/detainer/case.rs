//! The input of a detainer decision: the case (the JSON contract's `Case` and `Conviction`) and the error that
//! names the field a case cannot be decided on.

use std::fmt;

use chrono::NaiveDate;
use compact_str::CompactString;
use serde::{Deserialize, Serialize};

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

/// The federal agency whose officers made the detainer request. Whether they are "federal immigration
/// authorities" depends on the version of the law: the 2014 definition covers ICE and DHS officers charged with
/// civil immigration enforcement; Int. No. 1412 (2026) any federal officer whose duties include immigration
/// enforcement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestedBy {
    /// U.S. Immigration and Customs Enforcement (Enforcement and Removal Operations): the usual detainer.
    #[default]
    Ice,
    /// Homeland Security Investigations, a division of ICE.
    Hsi,
    /// U.S. Customs and Border Protection (DHS), including the Border Patrol.
    Cbp,
    /// The Federal Bureau of Investigation (Department of Justice).
    Fbi,
    /// The U.S. Marshals Service (Department of Justice).
    Usms,
    /// Any other federal officer or agent.
    OtherFederal,
}

impl RequestedBy {
    /// In the order of the enum (the order the versions' data lists them).
    pub const ALL: [RequestedBy; 6] = [
        RequestedBy::Ice,
        RequestedBy::Hsi,
        RequestedBy::Cbp,
        RequestedBy::Fbi,
        RequestedBy::Usms,
        RequestedBy::OtherFederal,
    ];

    pub fn id(self) -> &'static str {
        match self {
            RequestedBy::Ice => "ice",
            RequestedBy::Hsi => "hsi",
            RequestedBy::Cbp => "cbp",
            RequestedBy::Fbi => "fbi",
            RequestedBy::Usms => "usms",
            RequestedBy::OtherFederal => "other_federal",
        }
    }

    /// The id as the JSON contract writes it, back to the requester.
    pub fn from_id(id: &[u8]) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.id().as_bytes() == id)
    }

    pub fn name(self) -> &'static str {
        match self {
            RequestedBy::Ice => "U.S. Immigration and Customs Enforcement (ICE)",
            RequestedBy::Hsi => "Homeland Security Investigations (HSI, a division of ICE)",
            RequestedBy::Cbp => "U.S. Customs and Border Protection (CBP, part of DHS)",
            RequestedBy::Fbi => "the Federal Bureau of Investigation (FBI, Department of Justice)",
            RequestedBy::Usms => "the U.S. Marshals Service (Department of Justice)",
            RequestedBy::OtherFederal => "a federal officer or agent of another agency",
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
pub(super) fn parse_ymd(s: &str) -> Option<NaiveDate> {
    parse_ymd_bytes(s.as_bytes())
}

pub(super) fn parse_ymd_bytes(b: &[u8]) -> Option<NaiveDate> {
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
    /// Whether the conviction was for a felony (for a conviction outside New York: whether its New York
    /// equivalent is one). Absent is read as false, with a warning.
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
    /// For a conviction outside New York: whether the convicting jurisdiction authorized a sentence of
    /// imprisonment over one year (or death) for the offense, the test of PL § 70.06(1)(b)(i). Absent: the
    /// conviction is not counted, with a warning.
    #[serde(default)]
    pub sentence_over_one_year_authorized: Option<bool>,
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
    /// Whose officers made the request. Absent: ICE.
    #[serde(default)]
    pub requested_by: RequestedBy,
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
    /// A stable code for the kind of error where there is one (the citation errors: `unknown_section`,
    /// `violation_of_probation`, `no_charge_recorded`, …), for bulk analysis.
    pub code: Option<&'static str>,
}

impl CaseError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
            code: None,
        }
    }

    /// The error with its kind's code.
    pub fn with_code(mut self, code: &'static str) -> Self {
        self.code = Some(code);
        self
    }
}
