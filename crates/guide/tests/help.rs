//! Who to call and what changed, as the guide renders them in every locale.

use amparo_guide::{Guide, GuideError, contacts};

fn guide() -> &'static Guide {
    Guide::get()
}

#[test]
fn only_confirmed_contacts_are_shown_each_with_its_source_and_date() {
    let shown = contacts::all();
    for c in shown {
        let source = c.source.as_ref().unwrap_or_else(|| panic!("{} has no source", c.id));
        assert!(c.verified.is_some(), "{} has no verification date", c.id);
        if c.phone.is_some() {
            assert!(source.primary, "{}: a number shown without a primary source", c.id);
        }
    }
    // What the issue asks for, at least.
    let ids: Vec<&str> = shown.iter().map(|c| c.id.as_str()).collect();
    for id in [
        "moia-legal-hotline",
        "nys-new-americans-hotline",
        "nyifup-legal-aid",
        "nyifup-bds",
        "nyifup-bronx-defenders",
        "eoir-case-line",
        "ice-detainee-locator",
        "nyag-reporting-form",
        "nyc-311",
    ] {
        assert!(ids.contains(&id), "{id} is not shown");
    }
    // The helpline no current primary source confirms is kept, hidden, with the reason.
    let hidden = contacts::hidden();
    let legal_aid = hidden
        .iter()
        .find(|c| c.id == "legal-aid-immigration-helpline")
        .expect("kept as hidden");
    assert!(
        legal_aid
            .hidden
            .as_deref()
            .is_some_and(|why| why.contains("no longer lists it"))
    );
    assert!(!ids.contains(&"legal-aid-immigration-helpline"));
}

#[test]
fn the_numbers_are_the_confirmed_ones() {
    let phone = |id: &str| {
        contacts::all()
            .iter()
            .find(|c| c.id == id)
            .and_then(|c| c.phone.clone())
            .unwrap_or_default()
    };
    assert_eq!(phone("moia-legal-hotline"), "(800) 354-0365");
    assert_eq!(phone("nys-new-americans-hotline"), "1-800-566-7636");
    assert_eq!(phone("eoir-case-line"), "1-800-898-7180");
    assert_eq!(phone("nyc-311"), "311");
}

#[test]
fn every_contact_renders_in_every_locale_with_its_own_words() {
    let g = guide();
    let en = g.contacts("en").expect("english");
    for locale in g.locale_ids() {
        let list = g.contacts(locale).unwrap_or_else(|e| panic!("{locale}: {e}"));
        assert_eq!(list.len(), contacts::all().len());
        for (c, e) in list.iter().zip(&en) {
            assert!(!c.purpose.is_empty() && c.verified_line.contains(&c.verified.to_string()));
            if locale != "en" {
                assert_ne!(c.purpose, e.purpose, "{locale}: {} is not translated", c.id);
            }
            assert_eq!(c.phone, e.phone, "numbers are never translated");
            if let Some(tel) = &c.tel {
                assert!(tel.starts_with("tel:") && tel[4..].chars().all(|ch| ch == '+' || ch.is_ascii_digit()));
            }
        }
    }
    let eoir = en.iter().find(|c| c.id == "eoir-case-line").expect("eoir");
    assert_eq!(eoir.languages, ["English", "Español"]);
    assert_eq!(eoir.tel.as_deref(), Some("tel:+18008987180"));
}

#[test]
fn blocks_show_the_right_contacts_and_unknown_blocks_are_errors() {
    let g = guide();
    let detained: Vec<String> = g
        .contacts_for("detained", "en")
        .expect("detained")
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert!(detained.contains(&"ice-detainee-locator".to_owned()) && detained.contains(&"nyifup-bds".to_owned()));
    assert!(!g.contacts_for("court", "ko").expect("court").is_empty());
    assert!(!g.contacts_for("after", "ar").expect("after").is_empty());
    assert_eq!(g.contacts_for("card", "en").expect("card").len(), 1);
    assert_eq!(g.contacts_for("door", "en").expect("door").len(), 1);
    assert!(
        g.contacts_for("home", "en")
            .expect("a scenario without a block")
            .is_empty()
    );
    match g.contacts_for("nowhere", "en") {
        Err(e @ GuideError::UnknownContactBlock { .. }) => {
            let m = e.to_string();
            assert!(
                m.contains("nowhere") && m.contains("detained") && m.contains("taken"),
                "{m}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(g.contacts("xx"), Err(GuideError::UnknownLocale { .. })));
}

#[test]
fn every_change_renders_in_every_locale_newest_first() {
    let g = guide();
    let log = amparo_law::changes::changes();
    for locale in g.locale_ids() {
        let list = g.changes(locale).unwrap_or_else(|e| panic!("{locale}: {e}"));
        assert_eq!(list.len(), log.len());
        assert!(
            list.windows(2).all(|w| w[0].date >= w[1].date),
            "{locale}: newest first"
        );
        for c in &list {
            assert!(!c.summary.is_empty() && !c.status_text.is_empty() && !c.kind_text.is_empty());
        }
    }
    let en = g.changes("en").expect("en");
    let es = g.changes("es").expect("es");
    for (a, b) in en.iter().zip(&es) {
        assert_ne!(a.summary, b.summary, "es: change-{} is not translated", a.id);
    }
}

#[test]
fn a_change_links_the_statements_citing_what_it_affects() {
    let g = guide();
    let en = g.changes("en").expect("en");
    let memo = en.iter().find(|c| c.id == "ice-memo-i205-2025").expect("memo");
    let ids: Vec<&str> = memo.statements.iter().map(|s| s.id.as_str()).collect();
    assert!(ids.contains(&"home-i205"), "{ids:?}");
    let home = memo.statements.iter().find(|s| s.id == "home-i205").expect("home-i205");
    assert_eq!(home.page, "home#home-i205");
    // Each linked statement cites an authority the change affects.
    for s in &memo.statements {
        let data = g.statement(&s.id).map(|d| d.cite.clone()).unwrap_or_else(|| {
            g.advice_item(&s.id, "en")
                .expect("advice")
                .citations
                .iter()
                .map(|a| a.id.clone())
                .collect()
        });
        assert!(data.iter().any(|a| memo.affects.iter().any(|x| &x.id == a)), "{}", s.id);
    }
    // A bill is listed, and says it is not law.
    let bill = en.iter().find(|c| c.id == "locate-act-2026").expect("bill");
    assert!(!bill.changes_law && bill.kind_text.contains("not law"));
    // A change known only by its month shows the month.
    let reversal = en.iter().find(|c| c.id == "er-stay-reversed-2026").expect("reversal");
    assert_eq!(reversal.date_text, "2026-06");
}
