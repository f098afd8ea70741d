//! `amparo plan`, `amparo plan card`, `amparo plan messages`, `amparo plan taken`, `amparo record` and
//! `amparo presence` as a user runs them: the papers they write, the JSON contracts, and bad input named by its
//! field with exit code 2.

use amparo_prepare::specimen;
use amparo_specimens::pdf_text::{pdftotext, squash};
use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn amparo() -> Command {
    let mut c = Command::cargo_bin("amparo").expect("binary built");
    c.env("NO_COLOR", "1");
    c
}

const TODAY: &str = "2026-12-01";

#[test]
fn plan_writes_the_family_plan_in_the_language_asked() {
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("plan.pdf");
    amparo()
        .args(["plan", "--in", "-", "--lang", "es", "--today", TODAY, "--out"])
        .arg(&out)
        .write_stdin(specimen::PLAN)
        .assert()
        .success()
        .stdout("")
        .stderr("");
    let pdf = std::fs::read(&out).expect("the PDF");
    assert!(pdf.starts_with(b"%PDF-"));
    let text = squash(&pdftotext(&pdf));
    for want in [
        "Planfamiliar",
        "MaríaJoséPérez-López",
        "A012-345-678",
        "(718)555-0142",
        "Opción1",
    ] {
        assert!(text.contains(want), "missing {want}");
    }
}

#[test]
fn plan_card_messages_and_taken() {
    let dir = tempfile::tempdir().expect("dir");
    let card = dir.path().join("card.pdf");
    amparo()
        .args(["plan", "card", "--lang", "ar", "--today", TODAY, "--out"])
        .arg(&card)
        .write_stdin(specimen::PLAN)
        .assert()
        .success();
    let text = pdftotext(&std::fs::read(&card).expect("card"));
    assert_eq!(text.matches('\u{c}').count(), 2, "two pages");
    assert!(squash(&text).contains("Iamafraidtoreturntomycountry."), "{text}");

    let out = amparo()
        .args(["plan", "messages", "--format", "json", "--lang", "en", "--today", TODAY])
        .write_stdin(specimen::PLAN)
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).expect("JSON");
    let msgs = v.as_array().expect("a list");
    assert_eq!(msgs.len(), 3, "two contacts and the lawyer");
    assert_eq!(msgs[0]["to"], "Rosa Pérez");
    assert!(
        msgs[0]["sms"]
            .as_str()
            .expect("sms")
            .starts_with("sms:+17185550142;?&body=I%20have%20been%20detained")
    );
    assert!(
        msgs[0]["mailto"]
            .as_str()
            .expect("mailto")
            .starts_with("mailto:rosa@example.org?subject=")
    );
    assert!(
        msgs[0]["text"]
            .as_str()
            .expect("text")
            .contains("Laura Green at (212) 555-0163")
    );

    let taken = dir.path().join("taken.pdf");
    amparo()
        .args([
            "plan", "taken", "--lang", "ko", "--paper", "a4", "--today", TODAY, "--out",
        ])
        .arg(&taken)
        .write_stdin(specimen::PLAN)
        .assert()
        .success();
    let text = squash(&pdftotext(&std::fs::read(&taken).expect("taken")));
    assert!(
        text.contains("A012-345-678") && text.contains("1-800-898-7180"),
        "{text}"
    );
}

#[test]
fn presence_json_has_the_contract_fields() {
    let out = amparo()
        .args(["presence", "--format", "json", "--today", TODAY])
        .write_stdin(specimen::PRESENCE)
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).expect("JSON");
    assert_eq!(v["earliest"], "2024-09-01");
    assert_eq!(v["latest"], "2026-11-30");
    assert_eq!(v["covers_two_years"], false);
    assert_eq!(v["gap_limit_days"], 90);
    let gaps = v["gaps"].as_array().expect("gaps");
    assert_eq!(gaps.len(), 1);
    assert_eq!(gaps[0]["from"], "2025-09-16");
    assert_eq!(gaps[0]["to"], "2026-02-09");
    assert_eq!(gaps[0]["days"], 147);
    assert_eq!(v["months"].as_array().expect("months").len(), 25);
    assert_eq!(v["papers"][0]["number"], 1);

    let covered = r#"{"as_of": "2026-12-01", "papers": [{"kind": "lease", "from": "2024-06-01", "to": "2026-12-01"}]}"#;
    let out = amparo()
        .args(["presence", "--format", "json", "--today", TODAY])
        .write_stdin(covered)
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).expect("JSON");
    assert_eq!(
        (v["covers_two_years"].clone(), v["gaps"].clone()),
        (Value::Bool(true), Value::Array(vec![]))
    );
}

#[test]
fn presence_as_text_and_as_a_printable_index() {
    let dir = tempfile::tempdir().expect("dir");
    let pdf = dir.path().join("index.pdf");
    amparo()
        .args(["presence", "--lang", "fr", "--today", TODAY, "--out"])
        .arg(&pdf)
        .write_stdin(specimen::PRESENCE)
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Preuve de deux ans")
                .and(predicate::str::contains("2025-09-16 | 2026-02-09 | 147")),
        );
    let text = squash(&pdftotext(&std::fs::read(&pdf).expect("PDF")));
    assert!(
        text.contains("Listedespapiers") && text.contains("Lease,41-10ElmSt"),
        "{text}"
    );
}

#[test]
fn record_as_json_for_a_lawyer_and_as_a_pdf() {
    let out = amparo()
        .args(["record", "--format", "json", "--out", "-", "--today", TODAY])
        .write_stdin(specimen::RECORD)
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).expect("JSON");
    assert_eq!(v["record"]["where"], "Roosevelt Ave and 74th St, Queens");
    assert_eq!(v["record"]["vehicles"][0]["plate"], "ABC 1234");
    let form = v["ny_ag_form"].as_array().expect("form fields");
    let ids: Vec<&str> = form.iter().filter_map(|f| f["id"].as_str()).collect();
    assert_eq!(ids, ["when", "where", "description", "media", "contact"]);
    assert_eq!(v["ny_ag_form_source"]["id"], "nyag-federal-action-form");

    let dir = tempfile::tempdir().expect("dir");
    let pdf = dir.path().join("record.pdf");
    amparo()
        .args(["record", "--lang", "ht", "--today", TODAY, "--out"])
        .arg(&pdf)
        .write_stdin(specimen::RECORD)
        .assert()
        .success();
    let text = squash(&pdftotext(&std::fs::read(&pdf).expect("PDF")));
    assert!(
        text.contains("Dosyeyonrankont") && text.contains("J.Smith") && text.contains("4471"),
        "{text}"
    );
}

/// Bad input: every problem on its own line, named by its field; exit code 2; nothing written.
#[test]
fn bad_input_names_the_field_and_exits_2() {
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("never.pdf");
    let cases: [(&[&str], &str, &[&str]); 6] = [
        (
            &["plan"],
            r#"{"person": {"name": "X", "a_number": "A1234"}}"#,
            &["person.a_number", "8 or 9 digits"],
        ),
        (
            &["plan"],
            r#"{"person": {"name": "X"}, "contacts": [{"name": "R", "phone": "call me"}]}"#,
            &["contacts[0].phone", "not a phone number"],
        ),
        (
            &["plan"],
            r#"{"person": {"name": "X", "date_of_birth": "2030-01-01"}}"#,
            &["person.date_of_birth", "in the future"],
        ),
        (
            &["plan", "card"],
            r#"{"person": {"name": "X"}, "medical": "#,
            &["line 1"],
        ),
        (
            &["record"],
            r#"{"when": "2027-01-01T10:00", "where": "x", "what_happened": "y"}"#,
            &["when", "in the future"],
        ),
        (
            &["presence"],
            r#"{"papers": [{"kind": "horoscope", "date": "2025-01-01"}]}"#,
            &["papers[0].kind", "lease"],
        ),
    ];
    for (args, input, want) in cases {
        let mut cmd = amparo();
        cmd.args(args).args(["--today", TODAY]);
        if args[0] != "presence" {
            cmd.arg("--out").arg(&out);
        }
        let mut pred = predicate::str::contains("amparo: ").boxed();
        for w in want {
            pred = pred.and(predicate::str::contains(*w)).boxed();
        }
        cmd.write_stdin(input).assert().code(2).stderr(pred);
        assert!(!out.exists(), "{args:?}: nothing is written for bad input");
    }
    amparo()
        .args(["plan", "--lang", "xx", "--today", TODAY, "--out"])
        .arg(&out)
        .write_stdin(specimen::PLAN)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--lang").and(predicate::str::contains("unknown language \"xx\"")));
    // Every problem is reported, not only the first.
    let assert = amparo()
        .args(["plan", "--today", TODAY, "--out"])
        .arg(&out)
        .write_stdin(r#"{"person": {"a_number": "12"}, "contacts": [{"name": "A", "phone": "1"}]}"#)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert_eq!(stderr.lines().count(), 3, "{stderr}");
    assert!(stderr.contains("person.name: is required"));
}
