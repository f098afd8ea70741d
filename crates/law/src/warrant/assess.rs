//! The rules: is the paper judicial ([`judicial`]), and what does it allow at this door now ([`assess`]):
//! names and address, time limit and hours, home entry, with every step traced and cited.

use chrono::Days;

use super::advice::advice;
use super::assessment::Assessment;
use super::kind::{HomeEntry, Issuer, Judicial, Kind, Signer};
use super::matching::{address_close, address_matches, compare, name_close, name_matches};
use super::trace::{Detail, Doubt, Warning};
use super::{Paper, Situation};
use crate::authority::authority;
use crate::trace::Step;

/// Is the paper judicial? Appends its steps.
pub(super) fn judicial(paper: &Paper, trace: &mut Vec<Step<Detail>>) -> Judicial {
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
    // An application asks a judge for a warrant; the judge's signature on it attests an oath, and it
    // authorizes nothing.
    if kind.is_application() {
        trace.push(Step {
            rule: "application_not_a_warrant",
            holds: true,
            authority: law.basis,
            detail: Detail::Application { kind },
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
                        authority: law.basis,
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

    // Names and address: asked of every paper that names someone. Where the reading may be a misreading,
    // a near miss is "cannot tell" (with what was read), not "no".
    let given_name = situation.name.as_deref().filter(|n| !n.trim().is_empty());
    let (compared_person, close_name) = compare(given_name, &paper.names, paper.tolerance, name_matches, name_close);
    let person_asked = given_name.is_some();
    // Where nothing could be compared, the person's own reading of the paper (the guided answers) stands.
    let said_person = paper
        .person_named
        .filter(|_| compared_person.is_none() && close_name.is_none());
    let names_person = compared_person.or(said_person);
    let given_address = situation.address.as_deref().filter(|a| !a.trim().is_empty());
    let (compared_address, close_address) = compare(
        given_address,
        &paper.addresses,
        paper.tolerance,
        address_matches,
        address_close,
    );
    let address_asked = given_address.is_some();
    let said_address = paper
        .address_named
        .filter(|_| compared_address.is_none() && close_address.is_none());
    let names_address = compared_address.or(said_address);
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
            said: said_person,
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
            said: said_address,
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
        // A judge's search warrant that appears not to fit this door now: it may not allow entry now, but
        // only a court decides that (a misreading, a small error or a later extension may explain it).
        Judicial::Yes if kind.is_search_warrant() => {
            if names_address == Some(false) || expired == Some(true) || outside_hours == Some(true) {
                HomeEntry::Doubtful
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
        HomeEntry::No if kind.is_application() => law.basis,
        HomeEntry::No => authority("payton-v-new-york"),
        HomeEntry::Doubtful if names_address == Some(false) => authority("us-const-amend-iv"),
        HomeEntry::Doubtful if expired == Some(true) => law.time_limit.as_ref().map_or(law.basis, |l| l.authority),
        HomeEntry::Doubtful => law.hours.as_ref().map_or(law.basis, |h| h.authority),
        HomeEntry::Unknown => authority("cfr-8-287-8-f-2"),
    };
    trace.push(Step {
        rule: "authorizes_home_entry",
        holds: matches!(entry, HomeEntry::Yes | HomeEntry::Limited),
        authority: entry_authority,
        detail: Detail::HomeEntry {
            kind,
            judicial,
            entry,
            why: Doubt {
                address: names_address == Some(false),
                expired: expired == Some(true),
                hours: outside_hours == Some(true),
            },
        },
    });
    if entry == HomeEntry::Limited {
        trace.push(Step {
            rule: "third_party_home_needs_search_warrant",
            holds: true,
            authority: authority("steagald-v-united-states"),
            detail: Detail::HomeEntry {
                kind,
                judicial,
                entry,
                why: Doubt::default(),
            },
        });
    }
    if entry == HomeEntry::No && judicial == Judicial::No {
        trace.push(Step {
            rule: "no_entry_without_warrant_or_consent",
            holds: true,
            authority: authority("cfr-8-287-8-f-2"),
            detail: Detail::HomeEntry {
                kind,
                judicial,
                entry,
                why: Doubt::default(),
            },
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
