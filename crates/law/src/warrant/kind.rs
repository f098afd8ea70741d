//! The kinds of paper a person may be shown at the door, and the values an assessment is made of: who
//! issues a paper ([`Issuer`]), whose title is under the signature ([`Signer`]), whether it is judicial
//! ([`Judicial`]) and what it allows at the door of a home ([`HomeEntry`]). The ids are stable: JSON, the
//! guide's messages and the web API use them.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::forms::{KindLaw, kinds};

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
    /// A New York superior court warrant of arrest: issued by the Supreme Court or a County Court on an
    /// indictment (CPL § 210.10).
    SuperiorCourtArrestWarrant,
    /// An application for a search warrant (AO 106, AO 106A; in New York, CPL § 690.35): an officer's sworn
    /// request to a judge. Not a warrant, even with a judge's signature.
    SearchWarrantApplication,
    /// Not recognised.
    #[default]
    Unknown,
}

impl Kind {
    pub const ALL: [Kind; 14] = [
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
        Kind::SuperiorCourtArrestWarrant,
        Kind::SearchWarrantApplication,
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
            Kind::SuperiorCourtArrestWarrant => "superior_court_arrest_warrant",
            Kind::SearchWarrantApplication => "search_warrant_application",
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
        self.is_arrest_warrant() || self.is_search_warrant()
    }

    /// An application for a warrant: a request to a judge, never a warrant itself.
    pub fn is_application(self) -> bool {
        self == Kind::SearchWarrantApplication
    }

    pub fn is_search_warrant(self) -> bool {
        matches!(self, Kind::FederalSearchWarrant | Kind::StateSearchWarrant)
    }

    pub fn is_arrest_warrant(self) -> bool {
        matches!(
            self,
            Kind::FederalArrestWarrant | Kind::StateArrestWarrant | Kind::SuperiorCourtArrestWarrant
        )
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

    pub(super) fn is_court_judge(self) -> bool {
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
    /// A judge's warrant that appears not to fit this door now (past its last day, outside its hours, for
    /// another address): it may not allow entry now, but that is for a court to decide, not the person at the
    /// door.
    Doubtful,
    Unknown,
}

impl HomeEntry {
    pub const ALL: [HomeEntry; 6] = [
        HomeEntry::Yes,
        HomeEntry::Limited,
        HomeEntry::No,
        HomeEntry::Contested,
        HomeEntry::Doubtful,
        HomeEntry::Unknown,
    ];

    pub fn id(self) -> &'static str {
        match self {
            HomeEntry::Yes => "yes",
            HomeEntry::Limited => "limited",
            HomeEntry::No => "no",
            HomeEntry::Contested => "contested",
            HomeEntry::Doubtful => "doubtful",
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
    pub const ALL: [Judicial; 3] = [Judicial::Yes, Judicial::No, Judicial::Unknown];

    pub fn id(self) -> &'static str {
        match self {
            Judicial::Yes => "yes",
            Judicial::No => "no",
            Judicial::Unknown => "unknown",
        }
    }
}
