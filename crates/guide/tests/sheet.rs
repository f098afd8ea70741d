//! Bilingual review sheets: what is exported comes back unchanged, and an import refuses bad rows, naming
//! each, before anything is written.

use std::collections::BTreeSet;

use amparo_guide::drift::Catalog;
use amparo_guide::sheet::{self, Only, Row};
use chrono::NaiveDate;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 2).expect("date")
}

fn without_places(rows: &[Row]) -> Vec<Row> {
    rows.iter()
        .cloned()
        .map(|r| Row {
            place: String::new(),
            ..r
        })
        .collect()
}

#[test]
fn csv_and_xliff_sheets_round_trip_and_change_nothing() {
    let c = Catalog::embedded();
    for locale in ["es", "ar", "zh-Hant", "pl"] {
        let rows = sheet::rows(c, locale, Only::All).expect("rows");
        assert_eq!(rows.len(), c.summary(locale).messages);
        let back = sheet::parse_csv(&sheet::to_csv(&rows)).expect("csv parses");
        assert_eq!(without_places(&back), rows, "{locale}");
        let plan = sheet::check(c, &back, day()).expect("a sheet as exported is accepted");
        assert!(plan.translations.is_empty() && plan.reviews.is_empty(), "{locale}");
        assert_eq!(plan.unchanged, rows.len());
        let xliff = sheet::to_xliff(locale, &rows, &BTreeSet::new());
        let back = sheet::parse_xliff(&xliff, None).expect("xliff parses");
        let plan = sheet::check(c, &back, day()).expect("xliff as exported is accepted");
        assert!(plan.translations.is_empty() && plan.reviews.is_empty(), "{locale}");
    }
}

#[test]
fn csv_rows_are_named_by_the_line_they_start_on() {
    let c = Catalog::embedded();
    let rows = sheet::rows(c, "es", Only::All).expect("rows");
    let text = sheet::to_csv(&rows[..3]);
    let back = sheet::parse_csv(&text).expect("parses");
    // Line 1 is the header; each row starts on the line after the previous row ends.
    let mut line = 2;
    for (r, orig) in back.iter().zip(&rows) {
        assert_eq!(r.place, format!("line {line}"));
        line += 1
            + orig.english.matches('\n').count()
            + orig.translation.matches('\n').count()
            + orig.notes.matches('\n').count();
    }
}

#[test]
fn bad_rows_are_each_refused_with_their_place() {
    let c = Catalog::embedded();
    let rows = sheet::rows(c, "es", Only::All).expect("rows");
    let pick = |id: &str| rows.iter().find(|r| r.id == id).cloned().expect(id);
    let mut plural = pick("points-count");
    plural.translation = plural.translation.replace("[one]", "[uno]");
    let mut placeholder = pick("advice-check-dates");
    placeholder.translation = placeholder.translation.replace("$federal-days", "$dias");
    let mut script = pick("home-dont-open");
    script.translation = "Не открывайте дверь.".to_string();
    let mut reviewer = pick("kp-film");
    reviewer.reviewer = "a\u{7}b".to_string();
    let mut unknown = pick("kp-stay-calm");
    unknown.id = "kp-no-such-message".to_string();
    let bad = [plural, placeholder, script, reviewer, unknown];
    let bad: Vec<Row> = bad
        .into_iter()
        .enumerate()
        .map(|(i, r)| Row {
            place: format!("line {i}"),
            ..r
        })
        .collect();
    let errors = sheet::check(c, &bad, day()).expect_err("refused");
    let got: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 5, "{got:#?}");
    for (i, needle) in ["[uno]", "variables", "Cyrillic", "control character", "not a message"]
        .iter()
        .enumerate()
    {
        assert!(
            got[i].starts_with(&format!("line {i}: ")) && got[i].contains(needle),
            "{}",
            got[i]
        );
    }
}

#[test]
fn a_reviewed_row_records_who_and_against_which_english() {
    let c = Catalog::embedded();
    let mut row = sheet::rows(c, "fr", Only::All)
        .expect("rows")
        .into_iter()
        .find(|r| r.id == "kp-film")
        .expect("kp-film");
    row.reviewer = "ana-r".to_string();
    let plan = sheet::check(c, &[row.clone()], day()).expect("accepted");
    assert!(plan.translations.is_empty());
    let (locale, _, review) = &plan.reviews[0];
    assert_eq!((locale.as_str(), review.by.as_str(), review.on), ("fr", "ana-r", day()));
    assert_eq!(review.source.to_string(), row.source_hash);
    let mut cat = c.clone();
    sheet::apply(&mut cat, &plan).expect("applied");
    assert_eq!(cat.summary("fr").reviewed, 1);
}
