//! Properties of the detainer rules that must hold for every case.

use amparo_law::detainer::{
    Agency, Case, Conviction, Decision, Inchoate, InformationSharing, Jurisdiction, LineWriter, OutcomeJson,
    RequestedBy, TraceLevel, evaluate,
};
use amparo_law::offenses::offenses;
use amparo_law::statute::Statute;
use chrono::{Days, NaiveDate};
use proptest::prelude::*;

fn base_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2015, 1, 1).expect("date")
}

/// Sections that are real (catalogued) but not on the list: convictions under them never count.
const NOT_LISTED: &[&str] = &[
    "PL 155.30",
    "PL 155.35",
    "PL 120.00",
    "PL 220.03",
    "PL 240.20",
    "PL 145.00",
    "VTL 1192(3)",
];

fn listed_statute() -> impl Strategy<Value = String> {
    let entries: Vec<String> = offenses()
        .entries()
        .iter()
        .map(|o| {
            format!(
                "{} {}{}",
                o.code.abbreviation(),
                o.section,
                o.limit.first().map(|l| l.to_string()).unwrap_or_default()
            )
        })
        .collect();
    prop::sample::select(entries)
}

/// A listed or catalogued section written in one of the forms people use: code prefixes of any case and
/// spelling, "§" or "section", spaces inside the subdivisions, the attempt prefix.
fn written_statute() -> impl Strategy<Value = String> {
    (
        any_statute(),
        prop::sample::select(vec![
            "PL ",
            "pl ",
            "Penal Law § ",
            "P.L. ",
            "Penal Law section ",
            "PL §",
        ]),
        prop::sample::select(vec!["VTL ", "vtl ", "Vehicle and Traffic Law § ", "V.T.L. "]),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(canonical, pl, vtl, spaced, attempt)| {
            let (code, rest) = canonical.split_once(' ').expect("code and section");
            let rest = if spaced {
                rest.replace(")(", ") (")
            } else {
                rest.to_owned()
            };
            match code {
                "PL" if attempt => format!("{pl}110/{rest}"),
                "PL" => format!("{pl}{rest}"),
                _ => format!("{vtl}{rest}"),
            }
        })
}

fn any_statute() -> impl Strategy<Value = String> {
    prop_oneof![
        listed_statute(),
        prop::sample::select(NOT_LISTED).prop_map(str::to_owned)
    ]
}

prop_compose! {
    fn conviction(arrest: NaiveDate)(
        statute in any_statute(),
        felony in prop::option::of(any::<bool>()),
        days_before in 0u64..6000,
        yo in prop::bool::weighted(0.1),
        jd in prop::bool::weighted(0.05),
        inchoate in prop::option::weighted(0.15, prop::sample::select(vec![Inchoate::Attempt, Inchoate::Conspiracy, Inchoate::Solicitation, Inchoate::Facilitation])),
        hate in prop::bool::weighted(0.05),
        days_incarcerated in prop_oneof![Just(0u32), 0u32..3000],
    ) -> Conviction {
        Conviction {
            statute: statute.into(),
            felony,
            judgment_date: arrest.checked_sub_days(Days::new(days_before)).unwrap_or(arrest),
            jurisdiction: Jurisdiction::NewYork,
            ny_equivalent: None,
            youthful_offender: yo,
            juvenile_delinquent: jd,
            inchoate,
            hate_crime: hate,
            days_incarcerated,
            sentence_over_one_year_authorized: None,
        }
    }
}

prop_compose! {
    fn case()(arrest_offset in 0u64..4300, lag in 0u64..30)(
        agency in prop::sample::select(Agency::ALL.to_vec()),
        requested_by in prop::sample::select(RequestedBy::ALL.to_vec()),
        judicial_warrant in any::<bool>(),
        tsdb in prop::bool::weighted(0.1),
        reentered in prop::bool::weighted(0.2),
        convictions in prop::collection::vec(conviction(base_day() + Days::new(1200 + arrest_offset)), 0..5),
        arrest_offset in Just(arrest_offset),
        lag in Just(lag),
    ) -> Case {
        let arrest = base_day() + Days::new(1200 + arrest_offset);
        Case {
            id: None,
            agency,
            as_of: Some(arrest + Days::new(lag)),
            arrest_date: arrest,
            requested_by,
            judicial_warrant,
            tsdb_possible_match: tsdb,
            reentered_after_removal: reentered,
            convictions,
        }
    }
}

/// A case with what the plain strategy leaves out: a caller's id of any text (quotes, backslashes, control
/// characters, non-ASCII), convictions from other jurisdictions under any citation text, and `as_of` absent.
fn rich_case() -> impl Strategy<Value = Case> {
    (
        case(),
        prop::option::of("\\PC{0,12}|[\"\\\\\u{0}-\u{1f}a\u{7f}é§]{0,6}"),
        any::<bool>(),
        prop::collection::vec(
            (
                prop::sample::select(vec![
                    Jurisdiction::Federal,
                    Jurisdiction::State(*b"NJ"),
                    Jurisdiction::State(*b"CA"),
                ]),
                "\\PC{1,16}|[\"\\\\\n]{1,3}",
                listed_statute(),
                prop::option::of(any::<bool>()),
            ),
            0..2,
        ),
    )
        .prop_map(|(mut c, id, drop_as_of, foreign)| {
            c.id = id.map(Into::into);
            if drop_as_of {
                c.as_of = None;
            }
            for (jurisdiction, statute, equivalent, authorized) in foreign {
                c.convictions.push(Conviction {
                    statute: statute.into(),
                    felony: Some(true),
                    judgment_date: c.arrest_date,
                    jurisdiction,
                    ny_equivalent: Some(equivalent.into()),
                    youthful_offender: false,
                    juvenile_delinquent: false,
                    inchoate: None,
                    hate_crime: false,
                    days_incarcerated: 0,
                    sentence_over_one_year_authorized: authorized,
                });
            }
            c
        })
}

fn decide(case: &Case) -> Decision {
    match evaluate(case, base_day()) {
        Ok(o) => o.decision,
        Err(e) => panic!("{e} in {case:?}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Adding a conviction that is not for a violent or serious crime never changes the decision.
    #[test]
    fn a_non_covered_conviction_never_changes_the_decision(
        mut c in case(),
        statute in prop::sample::select(NOT_LISTED),
        felony in any::<bool>(),
        days_before in 0u64..3000,
    ) {
        let before = decide(&c);
        let arrest = c.arrest_date;
        c.convictions.push(Conviction {
            statute: statute.into(),
            felony: Some(felony),
            judgment_date: arrest.checked_sub_days(Days::new(days_before)).unwrap_or(arrest),
            jurisdiction: Jurisdiction::NewYork,
            ny_equivalent: None,
            youthful_offender: false,
            juvenile_delinquent: false,
            inchoate: None,
            hate_crime: false,
            days_incarcerated: 500,
            sentence_over_one_year_authorized: None,
        });
        prop_assert_eq!(decide(&c), before);
    }

    /// Without a judicial warrant no agency may honor a detainer.
    #[test]
    fn no_judicial_warrant_never_honors(mut c in case()) {
        c.judicial_warrant = false;
        prop_assert_ne!(decide(&c), Decision::Honor);
    }

    /// Only the Police Department has the 48-hour exception.
    #[test]
    fn only_nypd_holds_48_hours(c in case()) {
        if c.agency != Agency::Nypd {
            prop_assert_ne!(decide(&c), Decision::Hold48hPendingJudicialWarrant);
        }
    }

    /// A judicial warrant can only move a decision towards honoring.
    #[test]
    fn a_warrant_never_makes_the_answer_stricter(mut c in case()) {
        c.judicial_warrant = false;
        let without = decide(&c);
        c.judicial_warrant = true;
        let with = decide(&c);
        if without == Decision::Hold48hPendingJudicialWarrant {
            prop_assert_ne!(with, Decision::Decline);
        }
        if without == Decision::Honor {
            prop_assert_eq!(with, Decision::Honor);
        }
    }

    /// Youthful-offender adjudications never count: marking every conviction YO gives the same answer as
    /// having no convictions.
    #[test]
    fn youthful_offender_adjudications_never_count(mut c in case()) {
        for k in &mut c.convictions { k.youthful_offender = true; }
        let with = decide(&c);
        c.convictions.clear();
        prop_assert_eq!(with, decide(&c));
    }

    /// DOC may give the release date exactly when it may honor the detainer ((b)(1)); without a judicial
    /// warrant it may at most answer about other things, and only when the record condition holds ((h)(1)(i)).
    #[test]
    fn doc_gives_a_release_date_only_when_it_may_honor(mut c in case(), warrant in any::<bool>()) {
        c.agency = Agency::Doc;
        c.judicial_warrant = warrant;
        let o = evaluate(&c, base_day()).expect("valid");
        let sharing = o.may_share_information.expect("DOC has (h)(1)");
        prop_assert_eq!(sharing == InformationSharing::IncludingReleaseDate, o.decision == Decision::Honor);
        if !warrant {
            prop_assert_ne!(sharing, InformationSharing::IncludingReleaseDate);
        }
        let condition = o.trace.iter().find(|s| s.rule == "record_condition").map(|s| s.holds);
        prop_assert_eq!(Some(sharing != InformationSharing::NotPermitted), condition);
    }

    /// The requesting agency never changes the decision: Amparo applies the same rule and warns where the
    /// definition of "federal immigration authorities" leaves doubt.
    #[test]
    fn the_requester_never_changes_the_decision(mut c in case(), other in prop::sample::select(RequestedBy::ALL.to_vec())) {
        let before = decide(&c);
        c.requested_by = other;
        prop_assert_eq!(decide(&c), before);
    }

    /// Only the Police Department's (b)(2) hold carries the standing Wells warning, and every such hold does.
    #[test]
    fn every_48_hour_hold_carries_the_wells_warning(c in case()) {
        let o = evaluate(&c, base_day()).expect("valid");
        let wells = o.warnings.iter().any(|w| w.code() == "no_state_authority_to_hold");
        prop_assert_eq!(wells, o.decision == Decision::Hold48hPendingJudicialWarrant);
    }

    /// Every outcome cites its authorities, and JSON round-trips its decision.
    #[test]
    fn outcomes_are_cited_and_serialise(c in case()) {
        let o = evaluate(&c, base_day()).expect("valid");
        prop_assert!(o.citations().len() >= 4);
        let json = serde_json::to_value(&o).expect("serialises");
        prop_assert_eq!(json["decision"].as_str(), Some(o.decision.id()));
        prop_assert_eq!(json["trace"].as_array().map(Vec::len), Some(o.trace.len()));
    }

    /// The batch writer writes, byte for byte, what serde_json writes for the same outcome, at both levels.
    #[test]
    fn the_line_writer_writes_what_serde_writes(c in rich_case()) {
        let today = base_day() + Days::new(5600);
        let o = match evaluate(&c, today) {
            Ok(o) => o,
            // A foreign citation of only spaces is refused; nothing to write.
            Err(e) => { prop_assert!(e.field.starts_with("convictions["), "{e}"); return Ok(()); }
        };
        let mut w = LineWriter::new();
        for level in [TraceLevel::Full, TraceLevel::Summary] {
            let mut fast = b"left over ".to_vec();
            w.write(&o, level, &mut fast);
            let reference = serde_json::to_vec(&OutcomeJson { outcome: &o, level }).expect("serialises");
            prop_assert_eq!(
                String::from_utf8_lossy(&fast[b"left over ".len()..]),
                String::from_utf8_lossy(&reference),
                "{:?}", level
            );
        }
    }

    /// A case survives JSON: serialise the input, read it back, the same case (the contract both ways).
    #[test]
    fn case_json_round_trip(c in rich_case()) {
        let text = serde_json::to_string(&c).expect("serialises");
        let back = Case::from_json(&text).expect("reads back");
        prop_assert_eq!(&back, &c);
    }

    /// Citations written the ways people and records write them always parse, and what the parser prints it
    /// reads back the same.
    #[test]
    fn statute_parser_reads_written_forms_and_round_trips(s in written_statute()) {
        let st = Statute::parse(&s);
        prop_assert!(st.is_ok(), "{s:?}: {st:?}");
        if let Ok(st) = st {
            prop_assert_eq!(Statute::parse(&st.to_string()), Ok(st));
        }
    }

    /// A listed section without its code, as records write it, reads as the same statute.
    #[test]
    fn a_bare_section_reads_as_the_section_with_its_code(s in any_statute()) {
        let (_, bare) = s.split_once(' ').expect("code and section");
        let with_code = Statute::parse(&s).expect("a listed section parses");
        prop_assert_eq!(Statute::parse(bare), Ok(with_code), "{}", bare);
    }

    /// The citation parser never panics on any text, and round-trips whatever it reads.
    #[test]
    fn statute_parser_total_and_round_trips(s in "\\PC{0,40}") {
        if let Ok(st) = Statute::parse(&s) {
            prop_assert_eq!(Statute::parse(&st.to_string()), Ok(st));
        }
    }

    #[test]
    fn case_reader_never_panics(s in "\\PC{0,200}") {
        let _ = Case::from_json(&s);
    }
}

/// Small edits of a case's JSON: what a hand-edited file or a buggy exporter produces.
#[derive(Debug, Clone)]
enum Edit {
    Insert(usize, &'static str),
    /// After the n-th `{`, `,` or `:`: where a field or a value starts.
    AtBoundary(usize, &'static str),
    Delete(usize, usize),
    Replace(usize, u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    const PIECES: &[&str] = &[
        " ",
        "\t",
        "\n",
        "\u{a0}",
        ",",
        ":",
        "\"",
        "\\",
        "{",
        "}",
        "[",
        "]",
        "null",
        "true",
        "0",
        "-",
        "1e3",
        ".5",
        "\"felony\":true,",
        "\"id\":\"x\",",
        "\"agency\":\"doc\",",
        "\"x\":1,",
        "\u{feff}",
        "é",
        "\u{0}",
    ];
    prop_oneof![
        (any::<usize>(), prop::sample::select(PIECES)).prop_map(|(at, s)| Edit::Insert(at, s)),
        (any::<usize>(), prop::sample::select(PIECES)).prop_map(|(at, s)| Edit::AtBoundary(at, s)),
        (any::<usize>(), 1usize..6).prop_map(|(at, n)| Edit::Delete(at, n)),
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Edit::Replace(at, b)),
    ]
}

fn apply(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for e in edits {
        let len = bytes.len();
        match *e {
            Edit::Insert(at, s) => {
                let at = at % (len + 1);
                bytes.splice(at..at, s.bytes());
            }
            Edit::AtBoundary(n, s) => {
                let bounds: Vec<usize> = (0..len).filter(|&i| matches!(bytes[i], b'{' | b',' | b':')).collect();
                if !bounds.is_empty() {
                    let at = bounds[n % bounds.len()] + 1;
                    bytes.splice(at..at, s.bytes());
                }
            }
            Edit::Delete(at, n) if len > 0 => {
                let at = at % len;
                bytes.drain(at..(at + n).min(len));
            }
            Edit::Replace(at, b) if len > 0 => bytes[at % len] = b,
            _ => {}
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]

    /// The batch's fast reader is sound: whatever it reads, serde reads the same; what it declines is left to
    /// serde. On unedited cases it reads every one (else the fast path would be dead weight).
    #[test]
    fn the_fast_reader_reads_what_serde_reads(c in rich_case(), edits in prop::collection::vec(edit(), 0..4)) {
        let text = serde_json::to_vec(&c).expect("serialises");
        let plain_shape = !text.contains(&b'\\');
        let input = apply(text, &edits);
        let fast = amparo_law::detainer::read_plain(&input);
        let reference = serde_json::from_slice::<Case>(&input);
        if let Some(fast) = &fast {
            prop_assert_eq!(Some(fast), reference.as_ref().ok(), "{}", String::from_utf8_lossy(&input));
        }
        if edits.is_empty() && plain_shape {
            prop_assert!(fast.is_some(), "a plain case was declined: {}", String::from_utf8_lossy(&input));
        }
    }
}
