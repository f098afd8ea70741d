//! The status contract of `data/scenarios.toml` is enforced at load time: a broken copy of the embedded file
//! must fail to load, with a message naming the statement.

use crate::data::SCENARIOS_TOML;
use crate::{Guide, GuideError};

/// The embedded file with the block of statement `id` edited by `edit`.
fn with_statement(id: &str, edit: impl Fn(&str) -> String) -> String {
    let start = SCENARIOS_TOML
        .find(&format!("[[statement]]\nid = \"{id}\"\n"))
        .unwrap_or_else(|| panic!("statement {id} not in the data"));
    let end = SCENARIOS_TOML[start + 1..]
        .find("\n[[")
        .map_or(SCENARIOS_TOML.len(), |e| start + 1 + e);
    let block = &SCENARIOS_TOML[start..end];
    format!("{}{}{}", &SCENARIOS_TOML[..start], edit(block), &SCENARIOS_TOML[end..])
}

fn load_error(toml: &str) -> String {
    match Guide::load_from(toml) {
        Ok(_) => panic!("a broken scenarios.toml loaded"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn the_embedded_data_loads() {
    Guide::load_from(SCENARIOS_TOML).expect("embedded data");
}

#[test]
fn an_unknown_status_is_a_load_error() {
    let toml = with_statement("kp-free-to-go", |b| {
        b.replace("status = \"settled\"", "status = \"rumour\"")
    });
    let e = Guide::load_from(&toml).expect_err("unknown status");
    assert!(matches!(e, GuideError::Data { .. }), "{e}");
    assert!(e.to_string().contains("rumour"), "{e}");
}

#[test]
fn a_missing_status_is_a_load_error() {
    let toml = with_statement("kp-free-to-go", |b| b.replace("status = \"settled\"\n", ""));
    assert!(load_error(&toml).contains("status"));
}

#[test]
fn a_statement_in_litigation_must_name_its_case() {
    let toml = with_statement("court-arrests-order", |b| {
        b.replace("case = \"castel-court-arrests-2026\"\n", "")
    });
    let e = load_error(&toml);
    assert!(e.contains("court-arrests-order") && e.contains("names no case"), "{e}");
}

#[test]
fn a_case_must_be_a_known_authority() {
    let toml = with_statement("court-arrests-order", |b| {
        b.replace("case = \"castel-court-arrests-2026\"", "case = \"no-such-case-2099\"")
    });
    let e = load_error(&toml);
    assert!(
        e.contains("no-such-case-2099") && e.contains("not a known authority"),
        "{e}"
    );
}

#[test]
fn settled_law_names_no_case() {
    let toml = with_statement("kp-free-to-go", |b| {
        b.replace(
            "status = \"settled\"",
            "status = \"settled\"\ncase = \"castel-court-arrests-2026\"",
        )
    });
    let e = load_error(&toml);
    assert!(e.contains("kp-free-to-go") && e.contains("names a case"), "{e}");
}

#[test]
fn a_contested_statement_may_name_a_case_that_resolves() {
    let toml = with_statement("kp-film", |b| {
        b.replace(
            "status = \"contested\"",
            "status = \"contested\"\ncase = \"glik-v-cunniffe\"",
        )
    });
    Guide::load_from(&toml).expect("contested with a case");
}

#[test]
fn a_speak_line_must_be_a_statement_with_a_line_to_say() {
    let toml = SCENARIOS_TOML.replacen(
        "statement = \"kp-remain-silent\"\nicon",
        "statement = \"kp-film\"\nicon",
        1,
    );
    assert!(load_error(&toml).contains("kp-film"), "{}", load_error(&toml));
    let toml = SCENARIOS_TOML.replacen(
        "statement = \"kp-remain-silent\"\nicon",
        "statement = \"no-such-statement\"\nicon",
        1,
    );
    assert!(load_error(&toml).contains("unknown statement"));
}
