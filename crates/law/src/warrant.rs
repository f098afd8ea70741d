//! What a paper shown at the door is, and what it allows.
//!
//! The most important single fact for a person at the door: officers may not enter a home without consent
//! unless they hold a **judicial** warrant: one issued by a court and signed by a judge. The forms of the
//! Department of Homeland Security (I-200, I-205, I-247A, …) are signed by immigration officers, and an
//! order of an immigration judge is not an order of a court for this purpose.
//!
//! [`assess`] is a pure function from the facts read off a [`Paper`] (and, optionally, the person's name,
//! address and the current local time: a [`Situation`]) to an [`Assessment`]: whether the paper is
//! judicial, what it allows at the door of a home, whether it names the person and the place, whether it is
//! expired or outside its hours, what to do and say ([`Advice`], each with its authorities), every rule it
//! evaluated (a trace of [`Step`]s) and the doubts it carries ([`Warning`]).
//!
//! It never calls a paper "valid": it says what the paper appears to be and why, and `unknown` where it
//! cannot tell, with what to look for.
//!
//! What the law says about each kind of paper (who issues it, what it allows, time limits and hours) is
//! data: `data/forms.toml`, each entry with its authorities.

use std::fmt;
use std::sync::OnceLock;

use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Deserializer, Serialize};

use crate::authority::{Authority, authority};
use crate::trace::{Displayed, Step, citations};

// ---------------------------------------------------------------------------------------------------------
// Kinds of paper

/// What kind of paper it is. The ids are stable (JSON, the guide's messages, the web API).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// AO 442, a United States District Court arrest warrant.
    FederalArrestWarrant,
    /// AO 93 and its variants, a United States District Court search and seizure warrant.
    FederalSearchWarrant,
    /// A New York warrant of arrest (CPL art. 120).
    StateArrestWarrant,
    /// A New York search warrant (CPL art. 690).
    StateSearchWarrant,
    /// DHS Form I-200, Warrant for Arrest of Alien.
    IceArrestWarrant,
    /// DHS Form I-205, Warrant of Removal/Deportation.
    IceRemovalWarrant,
    /// DHS Form I-247A (and its predecessors), Immigration Detainer.
    IceDetainer,
    /// DHS Form I-203, Order to Detain or Release Alien.
    IceCustodyOrder,
    /// DHS Form I-862, Notice to Appear.
    NoticeToAppear,
    /// An order of an immigration judge (EOIR).
    ImmigrationCourtOrder,
    /// A DHS subpoena (e.g. I-138).
    AdministrativeSubpoena,
    /// Not recognised.
    #[default]
    Unknown,
}

impl Kind {
    pub const ALL: [Kind; 12] = [
        Kind::FederalArrestWarrant,
        Kind::FederalSearchWarrant,
        Kind::StateArrestWarrant,
        Kind::StateSearchWarrant,
        Kind::IceArrestWarrant,
        Kind::IceRemovalWarrant,
        Kind::IceDetainer,
        Kind::IceCustodyOrder,
        Kind::NoticeToAppear,
        Kind::ImmigrationCourtOrder,
        Kind::AdministrativeSubpoena,
        Kind::Unknown,
    ];

    /// The stable id, e.g. `ice_arrest_warrant`.
    pub fn id(self) -> &'static str {
        match self {
            Kind::FederalArrestWarrant => "federal_arrest_warrant",
            Kind::FederalSearchWarrant => "federal_search_warrant",
            Kind::StateArrestWarrant => "state_arrest_warrant",
            Kind::StateSearchWarrant => "state_search_warrant",
            Kind::IceArrestWarrant => "ice_arrest_warrant",
            Kind::IceRemovalWarrant => "ice_removal_warrant",
            Kind::IceDetainer => "ice_detainer",
            Kind::IceCustodyOrder => "ice_custody_order",
            Kind::NoticeToAppear => "notice_to_appear",
            Kind::ImmigrationCourtOrder => "immigration_court_order",
            Kind::AdministrativeSubpoena => "administrative_subpoena",
            Kind::Unknown => "unknown",
        }
    }

    /// The kind with this id.
    pub fn from_id(id: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// What the law says about this kind (from `data/forms.toml`).
    pub fn law(self) -> &'static KindLaw {
        let all = kinds();
        // `kinds()` holds one entry per kind in `Kind::ALL` order (checked when the data is read).
        &all[Kind::ALL.iter().position(|k| *k == self).unwrap_or(Kind::ALL.len() - 1)]
    }

    /// A court's warrant (whether or not this particular paper turns out to be signed by a judge).
    pub fn is_court_warrant(self) -> bool {
        matches!(
            self,
            Kind::FederalArrestWarrant
                | Kind::FederalSearchWarrant
                | Kind::StateArrestWarrant
                | Kind::StateSearchWarrant
        )
    }

    pub fn is_search_warrant(self) -> bool {
        matches!(self, Kind::FederalSearchWarrant | Kind::StateSearchWarrant)
    }

    pub fn is_arrest_warrant(self) -> bool {
        matches!(self, Kind::FederalArrestWarrant | Kind::StateArrestWarrant)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Who issues a kind of paper, or who a paper says issued it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Issuer {
    /// A United States District Court (a district judge or a magistrate judge).
    FederalCourt,
    /// A New York State court.
    NyCourt,
    /// The Department of Homeland Security (ICE, CBP, USCIS).
    Dhs,
    /// An immigration court (the Executive Office for Immigration Review, Department of Justice).
    ImmigrationCourt,
    /// Nothing recognisable.
    None,
}

impl Issuer {
    pub fn describe(self) -> &'static str {
        match self {
            Issuer::FederalCourt => "a United States District Court",
            Issuer::NyCourt => "a New York State court",
            Issuer::Dhs => "the Department of Homeland Security (an immigration agency)",
            Issuer::ImmigrationCourt => "an immigration court (part of the Department of Justice, not a court of law)",
            Issuer::None => "no recognisable issuer",
        }
    }
}

/// The title printed under the signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Signer {
    /// A United States district judge or magistrate judge.
    FederalJudge,
    /// A judge or justice of a New York State court.
    StateJudge,
    /// An immigration judge (EOIR): not a judge of a court.
    ImmigrationJudge,
    /// An immigration officer of any rank (deportation officer, field office director, …).
    ImmigrationOfficer,
    /// A clerk of court.
    CourtClerk,
    /// Another title.
    Other,
}

impl Signer {
    pub fn describe(self) -> &'static str {
        match self {
            Signer::FederalJudge => "a United States district judge or magistrate judge",
            Signer::StateJudge => "a judge of a New York State court",
            Signer::ImmigrationJudge => "an immigration judge",
            Signer::ImmigrationOfficer => "an immigration officer",
            Signer::CourtClerk => "a clerk of court",
            Signer::Other => "someone whose title is not a judge's",
        }
    }

    fn is_court_judge(self) -> bool {
        matches!(self, Signer::FederalJudge | Signer::StateJudge)
    }
}

/// What a paper allows at the door of a home, without consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HomeEntry {
    /// A judicial search warrant: the place it designates, within its dates and hours.
    Yes,
    /// A judicial arrest warrant: the named person's own home, when there is reason to believe they are
    /// inside; another person's home needs a search warrant.
    Limited,
    No,
    /// Claimed by the government, legally unresolved (I-205).
    Contested,
    Unknown,
}

impl HomeEntry {
    pub fn id(self) -> &'static str {
        match self {
            HomeEntry::Yes => "yes",
            HomeEntry::Limited => "limited",
            HomeEntry::No => "no",
            HomeEntry::Contested => "contested",
            HomeEntry::Unknown => "unknown",
        }
    }
}

/// Whether the paper is judicial.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Judicial {
    Yes,
    No,
    Unknown,
}

impl Judicial {
    pub fn id(self) -> &'static str {
        match self {
            Judicial::Yes => "yes",
            Judicial::No => "no",
            Judicial::Unknown => "unknown",
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// The data: what the law says about each kind

/// A time limit for executing a warrant.
#[derive(Debug, Clone)]
pub struct TimeLimit {
    pub days: u64,
    pub authority: &'static Authority,
}

/// The hours in which a warrant may be executed, unless it expressly authorizes any time.
#[derive(Debug, Clone)]
pub struct Hours {
    pub from: NaiveTime,
    pub until: NaiveTime,
    pub authority: &'static Authority,
}

/// What the law says about one kind of paper (one entry of `data/forms.toml`).
#[derive(Debug, Clone)]
pub struct KindLaw {
    pub kind: Kind,
    pub forms: Vec<String>,
    pub title: String,
    pub issuer: Issuer,
    pub basis: &'static Authority,
    pub home_entry: HomeEntry,
    pub home_entry_authorities: Vec<&'static Authority>,
    pub time_limit: Option<TimeLimit>,
    pub hours: Option<Hours>,
    pub layout_verified: bool,
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLimit {
    days: u64,
    authority: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHours {
    #[serde(deserialize_with = "time")]
    from: NaiveTime,
    #[serde(deserialize_with = "time")]
    until: NaiveTime,
    authority: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKind {
    id: String,
    forms: Vec<String>,
    title: String,
    issuer: Issuer,
    basis: String,
    home_entry: HomeEntry,
    home_entry_authorities: Vec<String>,
    #[serde(default)]
    time_limit: Option<RawLimit>,
    #[serde(default)]
    hours: Option<RawHours>,
    layout_verified: bool,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawForms {
    kind: Vec<RawKind>,
}

fn time<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
    let dt = toml::value::Datetime::deserialize(d)?;
    match (dt.date, dt.time, dt.offset) {
        (None, Some(t), None) => NaiveTime::from_hms_opt(u32::from(t.hour), u32::from(t.minute), 0)
            .ok_or_else(|| serde::de::Error::custom(format!("invalid time {t}"))),
        _ => Err(serde::de::Error::custom(format!(
            "expected a local time such as 06:00:00, found {dt}"
        ))),
    }
}

/// The embedded `data/forms.toml`.
pub const FORMS_TOML: &str = include_str!("../data/forms.toml");

/// Errors in the embedded forms data.
#[derive(Debug, thiserror::Error)]
pub enum FormsDataError {
    #[error("forms.toml: {0}")]
    Parse(#[from] toml::de::Error),
    #[error("forms.toml: unknown kind id {0:?}")]
    UnknownKind(String),
    #[error("forms.toml: kind {0:?} is missing or out of order (expected the order of Kind::ALL)")]
    Order(&'static str),
    #[error("forms.toml: kind {kind:?} refers to authority {id:?}, which is not defined")]
    DanglingAuthority { kind: String, id: String },
}

/// Parse the forms data (the test suite runs this on the embedded file).
pub fn parse_forms(text: &str) -> Result<Vec<KindLaw>, FormsDataError> {
    let raw: RawForms = toml::from_str(text)?;
    let auth = |kind: &str, id: &str| -> Result<&'static Authority, FormsDataError> {
        crate::authority::authorities()
            .get(id)
            .ok_or_else(|| FormsDataError::DanglingAuthority {
                kind: kind.to_owned(),
                id: id.to_owned(),
            })
    };
    let mut out = Vec::with_capacity(raw.kind.len());
    for (i, r) in raw.kind.into_iter().enumerate() {
        let kind = Kind::from_id(&r.id).ok_or_else(|| FormsDataError::UnknownKind(r.id.clone()))?;
        if Kind::ALL.get(i) != Some(&kind) {
            return Err(FormsDataError::Order(Kind::ALL.get(i).map_or("(extra)", |k| k.id())));
        }
        let home_entry_authorities = r
            .home_entry_authorities
            .iter()
            .map(|id| auth(&r.id, id))
            .collect::<Result<Vec<_>, _>>()?;
        let time_limit = match r.time_limit {
            Some(l) => Some(TimeLimit {
                days: l.days,
                authority: auth(&r.id, &l.authority)?,
            }),
            None => None,
        };
        let hours = match r.hours {
            Some(h) => Some(Hours {
                from: h.from,
                until: h.until,
                authority: auth(&r.id, &h.authority)?,
            }),
            None => None,
        };
        out.push(KindLaw {
            kind,
            forms: r.forms,
            title: r.title,
            issuer: r.issuer,
            basis: auth(&r.id, &r.basis)?,
            home_entry: r.home_entry,
            home_entry_authorities,
            time_limit,
            hours,
            layout_verified: r.layout_verified,
            note: r.note,
        });
    }
    if out.len() != Kind::ALL.len() {
        return Err(FormsDataError::Order(
            Kind::ALL.get(out.len()).map_or("(extra)", |k| k.id()),
        ));
    }
    Ok(out)
}

/// Every kind's law, parsed once, in `Kind::ALL` order.
///
/// # Panics
/// If the embedded data does not parse; the test suite parses it, so no user input can reach this.
pub fn kinds() -> &'static [KindLaw] {
    static CELL: OnceLock<Vec<KindLaw>> = OnceLock::new();
    CELL.get_or_init(|| match parse_forms(FORMS_TOML) {
        Ok(k) => k,
        Err(e) => panic!("embedded forms data is invalid: {e}"),
    })
}

// ---------------------------------------------------------------------------------------------------------
// Input

/// What was read off the paper. Every field but `kind` may be unknown.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paper {
    pub kind: Kind,
    /// Who the paper says issued it.
    #[serde(default)]
    pub issuer: Option<Issuer>,
    /// The title printed under the signature.
    #[serde(default)]
    pub signer: Option<Signer>,
    /// Whether a signature is on the paper (unknown from text alone).
    #[serde(default)]
    pub signature_present: Option<bool>,
    /// The person(s) named.
    #[serde(default)]
    pub names: Vec<String>,
    /// The address(es) or places designated.
    #[serde(default)]
    pub addresses: Vec<String>,
    /// The date of issuance.
    #[serde(default)]
    pub issued: Option<NaiveDate>,
    /// "Execute on or before".
    #[serde(default)]
    pub execute_by: Option<NaiveDate>,
    /// The text was read by OCR (a photo, a scanned PDF): a name or address close to the person's but not
    /// the same may be a misreading, and is then answered "cannot tell" rather than "no".
    #[serde(default)]
    pub read_by_ocr: bool,
    /// Whether the warrant expressly authorizes execution at any time of the day or night.
    #[serde(default)]
    pub any_time: Option<bool>,
}

/// What the person at the door tells Amparo. Each part is optional.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Situation {
    /// The person's own name.
    pub name: Option<String>,
    /// The address of the home (or place) at whose door the paper is shown.
    pub address: Option<String>,
    /// The current local time at that place (New York time).
    pub now: Option<NaiveDateTime>,
}

// ---------------------------------------------------------------------------------------------------------
// Advice

/// What to do and say. The ids are stable: the guide provides the localised text as Fluent message
/// `advice-<id>`; [`AdviceId::english`] is the English text for programs without the guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AdviceId {
    DoorKeepClosed,
    DoorAskSlidePaper,
    SayNoConsent,
    StaySilent,
    DoNotResist,
    WriteDown,
    CallLawyer,
    AdminWarrantNoEntry,
    JudicialArrestWarrantLimited,
    SearchWarrantCheckScope,
    I205Contested,
    CheckSignedByJudge,
    CheckNameAddress,
    CheckDates,
    UnknownWhatToLookFor,
    NotNamedPerson,
    NotThisAddress,
    Expired,
    OutsideHours,
    DetainerNotForEntry,
}

impl AdviceId {
    pub const ALL: [AdviceId; 20] = [
        AdviceId::DoorKeepClosed,
        AdviceId::DoorAskSlidePaper,
        AdviceId::SayNoConsent,
        AdviceId::StaySilent,
        AdviceId::DoNotResist,
        AdviceId::WriteDown,
        AdviceId::CallLawyer,
        AdviceId::AdminWarrantNoEntry,
        AdviceId::JudicialArrestWarrantLimited,
        AdviceId::SearchWarrantCheckScope,
        AdviceId::I205Contested,
        AdviceId::CheckSignedByJudge,
        AdviceId::CheckNameAddress,
        AdviceId::CheckDates,
        AdviceId::UnknownWhatToLookFor,
        AdviceId::NotNamedPerson,
        AdviceId::NotThisAddress,
        AdviceId::Expired,
        AdviceId::OutsideHours,
        AdviceId::DetainerNotForEntry,
    ];

    /// The stable id; the guide's message is `advice-<id>`.
    pub fn id(self) -> &'static str {
        match self {
            AdviceId::DoorKeepClosed => "door-keep-closed",
            AdviceId::DoorAskSlidePaper => "door-ask-slide-paper",
            AdviceId::SayNoConsent => "say-no-consent",
            AdviceId::StaySilent => "stay-silent",
            AdviceId::DoNotResist => "do-not-resist",
            AdviceId::WriteDown => "write-down",
            AdviceId::CallLawyer => "call-lawyer",
            AdviceId::AdminWarrantNoEntry => "admin-warrant-no-entry",
            AdviceId::JudicialArrestWarrantLimited => "judicial-arrest-warrant-limited",
            AdviceId::SearchWarrantCheckScope => "search-warrant-check-scope",
            AdviceId::I205Contested => "i205-contested",
            AdviceId::CheckSignedByJudge => "check-signed-by-judge",
            AdviceId::CheckNameAddress => "check-name-address",
            AdviceId::CheckDates => "check-dates",
            AdviceId::UnknownWhatToLookFor => "unknown-what-to-look-for",
            AdviceId::NotNamedPerson => "not-named-person",
            AdviceId::NotThisAddress => "not-this-address",
            AdviceId::Expired => "expired",
            AdviceId::OutsideHours => "outside-hours",
            AdviceId::DetainerNotForEntry => "detainer-not-for-entry",
        }
    }

    /// The Fluent message id in the guide.
    pub fn message_id(self) -> String {
        format!("advice-{}", self.id())
    }

    pub fn from_id(id: &str) -> Option<AdviceId> {
        AdviceId::ALL.into_iter().find(|a| a.id() == id)
    }

    /// English text, for the CLI until it reads the guide's messages.
    pub fn english(self) -> &'static str {
        match self {
            AdviceId::DoorKeepClosed => "Keep the door closed. You do not have to open it to talk or to see a paper.",
            AdviceId::DoorAskSlidePaper => {
                "Ask them to slide the paper under the door or hold it to the window, so you can read it without opening."
            }
            AdviceId::SayNoConsent => "Say clearly: \"I do not consent to your entry\" (or \"to a search\").",
            AdviceId::StaySilent => {
                "You may stay silent. You do not have to answer questions about where you were born or your immigration status."
            }
            AdviceId::DoNotResist => {
                "Do not resist physically, even if they enter without your consent. Say that you do not consent; a court decides later whether the entry was lawful."
            }
            AdviceId::WriteDown => {
                "Write down or record what happens: names, badge numbers, the agency, what was said, and what the paper says. You have the right to record."
            }
            AdviceId::CallLawyer => {
                "Call a lawyer or a legal hotline as soon as you can. Do not sign anything before you speak with one."
            }
            AdviceId::AdminWarrantNoEntry => {
                "This paper appears to be an immigration form signed by an immigration officer, not a warrant signed by a judge of a court. It does not allow officers to enter your home without your consent."
            }
            AdviceId::JudicialArrestWarrantLimited => {
                "This appears to be an arrest warrant from a court. It allows officers to enter only the home of the person it names, when they have reason to believe that person is inside. To enter someone else's home they need a search warrant."
            }
            AdviceId::SearchWarrantCheckScope => {
                "This appears to be a search warrant from a court. It allows a search only of the place it describes, for the things it lists, within its dates and hours. Check that it describes your address."
            }
            AdviceId::I205Contested => {
                "This appears to be an I-205 Warrant of Removal, signed by an immigration officer, not a judge. Since May 2025 ICE claims it may use this form to enter homes by force; this is legally disputed. Say you do not consent, do not resist, and call a lawyer."
            }
            AdviceId::CheckSignedByJudge => {
                "Check who signed it: a judicial warrant is issued by a court (\"United States District Court\" or a New York court) and signed by a judge. A signature of an immigration officer or an immigration judge does not make it judicial."
            }
            AdviceId::CheckNameAddress => "Check whose name and which address are written on the paper.",
            AdviceId::CheckDates => {
                "Check the dates: a search warrant must be used within its time limit (14 days for a federal warrant, 10 days for a New York warrant) and in the hours it allows."
            }
            AdviceId::UnknownWhatToLookFor => {
                "Amparo could not tell what this paper is. Look at the top (which court or agency), the bottom corner (a form number such as I-200 or AO 442), and the title under the signature (judge, or immigration officer)."
            }
            AdviceId::NotNamedPerson => {
                "The paper does not appear to name you. A warrant for someone else does not by itself allow officers into your home; tell them the person named is not you, without opening the door."
            }
            AdviceId::NotThisAddress => {
                "The paper does not appear to describe this address. A search warrant allows a search only of the place it describes."
            }
            AdviceId::Expired => "The date to carry out this search warrant appears to have passed.",
            AdviceId::OutsideHours => "This search warrant does not appear to allow a search at this hour.",
            AdviceId::DetainerNotForEntry => {
                "This appears to be an immigration detainer (I-247A): a request from ICE to a jail or police to hold someone. It is not a warrant and does not allow anyone to enter a home."
            }
        }
    }
}

impl fmt::Display for AdviceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// One thing to do or say, with the authorities it rests on.
#[derive(Debug, Clone)]
pub struct Advice {
    pub id: AdviceId,
    pub authorities: Vec<&'static Authority>,
}

impl Serialize for Advice {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = serializer.serialize_map(Some(4))?;
        m.serialize_entry("id", self.id.id())?;
        m.serialize_entry("message", &self.id.message_id())?;
        m.serialize_entry("text", self.id.english())?;
        m.serialize_entry(
            "citations",
            &self.authorities.iter().map(|a| a.citation.as_str()).collect::<Vec<_>>(),
        )?;
        m.end()
    }
}

// ---------------------------------------------------------------------------------------------------------
// Output

/// A doubt the assessment carries.
#[derive(Debug, Clone)]
pub enum Warning {
    /// The captions Amparo looks for on this kind were not seen in a source.
    LayoutNotVerified { kind: Kind },
    /// A caveat recorded on a kind or an authority the assessment rests on.
    Note { citation: &'static str, note: &'static str },
    /// The "execute by" date is later than the law allows after the date of issuance.
    ExecuteByBeyondLimit {
        execute_by: NaiveDate,
        latest: NaiveDate,
        authority: &'static Authority,
    },
    /// The paper's date of issuance is after today: misread, or not yet issued.
    IssuedInFuture { issued: NaiveDate, today: NaiveDate },
    /// A New York State court warrant is judicial for entering a home, but NYC's detainer laws count only
    /// federal judges' warrants.
    StateWarrantNotForDetainers,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::LayoutNotVerified { kind } => write!(
                f,
                "The printed layout of this kind of paper ({}) was not verified against a real specimen; Amparo recognised it by its usual wording. Read the paper yourself as well.",
                kind.law().title
            ),
            Warning::Note { citation, note } => write!(f, "{citation}: {note}"),
            Warning::ExecuteByBeyondLimit { execute_by, latest, authority } => write!(
                f,
                "The paper says it may be executed until {execute_by}, but {} allows at most until {latest}; the earlier date was used.",
                authority.citation
            ),
            Warning::IssuedInFuture { issued, today } => write!(
                f,
                "The date of issuance read from the paper ({issued}) is after today ({today}); it may have been misread."
            ),
            Warning::StateWarrantNotForDetainers => f.write_str(
                "A New York State court warrant counts as a judicial warrant for entering a home and under NYC Admin. Code § 4-210(a), but NYC's detainer laws (§§ 9-131, 14-154) count only warrants of federal judges.",
            ),
        }
    }
}

/// The fact a step rested on. Formatted only when the trace is rendered.
#[derive(Debug, Clone)]
pub enum Detail {
    /// What the paper appears to be.
    Kind { kind: Kind },
    /// The paper is a form of an immigration agency.
    AgencyForm { kind: Kind },
    /// An immigration officer signed it.
    ImmigrationOfficer,
    /// An immigration judge signed it, or an immigration court issued it.
    ImmigrationJudge,
    /// The paper's issuer contradicts a court warrant.
    IssuerNotCourt { issuer: Issuer },
    /// A court warrant signed by a judge.
    CourtAndJudge { kind: Kind, signer: Signer },
    /// A court warrant without a signature.
    NotSigned,
    /// A court warrant whose signer's title is not (or not shown to be) a judge's.
    SignerNotShown { signer: Option<Signer> },
    /// Not recognised.
    UnknownKind {
        issuer: Option<Issuer>,
        signer: Option<Signer>,
    },
    /// What the paper allows at the door.
    HomeEntry {
        kind: Kind,
        judicial: Judicial,
        entry: HomeEntry,
    },
    /// Whether it names the person.
    NamesPerson {
        matched: Option<bool>,
        on_paper: usize,
        asked: bool,
        /// Not the same, but close enough to be a misreading of the photo (then `matched` is `None`).
        close: Option<String>,
    },
    /// Whether it names the address.
    NamesAddress {
        matched: Option<bool>,
        on_paper: usize,
        asked: bool,
        close: Option<String>,
    },
    /// Expiry of a search warrant.
    Deadline {
        issued: Option<NaiveDate>,
        execute_by: Option<NaiveDate>,
        deadline: Option<NaiveDate>,
        days: u64,
        today: Option<NaiveDate>,
        expired: Option<bool>,
    },
    /// The hours of a search warrant.
    Hours {
        from: NaiveTime,
        until: NaiveTime,
        now: Option<NaiveTime>,
        any_time: bool,
        outside: Option<bool>,
    },
    /// Time limits apply to search warrants, not to this kind.
    NoTimeLimit { kind: Kind },
}

fn list_forms(kind: Kind) -> String {
    let forms = &kind.law().forms;
    if forms.is_empty() {
        String::new()
    } else {
        format!(" ({})", forms.join(", "))
    }
}

impl fmt::Display for Detail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Detail::Kind { kind: Kind::Unknown } => f.write_str(
                "The paper was not recognised as any of the warrants, orders or forms Amparo knows.",
            ),
            Detail::Kind { kind } => write!(
                f,
                "The paper appears to be: {}{}.",
                kind.law().title,
                list_forms(*kind)
            ),
            Detail::AgencyForm { kind } => write!(
                f,
                "{}{} is issued by {}, signed by an immigration officer, not by a judge of a court ({}).",
                kind.law().title,
                list_forms(*kind),
                kind.law().issuer.describe(),
                kind.law().basis.citation
            ),
            Detail::ImmigrationOfficer => f.write_str(
                "The title under the signature is an immigration officer's. An immigration officer's signature never makes a paper a judicial warrant, whatever the paper calls itself.",
            ),
            Detail::ImmigrationJudge => f.write_str(
                "It comes from an immigration judge. Immigration judges are attorneys appointed by the Attorney General as administrative judges in the Department of Justice, not judges of a court: their orders are not judicial warrants.",
            ),
            Detail::IssuerNotCourt { issuer } => write!(
                f,
                "The paper looks like a court warrant but names {} as its issuer, not a court.",
                issuer.describe()
            ),
            Detail::CourtAndJudge { kind, signer } => write!(
                f,
                "It appears to be issued by {} and signed by {}: a judicial warrant.",
                kind.law().issuer.describe(),
                signer.describe()
            ),
            Detail::NotSigned => f.write_str(
                "It looks like a court warrant, but it appears not to be signed. A warrant is issued by a judge's signature; an unsigned form is not shown to be judicial.",
            ),
            Detail::SignerNotShown { signer: None } => f.write_str(
                "It looks like a court warrant, but the title under the signature (a judge, or someone else) could not be read.",
            ),
            Detail::SignerNotShown { signer: Some(s) } => write!(
                f,
                "It looks like a court warrant, but it appears to be signed by {}, not a judge; Amparo cannot tell whether it is judicial.",
                s.describe()
            ),
            Detail::UnknownKind { issuer, signer } => {
                f.write_str("Amparo could not tell what this paper is")?;
                if let Some(i) = issuer {
                    write!(f, "; it mentions {}", i.describe())?;
                }
                if let Some(s) = signer {
                    write!(f, "; it appears to be signed by {}", s.describe())?;
                }
                f.write_str(".")
            }
            Detail::HomeEntry { kind, judicial, entry } => match entry {
                HomeEntry::Yes => write!(
                    f,
                    "A judicial search warrant allows officers to enter and search the place it designates, within its dates and hours ({})",
                    kind.law().basis.citation
                )
                .and_then(|_| f.write_str(".")),
                HomeEntry::Limited => f.write_str(
                    "A judicial arrest warrant allows entry only into the named person's own home, when there is reason to believe the person is inside (Payton v. New York); to enter another person's home, officers need a search warrant (Steagald v. United States).",
                ),
                HomeEntry::Contested => f.write_str(
                    "An I-205 is signed by an immigration officer. Historically ICE did not use it to enter homes without consent; a May 12, 2025 ICE memo reportedly claims it allows forced entry after knocking and announcing. This is legally unresolved: the Fourth Amendment cases require a judicial warrant to enter a home without consent.",
                ),
                HomeEntry::No if *judicial == Judicial::No => f.write_str(
                    "Without consent, officers may not enter a home unless they hold a judicial warrant (Payton v. New York; 8 C.F.R. § 287.8(f)(2)). This paper is not one, so it does not allow entry.",
                ),
                HomeEntry::No => f.write_str(
                    "This paper does not allow entry into this home at this time.",
                ),
                HomeEntry::Unknown => f.write_str(
                    "Amparo cannot tell what this paper allows. Without consent, officers may not enter a home unless they hold a judicial warrant.",
                ),
            },
            Detail::NamesPerson { asked: false, .. } => f.write_str("Your name was not given, so it was not compared."),
            Detail::NamesPerson { close: Some(read), .. } => write!(
                f,
                "A name read from the photo, \"{read}\", is close to the one you gave but not the same: it may have been misread. Check the paper."
            ),
            Detail::NamesPerson { matched: None, .. } => f.write_str("No name could be read on the paper."),
            Detail::NamesPerson { matched: Some(true), .. } => f.write_str("The name you gave appears on the paper."),
            Detail::NamesPerson { matched: Some(false), on_paper, .. } => write!(
                f,
                "The name you gave does not match the {on_paper} name(s) read on the paper."
            ),
            Detail::NamesAddress { asked: false, .. } => f.write_str("Your address was not given, so it was not compared."),
            Detail::NamesAddress { close: Some(read), .. } => write!(
                f,
                "An address read from the photo, \"{read}\", is close to the one you gave but not the same: it may have been misread. Check the paper."
            ),
            Detail::NamesAddress { matched: None, .. } => f.write_str("No address could be read on the paper."),
            Detail::NamesAddress { matched: Some(true), .. } => f.write_str("The address you gave appears on the paper."),
            Detail::NamesAddress { matched: Some(false), on_paper, .. } => write!(
                f,
                "The address you gave does not match the {on_paper} address(es) read on the paper."
            ),
            Detail::Deadline {
                issued,
                execute_by,
                deadline,
                days,
                today,
                expired,
            } => {
                write!(f, "A search warrant must be executed within {days} days of issuance")?;
                match (issued, execute_by) {
                    (Some(i), Some(e)) => write!(f, "; issued {i}, to be executed on or before {e}")?,
                    (Some(i), None) => write!(f, "; issued {i}")?,
                    (None, Some(e)) => write!(f, "; to be executed on or before {e}")?,
                    (None, None) => f.write_str("; no date could be read on the paper")?,
                }
                if let Some(d) = deadline {
                    write!(f, "; last day {d}")?;
                }
                match (today, expired) {
                    (Some(t), Some(true)) => write!(f, ". Today ({t}) is after that: it appears expired."),
                    (Some(t), Some(false)) => write!(f, ". Today ({t}) is within that time."),
                    (None, _) => f.write_str(". The current date was not given."),
                    (Some(_), None) => f.write_str("."),
                }
            }
            Detail::Hours {
                from,
                until,
                now,
                any_time,
                outside,
            } => {
                if *any_time {
                    return f.write_str(
                        "The warrant says it may be executed at any time of the day or night (a judge may allow this for good cause).",
                    );
                }
                write!(
                    f,
                    "Unless it expressly allows any time, it may be executed only between {} and {}",
                    from.format("%-I:%M %p"),
                    until.format("%-I:%M %p")
                )?;
                match (now, outside) {
                    (Some(n), Some(true)) => write!(f, "; it is now {}: outside those hours.", n.format("%-I:%M %p")),
                    (Some(n), _) => write!(f, "; it is now {}: within those hours.", n.format("%-I:%M %p")),
                    (None, _) => f.write_str("; the current time was not given."),
                }
            }
            Detail::NoTimeLimit { kind } => write!(
                f,
                "The 14-day (federal) and 10-day (New York) limits and the daytime hours apply to search warrants; {} is not one, so they were not applied.",
                kind.law().title
            ),
        }
    }
}

/// What the paper appears to be and allow, with its trace.
#[derive(Debug, Clone)]
pub struct Assessment {
    pub kind: Kind,
    pub judicial: Judicial,
    pub authorizes_home_entry: HomeEntry,
    /// Does the paper name the person? None when not asked or not knowable.
    pub names_person: Option<bool>,
    /// Does it name this address? None when not asked or not knowable.
    pub names_address: Option<bool>,
    /// Is it past its time limit? None when not asked, not knowable, or not a search warrant.
    pub expired: Option<bool>,
    /// Is it now outside the hours it may be executed? Same convention.
    pub outside_hours: Option<bool>,
    pub advice: Vec<Advice>,
    pub trace: Vec<Step<Detail>>,
    pub warnings: Vec<Warning>,
}

impl Assessment {
    /// Citations of the trace and the advice, in order of first appearance, without repeats.
    pub fn citations(&self) -> Vec<&'static str> {
        let mut out = citations(&self.trace);
        for a in &self.advice {
            for auth in &a.authorities {
                let c = auth.citation.as_str();
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
        out
    }

    /// The advice ids, in order.
    pub fn advice_ids(&self) -> Vec<&'static str> {
        self.advice.iter().map(|a| a.id.id()).collect()
    }

    /// One sentence: what the paper appears to be.
    pub fn summary(&self) -> Summary {
        Summary {
            kind: self.kind,
            judicial: self.judicial,
            entry: self.authorizes_home_entry,
        }
    }
}

impl Assessment {
    /// Writes the answer's fields (kind … summary) into a JSON map; a caller may add its own fields between
    /// these and [`Assessment::serialize_details`].
    pub fn serialize_answer<M: serde::ser::SerializeMap>(&self, m: &mut M) -> Result<(), M::Error> {
        m.serialize_entry("kind", &self.kind)?;
        m.serialize_entry("judicial", &self.judicial)?;
        m.serialize_entry("authorizes_home_entry", &self.authorizes_home_entry)?;
        m.serialize_entry("names_person", &self.names_person)?;
        m.serialize_entry("names_address", &self.names_address)?;
        m.serialize_entry("expired", &self.expired)?;
        m.serialize_entry("outside_hours", &self.outside_hours)?;
        m.serialize_entry("summary", &Displayed(&self.summary()))
    }

    /// Writes the advice, citations, trace and warnings into a JSON map.
    pub fn serialize_details<M: serde::ser::SerializeMap>(&self, m: &mut M) -> Result<(), M::Error> {
        m.serialize_entry("advice", &self.advice_ids())?;
        m.serialize_entry("advice_detail", &self.advice)?;
        m.serialize_entry("citations", &self.citations())?;
        m.serialize_entry("trace", &self.trace)?;
        m.serialize_entry("warnings", &self.warnings.iter().map(Displayed).collect::<Vec<_>>())
    }
}

/// Serializes the assessment's own fields (the documents crate adds fields and evidence around them).
impl Serialize for Assessment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = serializer.serialize_map(None)?;
        self.serialize_answer(&mut m)?;
        self.serialize_details(&mut m)?;
        m.end()
    }
}

/// The assessment in one sentence.
pub struct Summary {
    kind: Kind,
    judicial: Judicial,
    entry: HomeEntry,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.kind == Kind::Unknown {
            f.write_str("Amparo could not tell what this paper is.")?;
        } else {
            write!(
                f,
                "This paper appears to be: {}{}.",
                self.kind.law().title,
                list_forms(self.kind)
            )?;
        }
        match self.judicial {
            Judicial::Yes => {
                f.write_str(" It appears to be a judicial warrant (issued by a court, signed by a judge).")?
            }
            Judicial::No => f.write_str(" It is not a judicial warrant.")?,
            Judicial::Unknown => f.write_str(" Amparo cannot tell whether it is a judicial warrant.")?,
        }
        match self.entry {
            HomeEntry::Yes => f.write_str(" It allows officers to enter the place it describes, within its dates and hours."),
            HomeEntry::Limited => f.write_str(
                " It allows entry only into the named person's own home, when there is reason to believe the person is inside.",
            ),
            HomeEntry::No => f.write_str(" It does not allow officers to enter this home without your consent."),
            HomeEntry::Contested => f.write_str(
                " ICE claims it allows entry into a home; this is legally disputed.",
            ),
            HomeEntry::Unknown => f.write_str(" What it allows is unknown."),
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Rules

/// Is the paper judicial? Appends its steps.
fn judicial(paper: &Paper, trace: &mut Vec<Step<Detail>>) -> Judicial {
    let kind = paper.kind;
    let law = kind.law();
    let definition = authority("nyc-admin-4-210-a");
    // An immigration officer's signature never makes a paper judicial, whatever the paper says it is.
    if paper.signer == Some(Signer::ImmigrationOfficer) {
        trace.push(Step {
            rule: "signed_by_immigration_officer",
            holds: true,
            authority: definition,
            detail: Detail::ImmigrationOfficer,
        });
        if law.issuer == Issuer::Dhs {
            trace.push(Step {
                rule: "issued_by_immigration_agency",
                holds: true,
                authority: law.basis,
                detail: Detail::AgencyForm { kind },
            });
        }
        return Judicial::No;
    }
    if paper.signer == Some(Signer::ImmigrationJudge)
        || paper.issuer == Some(Issuer::ImmigrationCourt)
        || law.issuer == Issuer::ImmigrationCourt
    {
        trace.push(Step {
            rule: "immigration_judge_not_a_court",
            holds: true,
            authority: authority("cfr-8-1003-10"),
            detail: Detail::ImmigrationJudge,
        });
        return Judicial::No;
    }
    match law.issuer {
        Issuer::Dhs => {
            trace.push(Step {
                rule: "issued_by_immigration_agency",
                holds: true,
                authority: law.basis,
                detail: Detail::AgencyForm { kind },
            });
            Judicial::No
        }
        Issuer::FederalCourt | Issuer::NyCourt => {
            if let Some(issuer @ (Issuer::Dhs | Issuer::None)) = paper.issuer {
                trace.push(Step {
                    rule: "issued_by_a_court",
                    holds: false,
                    authority: definition,
                    detail: Detail::IssuerNotCourt { issuer },
                });
                return if issuer == Issuer::Dhs {
                    Judicial::No
                } else {
                    Judicial::Unknown
                };
            }
            if paper.signature_present == Some(false) {
                trace.push(Step {
                    rule: "signed_by_a_judge",
                    holds: false,
                    authority: law.basis,
                    detail: Detail::NotSigned,
                });
                return Judicial::Unknown;
            }
            match paper.signer {
                Some(s) if s.is_court_judge() => {
                    trace.push(Step {
                        rule: "signed_by_a_judge",
                        holds: true,
                        authority: if kind.is_search_warrant() || kind == Kind::FederalArrestWarrant {
                            law.basis
                        } else {
                            authority("cpl-120-10")
                        },
                        detail: Detail::CourtAndJudge { kind, signer: s },
                    });
                    trace.push(Step {
                        rule: "judicial_warrant",
                        holds: true,
                        authority: definition,
                        detail: Detail::CourtAndJudge { kind, signer: s },
                    });
                    Judicial::Yes
                }
                other => {
                    trace.push(Step {
                        rule: "signed_by_a_judge",
                        holds: false,
                        authority: law.basis,
                        detail: Detail::SignerNotShown { signer: other },
                    });
                    Judicial::Unknown
                }
            }
        }
        Issuer::ImmigrationCourt | Issuer::None => {
            // Unknown kind: judicial only if shown otherwise; an agency issuer settles it.
            if paper.issuer == Some(Issuer::Dhs) {
                trace.push(Step {
                    rule: "issued_by_immigration_agency",
                    holds: true,
                    authority: definition,
                    detail: Detail::UnknownKind {
                        issuer: paper.issuer,
                        signer: paper.signer,
                    },
                });
                return Judicial::No;
            }
            trace.push(Step {
                rule: "recognised_paper",
                holds: false,
                authority: definition,
                detail: Detail::UnknownKind {
                    issuer: paper.issuer,
                    signer: paper.signer,
                },
            });
            Judicial::Unknown
        }
    }
}

/// Assess a paper. Pure: the current time comes in `situation.now`.
pub fn assess(paper: &Paper, situation: &Situation) -> Assessment {
    let kind = paper.kind;
    let law = kind.law();
    let mut trace: Vec<Step<Detail>> = Vec::with_capacity(10);
    let mut warnings = Vec::new();

    trace.push(Step {
        rule: "kind_of_paper",
        holds: kind != Kind::Unknown,
        authority: law.basis,
        detail: Detail::Kind { kind },
    });
    if !law.layout_verified {
        warnings.push(Warning::LayoutNotVerified { kind });
    }

    let judicial = judicial(paper, &mut trace);

    // Names and address: asked of every paper that names someone. Read by OCR, a near miss is "cannot
    // tell" (with what was read), not "no".
    let given_name = situation.name.as_deref().filter(|n| !n.trim().is_empty());
    let (names_person, close_name) = compare(given_name, &paper.names, paper.read_by_ocr, name_matches, name_close);
    let person_asked = given_name.is_some();
    let given_address = situation.address.as_deref().filter(|a| !a.trim().is_empty());
    let (names_address, close_address) = compare(
        given_address,
        &paper.addresses,
        paper.read_by_ocr,
        address_matches,
        address_close,
    );
    let address_asked = given_address.is_some();
    let place_authority = if kind.is_search_warrant() {
        authority("us-const-amend-iv")
    } else {
        authority("steagald-v-united-states")
    };
    trace.push(Step {
        rule: "names_person",
        holds: names_person == Some(true),
        authority: authority("payton-v-new-york"),
        detail: Detail::NamesPerson {
            matched: names_person,
            on_paper: paper.names.len(),
            asked: person_asked,
            close: close_name,
        },
    });
    trace.push(Step {
        rule: "names_address",
        holds: names_address == Some(true),
        authority: place_authority,
        detail: Detail::NamesAddress {
            matched: names_address,
            on_paper: paper.addresses.len(),
            asked: address_asked,
            close: close_address,
        },
    });

    // Time limit and hours: search warrants only.
    let today = situation.now.map(|n| n.date());
    let mut expired = None;
    let mut outside_hours = None;
    if let (Some(limit), true) = (&law.time_limit, kind.is_search_warrant()) {
        let by_issue = paper.issued.and_then(|i| i.checked_add_days(Days::new(limit.days)));
        let deadline = match (paper.execute_by, by_issue) {
            (Some(e), Some(latest)) => {
                if e > latest {
                    warnings.push(Warning::ExecuteByBeyondLimit {
                        execute_by: e,
                        latest,
                        authority: limit.authority,
                    });
                }
                Some(e.min(latest))
            }
            (e, l) => e.or(l),
        };
        if let (Some(i), Some(t)) = (paper.issued, today)
            && i > t
        {
            warnings.push(Warning::IssuedInFuture { issued: i, today: t });
        }
        expired = match (deadline, today) {
            (Some(d), Some(t)) => Some(t > d),
            _ => None,
        };
        trace.push(Step {
            rule: "within_time_limit",
            holds: expired == Some(false),
            authority: limit.authority,
            detail: Detail::Deadline {
                issued: paper.issued,
                execute_by: paper.execute_by,
                deadline,
                days: limit.days,
                today,
                expired,
            },
        });
    } else if kind.is_arrest_warrant() {
        trace.push(Step {
            rule: "within_time_limit",
            holds: true,
            authority: authority("frcrp-41-e-2-a"),
            detail: Detail::NoTimeLimit { kind },
        });
    }
    if let (Some(hours), true) = (&law.hours, kind.is_search_warrant()) {
        let any_time = paper.any_time == Some(true);
        let now = situation.now.map(|n| n.time());
        outside_hours = if any_time {
            now.map(|_| false)
        } else {
            now.map(|t| t < hours.from || t > hours.until)
        };
        trace.push(Step {
            rule: "within_hours",
            holds: outside_hours == Some(false),
            authority: hours.authority,
            detail: Detail::Hours {
                from: hours.from,
                until: hours.until,
                now,
                any_time,
                outside: outside_hours,
            },
        });
    }

    // What it allows at the door.
    let entry = match judicial {
        Judicial::No if kind == Kind::IceRemovalWarrant => HomeEntry::Contested,
        Judicial::No => HomeEntry::No,
        Judicial::Unknown => HomeEntry::Unknown,
        Judicial::Yes if kind.is_arrest_warrant() => HomeEntry::Limited,
        Judicial::Yes if kind.is_search_warrant() => {
            if names_address == Some(false) || expired == Some(true) || outside_hours == Some(true) {
                HomeEntry::No
            } else {
                HomeEntry::Yes
            }
        }
        Judicial::Yes => HomeEntry::Unknown,
    };
    let entry_authority = match entry {
        HomeEntry::Limited => authority("payton-v-new-york"),
        HomeEntry::Contested => authority("ice-memo-2025-05-12"),
        HomeEntry::Yes => law.basis,
        HomeEntry::No if judicial == Judicial::No => authority("payton-v-new-york"),
        HomeEntry::No => law.time_limit.as_ref().map_or(law.basis, |l| l.authority),
        HomeEntry::Unknown => authority("cfr-8-287-8-f-2"),
    };
    trace.push(Step {
        rule: "authorizes_home_entry",
        holds: matches!(entry, HomeEntry::Yes | HomeEntry::Limited),
        authority: entry_authority,
        detail: Detail::HomeEntry { kind, judicial, entry },
    });
    if entry == HomeEntry::Limited {
        trace.push(Step {
            rule: "third_party_home_needs_search_warrant",
            holds: true,
            authority: authority("steagald-v-united-states"),
            detail: Detail::HomeEntry { kind, judicial, entry },
        });
    }
    if entry == HomeEntry::No && judicial == Judicial::No {
        trace.push(Step {
            rule: "no_entry_without_warrant_or_consent",
            holds: true,
            authority: authority("cfr-8-287-8-f-2"),
            detail: Detail::HomeEntry { kind, judicial, entry },
        });
    }
    if let Some(note) = law.note.as_deref() {
        warnings.push(Warning::Note {
            citation: law.basis.citation.as_str(),
            note,
        });
    }
    if entry == HomeEntry::Contested {
        let memo = authority("ice-memo-2025-05-12");
        if let Some(note) = memo.note.as_deref() {
            warnings.push(Warning::Note {
                citation: memo.citation.as_str(),
                note,
            });
        }
    }
    if judicial == Judicial::Yes && law.issuer == Issuer::NyCourt {
        warnings.push(Warning::StateWarrantNotForDetainers);
    }

    let advice = advice(
        paper,
        judicial,
        entry,
        names_person,
        names_address,
        expired,
        outside_hours,
    );
    Assessment {
        kind,
        judicial,
        authorizes_home_entry: entry,
        names_person,
        names_address,
        expired,
        outside_hours,
        advice,
        trace,
        warnings,
    }
}

fn advice(
    paper: &Paper,
    judicial: Judicial,
    entry: HomeEntry,
    names_person: Option<bool>,
    names_address: Option<bool>,
    expired: Option<bool>,
    outside_hours: Option<bool>,
) -> Vec<Advice> {
    let kind = paper.kind;
    let law = kind.law();
    let a = |id: AdviceId, ids: &[&str]| Advice {
        id,
        authorities: ids.iter().map(|i| authority(i)).collect(),
    };
    let mut out = Vec::with_capacity(12);
    out.push(a(AdviceId::DoorKeepClosed, &["cfr-8-287-8-f-2", "payton-v-new-york"]));
    out.push(a(
        AdviceId::DoorAskSlidePaper,
        &["cfr-8-287-8-f-2", "us-const-amend-iv"],
    ));

    // What this paper is.
    match (kind, judicial, entry) {
        (Kind::IceDetainer, ..) => out.push(a(AdviceId::DetainerNotForEntry, &["cfr-8-287-7", "cfr-8-287-8-f-2"])),
        (_, _, HomeEntry::Contested) => out.push(a(
            AdviceId::I205Contested,
            &["cfr-8-241-2-a-1", "ice-memo-2025-05-12", "payton-v-new-york"],
        )),
        (_, Judicial::No, _) => {
            let mut ids = vec![law.basis.id.as_str()];
            ids.extend(["cfr-8-287-8-f-2", "payton-v-new-york"]);
            ids.dedup();
            out.push(a(AdviceId::AdminWarrantNoEntry, &ids));
        }
        (_, Judicial::Yes, _) if kind.is_arrest_warrant() => out.push(a(
            AdviceId::JudicialArrestWarrantLimited,
            &["payton-v-new-york", "steagald-v-united-states"],
        )),
        (_, Judicial::Yes, _) if kind.is_search_warrant() => out.push(a(
            AdviceId::SearchWarrantCheckScope,
            &[law.basis.id.as_str(), "us-const-amend-iv"],
        )),
        (Kind::Unknown, ..) => {
            out.push(a(AdviceId::UnknownWhatToLookFor, &["cfr-8-287-8-f-2"]));
            out.push(a(AdviceId::CheckSignedByJudge, &["nyc-admin-4-210-a", "cfr-8-1003-10"]));
        }
        _ => out.push(a(AdviceId::CheckSignedByJudge, &["nyc-admin-4-210-a", "cfr-8-1003-10"])),
    }

    // What it says: name, address, dates.
    if names_person == Some(false) {
        out.push(a(
            AdviceId::NotNamedPerson,
            &["steagald-v-united-states", "payton-v-new-york"],
        ));
    }
    if names_address == Some(false) && judicial != Judicial::No {
        let mut ids = vec!["us-const-amend-iv"];
        if kind == Kind::StateSearchWarrant {
            ids.push("cpl-690-05");
        }
        if !kind.is_search_warrant() {
            ids.push("steagald-v-united-states");
        }
        out.push(a(AdviceId::NotThisAddress, &ids));
    }
    if expired == Some(true)
        && let Some(l) = &law.time_limit
    {
        out.push(a(AdviceId::Expired, &[l.authority.id.as_str()]));
    }
    if outside_hours == Some(true)
        && let Some(h) = &law.hours
    {
        out.push(a(AdviceId::OutsideHours, &[h.authority.id.as_str()]));
    }
    let court_like = kind.is_court_warrant() && judicial != Judicial::No;
    if court_like && (names_person.is_none() || names_address.is_none()) {
        out.push(a(
            AdviceId::CheckNameAddress,
            &["payton-v-new-york", "steagald-v-united-states"],
        ));
    }
    if kind.is_search_warrant() && judicial != Judicial::No && (expired.is_none() || outside_hours.is_none()) {
        let mut ids: Vec<&str> = Vec::new();
        if let Some(l) = &law.time_limit {
            ids.push(l.authority.id.as_str());
        }
        if let Some(h) = &law.hours
            && !ids.contains(&h.authority.id.as_str())
        {
            ids.push(h.authority.id.as_str());
        }
        out.push(a(AdviceId::CheckDates, &ids));
    }

    // What to say and do, every time.
    out.push(a(AdviceId::SayNoConsent, &["cfr-8-287-8-f-2", "payton-v-new-york"]));
    out.push(a(AdviceId::StaySilent, &["us-const-amend-v"]));
    out.push(a(AdviceId::DoNotResist, &["ny-pl-205-30"]));
    out.push(a(AdviceId::WriteDown, &["ny-crl-79-p"]));
    out.push(a(AdviceId::CallLawyer, &["cfr-8-287-3-c"]));
    out
}

// ---------------------------------------------------------------------------------------------------------
// Comparing names and addresses

fn tokens(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(|t| fold_confusables(&t.to_lowercase()))
}

/// Letters that OCR confuses, read as one: l, i, 1 and | as "i"; 0 as "o"; 5 as "s"; 8 as "b" — in words
/// that have letters (a house number stays a number).
fn fold_confusables(t: &str) -> String {
    if !t.chars().any(|c| c.is_alphabetic()) {
        return t.to_owned();
    }
    t.chars()
        .map(|c| match c {
            'l' | '1' | '|' => 'i',
            '0' => 'o',
            '5' => 's',
            '8' => 'b',
            c => c,
        })
        .collect()
}

/// Edit distance, bounded: returns early once it exceeds `max`.
fn within_edits(a: &str, b: &str, max: usize) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            row_min = row_min.min(cur[j]);
        }
        if row_min > max {
            return false;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] <= max
}

fn token_eq(a: &str, b: &str) -> bool {
    a == b || (a.chars().count() >= 5 && b.chars().count() >= 5 && within_edits(a, b, 1))
}

const NAME_NOISE: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "aka", "a", "k", "jr", "sr", "de", "del", "la", "los", "y",
];

/// What the person gave against what was read: `Some(true)` when one matches; when none does and the text
/// was read by OCR, `None` with the nearest reading if one is close enough to be a misreading; else
/// `Some(false)`. `None` too when nothing was given or nothing was read.
fn compare(
    given: Option<&str>,
    on_paper: &[String],
    read_by_ocr: bool,
    same: fn(&str, &str) -> bool,
    close: fn(&str, &str) -> bool,
) -> (Option<bool>, Option<String>) {
    let Some(given) = given else {
        return (None, None);
    };
    if on_paper.is_empty() {
        return (None, None);
    }
    if on_paper.iter().any(|p| same(given, p)) {
        return (Some(true), None);
    }
    match on_paper.iter().find(|p| read_by_ocr && close(given, p)) {
        Some(p) => (None, Some(p.clone())),
        None => (Some(false), None),
    }
}

/// A word as OCR may have misread it, folded further than [`fold_confusables`]: letters that look like
/// digits as those digits ("4A" and "44", "6B" and "68"), "rn" as "m".
fn ocr_fold(t: &str) -> String {
    t.replace("rn", "m")
        .chars()
        .map(|c| match c {
            'a' => '4',
            'b' => '8',
            'o' => '0',
            'i' | 'l' => '1',
            's' => '5',
            'z' => '2',
            'g' => '6',
            c => c,
        })
        .collect()
}

/// Whether two words could be one word misread: the same once folded ([`ocr_fold`]), or one letter apart
/// (two in words of eight letters or more).
fn close_token(a: &str, b: &str) -> bool {
    if a == b || ocr_fold(a) == ocr_fold(b) {
        return true;
    }
    let n = a.chars().count().min(b.chars().count());
    n >= 2 && within_edits(a, b, if n >= 8 { 2 } else { 1 })
}

/// Whether a name read by OCR could be the person's, misread: as [`name_matches`], word by word with
/// [`close_token`].
pub fn name_close(given: &str, on_paper: &str) -> bool {
    names_agree(given, on_paper, close_token)
}

/// Whether an address read by OCR could be the person's, misread: street words each [`close_token`];
/// house number and unit the same once folded ([`ocr_fold`]: "4A" read as "44"), never merely one
/// character apart (231 is not 230).
pub fn address_close(given: &str, on_paper: &str) -> bool {
    let (g, p) = (address_key(given), address_key(on_paper));
    if g.street.is_empty() || g.street.len() != p.street.len() {
        return false;
    }
    let close = |a: &Option<String>, b: &Option<String>| match (a, b) {
        (Some(a), Some(b)) => ocr_fold(a) == ocr_fold(b),
        _ => true,
    };
    g.number.is_some() == p.number.is_some()
        && close(&g.number, &p.number)
        && g.street.iter().zip(&p.street).all(|(a, b)| close_token(a, b))
        && close(&g.unit, &p.unit)
}

/// Whether a name given by the person matches a name on the paper: every word of the shorter one appears in
/// the other, in any order ("GARCIA LOPEZ, Maria" matches "Maria Garcia"), tolerating one misread letter in
/// words of five letters or more.
pub fn name_matches(given: &str, on_paper: &str) -> bool {
    names_agree(given, on_paper, token_eq)
}

/// Two names agree when every word of the shorter one agrees (`word`) with a word of the other.
fn names_agree(given: &str, on_paper: &str, word: fn(&str, &str) -> bool) -> bool {
    let g: Vec<String> = tokens(given)
        .filter(|t| t.len() > 1 && !NAME_NOISE.contains(&t.as_str()))
        .collect();
    let p: Vec<String> = tokens(on_paper)
        .filter(|t| t.len() > 1 && !NAME_NOISE.contains(&t.as_str()))
        .collect();
    if g.is_empty() || p.is_empty() {
        return false;
    }
    // Words run together by OCR ("BILALQURESHI"): compare the names without spaces.
    if g.len() != p.len() && (g.len() == 1 || p.len() == 1) {
        let (a, b) = (g.concat(), p.concat());
        return a.chars().count() >= 8 && (a == b || within_edits(&a, &b, 1));
    }
    let (short, long) = if g.len() <= p.len() { (&g, &p) } else { (&p, &g) };
    // A single word on one side must not match a whole family by surname alone.
    if short.len() == 1 && long.len() > 1 {
        return false;
    }
    short.iter().all(|s| long.iter().any(|l| word(s, l)))
}

/// The parts of an address that identify a place.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AddressKey {
    pub number: Option<String>,
    pub street: Vec<String>,
    pub unit: Option<String>,
}

fn normal_word(w: &str) -> String {
    let w = w.to_lowercase();
    let ordinal = |s: &str| -> Option<&'static str> {
        Some(match s {
            "first" => "1",
            "second" => "2",
            "third" => "3",
            "fourth" => "4",
            "fifth" => "5",
            "sixth" => "6",
            "seventh" => "7",
            "eighth" => "8",
            "ninth" => "9",
            "tenth" => "10",
            "eleventh" => "11",
            "twelfth" => "12",
            _ => return None,
        })
    };
    if let Some(o) = ordinal(&w) {
        return o.to_owned();
    }
    // 5th, 22nd, 103rd, 1st → digits
    let digits: String = w.chars().take_while(|c| c.is_ascii_digit()).collect();
    if !digits.is_empty() && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th" | "5t") {
        return digits;
    }
    let w = fold_confusables(&w);
    match w.as_str() {
        "east" | "eas" => "e",
        "west" => "w",
        "north" => "n",
        "south" => "s",
        "saint" => "st",
        "mount" => "mt",
        "fort" => "ft",
        _ => return w,
    }
    .to_owned()
}

const STREET_SUFFIXES: &[&str] = &[
    "st",
    "street",
    "ave",
    "av",
    "avenue",
    "rd",
    "road",
    "blvd",
    "boulevard",
    "pl",
    "place",
    "dr",
    "drive",
    "ln",
    "lane",
    "ct",
    "court",
    "ter",
    "terrace",
    "pkwy",
    "parkway",
    "way",
    "sq",
    "square",
    "hwy",
    "highway",
    "tpke",
    "turnpike",
    "cir",
    "circle",
    "expy",
    "expressway",
    "plz",
    "plaza",
];
const UNIT_MARKERS: &[&str] = &[
    "apt",
    "apartment",
    "unit",
    "ste",
    "suite",
    "fl",
    "floor",
    "rm",
    "room",
    "no",
];

/// Read the number, street and unit of an address ("123 E. 5th Street, Apt 4B, New York, NY 10003").
pub fn address_key(s: &str) -> AddressKey {
    let mut key = AddressKey::default();
    // '#' marks a unit; keep it as its own token.
    let spaced = s.replace('#', " apt ");
    let words: Vec<String> = spaced
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != ',')
        .flat_map(|w| {
            // keep commas as separators
            let mut parts = Vec::new();
            let mut cur = String::new();
            for c in w.chars() {
                if c == ',' {
                    if !cur.is_empty() {
                        parts.push(std::mem::take(&mut cur));
                    }
                    parts.push(",".to_owned());
                } else {
                    cur.push(c);
                }
            }
            if !cur.is_empty() {
                parts.push(cur);
            }
            parts
        })
        .filter(|w| !w.is_empty())
        .collect();
    let mut i = 0;
    // House number: the first word that starts with a digit (Queens style "31-05" kept whole).
    while i < words.len() {
        let w = &words[i];
        if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            key.number = Some(w.to_lowercase());
            i += 1;
            break;
        }
        if UNIT_MARKERS.contains(&w.to_lowercase().as_str()) {
            break;
        }
        i += 1;
    }
    if key.number.is_none() {
        i = 0;
    }
    // Street: words up to a suffix, a unit marker or a comma.
    while i < words.len() {
        let w = words[i].to_lowercase();
        let n = normal_word(&w);
        if w == "," || UNIT_MARKERS.contains(&n.as_str()) {
            break;
        }
        i += 1;
        if STREET_SUFFIXES.contains(&n.as_str()) && !key.street.is_empty() {
            break;
        }
        if n != "-" {
            key.street.push(n);
        }
    }
    // Unit: the word after a unit marker, anywhere.
    for (j, w) in words.iter().enumerate() {
        if UNIT_MARKERS.contains(&w.to_lowercase().as_str())
            && let Some(next) = words.get(j + 1)
            && next != ","
        {
            key.unit = Some(next.to_lowercase().trim_start_matches('0').to_owned());
            break;
        }
    }
    key
}

/// Whether an address given by the person matches an address on the paper: same house number, same street
/// (abbreviations and ordinals normalised: "East 5th St" = "E. Fifth Street"), and the same unit when both
/// give one.
pub fn address_matches(given: &str, on_paper: &str) -> bool {
    let g = address_key(given);
    let p = address_key(on_paper);
    if g.street.is_empty() || p.street.is_empty() {
        return false;
    }
    if let (Some(a), Some(b)) = (&g.number, &p.number)
        && a != b
    {
        return false;
    }
    if g.number.is_some() != p.number.is_some() {
        return false;
    }
    let street_eq = g.street.len() == p.street.len() && g.street.iter().zip(&p.street).all(|(a, b)| token_eq(a, b));
    if !street_eq {
        return false;
    }
    match (&g.unit, &p.unit) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

// ---------------------------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        day(y, m, d).and_hms_opt(h, min, 0).unwrap()
    }

    fn paper(kind: Kind) -> Paper {
        Paper {
            kind,
            ..Paper::default()
        }
    }

    fn ids(a: &Assessment) -> Vec<&'static str> {
        a.advice_ids()
    }

    #[test]
    fn a_near_miss_read_by_ocr_is_cannot_tell_not_no() {
        let situation = Situation {
            name: Some("Li Na Zhang".into()),
            address: Some("230 West 141st Street, Apt 4A, New York, NY 10030".into()),
            now: None,
        };
        let mut p = Paper {
            names: vec!["Li MA ZHANG".into()],
            addresses: vec!["230 West 141st Street, Apt 44, New York, NY 10030".into()],
            read_by_ocr: true,
            ..paper(Kind::FederalSearchWarrant)
        };
        let a = assess(&p, &situation);
        assert_eq!((a.names_person, a.names_address), (None, None));
        let said: Vec<String> = a.trace.iter().map(|s| s.detail.to_string()).collect();
        assert!(
            said.iter()
                .any(|d| d.contains("\"Li MA ZHANG\"") && d.contains("misread")),
            "{said:?}"
        );
        // Typed or from a text layer, the same readings are simply not the person's.
        p.read_by_ocr = false;
        let a = assess(&p, &situation);
        assert_eq!((a.names_person, a.names_address), (Some(false), Some(false)));
        // Read by OCR, a clearly different name or house number is still "no".
        let far = Paper {
            names: vec!["Carlos Mendez".into()],
            addresses: vec!["231 West 141st Street, Apt 4A, New York, NY 10030".into()],
            read_by_ocr: true,
            ..paper(Kind::FederalSearchWarrant)
        };
        let a = assess(&far, &situation);
        assert_eq!((a.names_person, a.names_address), (Some(false), Some(false)));
        // And an exact match is "yes" on every channel.
        let same = Paper {
            names: vec!["ZHANG, Li Na".into()],
            read_by_ocr: true,
            ..paper(Kind::FederalArrestWarrant)
        };
        assert_eq!(assess(&same, &situation).names_person, Some(true));
    }

    #[test]
    fn forms_data_parses_with_every_kind_in_order() {
        let k = parse_forms(FORMS_TOML).unwrap();
        assert_eq!(k.len(), Kind::ALL.len());
        for (law, kind) in k.iter().zip(Kind::ALL) {
            assert_eq!(law.kind, kind);
        }
        assert_eq!(Kind::FederalSearchWarrant.law().time_limit.as_ref().unwrap().days, 14);
        assert_eq!(Kind::StateSearchWarrant.law().time_limit.as_ref().unwrap().days, 10);
        assert_eq!(
            Kind::StateSearchWarrant.law().hours.as_ref().unwrap().until,
            NaiveTime::from_hms_opt(21, 0, 0).unwrap()
        );
        assert_eq!(
            Kind::FederalSearchWarrant.law().hours.as_ref().unwrap().until,
            NaiveTime::from_hms_opt(22, 0, 0).unwrap()
        );
    }

    #[test]
    fn every_authority_referenced_in_code_exists() {
        // Every advice for every kind resolves its authorities (authority() panics on a dangling id).
        for kind in Kind::ALL {
            for signer in [
                None,
                Some(Signer::FederalJudge),
                Some(Signer::StateJudge),
                Some(Signer::ImmigrationOfficer),
            ] {
                let p = Paper {
                    kind,
                    signer,
                    names: vec!["Ana Perez".into()],
                    addresses: vec!["1 Main St".into()],
                    issued: Some(day(2026, 1, 1)),
                    ..Paper::default()
                };
                let s = Situation {
                    name: Some("Luis Ortiz".into()),
                    address: Some("2 Oak Ave".into()),
                    now: Some(at(2026, 3, 1, 23, 30)),
                };
                let a = assess(&p, &s);
                assert!(!a.citations().is_empty());
                for step in &a.trace {
                    let _ = step.detail.to_string();
                }
            }
        }
        for id in [
            "cfr-8-287-8-f-2",
            "payton-v-new-york",
            "steagald-v-united-states",
            "frcrp-41-e-2-a",
            "frcrp-41-a-2-b",
            "cpl-690-30",
            "cpl-690-05",
            "cpl-120-10",
            "cfr-8-241-2-a-1",
            "cfr-8-287-7",
            "cfr-8-239-1",
            "nyc-admin-9-131-a-5",
            "nyc-admin-4-210-a",
            "cfr-8-1003-10",
        ] {
            assert!(crate::authorities().get(id).is_some(), "{id}");
        }
    }

    #[test]
    fn advice_ids_are_the_issue_list() {
        let want = [
            "door-keep-closed",
            "door-ask-slide-paper",
            "say-no-consent",
            "stay-silent",
            "do-not-resist",
            "write-down",
            "call-lawyer",
            "admin-warrant-no-entry",
            "judicial-arrest-warrant-limited",
            "search-warrant-check-scope",
            "i205-contested",
            "check-signed-by-judge",
            "check-name-address",
            "check-dates",
            "unknown-what-to-look-for",
            "not-named-person",
            "not-this-address",
            "expired",
            "outside-hours",
            "detainer-not-for-entry",
        ];
        let got: Vec<_> = AdviceId::ALL.iter().map(|a| a.id()).collect();
        assert_eq!(got, want);
        for a in AdviceId::ALL {
            assert_eq!(AdviceId::from_id(a.id()), Some(a));
            assert!(!a.english().to_lowercase().contains("valid"), "{}", a.id());
        }
    }

    #[test]
    fn every_dhs_form_is_not_judicial_and_not_entry() {
        for kind in [
            Kind::IceArrestWarrant,
            Kind::IceDetainer,
            Kind::IceCustodyOrder,
            Kind::NoticeToAppear,
            Kind::AdministrativeSubpoena,
            Kind::ImmigrationCourtOrder,
        ] {
            let a = assess(&paper(kind), &Situation::default());
            assert_eq!(a.judicial, Judicial::No, "{kind}");
            assert_eq!(a.authorizes_home_entry, HomeEntry::No, "{kind}");
            assert!(ids(&a).contains(&"say-no-consent"));
            assert!(a.citations().contains(&"8 C.F.R. § 287.8(f)(2)"), "{kind}");
        }
        let d = assess(&paper(Kind::IceDetainer), &Situation::default());
        assert!(ids(&d).contains(&"detainer-not-for-entry"));
        let i200 = assess(&paper(Kind::IceArrestWarrant), &Situation::default());
        assert!(ids(&i200).contains(&"admin-warrant-no-entry"));
        assert!(i200.citations().contains(&"8 C.F.R. § 236.1(b)"));
    }

    #[test]
    fn i205_is_contested_and_says_do_not_resist() {
        let a = assess(&paper(Kind::IceRemovalWarrant), &Situation::default());
        assert_eq!(a.judicial, Judicial::No);
        assert_eq!(a.authorizes_home_entry, HomeEntry::Contested);
        let i = ids(&a);
        assert!(i.contains(&"i205-contested"));
        assert!(i.contains(&"do-not-resist"));
        assert!(a.citations().contains(&"8 C.F.R. § 241.2(a)(1)"));
        assert!(a.warnings.iter().any(|w| w.to_string().contains("unresolved")));
    }

    #[test]
    fn an_immigration_officer_signature_never_makes_a_paper_judicial() {
        for kind in Kind::ALL {
            let p = Paper {
                kind,
                signer: Some(Signer::ImmigrationOfficer),
                signature_present: Some(true),
                issuer: Some(Issuer::FederalCourt),
                ..Paper::default()
            };
            let a = assess(&p, &Situation::default());
            assert_eq!(a.judicial, Judicial::No, "{kind}");
            assert_ne!(a.authorizes_home_entry, HomeEntry::Yes);
            assert_ne!(a.authorizes_home_entry, HomeEntry::Limited);
        }
    }

    #[test]
    fn an_immigration_judge_is_not_a_judge_of_a_court() {
        let p = Paper {
            kind: Kind::FederalArrestWarrant,
            signer: Some(Signer::ImmigrationJudge),
            ..Paper::default()
        };
        let a = assess(&p, &Situation::default());
        assert_eq!(a.judicial, Judicial::No);
        assert!(a.trace.iter().any(|s| s.rule == "immigration_judge_not_a_court"));
        assert!(a.citations().contains(&"8 C.F.R. § 1003.10"));
        let order = assess(&paper(Kind::ImmigrationCourtOrder), &Situation::default());
        assert_eq!(order.judicial, Judicial::No);
    }

    #[test]
    fn court_warrants_need_a_judge() {
        let mut p = Paper {
            kind: Kind::FederalArrestWarrant,
            signer: Some(Signer::FederalJudge),
            ..Paper::default()
        };
        let a = assess(&p, &Situation::default());
        assert_eq!(a.judicial, Judicial::Yes);
        assert_eq!(a.authorizes_home_entry, HomeEntry::Limited);
        assert!(ids(&a).contains(&"judicial-arrest-warrant-limited"));
        assert!(
            a.citations()
                .contains(&"Steagald v. United States, 451 U.S. 204 (1981)")
        );
        assert_eq!(a.expired, None);

        p.signer = None;
        let a = assess(&p, &Situation::default());
        assert_eq!(a.judicial, Judicial::Unknown);
        assert_eq!(a.authorizes_home_entry, HomeEntry::Unknown);
        assert!(ids(&a).contains(&"check-signed-by-judge"));

        p.signer = Some(Signer::FederalJudge);
        p.signature_present = Some(false);
        assert_eq!(assess(&p, &Situation::default()).judicial, Judicial::Unknown);

        let state = Paper {
            kind: Kind::StateArrestWarrant,
            signer: Some(Signer::StateJudge),
            ..Paper::default()
        };
        let a = assess(&state, &Situation::default());
        assert_eq!(a.judicial, Judicial::Yes);
        assert!(a.citations().contains(&"N.Y. Crim. Proc. Law § 120.10"));
        assert!(
            a.warnings
                .iter()
                .any(|w| matches!(w, Warning::StateWarrantNotForDetainers))
        );
    }

    fn federal_search(issued: NaiveDate, execute_by: Option<NaiveDate>) -> Paper {
        Paper {
            kind: Kind::FederalSearchWarrant,
            signer: Some(Signer::FederalJudge),
            names: vec![],
            addresses: vec!["345 East 21st Street, Apt 3C, New York, NY 10010".into()],
            issued: Some(issued),
            execute_by,
            ..Paper::default()
        }
    }

    #[test]
    fn federal_search_warrant_14_days_and_daytime() {
        let p = federal_search(day(2026, 3, 2), Some(day(2026, 3, 16)));
        let here = Some("345 E 21st St Apt 3C".to_owned());
        let s = Situation {
            address: here.clone(),
            now: Some(at(2026, 3, 16, 21, 59)),
            ..Situation::default()
        };
        let a = assess(&p, &s);
        assert_eq!(a.judicial, Judicial::Yes);
        assert_eq!(a.names_address, Some(true));
        assert_eq!(a.expired, Some(false));
        assert_eq!(a.outside_hours, Some(false));
        assert_eq!(a.authorizes_home_entry, HomeEntry::Yes);
        assert!(ids(&a).contains(&"search-warrant-check-scope"));

        // The day after the last day: expired.
        let s2 = Situation {
            now: Some(at(2026, 3, 17, 10, 0)),
            ..s.clone()
        };
        let a = assess(&p, &s2);
        assert_eq!(a.expired, Some(true));
        assert_eq!(a.authorizes_home_entry, HomeEntry::No);
        assert!(ids(&a).contains(&"expired"));
        assert!(a.citations().contains(&"Fed. R. Crim. P. 41(e)(2)(A)"));

        // 10:01 p.m.: outside the federal daytime; 9:30 p.m. is inside (NY would be outside).
        let late = Situation {
            now: Some(at(2026, 3, 10, 22, 1)),
            ..s.clone()
        };
        let a = assess(&p, &late);
        assert_eq!(a.outside_hours, Some(true));
        assert!(ids(&a).contains(&"outside-hours"));
        assert!(a.citations().contains(&"Fed. R. Crim. P. 41(a)(2)(B)"));
        let half_nine = Situation {
            now: Some(at(2026, 3, 10, 21, 30)),
            ..s.clone()
        };
        assert_eq!(assess(&p, &half_nine).outside_hours, Some(false));
        // 5:59 a.m. is outside.
        let early = Situation {
            now: Some(at(2026, 3, 10, 5, 59)),
            ..s.clone()
        };
        assert_eq!(assess(&p, &early).outside_hours, Some(true));

        // Any time authorized.
        let any = Paper {
            any_time: Some(true),
            ..p.clone()
        };
        assert_eq!(assess(&any, &late).outside_hours, Some(false));

        // Without an execute-by date: 14 days from issuance.
        let no_by = federal_search(day(2026, 3, 2), None);
        let d16 = Situation {
            now: Some(at(2026, 3, 16, 12, 0)),
            ..s.clone()
        };
        assert_eq!(assess(&no_by, &d16).expired, Some(false));
        let d17 = Situation {
            now: Some(at(2026, 3, 17, 12, 0)),
            ..s.clone()
        };
        assert_eq!(assess(&no_by, &d17).expired, Some(true));

        // A printed date beyond 14 days is capped, with a warning.
        let long = federal_search(day(2026, 3, 2), Some(day(2026, 4, 30)));
        let a = assess(&long, &d17);
        assert_eq!(a.expired, Some(true));
        assert!(
            a.warnings
                .iter()
                .any(|w| matches!(w, Warning::ExecuteByBeyondLimit { .. }))
        );

        // Another address: does not allow entry here.
        let other = Situation {
            address: Some("12 Court Street, Brooklyn, NY".into()),
            now: Some(at(2026, 3, 10, 12, 0)),
            ..Situation::default()
        };
        let a = assess(&p, &other);
        assert_eq!(a.names_address, Some(false));
        assert_eq!(a.authorizes_home_entry, HomeEntry::No);
        assert!(ids(&a).contains(&"not-this-address"));
    }

    #[test]
    fn new_york_search_warrant_10_days_6_to_9() {
        let p = Paper {
            kind: Kind::StateSearchWarrant,
            signer: Some(Signer::StateJudge),
            addresses: vec!["88-10 Roosevelt Avenue, Jackson Heights, NY".into()],
            issued: Some(day(2026, 5, 1)),
            ..Paper::default()
        };
        let s = |d: u32, h: u32, m: u32| Situation {
            now: Some(at(2026, 5, d, h, m)),
            ..Situation::default()
        };
        assert_eq!(assess(&p, &s(11, 12, 0)).expired, Some(false));
        assert_eq!(assess(&p, &s(12, 12, 0)).expired, Some(true));
        assert_eq!(assess(&p, &s(5, 21, 0)).outside_hours, Some(false));
        assert_eq!(assess(&p, &s(5, 21, 1)).outside_hours, Some(true));
        let a = assess(&p, &s(5, 21, 30));
        assert_eq!(a.authorizes_home_entry, HomeEntry::No);
        assert!(a.citations().contains(&"N.Y. Crim. Proc. Law § 690.30"));
        // Not asked: null, and the advice says to check.
        let a = assess(&p, &Situation::default());
        assert_eq!(a.expired, None);
        assert_eq!(a.outside_hours, None);
        assert!(ids(&a).contains(&"check-dates"));
        assert!(ids(&a).contains(&"check-name-address"));
    }

    #[test]
    fn names_and_addresses() {
        assert!(name_matches("Maria Garcia", "GARCIA LOPEZ, Maria Elena"));
        assert!(name_matches("maria garcia", "Maria Garcia"));
        assert!(name_matches("Jose Hernandez", "JOSE HERNANDES"));
        assert!(!name_matches("Maria Garcia", "Mario Gomez"));
        assert!(!name_matches("Garcia", "Maria Garcia"));
        assert!(name_matches("Bilal Qureshi", "B1LALQURESH1"));
        assert!(!name_matches("Bilal Qureshi", "AHMEDHASSAN"));
        assert!(!name_matches("", "Maria Garcia"));

        assert!(address_matches(
            "345 E 21st St Apt 3C",
            "345 East 21st Street, Apt 3C, New York, NY 10010"
        ));
        assert!(address_matches(
            "88-10 Roosevelt Ave",
            "88-10 Roosevelt Avenue, Jackson Heights, NY"
        ));
        assert!(address_matches("12 W. Fifth Street #2", "12 West 5th St, Apt 2"));
        assert!(!address_matches("12 W 5th St Apt 2", "12 West 5th St, Apt 3"));
        assert!(!address_matches("14 W 5th St", "12 West 5th St"));
        assert!(!address_matches("12 E 5th St", "12 West 5th St"));
        assert!(address_matches(
            "1200 Broadway, New York",
            "1200 BROADWAY, NEW YORK, NY 10001"
        ));

        let p = Paper {
            kind: Kind::FederalArrestWarrant,
            signer: Some(Signer::FederalJudge),
            names: vec!["Carlos Mendez".into()],
            ..Paper::default()
        };
        let s = Situation {
            name: Some("Ana Torres".into()),
            ..Situation::default()
        };
        let a = assess(&p, &s);
        assert_eq!(a.names_person, Some(false));
        assert!(ids(&a).contains(&"not-named-person"));
        // No names on the paper: not knowable.
        let a = assess(&Paper { names: vec![], ..p }, &s);
        assert_eq!(a.names_person, None);
    }

    #[test]
    fn unknown_paper_says_what_to_look_for() {
        let a = assess(&paper(Kind::Unknown), &Situation::default());
        assert_eq!(a.judicial, Judicial::Unknown);
        assert_eq!(a.authorizes_home_entry, HomeEntry::Unknown);
        assert!(ids(&a).contains(&"unknown-what-to-look-for"));
        assert!(ids(&a).contains(&"check-signed-by-judge"));
    }

    #[test]
    fn nothing_is_ever_called_valid() {
        for kind in Kind::ALL {
            for signer in [None, Some(Signer::FederalJudge), Some(Signer::StateJudge)] {
                let p = Paper {
                    kind,
                    signer,
                    issued: Some(day(2026, 1, 1)),
                    ..Paper::default()
                };
                let s = Situation {
                    now: Some(at(2026, 1, 2, 12, 0)),
                    ..Situation::default()
                };
                let a = assess(&p, &s);
                let json = serde_json::to_string(&a).unwrap().to_lowercase();
                assert!(!json.contains("valid"), "{kind}: {json}");
                assert!(json.contains("\"advice\""));
            }
        }
    }
}
