//! Every paper's document builds in every locale of the guide, every message the data and the errors name exists
//! in every locale, and the verified contacts, when given, are listed on the "someone was taken" sheet.

use amparo_guide::Guide;
use amparo_prepare::contacts::HelpContact;
use amparo_prepare::data::Data;
use amparo_prepare::{Block, Plan, Presence, Problem, Record, Search, document, specimen};
use chrono::NaiveDate;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).expect("date")
}

#[test]
fn every_paper_builds_in_every_locale_in_its_words() {
    let g = Guide::get();
    let plan = Plan::from_json(specimen::PLAN, today()).expect("plan");
    let report = Presence::from_json(specimen::PRESENCE, today())
        .expect("presence")
        .report();
    let record = Record::from_json(specimen::RECORD, today().and_hms_opt(18, 0, 0).expect("time")).expect("record");
    for l in g.locale_ids() {
        let docs = [
            (document::plan(&plan, l, today()).expect("plan"), "tools-plan-title"),
            (
                document::taken(&Search::from(&plan), l, today()).expect("taken"),
                "tools-taken-title",
            ),
            (
                document::presence(&report, l, today()).expect("presence"),
                "tools-presence-title",
            ),
            (
                document::record(&record, l, today()).expect("record"),
                "tools-record-title",
            ),
        ];
        for (doc, title) in &docs {
            assert_eq!(doc.locale, l);
            assert_eq!(doc.title.text, g.message(l, title).expect("title"));
            assert_eq!(doc.title.english.is_some(), l != "en", "{l}: the English title beside");
            assert!(!doc.blocks.is_empty());
        }
        let card = document::card(&plan.wallet_card().expect("card"), l).expect("card");
        assert_eq!(card.say.len(), 3, "{l}: lawyer, sign, fear");
        assert!(
            card.back.iter().all(|f| f.label.english.is_none()),
            "{l}: the back is English only"
        );
    }
}

#[test]
fn every_message_the_data_and_the_errors_name_exists_in_every_locale() {
    let g = Guide::get();
    let data = Data::get();
    let mut ids: Vec<String> = data.message_ids().iter().map(|s| s.to_string()).collect();
    ids.extend(Problem::IDS.iter().map(|id| format!("tools-error-{id}")));
    ids.extend(data.presence.kinds.iter().map(|k| format!("tools-kind-{k}")));
    for l in g.locale_ids() {
        for id in &ids {
            assert!(g.has_message(l, id), "{l}: no message {id}");
        }
    }
}

#[test]
fn the_verified_contacts_when_given_are_listed() {
    let help = [HelpContact {
        name: "Example Helpline".into(),
        purpose: "Free legal help".into(),
        phone: Some("(800) 555-0100".into()),
        hours: Some("Mon–Fri 9–5".into()),
        url: None,
        verified: today(),
    }];
    let doc = document::taken_with(&Search::default(), "es", today(), &help).expect("taken");
    let rows: Vec<&Vec<String>> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table { rows, .. } => Some(rows),
            _ => None,
        })
        .flatten()
        .collect();
    assert_eq!(
        rows,
        [&vec![
            "Example Helpline — Free legal help".to_string(),
            "(800) 555-0100".to_string(),
            "Mon–Fri 9–5".to_string()
        ]]
    );
    // Without them, the sheet points to the Get help page instead of listing numbers.
    let doc = document::taken_with(&Search::default(), "es", today(), &[]).expect("taken");
    let pending = Guide::get().message("es", "tools-taken-help-pending").expect("message");
    assert!(
        doc.blocks
            .iter()
            .any(|b| matches!(b, Block::Paragraph { text, .. } if *text == pending))
    );
}
