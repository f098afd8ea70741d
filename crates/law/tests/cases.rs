//! Runs the lawyer-readable cases in `tests/cases/detainer.toml` through the JSON contract.
//!
//! Each case is read into a [`CaseSpec`] that refuses unknown keys, so a misspelt expectation (`decison = …`)
//! fails instead of silently checking less than the case says.

use std::collections::BTreeMap;

use amparo_law::detainer::{Case, Outcome, Warning, evaluate};
use chrono::NaiveDate;
use serde::Deserialize;
use toml::Value;

const CASES: &str = include_str!("cases/detainer.toml");

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).expect("valid date")
}

/// One case as the file writes it. Every key is documented at the top of `cases/detainer.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseSpec {
    name: String,
    /// The facts as a TOML table (converted to the JSON the CLI and the API take), or the JSON itself.
    #[serde(default)]
    facts: Option<Value>,
    #[serde(default)]
    json: Option<String>,
    #[serde(default)]
    decision: Option<String>,
    /// "not_permitted", "except_release_date", "including_release_date", or "null" (no such rule).
    #[serde(default)]
    may_share_information: Option<String>,
    #[serde(default)]
    steps: BTreeMap<String, Held>,
    #[serde(default)]
    absent_steps: Vec<String>,
    #[serde(default)]
    details: Vec<String>,
    #[serde(default)]
    citations: Vec<String>,
    #[serde(default)]
    warnings: Vec<String>,
    #[serde(default)]
    no_warnings: Option<bool>,
    #[serde(default)]
    only_version_warnings: Option<bool>,
    #[serde(default)]
    error_field: Option<String>,
    #[serde(default)]
    error: Option<String>,
}

/// Whether a rule held: once, or once per occurrence.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Held {
    Once(bool),
    Each(Vec<bool>),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    case: Vec<CaseSpec>,
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

fn check(case: &CaseSpec) -> Result<(), String> {
    let json = match (&case.json, &case.facts) {
        (Some(s), None) => s.clone(),
        (None, Some(facts)) => to_json(facts).to_string(),
        _ => return Err("a case needs exactly one of `facts` or `json`".into()),
    };
    if case.no_warnings == Some(false) || case.only_version_warnings == Some(false) {
        return Err("`no_warnings` and `only_version_warnings` take only `true`; omit them otherwise".into());
    }
    let result = Case::from_json(&json).and_then(|c| evaluate(&c, today()));

    if let Some(field) = &case.error_field {
        let want = case.error.as_deref().unwrap_or("");
        return match result {
            Ok(o) => Err(format!("expected an error on {field}, got decision {:?}", o.decision)),
            Err(e) if &e.field != field => Err(format!("error on field {:?}, expected {field:?}: {e}", e.field)),
            Err(e) if !e.message.contains(want) => Err(format!("error message {:?} lacks {want:?}", e.message)),
            Err(_) => Ok(()),
        };
    }
    if case.error.is_some() {
        return Err("`error` needs `error_field`".into());
    }
    let o = result.map_err(|e| format!("unexpected error: {e}"))?;
    let mut problems = Vec::new();
    let trace_text: Vec<String> = o.trace.iter().map(|s| format!("{} {}", s.rule, s.detail)).collect();

    if let Some(d) = &case.decision
        && o.decision.id() != d
    {
        problems.push(format!("decision {} , expected {d}", o.decision.id()));
    }
    if let Some(want) = &case.may_share_information {
        let got = o.may_share_information.map_or("null", |s| s.id());
        if got != want {
            problems.push(format!("may_share_information {got}, expected {want}"));
        }
    }
    for (rule, want) in &case.steps {
        let got = holds_list(&o, rule);
        let want = match want {
            Held::Once(b) => vec![*b],
            Held::Each(v) => v.clone(),
        };
        if got != want {
            problems.push(format!("step {rule}: held {got:?}, expected {want:?}"));
        }
    }
    for rule in &case.absent_steps {
        if !holds_list(&o, rule).is_empty() {
            problems.push(format!("step {rule} should not be evaluated"));
        }
    }
    for d in &case.details {
        if !trace_text.iter().any(|t| t.contains(d.as_str())) {
            problems.push(format!("no trace line contains {d:?}"));
        }
    }
    let citations = o.citations();
    for c in &case.citations {
        if !citations.contains(&c.as_str()) {
            problems.push(format!("citation {c:?} missing from {citations:?}"));
        }
    }
    let warnings: Vec<String> = o.warnings.iter().map(|w| w.to_string()).collect();
    for w in &case.warnings {
        if !warnings.iter().any(|t| t.contains(w.as_str())) {
            problems.push(format!("no warning contains {w:?}; warnings: {warnings:?}"));
        }
    }
    if case.no_warnings == Some(true) && !warnings.is_empty() {
        problems.push(format!("expected no warnings, got {warnings:?}"));
    }
    if case.only_version_warnings == Some(true) {
        let others: Vec<&Warning> = o
            .warnings
            .iter()
            .filter(|w| {
                !matches!(
                    w,
                    Warning::TextNotVerified { .. } | Warning::EffectiveDateUncertain { .. } | Warning::Caveat { .. }
                )
            })
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

fn cases() -> Vec<CaseSpec> {
    match toml::from_str::<CaseFile>(CASES) {
        Ok(f) => f.case,
        Err(e) => panic!("cases/detainer.toml: {e}"),
    }
}

#[test]
fn lawyer_readable_cases() {
    let cases = cases();
    assert!(cases.len() >= 50, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for c in &cases {
        if let Err(e) = check(c) {
            failures.push(format!("✗ {}\n    {e}", c.name));
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

#[test]
fn case_names_are_unique() {
    let mut seen = std::collections::HashSet::new();
    for c in cases() {
        assert!(seen.insert(c.name.clone()), "two cases are named {:?}", c.name);
    }
}

// The runner's own guards: each must fail when it should.

fn one(toml_case: &str) -> Result<CaseSpec, toml::de::Error> {
    toml::from_str::<CaseFile>(&format!("[[case]]\n{toml_case}")).map(|mut f| f.case.remove(0))
}

const NO_WARRANT: &str = r#"name = "x"
facts = { agency = "doc", arrest_date = "2026-11-20" }
"#;

#[test]
fn a_misspelt_expectation_is_refused() {
    let err = one(&format!("{NO_WARRANT}decison = \"honor\"\n")).expect_err("unknown key");
    assert!(err.to_string().contains("decison"), "{err}");
    let err = one(&format!("{NO_WARRANT}warning = [\"x\"]\n")).expect_err("unknown key");
    assert!(err.to_string().contains("warning"), "{err}");
}

#[test]
fn no_warnings_fails_on_a_case_with_warnings() {
    // A conviction without "felony" always warns.
    let spec = one(
        r#"name = "x"
facts = { agency = "doc", arrest_date = "2026-11-20", convictions = [ { statute = "PL 120.05", judgment_date = "2025-01-01" } ] }
no_warnings = true
"#,
    )
    .expect("parses");
    let err = check(&spec).expect_err("the case has a warning");
    assert!(err.contains("expected no warnings"), "{err}");
    let spec = one(&format!("{NO_WARRANT}no_warnings = false\n")).expect("parses");
    assert!(check(&spec).is_err(), "no_warnings = false says nothing and is refused");
}

#[test]
fn a_wrong_expectation_fails() {
    let spec = one(&format!("{NO_WARRANT}decision = \"honor\"\n")).expect("parses");
    assert!(check(&spec).is_err());
    let spec = one(&format!("{NO_WARRANT}steps = {{ may_honor_detainer = true }}\n")).expect("parses");
    assert!(check(&spec).is_err());
    let spec = one(&format!("{NO_WARRANT}citations = [\"NYC Admin. Code § 14-154\"]\n")).expect("parses");
    assert!(check(&spec).is_err());
}
