//! What to do and say at the door: the advice ids an assessment returns (the guide words them in every
//! locale, as Fluent messages `advice-<id>`), each with the authorities it rests on, and the rule that
//! chooses them.

use std::fmt;

use serde::Serialize;

use super::Paper;
use super::kind::{HomeEntry, Judicial, Kind};
use crate::authority::{Authority, authority};

/// What to do and say. The ids are stable: the guide words each one, in every locale, as the Fluent message
/// `advice-<id>`. This crate has no words for them: every program that shows advice asks the guide.
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
    /// An application for a warrant (AO 106): not a warrant; ask for the warrant itself.
    ApplicationNotAWarrant,
    /// A judge's arrest warrant naming someone else: entry only where that person lives.
    NamedPersonLivesHere,
    /// A judge's warrant that appears not to fit this door now: do not resist; a court decides.
    CourtDecides,
    /// The I-205 memo is aimed at people with a final order of removal: how to find out.
    CheckRemovalOrder,
}

impl AdviceId {
    pub const ALL: [AdviceId; 24] = [
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
        AdviceId::ApplicationNotAWarrant,
        AdviceId::NamedPersonLivesHere,
        AdviceId::CourtDecides,
        AdviceId::CheckRemovalOrder,
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
            AdviceId::ApplicationNotAWarrant => "application-not-a-warrant",
            AdviceId::NamedPersonLivesHere => "named-person-lives-here",
            AdviceId::CourtDecides => "court-decides",
            AdviceId::CheckRemovalOrder => "check-removal-order",
        }
    }

    /// The Fluent message id in the guide.
    pub fn message_id(self) -> String {
        format!("advice-{}", self.id())
    }

    pub fn from_id(id: &str) -> Option<AdviceId> {
        AdviceId::ALL.into_iter().find(|a| a.id() == id)
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
        let mut m = serializer.serialize_map(Some(3))?;
        m.serialize_entry("id", self.id.id())?;
        m.serialize_entry("message", &self.id.message_id())?;
        m.serialize_entry(
            "citations",
            &self.authorities.iter().map(|a| a.citation.as_str()).collect::<Vec<_>>(),
        )?;
        m.end()
    }
}

pub(super) fn advice(
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
        (_, _, HomeEntry::Contested) => {
            out.push(a(
                AdviceId::I205Contested,
                &["cfr-8-241-2-a-1", "ice-memo-2025-05-12", "payton-v-new-york"],
            ));
            out.push(a(
                AdviceId::CheckRemovalOrder,
                &["ice-memo-2025-05-12", "eoir-automated-case-information"],
            ));
        }
        (k, ..) if k.is_application() => out.push(a(
            AdviceId::ApplicationNotAWarrant,
            &["frcrp-41-b", "cpl-690-35", "us-const-amend-iv"],
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
        // A judge's arrest warrant for someone else still lets officers into the home where that person lives.
        if kind.is_arrest_warrant() && judicial != Judicial::No {
            out.push(a(
                AdviceId::NamedPersonLivesHere,
                &["payton-v-new-york", "steagald-v-united-states"],
            ));
        }
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
    if entry == HomeEntry::Doubtful {
        out.push(a(AdviceId::CourtDecides, &["us-const-amend-iv", "ny-pl-205-30"]));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advice_ids_are_the_issue_list_and_round_trip() {
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
            "application-not-a-warrant",
            "named-person-lives-here",
            "court-decides",
            "check-removal-order",
        ];
        let got: Vec<_> = AdviceId::ALL.iter().map(|a| a.id()).collect();
        assert_eq!(got, want);
        for a in AdviceId::ALL {
            assert_eq!(AdviceId::from_id(a.id()), Some(a));
            assert_eq!(a.message_id(), format!("advice-{}", a.id()));
        }
    }
}
