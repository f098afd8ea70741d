//! The web app's interface words: every id resolves in every locale from that locale's own `ui.ftl`, with no
//! English fallback, and the ids the app uses are exactly the messages of `en/ui.ftl`.

use std::collections::BTreeSet;

use amparo_guide::{Guide, LOCALE_FILES, lint};
use amparo_web::ui::{Ui, ids};

/// Words that are the same in every language (the name of a paper size).
const SAME_IN_EVERY_LANGUAGE: &[&str] = &["ui-cards-a4"];

#[test]
fn every_id_resolves_in_every_locale_without_falling_back_to_english() {
    let guide = Guide::get();
    let locales = guide.locale_ids();
    assert_eq!(locales.len(), 12);
    let english = Ui::new(guide, "en");
    let mut problems = Vec::new();
    for locale in locales {
        let ui = Ui::new(guide, locale);
        for id in ids() {
            let id = id.as_str();
            let (text, fallback) = ui.get(id);
            if fallback || !guide.has_message(locale, id) {
                problems.push(format!("{locale}: {id} falls back to English"));
            }
            if text.trim().is_empty() || text == id {
                problems.push(format!("{locale}: {id} has no text"));
            }
            if locale != "en" && text == english.get(id).0 && !SAME_IN_EVERY_LANGUAGE.contains(&id) {
                problems.push(format!("{locale}: {id} is the English text {text:?}"));
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
fn the_ids_are_exactly_the_messages_of_en_ui_ftl() {
    let (_, _, ftl) = LOCALE_FILES
        .iter()
        .find(|(l, f, _)| *l == "en" && *f == "ui.ftl")
        .expect("locales/en/ui.ftl is embedded");
    let messages: BTreeSet<String> = lint::message_variables(ftl).expect("parses").into_keys().collect();
    let all = ids();
    let set: BTreeSet<String> = all.iter().cloned().collect();
    assert_eq!(set.len(), all.len(), "an id is listed twice");
    assert_eq!(set, messages);
}

#[test]
fn the_english_words_are_those_of_en_ui_ftl() {
    let ui = Ui::new(Guide::get(), "en");
    assert_eq!(ui.get("ui-check-warrant"), ("Check a warrant or paper", false));
    assert_eq!(
        ui.get("ui-detainer-note"),
        (
            "This checker is for lawyers and city staff; it is in English, the language of the law.",
            false
        )
    );
    assert_eq!(
        ui.get("ui-warrant-unavailable"),
        ("This check could not read the paper. Nothing you sent was kept.", false)
    );
    // An id the app does not know is shown as is (never a panic).
    assert_eq!(ui.get("ui-no-such-word"), ("ui-no-such-word", false));
}

#[test]
fn form_numbers_and_the_name_stay_untranslated() {
    let guide = Guide::get();
    for locale in guide.locale_ids() {
        let ui = Ui::new(guide, locale);
        // The guided question about the corner names the form numbers as they are printed.
        let corner = guide.message(locale, "check-q-form-hint").expect("hint");
        assert!(
            corner.contains("I-200") && corner.contains("AO 442"),
            "{locale}: {corner}"
        );
        for id in ["ui-privacy-1", "ui-privacy-5"] {
            assert!(ui.get(id).0.contains("Amparo"), "{locale}: {id}");
        }
    }
}
