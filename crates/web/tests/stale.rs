//! A translation made from an older English is shown with the current English beside it, marked as English,
//! and a note in the reader's language: never as if it were current.

use amparo_guide::{Guide, RECORD_FILES};
use amparo_web::site::Site;

/// The built-in records, with Spanish `kp-film` recorded as translated from another English (and marked stale
/// on purpose, as `amparo l10n mark-stale` does).
fn records_with_stale_es_film() -> Vec<(&'static str, &'static str, String)> {
    RECORD_FILES
        .iter()
        .map(|(l, f, t)| {
            let text = if *l == "es" && *f == "guide.ftl" {
                let line = t
                    .lines()
                    .find(|x| x.starts_with("kp-film = "))
                    .expect("es records kp-film");
                let old = line.split('"').nth(1).expect("source hash");
                t.replace(
                    line,
                    &line.replace(old, "0123456789abcdef").replace(" }", ", stale = true }"),
                )
            } else {
                (*t).to_string()
            };
            (*l, *f, text)
        })
        .collect()
}

fn page(site: &Site, path: &str) -> String {
    String::from_utf8(site.assets[path].identity.to_vec()).expect("utf-8")
}

#[test]
fn a_stale_translation_shows_the_current_english_marked_as_english() {
    let owned = records_with_stale_es_film();
    let records: Vec<(&str, &str, &str)> = owned.iter().map(|(l, f, t)| (*l, *f, t.as_str())).collect();
    let guide = Guide::load_with_records(&records).expect("guide loads");
    assert!(guide.is_stale("es", "kp-film"));
    let english = guide.message("en", "kp-film").expect("English");
    let note = guide.message("es", "translation-stale").expect("note");
    let site = Site::build(&guide).expect("site builds");
    let html = page(&site, "/es/filming");
    let i = html
        .find(r#"id="kp-film""#)
        .expect("kp-film on the Spanish filming page");
    let block = &html[i..i + html[i..].find("<details").expect("end of the statement's text")];
    assert!(block.contains("Usted puede filmar"), "{block}");
    assert!(block.contains(&note), "{block}");
    assert!(
        block.contains(&format!(r#"<span lang="en" dir="ltr">{english}</span>"#)),
        "{block}"
    );
    // The same page built from the real records shows no note.
    let current = Site::build(Guide::get()).expect("site builds");
    assert!(!page(&current, "/es/filming").contains(&note));
}

#[test]
fn the_picker_shows_each_locales_shares_in_its_own_language() {
    let guide = Guide::get();
    let site = Site::build(guide).expect("site builds");
    let html = page(&site, "/");
    for l in guide.locales().expect("locales") {
        assert!(html.contains(&l.translation_text), "{}: {}", l.id, l.translation_text);
        let choose = guide.message(l.id, "ui-choose-language").expect("message");
        assert!(html.contains(&choose), "{}: {choose}", l.id);
    }
}
