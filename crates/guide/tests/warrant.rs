//! The warrant check's words, from the guide alone: every answer the law can give is worded in every locale,
//! and no English advice calls a paper "valid".

use amparo_guide::Guide;
use amparo_law::warrant::{AdviceId, Kind, Paper, Signer, Situation, assess};
use chrono::NaiveDate;

/// Papers that between them reach every kind, every judicial answer and every home-entry answer.
fn papers() -> Vec<(Paper, Situation)> {
    let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).and_then(|x| x.and_hms_opt(23, 30, 0));
    let mut out = Vec::new();
    for kind in Kind::ALL {
        for signer in [
            None,
            Some(Signer::FederalJudge),
            Some(Signer::StateJudge),
            Some(Signer::ImmigrationOfficer),
        ] {
            let paper = Paper {
                kind,
                signer,
                names: vec!["Ana Perez".into()],
                addresses: vec!["1 Main St".into()],
                issued: NaiveDate::from_ymd_opt(2026, 1, 2),
                ..Paper::default()
            };
            out.push((paper.clone(), Situation::default()));
            let elsewhere = Situation {
                name: Some("Luis Ortiz".into()),
                address: Some("2 Oak Ave".into()),
                now: day(1),
            };
            out.push((paper, elsewhere));
        }
    }
    out
}

#[test]
fn every_answer_is_worded_in_every_locale() {
    let guide = Guide::get();
    let assessments: Vec<_> = papers().iter().map(|(p, s)| assess(p, s)).collect();
    let mut seen_advice = std::collections::BTreeSet::new();
    for locale in guide.locale_ids() {
        for a in &assessments {
            let w = guide
                .warrant_words(a, locale)
                .unwrap_or_else(|e| panic!("{locale} {}: {e}", a.kind));
            assert_eq!(w.locale, locale);
            for text in [&w.appears, &w.kind, &w.judicial, &w.entry, &w.what_to_do] {
                assert!(!text.trim().is_empty(), "{locale} {}", a.kind);
            }
            assert_eq!(w.advice.len(), a.advice.len());
            for (item, adv) in w.advice.iter().zip(&a.advice) {
                assert_eq!(item.id, adv.id.id());
                assert!(!item.text.trim().is_empty() && !item.citations.is_empty());
                seen_advice.insert(adv.id.id());
            }
        }
    }
    // The grid reaches every advice the law can give.
    let all: std::collections::BTreeSet<_> = AdviceId::ALL.iter().map(|a| a.id()).collect();
    assert_eq!(seen_advice, all);
}

#[test]
fn no_english_answer_calls_a_paper_valid() {
    let guide = Guide::get();
    for (p, s) in papers() {
        let w = guide.warrant_words(&assess(&p, &s), "en").expect("words");
        let all = [w.kind, w.judicial, w.entry]
            .into_iter()
            .chain(w.advice.into_iter().map(|a| a.text))
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        assert!(!all.contains("valid"), "{}: {all}", p.kind);
    }
}
