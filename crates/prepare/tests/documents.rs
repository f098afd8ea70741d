//! Every paper's document builds in every locale of the guide, every message the data and the errors name exists
//! in every locale, and the guide's verified contacts are listed on the "someone was taken" sheet.

use amparo_guide::Guide;
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

/// The blocks that follow the "Call for help" heading, up to the next heading.
fn help_blocks(doc: &amparo_prepare::Document, heading: &str) -> Vec<Block> {
    doc.blocks
        .iter()
        .skip_while(|b| !matches!(b, Block::Heading { label } if label.text == heading))
        .skip(1)
        .take_while(|b| !matches!(b, Block::Heading { .. }))
        .cloned()
        .collect()
}

fn field_values(blocks: &[Block]) -> Vec<(String, String)> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Fields { fields } => Some(fields.iter().map(|f| (f.label.text.clone(), f.value.clone()))),
            _ => None,
        })
        .flatten()
        .collect()
}

#[test]
fn the_taken_sheet_lists_the_guides_verified_contacts_in_every_locale() {
    let g = Guide::get();
    let plan = Plan::from_json(specimen::PLAN, today()).expect("plan");
    for l in g.locale_ids() {
        let contacts = g.contacts_for("taken", l).expect("contacts");
        assert!(
            contacts.len() >= 3,
            "{l}: the taken block lists the locator, lawyers and help lines"
        );
        let doc = document::taken(&Search::from(&plan), l, today()).expect("taken");
        let heading = g.message(l, "tools-taken-help-heading").expect("heading");
        let blocks = help_blocks(&doc, &heading);
        let names: Vec<&str> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Subheading { label } => Some(label.text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            names,
            contacts.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
            "{l}"
        );
        let paragraphs: Vec<&str> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        let fields = field_values(&blocks);
        let label = |id: &str| g.message(l, id).expect("label");
        for c in &contacts {
            assert!(
                paragraphs.iter().any(|p| p.starts_with(&c.purpose)),
                "{l}: {}: what it is for, in the reader's language",
                c.id
            );
            if let Some(n) = &c.note {
                assert!(paragraphs.iter().any(|p| p.contains(n.as_str())), "{l}: {}: note", c.id);
            }
            for (id, v) in [
                ("tools-field-phone", &c.phone),
                ("tools-field-email", &c.email),
                ("help-website", &c.url),
                ("tools-field-hours", &c.hours),
            ] {
                if let Some(v) = v {
                    assert!(fields.contains(&(label(id), v.clone())), "{l}: {}: {id} {v}", c.id);
                }
            }
        }
        let checked: Vec<String> = fields
            .iter()
            .filter(|(k, _)| *k == label("tools-field-checked"))
            .map(|(_, v)| v.clone())
            .collect();
        assert_eq!(
            checked,
            contacts.iter().map(|c| c.verified.to_string()).collect::<Vec<_>>(),
            "{l}: each contact with the day it was checked"
        );
        assert!(
            !paragraphs.contains(&g.message(l, "tools-taken-help-pending").expect("pending").as_str()),
            "{l}: no pointer elsewhere when the contacts are listed"
        );
    }
    // The numbers the steps quote are the contacts': one source for each.
    let eoir = g.contacts_for("court", "en").expect("court");
    let phone = eoir
        .iter()
        .find(|c| c.id == "eoir-case-line")
        .and_then(|c| c.phone.clone())
        .expect("the courts' line");
    let doc = document::taken(&Search::default(), "en", today()).expect("taken");
    assert!(doc.blocks.iter().any(|b| matches!(b, Block::Checklist { lines }
        if lines.iter().any(|l| l.text.contains(&phone)))));
}

#[test]
fn without_contacts_the_sheet_points_to_the_get_help_page() {
    let doc = document::taken_with(&Search::default(), "es", today(), &[]).expect("taken");
    let pending = Guide::get().message("es", "tools-taken-help-pending").expect("message");
    assert!(
        doc.blocks
            .iter()
            .any(|b| matches!(b, Block::Paragraph { text, .. } if *text == pending))
    );
    assert!(!doc.blocks.iter().any(|b| matches!(b, Block::Subheading { .. })));
}
