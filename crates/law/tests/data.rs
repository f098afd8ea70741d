//! The embedded law data: it parses, every reference resolves, and the list is exactly the law's list.

mod common;

use amparo_law::detainer::law::{DETAINER_TOML, DetainerLaw, squash_spaces};
use amparo_law::detainer::{Agency, Case, Conviction, Decision, detainer_law, evaluate};
use amparo_law::offenses::{Attestation, Basis, offenses};
use amparo_law::statute::{Code, Statute};
use amparo_law::{authorities, authority};
use chrono::NaiveDate;

/// 39 RCNY § 2-01: the offenses the Department of Correction added by rule.
const RULE_2_01: &[&str] = &["135.37", "135.61", "230.08", "230.11", "230.12", "230.13", "230.34-a"];

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

/// The Administrative Code list as the version's quoted text writes it: (a)(7)(i) of § 9-131.
fn quoted_list(authority_id: &str) -> Vec<String> {
    let law = detainer_law();
    let quote = law.quote(authority(authority_id)).expect("the list is quoted");
    let (_, list) = quote
        .text
        .split_once("penal law: ")
        .expect("the list follows its heading");
    list.trim_end_matches(';')
        .split(", ")
        .map(|e| e.trim_start_matches("or ").to_owned())
        .collect()
}

#[test]
fn every_rule_of_every_version_has_its_quoted_text() {
    let law = detainer_law();
    for v in law.versions() {
        for a in v.authorities() {
            let quote = law.quote(a);
            assert!(quote.is_some(), "version {}: {} has no quoted text", v.id, a.id);
            let capture = law.capture(quote.expect("checked"));
            assert!(!capture.location.is_empty(), "{}: where was it read?", a.id);
            assert!(capture.read_on <= day("2026-12-31"), "{}: read in the future", a.id);
        }
    }
    assert!(law.quotes().len() >= 30, "only {} quotes", law.quotes().len());
}

#[test]
fn the_parameters_are_the_ones_the_text_states() {
    let law = detainer_law();
    let words = |n: u32| match n {
        36 => "three year",
        60 => "five year",
        120 => "ten year",
        _ => panic!("no words for {n} months: add them here"),
    };
    for v in law.versions() {
        let look_back = law.quote(v.rules.look_back).expect("quoted");
        assert!(
            squash_spaces(&look_back.text).contains(words(v.look_back_months)),
            "version {}: look_back_months = {}, but the text says {:?}",
            v.id,
            v.look_back_months,
            look_back.text
        );
        if let (Some(hold), Some(hours)) = (v.rules.hold_48, v.hold_hours) {
            let text = &law.quote(hold).expect("quoted").text;
            let said = match hours {
                48 => "forty-eight hours",
                _ => panic!("no words for {hours} hours: add them here"),
            };
            assert!(
                text.contains(said),
                "version {}: hold_hours = {hours}, the text: {text:?}",
                v.id
            );
        }
    }
}

#[test]
fn each_agency_s_versions_follow_one_another_without_gaps() {
    let law = detainer_law();
    for agency in Agency::ALL {
        let mut versions: Vec<_> = law.versions_of(agency).collect();
        versions.sort_by_key(|v| v.valid_from);
        assert!(!versions.is_empty(), "{agency:?} has no version");
        for pair in versions.windows(2) {
            let end = pair[0].valid_to.expect("only the last version is open");
            assert_eq!(
                end.succ_opt(),
                Some(pair[1].valid_from),
                "{} → {}",
                pair[0].id,
                pair[1].id
            );
        }
        assert!(
            versions.last().is_some_and(|v| v.valid_to.is_none()),
            "{agency:?}: the law in force now is encoded"
        );
    }
}

#[test]
fn the_data_checks_refuse_what_they_should() {
    let parse = |text: &str| DetainerLaw::parse(text, authorities()).map(|_| ());
    assert!(parse(DETAINER_TOML).is_ok());
    // A rule that reads words its quoted text does not contain.
    let bad = DETAINER_TOML.replacen(
        "reads = [\"for up to forty-eight hours",
        "reads = [\"for up to seventy-two hours\", \"for up to forty-eight hours",
        1,
    );
    assert_ne!(bad, DETAINER_TOML);
    let err = parse(&bad).expect_err("a phrase not in the text");
    assert!(err.to_string().contains("seventy-two"), "{err}");
    // Two versions of one agency on the same day.
    let bad = DETAINER_TOML.replacen(
        "valid_to = 2026-01-28\nsection = \"nyc-admin-9-131\"",
        "section = \"nyc-admin-9-131\"",
        1,
    );
    assert_ne!(bad, DETAINER_TOML);
    let err = parse(&bad).expect_err("overlapping versions");
    assert!(err.to_string().contains("overlap"), "{err}");
    // An authority id that does not exist.
    let bad = DETAINER_TOML.replacen(
        "hold_48 = \"nyc-admin-14-154-b-2\"",
        "hold_48 = \"nyc-admin-14-154-b-9\"",
        1,
    );
    assert!(
        parse(&bad)
            .expect_err("unknown id")
            .to_string()
            .contains("nyc-admin-14-154-b-9")
    );
}

#[test]
fn authority_data_that_json_writers_could_not_copy_is_refused() {
    let file = |id: &str, citation: &str, id2: &str, citation2: &str| {
        format!(
            "[[authority]]\nid = {id:?}\ncitation = {citation:?}\ntitle = \"t\"\n\n[[authority]]\nid = {id2:?}\ncitation = {citation2:?}\ntitle = \"t\"\n"
        )
    };
    let parse = |text: &str| amparo_law::authority::Authorities::parse(&[("test.toml", text)]).map(|_| ());
    assert!(parse(&file("a", "Code § 1", "b", "Code § 2")).is_ok());
    let err = parse(&file("a", "Code \"§\" 1", "b", "Code § 2")).expect_err("a quote in a citation");
    assert!(err.to_string().contains("plain text"), "{err}");
    let err = parse(&file("a", "Code § 1", "b", "Code § 1")).expect_err("one citation, two authorities");
    assert!(err.to_string().contains("each citation names one authority"), "{err}");
}

#[test]
fn authorities_have_citations_and_sources() {
    for a in authorities().iter() {
        assert!(!a.citation.trim().is_empty(), "{} has no citation", a.id);
        assert!(!a.title.trim().is_empty(), "{} has no title", a.id);
        assert!(
            a.id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "bad id {}",
            a.id
        );
    }
    // Each section-level authority says where its text was read.
    for id in ["nyc-admin-9-131", "nyc-admin-14-154", "nyc-admin-9-205", "rcny-39-2-01"] {
        assert!(authority(id).url.is_some(), "{id} has no url");
    }
}

#[test]
fn the_enumerated_list_is_exactly_the_law_s_list() {
    let want = quoted_list("nyc-admin-9-131-a-7-i");
    assert_eq!(want.len(), 155);
    // § 14-154 writes the same list, with one space more ("265.02 (2) through (8)").
    let nypd: Vec<String> = quoted_list("nyc-admin-14-154-a-6-i")
        .into_iter()
        .map(|e| e.replace("265.02 (2)", "265.02(2)"))
        .collect();
    assert_eq!(nypd, want);
    let got: Vec<String> = offenses()
        .entries()
        .iter()
        .filter(|o| o.basis == Basis::Enumerated)
        .map(|o| o.as_listed.replace("265.02 (2)", "265.02(2)"))
        .collect();
    assert_eq!(
        got, want,
        "offenses.toml must list the § 9-131(a)(7)(i) entries in the code's order"
    );
}

#[test]
fn the_rule_adds_seven_offenses() {
    let got: Vec<String> = offenses()
        .entries()
        .iter()
        .filter(|o| o.basis == Basis::Rule)
        .map(|o| o.section.to_string())
        .collect();
    assert_eq!(got, RULE_2_01);
    for o in offenses().entries().iter().filter(|o| o.basis == Basis::Rule) {
        assert_eq!(o.authority.id, "rcny-39-2-01");
        assert!(o.listed_from >= authority("rcny-39-2-01").effective_from.expect("dated"));
    }
}

#[test]
fn every_entry_is_dated_named_and_in_the_catalogue() {
    let start = day("2014-12-14");
    for o in offenses().entries() {
        assert!(o.listed_from >= start, "{} listed before the 2014 law", o.as_listed);
        assert!(!o.name.is_empty());
        let s = Statute::parse(&format!("PL {}", o.section)).expect("parses");
        assert_eq!(
            offenses().catalogue().check(&s),
            Ok(Attestation::Verified),
            "{}",
            o.as_listed
        );
        if o.listed_from_note.is_some() {
            assert!(
                o.listed_certain_from.is_some(),
                "{}: an uncertain date needs the day it is certain",
                o.as_listed
            );
        }
    }
    let repealed: Vec<String> = offenses()
        .entries()
        .iter()
        .filter(|o| o.pl_repealed.is_some())
        .map(|o| o.section.to_string())
        .collect();
    for s in ["125.40", "125.45", "130.40", "130.45", "130.50"] {
        assert!(
            repealed.contains(&s.to_owned()),
            "{s} should be marked repealed from the Penal Law"
        );
    }
}

fn one(statute: &str, as_of: &str) -> Decision {
    let case = Case {
        id: None,
        agency: amparo_law::detainer::Agency::Doc,
        as_of: Some(day(as_of)),
        arrest_date: day("2026-11-20"),
        requested_by: Default::default(),
        judicial_warrant: true,
        tsdb_possible_match: false,
        reentered_after_removal: false,
        convictions: vec![Conviction {
            statute: statute.into(),
            felony: Some(true),
            judgment_date: day("2024-01-01"),
            jurisdiction: amparo_law::detainer::Jurisdiction::NewYork,
            ny_equivalent: None,
            youthful_offender: false,
            juvenile_delinquent: false,
            inchoate: None,
            hate_crime: false,
            days_incarcerated: 0,
            sentence_over_one_year_authorized: None,
        }],
    };
    match evaluate(&case, day(as_of)) {
        Ok(o) => o.decision,
        Err(e) => panic!("{statute}: {e}"),
    }
}

/// Every one of the 162 listed sections is recognised, with its subdivision limits.
#[test]
fn every_listed_section_is_recognised_with_its_limits() {
    let mut n = 0;
    for o in offenses().entries() {
        let base = format!("{} {}", o.code.abbreviation(), o.section);
        match o.limit.first() {
            None => assert_eq!(one(&base, "2026-11-26"), Decision::Honor, "{base}"),
            Some(_) => {
                for l in &o.limit {
                    assert_eq!(one(&format!("{base}{l}"), "2026-11-26"), Decision::Honor, "{base}{l}");
                }
                // A subdivision outside the limit does not count.
                assert_eq!(
                    one(&format!("{base}(99)"), "2026-11-26"),
                    Decision::Decline,
                    "{base}(99)"
                );
            }
        }
        n += 1;
    }
    assert_eq!(n, 162);
}

#[test]
fn vtl_600_is_known_and_other_codes_are_refused() {
    let s = Statute::parse("VTL 600(2)(c)").expect("parses");
    assert_eq!(s.code, Code::Vtl);
    assert_eq!(offenses().catalogue().check(&s), Ok(Attestation::Verified));
    assert!(Statute::parse("CPL 1.20").is_err());
}

/// Every `authority("…")` literal in the crate's source names an authority that exists (the function panics on a
/// dangling id, so this is where a typo must be caught).
#[test]
fn every_authority_literal_in_the_source_resolves() {
    let files = common::rust_sources(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let mut literals = 0;
    let mut dangling = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("source is UTF-8");
        for (i, _) in text.match_indices("authority(\"") {
            let rest = &text[i + "authority(\"".len()..];
            let Some(end) = rest.find('"') else { continue };
            let id = &rest[..end];
            literals += 1;
            if authorities().get(id).is_none() {
                dangling.push(format!("{}: {id}", file.display()));
            }
        }
    }
    assert!(
        dangling.is_empty(),
        "authority ids used in code but not defined: {dangling:?}"
    );
    // The scan itself must see the literals (the warrant rules use a dozen): an empty scan proves nothing.
    assert!(
        literals >= 10,
        "only {literals} authority(\"…\") literals found in {} files",
        files.len()
    );
}
