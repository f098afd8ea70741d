//! The translations as a whole: each is in its locale's script, none is English, and none has drifted from
//! the English it was made from without saying so (the drift lint, `amparo_guide::drift`).

use amparo_guide::Guide;
use amparo_guide::drift::Catalog;
use amparo_guide::script::{english_spans, looks_english, script_problem};

/// A translation without the English it may show as English (the lines to say to officers, quoted words
/// printed on papers): what the web marks `lang="en"` (`amparo_guide::script::english_spans`).
fn without_english(locale: &str, text: &str) -> String {
    let lines = Guide::get().english_lines();
    let mut out = String::new();
    let mut at = 0;
    for (a, b) in english_spans(locale, text, &lines) {
        out.push_str(&text[at..a]);
        out.push(' ');
        at = b;
    }
    out.push_str(&text[at..]);
    out
}

#[test]
fn every_translation_is_in_its_script_and_none_is_english() {
    let c = Catalog::embedded();
    let mut problems = Vec::new();
    for locale in c.translated_locales() {
        for s in c.states(locale) {
            let Some(t) = s.translation else { continue };
            if let Some(p) = script_problem(locale, &s.english.value, &t.value) {
                problems.push(format!("{locale}/{}: {}: {p}", s.file, s.id));
            }
            if looks_english(&without_english(locale, &t.value)) {
                problems.push(format!("{locale}/{}: {}: reads as English: {}", s.file, s.id, t.value));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn english_reads_as_english() {
    let c = Catalog::embedded();
    let states = c.states("es");
    let long: Vec<_> = states
        .iter()
        .filter(|s| s.english.value.split(' ').count() >= 6)
        .collect();
    let found = long.iter().filter(|s| looks_english(&s.english.value)).count();
    // Nearly every English sentence of six words or more is recognised as English.
    let missed: Vec<&str> = long
        .iter()
        .filter(|s| !looks_english(&s.english.value))
        .map(|s| s.english.value.as_str())
        .collect();
    assert!(
        found * 100 >= long.len() * 95,
        "{found} of {}; missed:\n{}",
        long.len(),
        missed.join("\n")
    );
}

/// The drift lint over the translations built in: no English message changed without its translations being
/// updated or marked stale on purpose, and every translation records the English it was made from.
#[test]
fn no_translation_drifted_from_its_english_unannounced() {
    let problems = Catalog::embedded().problems();
    let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(list.is_empty(), "{} problems:\n{}", list.len(), list.join("\n"));
}
