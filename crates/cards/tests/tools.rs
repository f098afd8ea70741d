//! The tools' papers as a reader and a printer see them, in every locale: the text poppler extracts holds what
//! the person entered, the paper's words in their language and the English an officer or a lawyer reads; every
//! font is embedded and subset; the wallet card is the cards' exact size, two pages.

use std::sync::OnceLock;

use amparo_cards::Paper;
use amparo_cards::tools::{card_pdf, document_pdf};
use amparo_guide::{Guide, SOURCE_LOCALE};
use amparo_prepare::{Plan, Presence, Record, Search, document, specimen};
use amparo_specimens::pdf_text::pdftotext;
use chrono::NaiveDate;
use common::STDIN;
use text::{assert_has, check_fonts, squash};

mod common;
mod text;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).expect("date")
}

fn plan() -> &'static Plan {
    static P: OnceLock<Plan> = OnceLock::new();
    P.get_or_init(|| Plan::from_json(specimen::PLAN, today()).expect("specimen plan"))
}

fn pages(pdf: &[u8]) -> usize {
    let info = String::from_utf8(common::poppler("pdfinfo", &[STDIN], pdf)).expect("utf-8");
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives the page count")
}

fn message(locale: &str, id: &str) -> String {
    Guide::get().message(locale, id).expect("message")
}

/// What the person entered, as it must come out of every paper (Latin script: extracted exactly).
fn has(what: &str, text: &str, value: &str) {
    assert!(
        squash(text).contains(&squash(value)),
        "{what}: missing the entered {value:?}\n--- extracted ---\n{text}"
    );
}

fn check(locale: &'static str) {
    let p = plan();
    // The family plan: the facts to find the person, a child, a contact, the lawyer, the checklists.
    let doc = document::plan(p, locale, today()).expect("plan");
    let pdf = document_pdf(&doc, Paper::Letter).expect("plan PDF");
    let text = pdftotext(&pdf);
    let what = format!("{locale} plan");
    for v in [
        "María José Pérez-López",
        "A 012-345-678",
        "Ana Pérez",
        "P.S. 123",
        "Rosa Pérez",
        "(718) 555-0142",
        "Laura Green",
        "Metformin 500 mg",
    ] {
        has(&what, &text, v);
    }
    for id in [
        "tools-plan-title",
        "tools-gol-title",
        "tools-sg-title",
        "tools-gol-notary",
        "tools-sg-witnesses",
    ] {
        assert_has(locale, &what, &text, &message(locale, id));
    }
    // The lines to say, and the labels a lawyer reads, are also in English.
    for id in [
        "tools-say-lawyer",
        "tools-say-fear",
        "tools-field-a-number",
        "tools-plan-person-heading",
    ] {
        assert_has("en", &what, &text, &message(SOURCE_LOCALE, id));
    }
    for citation in ["5-1552", "1726"] {
        assert!(text.contains(citation), "{what}: cites § {citation}");
    }
    check_fonts(&what, &pdf, locale);

    // The wallet card: two pages, front in the holder's language, back in English.
    let card = document::card(&p.wallet_card().expect("card"), locale).expect("card doc");
    let pdf = card_pdf(&card, false).expect("card PDF");
    let what = format!("{locale} card");
    assert_eq!(pages(&pdf), 2, "{what}");
    let text = pdftotext(&pdf);
    let (front, back) = text.split_once('\u{c}').expect("two pages");
    assert_has(locale, &what, front, &message(locale, "tools-card-title"));
    for v in [
        "María José Pérez-López",
        "A 012-345-678",
        "(718) 555-0142",
        "(347) 555-0199",
        "Laura Green",
    ] {
        has(&what, front, v);
        has(&what, back, v);
    }
    assert_has("en", &what, back, &message(SOURCE_LOCALE, "tools-card-back-title"));
    for id in ["tools-say-lawyer", "tools-say-sign", "tools-say-fear"] {
        assert_has("en", &what, front, &message(SOURCE_LOCALE, id));
        assert_has("en", &what, back, &message(SOURCE_LOCALE, id));
    }
    check_fonts(&what, &pdf, locale);

    // Someone was taken, from the plan: the facts to search with and the steps with their numbers.
    let doc = document::taken(&Search::from(p), locale, today()).expect("taken");
    let pdf = document_pdf(&doc, Paper::A4).expect("taken PDF");
    let text = pdftotext(&pdf);
    let what = format!("{locale} taken");
    for v in [
        "María José Pérez-López",
        "A 012-345-678",
        "Mexico",
        "1-800-898-7180",
        "locator.ice.gov",
    ] {
        has(&what, &text, v);
    }
    assert_has(locale, &what, &text, &message(locale, "tools-taken-title"));
    // The guide's verified contacts for someone taken: each name, number or address, and the day it was checked.
    let contacts = Guide::get().contacts_for("taken", locale).expect("contacts");
    assert!(!contacts.is_empty());
    // A name ending in a bracket, in a right-to-left page: it prints in order (the run is isolated), but poppler
    // extracts its final ")" at the start of the line, and in Urdu's Nastaliq pages it may read a wrapped name's
    // lines apart; there each word of the name is looked for, brackets left out.
    let unbracketed = |s: &str| s.replace(['(', ')'], "");
    for c in &contacts {
        if locale == "ar" || locale == "ur" {
            for word in unbracketed(&c.name).split_whitespace() {
                has(&what, &unbracketed(&text), word);
            }
        } else {
            has(&what, &text, &c.name);
        }
        for v in [&c.phone, &c.email].into_iter().flatten() {
            has(&what, &text, v);
        }
        // A web address breaks only after a slash; in a two-column field poppler may read its lines apart (Urdu's
        // tall labels), so each piece up to a slash is looked for. That no piece breaks at a hyphen is checked too.
        if let Some(url) = &c.url {
            for piece in url.split_inclusive('/') {
                has(&what, &text, piece);
            }
        }
        has(&what, &text, &c.verified.to_string());
        assert_has(locale, &what, &text, &c.purpose);
    }
    assert_has(locale, &what, &text, &message(locale, "tools-field-checked"));
    check_fonts(&what, &pdf, locale);

    // Proof of two years: the gap, its length, the index.
    let report = Presence::from_json(specimen::PRESENCE, today())
        .expect("presence")
        .report();
    let doc = document::presence(&report, locale, today()).expect("presence doc");
    let pdf = document_pdf(&doc, Paper::Letter).expect("presence PDF");
    let text = pdftotext(&pdf);
    let what = format!("{locale} presence");
    let gap = &report.gaps[0];
    for v in [gap.from.to_string(), gap.to.to_string()] {
        has(&what, &text, &v);
    }
    // Table cells wrap, and poppler may read a wrapped cell's lines apart: each word of the entry is there.
    for v in ["Lease, 41-10 Elm St, Queens", "Con Ed bills", "Blue folder"] {
        for word in v.split_whitespace() {
            has(&what, &text, word);
        }
    }
    assert_has(locale, &what, &text, &message(locale, "tools-presence-title"));
    check_fonts(&what, &pdf, locale);

    // The encounter record: what happened, the officer, the plate, the Attorney General's fields in English.
    let record = Record::from_json(specimen::RECORD, today().and_hms_opt(18, 0, 0).expect("time")).expect("record");
    let doc = document::record(&record, locale, today()).expect("record doc");
    let pdf = document_pdf(&doc, Paper::Letter).expect("record PDF");
    let text = pdftotext(&pdf);
    let what = format!("{locale} record");
    for v in [
        "Roosevelt Ave and 74th St, Queens",
        "J. Smith",
        "4471",
        "ABC 1234",
        "Form I-200",
        "2026-11-30 07:40",
    ] {
        has(&what, &text, v);
    }
    assert_has("en", &what, &text, "Description of what happened");
    check_fonts(&what, &pdf, locale);
}

common::locale_tests! {
    check;
    papers_en => "en", papers_es => "es", papers_zh_hans => "zh-Hans", papers_zh_hant => "zh-Hant",
    papers_ru => "ru", papers_bn => "bn", papers_ht => "ht", papers_ko => "ko", papers_ar => "ar",
    papers_ur => "ur", papers_fr => "fr", papers_pl => "pl",
}

#[test]
fn the_wallet_card_is_the_cards_size() {
    let card = document::card(&plan().wallet_card().expect("card"), "es").expect("card doc");
    for (large, w, h) in [(false, 252.0, 144.0), (true, 360.0, 216.0)] {
        let pdf = card_pdf(&card, large).expect("card PDF");
        let info = String::from_utf8(common::poppler("pdfinfo", &["-box", STDIN], &pdf)).expect("utf-8");
        let media = info.lines().find(|l| l.starts_with("MediaBox:")).expect("MediaBox");
        let n: Vec<f64> = media["MediaBox:".len()..]
            .split_whitespace()
            .map(|x| x.parse().expect("number"))
            .collect();
        assert!(
            (n[2] - n[0] - w).abs() < 0.01 && (n[3] - n[1] - h).abs() < 0.01,
            "large={large}: {media}"
        );
    }
}

#[test]
fn a_name_in_another_script_keeps_its_letters() {
    // A Bengali name on a Spanish plan, an Arabic one on an English plan: shaped with the right fonts.
    for (locale, name, script) in [("es", "রহিমা বেগম", "bn"), ("en", "فاطمة الزهراء", "ar")]
    {
        let json = format!(r#"{{"person": {{"name": "{name}"}}}}"#);
        let p = Plan::from_json(&json, today()).expect("plan");
        let pdf = document_pdf(&document::plan(&p, locale, today()).expect("doc"), Paper::A4).expect("PDF");
        assert_has(script, locale, &pdftotext(&pdf), name);
    }
}
