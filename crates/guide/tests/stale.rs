//! The guide cannot go stale silently: a statement (or warrant-check advice item) that cites an authority which
//! a change of the law affects (`crates/law/data/changes.toml`) must have been reviewed on or after the day the
//! change is due for review. Recording a change therefore forces a re-review of every statement it touches:
//! this test fails, listing them, until each is checked against its sources and its `reviewed` date moves.
//! The rules of the law crate are held to the same log by `crates/law/tests/stale.rs`.

use amparo_guide::changes::stale_statements;
use amparo_guide::{Guide, StatementData};
use amparo_law::authorities;
use amparo_law::changes::Changes;

fn statements(toml_text: &str) -> Vec<StatementData> {
    #[derive(serde::Deserialize)]
    struct File {
        statement: Vec<StatementData>,
    }
    toml::from_str::<File>(toml_text).expect("test statements").statement
}

fn log(toml_text: &str) -> Changes {
    Changes::parse("test.toml", toml_text, authorities()).expect("test change log")
}

const STATEMENTS: &str = r#"
[[statement]]
id = "door"
text = "home-dont-open"
cite = ["us-const-amend-iv", "payton-v-new-york"]
reviewed = 2026-11-26
status = "settled"

[[statement]]
id = "school"
text = "school-right-to-attend"
cite = ["plyler-v-doe"]
reviewed = 2026-11-26
status = "settled"
"#;

fn change(kind: &str, date: &str, recorded: &str, affects: &str) -> String {
    format!(
        r#"[[change]]
id = "probe"
date = {date}
recorded = {recorded}
kind = "{kind}"
status = "settled"
title = "A probe"
source = "payton-v-new-york"
affects = [{affects}]
"#
    )
}

#[test]
fn a_statement_reviewed_before_a_change_to_what_it_cites_is_stale() {
    let s = statements(STATEMENTS);
    let stale = stale_statements(
        &s,
        &log(&change(
            "court_order",
            "2026-11-30",
            "2026-12-01",
            "\"payton-v-new-york\"",
        )),
    );
    let got: Vec<(&str, &str)> = stale
        .iter()
        .map(|x| (x.statement.as_str(), x.change.as_str()))
        .collect();
    assert_eq!(got, [("door", "probe")], "only the statement citing Payton");
    assert_eq!(stale[0].authorities, ["payton-v-new-york"]);
    assert!(
        stale[0].to_string().contains("review it on or after 2026-12-01"),
        "{}",
        stale[0]
    );
}

#[test]
fn a_review_on_or_after_the_due_day_clears_it_and_a_bill_forces_nothing() {
    let mut s = statements(STATEMENTS);
    let probe = log(&change(
        "court_order",
        "2026-11-30",
        "2026-12-01",
        "\"payton-v-new-york\"",
    ));
    s[0].reviewed = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
    assert!(stale_statements(&s, &probe).is_empty());
    s[0].reviewed = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).expect("date");
    assert_eq!(
        stale_statements(&s, &probe).len(),
        1,
        "reviewed the day it happened, before it was recorded"
    );
    let bill = log(&change("bill", "2026-11-30", "2026-12-01", "\"payton-v-new-york\""));
    assert!(stale_statements(&s, &bill).is_empty(), "a bill changes no law");
}

#[test]
fn a_change_known_only_by_its_month_is_due_at_the_end_of_that_month() {
    let mut s = statements(STATEMENTS);
    let text = change("court_order", "2026-06-01", "2026-06-02", "\"plyler-v-doe\"").replace(
        "kind = \"court_order\"",
        "kind = \"court_order\"\nprecision = \"month\"",
    );
    s[1].reviewed = chrono::NaiveDate::from_ymd_opt(2026, 6, 15).expect("date");
    let stale = stale_statements(&s, &log(&text));
    assert_eq!(stale.len(), 1);
    assert_eq!(
        stale[0].due,
        chrono::NaiveDate::from_ymd_opt(2026, 6, 30).expect("date")
    );
}

#[test]
fn recording_a_new_change_makes_the_statements_it_touches_stale() {
    // A change recorded the day after the most recent review in the guide, affecting the Fourth Amendment: every
    // statement citing it is then due for review, the key point about judicial warrants first.
    let guide = Guide::get();
    let latest = guide.statements().iter().map(|s| s.reviewed).max().expect("statements");
    let day = latest.succ_opt().expect("date").format("%Y-%m-%d").to_string();
    let probe = log(&change("court_order", &day, &day, "\"us-const-amend-iv\""));
    let stale = stale_statements(guide.statements(), &probe);
    let ids: Vec<&str> = stale.iter().map(|s| s.statement.as_str()).collect();
    assert!(ids.contains(&"kp-judicial-warrant"), "{ids:?}");
    let citing = guide
        .statements()
        .iter()
        .filter(|s| s.cite.iter().any(|c| c == "us-const-amend-iv"))
        .count();
    assert_eq!(
        stale.len(),
        citing,
        "every statement citing the Fourth Amendment, and nothing else"
    );
}

#[test]
fn no_statement_is_older_than_a_change_to_what_it_cites() {
    let stale = Guide::get().stale_statements();
    let list: Vec<String> = stale.iter().map(ToString::to_string).collect();
    assert!(
        list.is_empty(),
        "{} statements are stale: check each against its sources (and the change), fix it if needed, and set its \
         `reviewed` date in crates/guide/data/scenarios.toml:\n{}",
        list.len(),
        list.join("\n")
    );
}
