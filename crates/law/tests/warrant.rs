//! The warrant rules as a person at the door meets them: what each kind of paper is, whether it is judicial,
//! and what it allows at this door now (names, address, time limit, hours), with its advice and citations.

use amparo_law::warrant::*;
use chrono::{NaiveDate, NaiveDateTime};

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
fn a_near_miss_that_may_be_misread_is_cannot_tell_not_no() {
    let situation = Situation {
        name: Some("Li Na Zhang".into()),
        address: Some("230 West 141st Street, Apt 4A, New York, NY 10030".into()),
        now: None,
    };
    let mut p = Paper {
        names: vec!["Li MA ZHANG".into()],
        addresses: vec!["230 West 141st Street, Apt 44, New York, NY 10030".into()],
        tolerance: Tolerance::MayBeMisread,
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
    p.tolerance = Tolerance::Exact;
    let a = assess(&p, &situation);
    assert_eq!((a.names_person, a.names_address), (Some(false), Some(false)));
    // Read by OCR, a clearly different name or house number is still "no".
    let far = Paper {
        names: vec!["Carlos Mendez".into()],
        addresses: vec!["231 West 141st Street, Apt 4A, New York, NY 10030".into()],
        tolerance: Tolerance::MayBeMisread,
        ..paper(Kind::FederalSearchWarrant)
    };
    let a = assess(&far, &situation);
    assert_eq!((a.names_person, a.names_address), (Some(false), Some(false)));
    // And an exact match is "yes" on every channel.
    let same = Paper {
        names: vec!["ZHANG, Li Na".into()],
        tolerance: Tolerance::MayBeMisread,
        ..paper(Kind::FederalArrestWarrant)
    };
    assert_eq!(assess(&same, &situation).names_person, Some(true));
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
        "cpl-210-10",
        "cpl-1-20-29",
        "cpl-690-35",
        "frcrp-41-b",
        "eoir-automated-case-information",
        "ice-memo-2025-05-12",
    ] {
        assert!(amparo_law::authorities().get(id).is_some(), "{id}");
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
    assert_eq!(a.authorizes_home_entry, HomeEntry::Doubtful);
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
    assert_eq!(a.authorizes_home_entry, HomeEntry::Doubtful);
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
    assert_eq!(a.authorizes_home_entry, HomeEntry::Doubtful);
    assert!(a.citations().contains(&"N.Y. Crim. Proc. Law § 690.30"));
    // Not asked: null, and the advice says to check.
    let a = assess(&p, &Situation::default());
    assert_eq!(a.expired, None);
    assert_eq!(a.outside_hours, None);
    assert!(ids(&a).contains(&"check-dates"));
    assert!(ids(&a).contains(&"check-name-address"));
}

#[test]
fn a_warrant_for_someone_else_does_not_name_the_person() {
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

#[test]
fn an_application_for_a_search_warrant_is_never_a_warrant() {
    // Signed by a judge (the jurat) or not, named or not, in any hours: never judicial, never entry.
    for signer in [
        None,
        Some(Signer::FederalJudge),
        Some(Signer::StateJudge),
        Some(Signer::CourtClerk),
    ] {
        for issuer in [None, Some(Issuer::FederalCourt), Some(Issuer::NyCourt)] {
            let p = Paper {
                kind: Kind::SearchWarrantApplication,
                signer,
                issuer,
                signature_present: Some(true),
                names: vec!["Ana Perez".into()],
                addresses: vec!["345 East 21st Street, New York, NY".into()],
                issued: Some(day(2026, 3, 2)),
                ..Paper::default()
            };
            let s = Situation {
                name: Some("Ana Perez".into()),
                address: Some("345 E 21st St".into()),
                now: Some(at(2026, 3, 3, 10, 0)),
            };
            let a = assess(&p, &s);
            assert_eq!(a.judicial, Judicial::No, "{signer:?} {issuer:?}");
            assert_eq!(a.authorizes_home_entry, HomeEntry::No, "{signer:?} {issuer:?}");
            assert!(a.trace.iter().any(|t| t.rule == "application_not_a_warrant" && t.holds));
            assert!(ids(&a).contains(&"application-not-a-warrant"));
            assert!(!ids(&a).contains(&"search-warrant-check-scope"));
            assert!(a.citations().contains(&"Fed. R. Crim. P. 41(b)"));
            assert!(a.summary().to_string().contains("not a warrant"));
        }
    }
    assert!(!Kind::SearchWarrantApplication.is_court_warrant());
    assert_eq!(Kind::SearchWarrantApplication.law().forms, ["AO 106", "AO 106A"]);
    // AO 106 is no longer listed as a form of the search warrant itself.
    assert!(
        !Kind::FederalSearchWarrant
            .law()
            .forms
            .iter()
            .any(|f| f.starts_with("AO 106"))
    );
}

#[test]
fn a_superior_court_warrant_of_arrest_is_judicial_and_limited() {
    let p = Paper {
        kind: Kind::SuperiorCourtArrestWarrant,
        signer: Some(Signer::StateJudge),
        names: vec!["Jiwoo Park".into()],
        ..Paper::default()
    };
    let a = assess(&p, &Situation::default());
    assert_eq!(a.judicial, Judicial::Yes);
    assert_eq!(a.authorizes_home_entry, HomeEntry::Limited);
    assert!(ids(&a).contains(&"judicial-arrest-warrant-limited"));
    assert!(a.citations().contains(&"N.Y. Crim. Proc. Law § 210.10"));
    assert!(
        a.warnings
            .iter()
            .any(|w| matches!(w, Warning::StateWarrantNotForDetainers))
    );
    // No justice's title: not shown to be judicial, and never "no".
    let unsigned = assess(
        &Paper {
            signer: None,
            ..p.clone()
        },
        &Situation::default(),
    );
    assert_eq!(unsigned.judicial, Judicial::Unknown);
    // An immigration officer's signature still settles it.
    let officer = assess(
        &Paper {
            signer: Some(Signer::ImmigrationOfficer),
            ..p
        },
        &Situation::default(),
    );
    assert_eq!(officer.judicial, Judicial::No);
}

#[test]
fn a_judge_s_warrant_that_only_appears_not_to_fit_is_doubtful_and_says_a_court_decides() {
    let p = federal_search(day(2026, 3, 2), Some(day(2026, 3, 16)));
    for (situation, why) in [
        (
            Situation {
                address: Some("12 Court Street, Brooklyn, NY".into()),
                now: Some(at(2026, 3, 10, 12, 0)),
                ..Situation::default()
            },
            "address",
        ),
        (
            Situation {
                now: Some(at(2026, 3, 20, 12, 0)),
                ..Situation::default()
            },
            "last day",
        ),
        (
            Situation {
                now: Some(at(2026, 3, 10, 23, 0)),
                ..Situation::default()
            },
            "hours",
        ),
    ] {
        let a = assess(&p, &situation);
        assert_eq!(a.judicial, Judicial::Yes, "{why}");
        assert_eq!(a.authorizes_home_entry, HomeEntry::Doubtful, "{why}");
        let i = ids(&a);
        assert!(i.contains(&"court-decides"), "{why}: {i:?}");
        assert!(i.contains(&"do-not-resist"), "{why}");
        let entry = a
            .trace
            .iter()
            .find(|t| t.rule == "authorizes_home_entry")
            .map(|t| t.detail.to_string())
            .unwrap_or_default();
        assert!(entry.contains(why) && entry.contains("court"), "{entry}");
        assert!(a.summary().to_string().contains("court decides"));
    }
    // Fitting the door now: yes, and no "court decides".
    let fits = Situation {
        address: Some("345 E 21st St Apt 3C".into()),
        now: Some(at(2026, 3, 10, 12, 0)),
        ..Situation::default()
    };
    let a = assess(&p, &fits);
    assert_eq!(a.authorizes_home_entry, HomeEntry::Yes);
    assert!(!ids(&a).contains(&"court-decides"));
}

#[test]
fn a_judge_s_arrest_warrant_for_someone_else_still_allows_entry_where_that_person_lives() {
    let p = Paper {
        kind: Kind::StateArrestWarrant,
        signer: Some(Signer::StateJudge),
        names: vec!["Carlos Mendez".into()],
        ..Paper::default()
    };
    let s = Situation {
        name: Some("Ana Torres".into()),
        ..Situation::default()
    };
    let a = assess(&p, &s);
    assert_eq!(a.names_person, Some(false));
    assert_eq!(a.authorizes_home_entry, HomeEntry::Limited);
    let i = ids(&a);
    assert!(
        i.contains(&"not-named-person") && i.contains(&"named-person-lives-here"),
        "{i:?}"
    );
    // An ICE form for someone else allows no entry at all: no "lives here" qualification.
    let i200 = assess(
        &Paper {
            kind: Kind::IceArrestWarrant,
            signer: Some(Signer::ImmigrationOfficer),
            ..p
        },
        &s,
    );
    assert!(!ids(&i200).contains(&"named-person-lives-here"));
}

#[test]
fn the_person_s_own_reading_of_name_and_address_counts_when_nothing_is_compared() {
    let p = Paper {
        kind: Kind::FederalSearchWarrant,
        signer: Some(Signer::FederalJudge),
        person_named: Some(false),
        address_named: Some(false),
        ..Paper::default()
    };
    let a = assess(&p, &Situation::default());
    assert_eq!((a.names_person, a.names_address), (Some(false), Some(false)));
    assert_eq!(a.authorizes_home_entry, HomeEntry::Doubtful);
    assert!(
        a.trace
            .iter()
            .any(|t| t.detail.to_string() == "You said the paper names another address, not this one.")
    );
    // What was compared wins over what was said.
    let compared = Paper {
        addresses: vec!["345 East 21st Street, New York, NY".into()],
        ..p
    };
    let s = Situation {
        address: Some("345 E 21st St".into()),
        ..Situation::default()
    };
    assert_eq!(assess(&compared, &s).names_address, Some(true));
}

#[test]
fn the_i205_advice_says_who_the_memo_is_aimed_at_and_how_to_find_out() {
    let a = assess(&paper(Kind::IceRemovalWarrant), &Situation::default());
    let i = ids(&a);
    assert!(
        i.contains(&"i205-contested") && i.contains(&"check-removal-order"),
        "{i:?}"
    );
    assert!(
        a.citations()
            .contains(&"EOIR, Automated Case Information (1-800-898-7180)")
    );
    let memo = amparo_law::authority("ice-memo-2025-05-12");
    let note = memo.note.as_deref().unwrap_or_default();
    for fact in [
        "final order of removal",
        "January",
        "Minnesota",
        "Massachusetts",
        "ACLU",
        "Reported",
    ] {
        assert!(note.contains(fact), "{fact}: {note}");
    }
}
