//! The law cannot go stale silently: when the change log (`data/changes.toml`) records a change that affects an
//! authority a rule rests on, that authority must have been checked against its source (`verified_through`) on
//! or after the day the change is due for review ([`Change::review_due`]). A new change entry therefore fails
//! this test until the rules' owner re-reads the affected text and moves `verified_through`.
//!
//! "An authority a rule rests on": one defined in a rule set's own authority file (`authorities/detainer.toml`,
//! `authorities/warrant.toml`), or one whose id the rules' code (`src/`, except the change log itself) names.
//! Bills change no law and are skipped. The guide's statements are held to the same log by
//! `crates/guide/tests/stale.rs`.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use amparo_law::changes::{Change, changes};
use amparo_law::{Authority, authorities};

const RULE_AUTHORITY_FILES: &[&str] = &["data/authorities/detainer.toml", "data/authorities/warrant.toml"];

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn ids_defined_in(file: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(manifest_dir().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
    value
        .get("authority")
        .and_then(toml::Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|a| a.get("id").and_then(toml::Value::as_str).map(str::to_owned))
        .collect()
}

/// Every authority a rule rests on.
fn rule_authorities() -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = RULE_AUTHORITY_FILES.iter().flat_map(|f| ids_defined_in(f)).collect();
    // The change log names every authority it affects; it is not a rule.
    let files: Vec<_> = common::rust_sources(&manifest_dir().join("src"))
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n != "changes.rs"))
        .collect();
    let code: String = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{}: {e}", f.display())))
        .collect();
    for a in authorities().iter() {
        if code.contains(&format!("\"{}\"", a.id)) {
            ids.insert(a.id.clone());
        }
    }
    ids
}

/// A rule authority not re-checked since a change that affects it.
#[derive(Debug)]
struct Stale<'a> {
    authority: &'a Authority,
    change: &'a Change,
}

impl std::fmt::Display for Stale<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let checked = self
            .authority
            .verified_through
            .map_or_else(|| "never".to_owned(), |d| d.to_string());
        write!(
            f,
            "{} ({}): verified_through {checked}, but change {:?} ({}, {}) is due for review from {}",
            self.authority.id,
            self.authority.citation,
            self.change.id,
            self.change.date,
            self.change.title,
            self.change.review_due()
        )
    }
}

fn stale_rules<'a>(log: impl IntoIterator<Item = &'a Change>, rules: &BTreeSet<String>) -> Vec<Stale<'a>> {
    let mut out = Vec::new();
    for change in log.into_iter().filter(|c| c.kind.changes_law()) {
        for id in change.affects.iter().filter(|id| rules.contains(*id)) {
            let authority = authorities()
                .get(id)
                .expect("change ids are checked when the log loads");
            if authority.verified_through.is_none_or(|v| v < change.review_due()) {
                out.push(Stale { authority, change });
            }
        }
    }
    out
}

#[test]
fn the_rule_authorities_are_found() {
    let rules = rule_authorities();
    // From the rule sets' files, and from the code (the warrant rules name § 4-210(a), defined for the guide).
    for id in [
        "nyc-admin-9-131",
        "nyc-admin-14-154-b-2",
        "cfr-8-241-2-a-1",
        "nyc-admin-4-210-a",
    ] {
        assert!(rules.contains(id), "{id} is not seen as a rule authority");
    }
    assert!(
        !rules.contains("plyler-v-doe"),
        "a guide-only authority is not a rule's"
    );
}

#[test]
fn a_change_to_a_rule_authority_requires_it_to_be_checked_again() {
    // The check itself, on the real authorities: a change recorded today against the detainer law is stale
    // unless § 9-131 was verified today or later.
    let rules = rule_authorities();
    let text = r#"[[change]]
id = "probe"
date = 2026-12-01
recorded = 2026-12-01
kind = "local_law"
status = "settled"
title = "A probe"
source = "nyc-admin-9-131"
affects = ["nyc-admin-9-131", "plyler-v-doe"]
"#;
    let log = amparo_law::changes::Changes::parse("probe.toml", text, authorities()).expect("probe loads");
    let stale = stale_rules(log.iter(), &rules);
    let ids: Vec<&str> = stale.iter().map(|s| s.authority.id.as_str()).collect();
    let verified = authorities().get("nyc-admin-9-131").and_then(|a| a.verified_through);
    if verified.is_none_or(|v| v < chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date")) {
        assert_eq!(ids, ["nyc-admin-9-131"], "only the rule authority, not the guide's");
    } else {
        assert!(ids.is_empty());
    }
    let bill = text.replace("local_law", "bill");
    let log = amparo_law::changes::Changes::parse("probe.toml", &bill, authorities()).expect("probe loads");
    assert!(stale_rules(log.iter(), &rules).is_empty(), "a bill forces no review");
}

#[test]
fn no_rule_rests_on_an_authority_that_changed_since_it_was_checked() {
    let rules = rule_authorities();
    let stale = stale_rules(changes().iter(), &rules);
    let list: Vec<String> = stale.iter().map(ToString::to_string).collect();
    assert!(
        list.is_empty(),
        "{} rule authorities are stale: re-read each against its source and move its verified_through (or its \
         rule's version) forward:\n{}",
        list.len(),
        list.join("\n")
    );
}
