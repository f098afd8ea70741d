//! The WebAssembly the warrant page loads (committed in `crates/web/assets/ondevice/`, built from this crate by
//! `scripts/build-ondevice`) gives the server's answers: every kind's typed-text specimens, with and without
//! the person's situation, and guided answers, run in Node through the committed module, compared field for
//! field with the server's own path (`amparo_documents::check_bytes` / `check_guided`, worded by the guide as
//! `POST /api/v1/warrant-check` words them), and its answer page with the server renderer's.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use amparo_documents::{Limits, QUESTIONS, check_bytes, check_guided};
use amparo_guide::Guide;
use amparo_law::warrant::{Kind, Situation};
use amparo_specimens::specimen::specimen;
use serde_json::{Value, json};

const LANGS: &[&str] = &["en", "es", "ar", "zh-Hans"];

/// The New York wall-clock time as RFC 3339 with New York's offset (what the phone's clock gives).
fn rfc3339(now: Option<chrono::NaiveDateTime>) -> String {
    use chrono::TimeZone;
    now.and_then(|n| chrono_tz::America::New_York.from_local_datetime(&n).earliest())
        .map(|t| t.to_rfc3339())
        .unwrap_or_default()
}

/// The server's answer, as the API writes it.
fn server(report: &amparo_documents::Report, lang: &str) -> Value {
    let mut v = serde_json::to_value(report).expect("serialises");
    let words = Guide::get().warrant_words(&report.assessment, lang).expect("worded");
    v["lang"] = words.locale.into();
    v["advice_text"] = words.advice_texts().into();
    v
}

fn run_node(cases: &Value) -> Vec<Value> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../web/assets/ondevice");
    let mut child = Command::new("node")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/node.mjs"))
        .arg(&dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("node runs (scripts/test installs it with npm)");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(cases.to_string().as_bytes())
        .expect("cases written");
    let out = child.wait_with_output().expect("node finished");
    assert!(out.status.success(), "node failed");
    serde_json::from_slice(&out.stdout).expect("a JSON array")
}

#[test]
fn the_webassembly_gives_the_servers_answers_on_every_kind_and_the_guided_questions() {
    let mut cases = Vec::new();
    let mut want: Vec<(Value, String)> = Vec::new();
    for (i, kind) in Kind::ALL.iter().enumerate() {
        for v in 0..3 {
            let s = specimen(*kind, v);
            let lang = LANGS[(i + v as usize) % LANGS.len()];
            // With the person's situation (variant 0, 1) and with the time only (variant 2).
            let sit = if v < 2 {
                s.situation.clone()
            } else {
                Situation {
                    name: None,
                    address: None,
                    now: s.situation.now,
                }
            };
            let text = s.text();
            let report = check_bytes(text.as_bytes(), &sit, &Limits::default()).expect("text reads");
            let html = amparo_warrant_view::result(lang, &report, amparo_warrant_view::Ran::Device).into_string();
            want.push((server(&report, lang), html));
            cases.push(json!({
                "input": "text", "text": text, "lang": lang, "now": rfc3339(sit.now),
                "name": sit.name.clone().unwrap_or_default(), "address": sit.address.clone().unwrap_or_default(),
            }));
        }
    }
    // Guided: each question's every choice alone, and all first choices together.
    let mut sets: Vec<Vec<(String, String)>> = QUESTIONS
        .iter()
        .flat_map(|q| q.choices.iter().map(|c| vec![(q.id.to_owned(), c.id.to_owned())]))
        .collect();
    sets.push(
        QUESTIONS
            .iter()
            .filter_map(|q| q.choices.first().map(|c| (q.id.to_owned(), c.id.to_owned())))
            .chain([("my_name".to_owned(), "Ana Pérez".to_owned())])
            .collect(),
    );
    for (i, fields) in sets.iter().enumerate() {
        let lang = LANGS[i % LANGS.len()];
        let sit = Situation {
            name: amparo_warrant_view::field(fields, "my_name").map(str::to_owned),
            address: None,
            now: None,
        };
        let report = check_guided(&amparo_warrant_view::answers(fields), &sit);
        let html = amparo_warrant_view::result(lang, &report, amparo_warrant_view::Ran::Device).into_string();
        want.push((server(&report, lang), html));
        cases.push(json!({ "input": "guided", "fields": fields, "lang": lang, "now": "" }));
    }
    let got = run_node(&Value::Array(cases));
    assert_eq!(got.len(), want.len());
    let mut kinds = std::collections::BTreeSet::new();
    for (g, (answer, html)) in got.iter().zip(&want) {
        assert_eq!(
            &g["answer"], answer,
            "the WebAssembly's answer differs from the server's"
        );
        assert_eq!(g["html"].as_str(), Some(html.as_str()), "the answer page differs");
        kinds.insert(answer["kind"].as_str().unwrap_or("").to_owned());
    }
    // Every kind was seen (the specimens are of every kind, and so are the answers).
    assert!(kinds.len() >= Kind::ALL.len(), "kinds seen: {kinds:?}");
}
