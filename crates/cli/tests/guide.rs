//! `amparo guide` as a user runs it.

use assert_cmd::Command;
use predicates::prelude::*;

fn amparo() -> Command {
    Command::cargo_bin("amparo").expect("the amparo binary is built")
}

#[test]
fn without_a_scenario_lists_key_points_and_scenarios_in_the_language() {
    amparo()
        .args(["guide", "--lang", "es"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Los 10 puntos más importantes"))
        .stdout(predicate::str::contains("city-services"))
        .stdout(predicate::str::contains("¿Me puedo ir?"))
        .stdout(predicate::str::contains("no asesoría legal"));
}

#[test]
fn a_scenario_renders_with_citations_and_review_dates() {
    amparo()
        .args(["guide", "home"])
        .assert()
        .success()
        .stdout(predicate::str::contains("At home: agents at the door"))
        .stdout(predicate::str::contains("Payton v. New York, 445 U.S. 573 (1980)"))
        .stdout(predicate::str::contains("Last reviewed: 2026-11-26"))
        .stdout(predicate::str::contains("I do not consent to your entry."));
}

#[test]
fn json_is_the_rendering_neutral_model() {
    let out = amparo()
        .args(["guide", "street", "--lang", "ar", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).expect("valid JSON");
    assert_eq!(v["id"], "street");
    assert_eq!(v["locale"], "ar");
    assert_eq!(v["direction"], "rtl");
    let st = v["sections"][0]["statements"]
        .as_array()
        .expect("statements")
        .iter()
        .find(|s| s["id"] == "kp-free-to-go")
        .expect("the street scenario asks \"Am I free to go?\"");
    assert_eq!(st["key_point"], true);
    assert_eq!(st["say"]["english"], "Am I free to go?");
}

#[test]
fn markdown_links_the_sources() {
    amparo()
        .args(["guide", "filming", "--format", "markdown"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("# Filming and recording"))
        .stdout(predicate::str::contains("[N.Y. Civil Rights Law § 79-p](https://"));
}

#[test]
fn languages_lists_every_locale_with_direction_and_status() {
    let out = amparo()
        .args(["guide", "--languages", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).expect("valid JSON");
    let ids: Vec<&str> = v
        .as_array()
        .expect("array")
        .iter()
        .map(|l| l["id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        ids,
        [
            "en", "es", "zh-Hans", "zh-Hant", "ru", "bn", "ht", "ko", "ar", "ur", "fr", "pl"
        ]
    );
    assert_eq!(v[8]["direction"], "rtl");
    assert_eq!(v[1]["status"], "machine-assisted");
    amparo()
        .args(["guide", "--languages"])
        .assert()
        .success()
        .stdout(predicate::str::contains("اردو"))
        .stdout(predicate::str::contains("Kreyòl"));
}

#[test]
fn the_door_card_has_english_lines_for_officers() {
    amparo()
        .args(["guide", "--door-card", "--lang", "zh-TW"])
        .assert()
        .success()
        .stdout(predicate::str::contains("I do not consent to a search."))
        .stdout(predicate::str::contains("Please slide any warrant under the door."));
}

#[test]
fn unknown_scenario_or_language_is_a_clear_error_with_exit_code_2() {
    amparo()
        .args(["guide", "moon"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown scenario \"moon\""))
        .stderr(predicate::str::contains("home, street, car"));
    amparo()
        .args(["guide", "home", "--lang", "de"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown language \"de\""))
        .stderr(predicate::str::contains("zh-Hant"));
}

#[test]
fn each_statement_tells_how_certain_it_is_in_the_language() {
    // Text: a statement a court is deciding says so, in the reader's language, with the case.
    amparo()
        .args(["guide", "immigration-court", "--lang", "es"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "\u{2696} Los tribunales todavía están decidiendo esto. Caso: ICE arrests at New York City immigration courts",
        ))
        .stdout(predicate::str::contains("Según la prensa; aún no confirmado en un texto oficial."))
        .stdout(predicate::str::contains("(No está en disputa. Última revisión:"));
    // Markdown: the case links to where it was read.
    amparo()
        .args(["guide", "detained", "--format", "markdown"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "**\u{2696} Courts are still deciding this. Case: [Barbosa da Cunha v. Freden",
        ));
    // JSON: the status object.
    let out = amparo()
        .args(["guide", "home", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).expect("valid JSON");
    let i205 = v["sections"][0]["statements"]
        .as_array()
        .expect("statements")
        .iter()
        .find(|s| s["id"] == "home-i205")
        .expect("the I-205 statement");
    assert_eq!(i205["status"]["id"], "in_litigation");
    assert_eq!(i205["status"]["text"], "Courts are still deciding this.");
    assert_eq!(i205["status"]["case"]["id"], "gbln-v-ice-2026");
}

#[test]
fn the_new_situations_are_listed_and_an_unknown_one_is_bad_input() {
    let out = amparo().args(["guide"]).assert().success().get_output().stdout.clone();
    let text = String::from_utf8(out).expect("UTF-8");
    for id in ["immigration-court", "places", "criminal", "travel"] {
        assert!(text.contains(id), "{id} missing from the list of situations");
    }
    amparo()
        .args(["guide", "moon"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("immigration-court"));
}
