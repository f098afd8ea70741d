//! What to do and say at the door: the advice ids an assessment returns (the guide words them in every
//! locale, as Fluent messages `advice-<id>`), each with the authorities it rests on, and the rule that
//! chooses them.

use std::fmt;

use serde::Serialize;

use super::Paper;
use super::kind::{HomeEntry, Judicial, Kind};
use crate::authority::{Authority, authority};

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
