//! `amparo guide contacts` and `amparo law changes` as a user runs them.

use assert_cmd::Command;
use predicates::prelude::*;

fn amparo() -> Command {
    Command::cargo_bin("amparo").expect("the amparo binary is built")
}

fn json(args: &[&str]) -> serde_json::Value {
    let out = amparo().args(args).assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).expect("valid JSON")
}

#[test]
fn contacts_list_only_confirmed_numbers_with_their_date() {
    amparo()
        .args(["guide", "contacts"])
        .assert()
        .success()
        .stdout(predicate::str::contains("(800) 354-0365"))
        .stdout(predicate::str::contains("1-800-566-7636"))
        .stdout(predicate::str::contains("1-800-898-7180"))
        .stdout(predicate::str::contains("https://locator.ice.gov/odls/"))
        .stdout(predicate::str::contains("Checked on 2026-12-01"))
        .stdout(predicate::str::contains("844-955-3425").not());
}

#[test]
fn contacts_json_in_a_language_and_for_a_block() {
    let v = json(&[
        "guide", "contacts", "--lang", "es", "--format", "json", "--for", "detained",
    ]);
    assert_eq!(v["locale"], "es");
    assert_eq!(v["block"], "detained");
    let contacts = v["contacts"].as_array().expect("contacts");
    assert!(!contacts.is_empty());
    for c in contacts {
        assert!(c["verified"].is_string() && c["source"]["url"].is_string(), "{c}");
        assert!(c["purpose"].as_str().is_some_and(|p| !p.is_empty()));
    }
    assert!(v.get("hidden").is_none(), "hidden contacts only on request");
    let all = json(&["guide", "contacts", "--format", "json", "--include-hidden"]);
    let hidden = all["hidden"].as_array().expect("hidden");
    assert!(
        hidden
            .iter()
            .any(|h| h["phone"] == "844-955-3425" && h["hidden"].is_string())
    );
}

#[test]
fn contacts_bad_input_is_exit_2() {
    amparo()
        .args(["guide", "contacts", "--lang", "xx"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown language \"xx\""));
    amparo()
        .args(["guide", "contacts", "--for", "nowhere"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown contact block \"nowhere\"").and(predicate::str::contains("taken")));
    // The scenario argument still works beside the subcommand.
    amparo().args(["guide", "court"]).assert().success();
}

#[test]
fn changes_are_listed_newest_first_with_their_source() {
    let v = json(&["law", "changes", "--format", "json"]);
    let list = v.as_array().expect("array");
    assert!(list.len() >= 25);
    let dates: Vec<&str> = list.iter().map(|c| c["date"].as_str().expect("date")).collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted, "newest first");
    for c in list {
        for field in ["date", "title", "kind", "status", "recorded", "summary"] {
            assert!(c[field].is_string(), "{field}: {c}");
        }
        assert!(c["source"]["citation"].is_string(), "{c}");
        assert!(c["affects"].as_array().is_some_and(|a| !a.is_empty()), "{c}");
    }
    let ids: Vec<&str> = list.iter().map(|c| c["id"].as_str().expect("id")).collect();
    for id in [
        "er-designation-2025",
        "laken-riley-act-2025",
        "registration-rule-2025",
        "safer-sanctuary-act-2026",
        "eo-13-2026",
        "poca-upheld-2025",
        "fed-plaza-pi-2025",
        "ice-memo-i205-2025",
    ] {
        assert!(ids.contains(&id), "{id}");
    }
}

#[test]
fn changes_can_be_filtered_and_localised() {
    let v = json(&[
        "law",
        "changes",
        "--format",
        "json",
        "--affects",
        "ny-crl-28",
        "--lang",
        "fr",
    ]);
    let list = v.as_array().expect("array");
    assert!(!list.is_empty());
    assert!(list.iter().all(|c| {
        c["affects"]
            .as_array()
            .expect("affects")
            .iter()
            .any(|a| a == "ny-crl-28")
    }));
    assert!(
        list.iter()
            .any(|c| c["summary"].as_str().is_some_and(|s| s.contains("tribunal")))
    );
    let since = json(&["law", "changes", "--format", "json", "--since", "2026-05-01"]);
    assert!(
        since
            .as_array()
            .expect("array")
            .iter()
            .all(|c| c["date"].as_str().expect("date") >= "2026-05-01")
    );
    amparo()
        .args(["law", "changes"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Safer Sanctuary Act"))
        .stdout(predicate::str::contains("changes, newest first"));
}

#[test]
fn changes_bad_input_is_exit_2() {
    amparo()
        .args(["law", "changes", "--affects", "no-such-law"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown authority \"no-such-law\""));
    amparo()
        .args(["law", "changes", "--lang", "zz"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown language"));
    amparo()
        .args(["law", "changes", "--since", "yesterday"])
        .assert()
        .code(2);
}
