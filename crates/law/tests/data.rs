//! The embedded law data: it parses, every reference resolves, and the list is exactly the law's list.

use amparo_law::detainer::{AUTHORITY_IDS, Case, Conviction, Decision, evaluate};
use amparo_law::offenses::{Attestation, Basis, offenses};
use amparo_law::statute::{Code, Statute};
use amparo_law::{authorities, authority};
use chrono::NaiveDate;

/// NYC Admin. Code § 9-131(a)(7)(i), exactly as the codified text writes it (§ 14-154(a)(6)(i) is the same
/// list; it writes "265.02 (2) through (8)" with a space).
const LIST_9_131: &str = "120.01, 120.02, 120.03, 120.04, 120.04-a(4), 120.05, 120.06, 120.07, 120.08, 120.09, 120.10, 120.11, 120.12, 120.13, 120.18, 120.25, 120.55, 120.60, 120.70, 121.12, 121.13, 125.10, 125.11, 125.12, 125.13, 125.14, 125.15, 125.20, 125.21, 125.22, 125.25, 125.26, 125.27, 125.40, 125.45, 130.25, 130.30, 130.35, 130.40, 130.45, 130.50, 130.53, 130.65, 130.65-a, 130.66, 130.67, 130.70, 130.75, 130.80, 130.85, 130.90, 130.95, 130.96, 135.10, 135.20, 135.25, 135.35, 135.50, 135.65(2)(b), 140.17, 140.25, 140.30, 145.12, 150.05, 150.10, 150.15, 150.20, 160.05, 160.10, 160.15, 195.07, 195.08, 195.17, 215.11, 215.12, 215.13, 215.15, 215.16, 215.17, 215.51, 215.52, 220.18, 220.21, 220.28, 220.41, 220.43, 220.44, 220.48, 220.77, 230.05, 230.06, 230.19, 230.25(2), 230.30, 230.32, 230.33, 230.34, 230.34-a, 235.22, 240.06, 240.55, 240.60, 240.61, 240.62, 240.63, 240.75, 241.05, 255.26, 255.27, 260.25, 260.32, 260.34, 263.05, 263.10, 263.11, 263.15, 263.16, 263.30, 265.01-a, 265.01-b, 265.02(2) through (8), 265.03, 265.04, 265.08, 265.09, 265.10, 265.11, 265.12, 265.13, 265.14, 265.16, 265.17, 265.19, 265.35(2), 270.30, 270.35, 405.16(1), 405.18, 460.22, 470.21, 470.22, 470.23, 470.24, 490.10, 490.15, 490.20, 490.25, 490.30, 490.35, 490.37, 490.40, 490.45, 490.47, 490.50, or 490.55";

/// 39 RCNY § 2-01: the offenses the Department of Correction added by rule.
const RULE_2_01: &[&str] = &["135.37", "135.61", "230.08", "230.11", "230.12", "230.13", "230.34-a"];

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

#[test]
fn every_referenced_authority_exists() {
    for id in AUTHORITY_IDS {
        assert!(
            authorities().get(id).is_some(),
            "authority {id} is used by the detainer rules but not defined"
        );
    }
    for o in offenses().entries() {
        assert!(authorities().get(&o.authority.id).is_some());
    }
    assert!(authorities().len() >= AUTHORITY_IDS.len());
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
    let want: Vec<String> = LIST_9_131
        .trim_start()
        .split(", ")
        .map(|e| e.trim_start_matches("or ").to_owned())
        .collect();
    assert_eq!(want.len(), 155);
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
    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    rust_files(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
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
