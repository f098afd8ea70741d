//! Runs the lawyer-readable cases in `tests/cases/detainer.toml` through the JSON contract.

use amparo_law::detainer::{Case, Outcome, Warning, evaluate};
use chrono::NaiveDate;
use toml::Value;

const CASES: &str = include_str!("cases/detainer.toml");

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).expect("valid date")
}

/// TOML facts → the JSON the CLI and the API take.
fn to_json(v: &Value) -> serde_json::Value {
    match v {
        Value::String(s) => serde_json::Value::String(s.clone()),
        Value::Integer(i) => (*i).into(),
        Value::Float(f) => serde_json::json!(f),
        Value::Boolean(b) => (*b).into(),
        Value::Datetime(d) => serde_json::Value::String(d.to_string()),
        Value::Array(a) => a.iter().map(to_json).collect(),
        Value::Table(t) => t.iter().map(|(k, v)| (k.clone(), to_json(v))).collect(),
    }
}

fn holds_list(o: &Outcome, rule: &str) -> Vec<bool> {
    o.trace.iter().filter(|s| s.rule == rule).map(|s| s.holds).collect()
}

fn check(case: &toml::Table) -> Result<(), String> {
    let json = match (case.get("json"), case.get("facts")) {
        (Some(Value::String(s)), None) => s.clone(),
        (None, Some(facts)) => to_json(facts).to_string(),
        _ => return Err("a case needs exactly one of `facts` or `json`".into()),
    };
    let result = Case::from_json(&json).and_then(|c| evaluate(&c, today()));

    if let Some(field) = case.get("error_field").and_then(Value::as_str) {
        let want = case.get("error").and_then(Value::as_str).unwrap_or("");
        return match result {
            Ok(o) => Err(format!("expected an error on {field}, got decision {:?}", o.decision)),
            Err(e) if e.field != field => Err(format!("error on field {:?}, expected {field:?}: {e}", e.field)),
            Err(e) if !e.message.contains(want) => Err(format!("error message {:?} lacks {want:?}", e.message)),
            Err(_) => Ok(()),
        };
    }
    let o = result.map_err(|e| format!("unexpected error: {e}"))?;
    let mut problems = Vec::new();
    let trace_text: Vec<String> = o.trace.iter().map(|s| format!("{} {}", s.rule, s.detail)).collect();

    if let Some(d) = case.get("decision").and_then(Value::as_str)
        && o.decision.id() != d
    {
        problems.push(format!("decision {} , expected {d}", o.decision.id()));
    }
    match case.get("may_share_information") {
        Some(Value::Boolean(b)) if o.may_share_information != Some(*b) => problems.push(format!(
            "may_share_information {:?}, expected {b}",
            o.may_share_information
        )),
        Some(Value::String(s)) if s == "null" && o.may_share_information.is_some() => problems.push(format!(
            "may_share_information {:?}, expected null",
            o.may_share_information
        )),
        _ => {}
    }
    if let Some(Value::Table(steps)) = case.get("steps") {
        for (rule, want) in steps {
            let got = holds_list(&o, rule);
            let want: Vec<bool> = match want {
                Value::Boolean(b) => vec![*b],
                Value::Array(a) => a.iter().filter_map(Value::as_bool).collect(),
                other => return Err(format!("steps.{rule}: {other}")),
            };
            if got != want {
                problems.push(format!("step {rule}: held {got:?}, expected {want:?}"));
            }
        }
    }
    for rule in case.get("absent_steps").and_then(Value::as_array).into_iter().flatten() {
        let rule = rule.as_str().unwrap_or_default();
        if !holds_list(&o, rule).is_empty() {
            problems.push(format!("step {rule} should not be evaluated"));
        }
    }
    for d in case.get("details").and_then(Value::as_array).into_iter().flatten() {
        let d = d.as_str().unwrap_or_default();
        if !trace_text.iter().any(|t| t.contains(d)) {
            problems.push(format!("no trace line contains {d:?}"));
        }
    }
    let citations = o.citations();
    for c in case.get("citations").and_then(Value::as_array).into_iter().flatten() {
        let c = c.as_str().unwrap_or_default();
        if !citations.contains(&c) {
            problems.push(format!("citation {c:?} missing from {citations:?}"));
        }
    }
    let warnings: Vec<String> = o.warnings.iter().map(|w| w.to_string()).collect();
    for w in case.get("warnings").and_then(Value::as_array).into_iter().flatten() {
        let w = w.as_str().unwrap_or_default();
        if !warnings.iter().any(|t| t.contains(w)) {
            problems.push(format!("no warning contains {w:?}; warnings: {warnings:?}"));
        }
    }
    if case.get("no_warnings_except_currency").and_then(Value::as_bool) == Some(true) {
        let others: Vec<&Warning> = o
            .warnings
            .iter()
            .filter(|w| !matches!(w, Warning::TextNotVerified { .. }))
            .collect();
        if !others.is_empty() {
            problems.push(format!(
                "unexpected warnings: {:?}",
                others.iter().map(|w| w.to_string()).collect::<Vec<_>>()
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}\n    trace:\n      {}",
            problems.join("\n    "),
            trace_text.join("\n      ")
        ))
    }
}

#[test]
fn lawyer_readable_cases() {
    let doc: toml::Table = toml::from_str(CASES).expect("cases/detainer.toml parses");
    let cases = doc.get("case").and_then(Value::as_array).expect("[[case]] entries");
    assert!(cases.len() >= 50, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for c in cases {
        let t = c.as_table().expect("a case is a table");
        let name = t.get("name").and_then(Value::as_str).unwrap_or("(unnamed)");
        if let Err(e) = check(t) {
            failures.push(format!("✗ {name}\n    {e}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
