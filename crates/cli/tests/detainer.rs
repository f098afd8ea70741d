//! `amparo detainer` and `amparo law` as a user runs them.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn amparo() -> Command {
    let mut c = Command::cargo_bin("amparo").expect("binary built");
    c.env("NO_COLOR", "1");
    c
}

const ISSUE_EXAMPLE: &str = r#"{
  "agency": "doc", "as_of": "2026-11-26", "arrest_date": "2026-11-20",
  "judicial_warrant": false, "tsdb_possible_match": false, "reentered_after_removal": false,
  "convictions": [{"statute": "PL 265.02(3)", "felony": true, "judgment_date": "2023-04-11", "jurisdiction": "NY",
    "ny_equivalent": null, "youthful_offender": false, "juvenile_delinquent": false, "inchoate": null,
    "hate_crime": false, "days_incarcerated": 0}]
}"#;

#[test]
fn one_case_as_json_follows_the_contract() {
    let out = amparo()
        .args(["detainer", "-", "--format", "json"])
        .write_stdin(ISSUE_EXAMPLE)
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).expect("JSON");
    assert_eq!(v["decision"], "decline");
    assert_eq!(v["may_share_information"], "except_release_date");
    assert_eq!(v["law_version"], "doc-2026");
    assert_eq!(v["provision_status"], "challenged");
    let trace = v["trace"].as_array().expect("trace");
    assert!(
        trace
            .iter()
            .all(|s| s["rule"].is_string() && s["holds"].is_boolean() && s["citation"].is_string())
    );
    assert!(
        trace
            .iter()
            .any(|s| s["citation"] == "NYC Admin. Code § 9-131(b)(1)(i)" && s["holds"] == false)
    );
    let cites: Vec<&str> = v["citations"]
        .as_array()
        .expect("citations")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(cites.contains(&"NYC Admin. Code § 9-131(b)(1)(i)"));
    assert!(v["warnings"].is_array());
}

#[test]
fn one_case_as_text_reads_like_an_audit() {
    let file = tempfile::NamedTempFile::new().expect("temp file");
    std::fs::write(file.path(), ISSUE_EXAMPLE).expect("write");
    amparo()
        .args(["detainer"])
        .arg(file.path())
        .assert()
        .success()
        .stdout(predicate::str::starts_with("DECLINE\n"))
        .stdout(predicate::str::contains(
            "[does not hold] judicial warrant presented — NYC Admin. Code § 9-131(b)(1)(i)",
        ))
        .stdout(predicate::str::contains("PL 265.02(3), felony, judgment 2023-04-11"))
        .stdout(predicate::str::contains("legal information, not legal advice"));
}

#[test]
fn bad_input_names_the_field_and_exits_2() {
    amparo()
        .args(["detainer", "-"])
        .write_stdin(r#"{"agency":"nypd","arrest_date":"2026-11-20","convictions":[{"statute":"PL 999.99","felony":true,"judgment_date":"2020-01-01"}]}"#)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("convictions[0].statute: PL 999.99: no such section"));
    amparo()
        .args(["detainer", "-", "--format", "json"])
        .write_stdin(r#"{"arrest_date":"2026-11-20"}"#)
        .assert()
        .code(2)
        .stdout(predicate::str::contains(r#""field": "agency""#));
    amparo()
        .args(["detainer", "/nonexistent/case.json"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("opening"));
}

#[test]
fn batch_streams_one_line_per_case_and_keeps_going_past_errors() {
    let input = [
        r#"{"id":"a","agency":"doc","as_of":"2026-11-26","arrest_date":"2026-11-20","judicial_warrant":true,"tsdb_possible_match":true}"#,
        "",
        r#"{"id":"b","agency":"doc","arrest_date":"2026-11-20","convictions":[{"statute":"PL 999.99","felony":true,"judgment_date":"2020-01-01"}]}"#,
        r#"not json"#,
        r#"{"id":"c","agency":"nypd","as_of":"2026-11-26","arrest_date":"2026-11-20","tsdb_possible_match":true}"#,
    ]
    .join("\n");
    let out = amparo()
        .args(["detainer", "--batch", "-", "--today", "2026-11-26"])
        .write_stdin(input)
        .assert()
        .code(2);
    let stdout = String::from_utf8(out.get_output().stdout.clone()).expect("utf-8");
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 4, "{stdout}");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["decision"], "honor");
    assert_eq!(lines[1]["line"], 3);
    assert_eq!(lines[1]["error"]["field"], "convictions[0].statute");
    assert_eq!(lines[2]["line"], 4);
    assert_eq!(lines[3]["id"], "c");
    assert_eq!(lines[3]["decision"], "hold_48h_pending_judicial_warrant");
    // Not a terminal: no progress bar on stderr.
    assert!(out.get_output().stderr.is_empty());
}

#[test]
fn batch_refuses_an_overlong_line_without_holding_it_and_goes_on() {
    let case = r#"{"id":"after","agency":"doc","as_of":"2026-11-26","arrest_date":"2026-11-20"}"#;
    // 5 MiB of one line (the limit is 4 MiB), then a case.
    let mut input = format!("{{\"id\":\"{}\"}}\n", "x".repeat(5 << 20));
    input.push_str(case);
    let out = amparo()
        .args(["detainer", "--batch", "-", "--trace", "summary"])
        .write_stdin(input)
        .assert()
        .code(2);
    let stdout = String::from_utf8(out.get_output().stdout.clone()).expect("utf-8");
    let lines: Vec<Value> = stdout.lines().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    assert_eq!(lines.len(), 2, "{stdout:.300}");
    assert_eq!(lines[0]["line"], 1);
    assert!(
        lines[0]["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("longer than")),
        "{}",
        lines[0]
    );
    assert_eq!(lines[1]["id"], "after");
    assert_eq!(lines[1]["decision"], "decline");
}

#[test]
fn batch_summary_trace_is_compact() {
    let input = r#"{"agency":"doc","as_of":"2026-11-26","arrest_date":"2026-11-20","convictions":[{"statute":"PL 265.02","felony":true,"judgment_date":"2025-01-01"}]}"#;
    let out = amparo()
        .args(["detainer", "--batch", "-", "--trace", "summary"])
        .write_stdin(input)
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).expect("JSON");
    assert!(v["trace"][0].get("detail").is_none());
    assert!(
        v["warnings"]
            .as_array()
            .expect("warnings")
            .iter()
            .any(|w| w == "subdivision_unknown:convictions[0]")
    );
}

#[test]
fn law_offenses_lists_all_162_with_citations() {
    let out = amparo()
        .args(["law", "offenses", "--format", "json"])
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).expect("JSON");
    let list = v.as_array().expect("array");
    assert_eq!(list.len(), 162);
    assert!(
        list.iter()
            .all(|o| o["citation"].is_string() && o["listed_from"].is_string())
    );
    let before_rule = amparo()
        .args(["law", "offenses", "--format", "json", "--as-of", "2019-01-01"])
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&before_rule.get_output().stdout).expect("JSON");
    assert_eq!(
        v.as_array().expect("array").len(),
        155,
        "before the DOC rule: the enumerated list only"
    );
    amparo()
        .args(["law", "offenses"])
        .assert()
        .success()
        .stdout(predicate::str::contains("PL 265.02(2) through (8)"))
        .stdout(predicate::str::contains("162 entries"));
}

/// A DOC-style export: one row per conviction, the rows of a case sharing its id, columns named as the city's
/// systems name them, dates as MM/DD/YYYY, charges as TOP_CHARGE writes them.
const EXPORT: &str = "\
CASE_ID,AGENCY,ARREST_DT,AS_OF,WARRANT,TOP_CHARGE,CLASS,DISP_DT,REQ
c1,DOC,11/20/2026,11/26/2026,Y,265.01B,F,04/11/2023,ICE
c1,DOC,11/20/2026,11/26/2026,Y,110-125.25,F,01/03/2012,
c2,NYPD,11/20/2026,11/26/2026,N,VOP,,03/02/2025,
c3,PROBATION,11/20/2026,11/26/2026,N,,,,FBI
c4,DOC,13/45/2026,11/26/2026,N,,,,
";

fn csv_args() -> Vec<&'static str> {
    vec![
        "detainer",
        "--batch",
        "-",
        "--input-format",
        "csv",
        "--columns",
        "id=CASE_ID,arrest_date=ARREST_DT,as_of=AS_OF,judicial_warrant=WARRANT,statute=TOP_CHARGE,felony=CLASS,judgment_date=DISP_DT,requested_by=REQ",
        "--trace",
        "summary",
    ]
}

#[test]
fn csv_batch_reads_a_city_export_with_a_column_mapping_and_per_case_errors() {
    let out = amparo().args(csv_args()).write_stdin(EXPORT).assert().code(2);
    let stdout = String::from_utf8(out.get_output().stdout.clone()).expect("utf-8");
    let lines: Vec<Value> = stdout.lines().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    assert_eq!(lines.len(), 4, "{stdout}");
    assert_eq!(lines[0]["id"], "c1");
    assert_eq!(lines[0]["decision"], "honor", "265.01B is PL 265.01-b: {}", lines[0]);
    // The VOP row: its own error, with the line of the case and the code.
    assert_eq!(lines[1]["line"], 4);
    assert_eq!(lines[1]["error"]["field"], "convictions[0].statute");
    assert_eq!(lines[1]["error"]["code"], "violation_of_probation");
    assert_eq!(lines[2]["id"], "c3");
    assert_eq!(lines[2]["decision"], "decline");
    assert!(
        lines[2]["warnings"]
            .as_array()
            .expect("warnings")
            .iter()
            .any(|w| w == "requester_duties_decide"),
        "{}",
        lines[2]
    );
    assert_eq!(lines[3]["line"], 6);
    assert!(
        lines[3]["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("column \"ARREST_DT\"")),
        "{}",
        lines[3]
    );
    assert!(out.get_output().stderr.is_empty(), "no progress unless asked on a pipe");
}

#[test]
fn csv_batch_refuses_a_mapping_to_a_column_that_is_not_there() {
    amparo()
        .args([
            "detainer",
            "--batch",
            "-",
            "--input-format",
            "csv",
            "--columns",
            "statute=CHARGE",
        ])
        .write_stdin("agency,arrest_date,judgment_date\ndoc,2026-11-20,\n")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "--columns maps statute to the column \"CHARGE\"",
        ));
    amparo()
        .args([
            "detainer",
            "--batch",
            "-",
            "--input-format",
            "csv",
            "--columns",
            "statute",
        ])
        .write_stdin("agency\n")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("FIELD=COLUMN"));
}

#[test]
fn progress_is_shown_on_a_pipe_only_when_asked_and_stdout_stays_json() {
    let mut args = csv_args();
    args.extend(["--progress", "always"]);
    let out = amparo().args(args).write_stdin(EXPORT).assert().code(2);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).expect("utf-8");
    assert!(
        stderr.contains("2 decided (honor 1, hold 48h 0, decline 1), 2 refused"),
        "{stderr}"
    );
    for line in String::from_utf8(out.get_output().stdout.clone())
        .expect("utf-8")
        .lines()
    {
        serde_json::from_str::<Value>(line).expect("stdout holds only JSON lines");
    }
    let never = amparo()
        .args(["detainer", "--batch", "-", "--progress", "never"])
        .write_stdin(r#"{"agency":"doc","arrest_date":"2026-11-20"}"#)
        .assert()
        .success();
    assert!(never.get_output().stderr.is_empty());
}

#[test]
fn law_versions_lists_each_version_with_its_quoted_text() {
    let out = amparo()
        .args(["law", "versions", "--format", "json", "--text"])
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).expect("JSON");
    let ids: Vec<&str> = v
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|x| x["id"].as_str())
        .collect();
    assert_eq!(
        ids,
        ["doc-2014", "doc-2026", "nypd-2014", "probation-2017", "probation-2026"]
    );
    let doc_2026 = &v[1];
    assert_eq!(
        doc_2026["amended_by"],
        "N.Y.C. Council Int. No. 1412 (2025) (Safer Sanctuary Act)"
    );
    assert!(doc_2026["quotes"].as_array().expect("quotes").iter().any(|q| {
        q["text"].as_str().is_some_and(|t| t.contains("whose duties include")) && q["read_on"] == "2026-12-01"
    }));
    amparo()
        .args(["law", "versions", "--text"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "doc-2014         NYC Admin. Code § 9-131 from 2014-12-14 to 2026-01-28",
        ))
        .stdout(predicate::str::contains(
            "(read 2026-12-01 in github.com/soundpress/nyccharter_merged_test",
        ));
}

#[test]
fn an_absent_as_of_is_today_in_new_york_whatever_the_machine_s_time_zone() {
    // Kiritimati (UTC+14) and New York (UTC-5 or -4) are on different calendar days 18 or 19 hours a day, so a
    // default read from the machine's clock fails here most of the time; New York's day is right at any hour.
    let case = ISSUE_EXAMPLE.replace(r#""as_of": "2026-11-26", "#, "");
    assert!(!case.contains("as_of"));
    for tz in ["Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"] {
        let before = amparo_documents::clock::today_in_new_york();
        let out = amparo()
            .env("TZ", tz)
            .args(["detainer", "-", "--format", "json"])
            .write_stdin(case.clone())
            .assert()
            .success();
        let after = amparo_documents::clock::today_in_new_york();
        let v: Value = serde_json::from_slice(&out.get_output().stdout).expect("JSON");
        let said = v["as_of"].as_str().expect("as_of in the answer").to_owned();
        assert!(
            said == before.to_string() || said == after.to_string(),
            "{tz}: as_of {said}, New York's day {before}"
        );
    }
}
