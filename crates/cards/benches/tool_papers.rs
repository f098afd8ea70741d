//! The time to make each tool's paper as a PDF (family plan, wallet card, someone taken, proof of presence,
//! encounter record) from the specimen inputs, in English, Spanish, Chinese, Arabic and Urdu (the scripts
//! that shape and typeset differently; Urdu's Nastaliq is the slowest). The web makes one of these per button.
//!
//! Read the figures as the time of a *repeat*: typst memoizes (comemo), and every iteration here typesets the
//! same input, so all but the first reuse most of the layout. A form with new values costs more.
//!
//! `cargo bench -p amparo-cards --bench tool_papers -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;

use amparo_cards::Paper;
use amparo_cards::tools::{card_pdf, document_pdf};
use amparo_prepare::{Plan, Presence, Record, Search, document};
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};

const LOCALES: [&str; 5] = ["en", "es", "zh-Hans", "ar", "ur"];

fn bench(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
    let now = today.and_hms_opt(18, 0, 0).expect("time");
    let plan = Plan::from_json(amparo_prepare::specimen::PLAN, today).expect("specimen plan");
    let card = plan.wallet_card().expect("specimen card");
    let search = Search::from(&plan);
    let presence = Presence::from_json(amparo_prepare::specimen::PRESENCE, today)
        .expect("specimen presence")
        .report();
    let record = Record::from_json(amparo_prepare::specimen::RECORD, now).expect("specimen record");
    // A PDF takes tenths of a second: criterion's minimum of 10 samples, not 100.
    let mut g = c.benchmark_group("tool_papers");
    g.sample_size(10);
    for locale in LOCALES {
        g.bench_function(format!("plan/{locale}"), |b| {
            b.iter(|| {
                let doc = document::plan(black_box(&plan), locale, today).expect("plan");
                document_pdf(&doc, Paper::Letter).expect("plan PDF")
            })
        });
        g.bench_function(format!("card/{locale}"), |b| {
            b.iter(|| card_pdf(&document::card(black_box(&card), locale).expect("card"), false).expect("card PDF"))
        });
        g.bench_function(format!("taken/{locale}"), |b| {
            b.iter(|| {
                let doc = document::taken(black_box(&search), locale, today).expect("taken");
                document_pdf(&doc, Paper::Letter).expect("taken PDF")
            })
        });
        g.bench_function(format!("presence/{locale}"), |b| {
            b.iter(|| {
                let doc = document::presence(black_box(&presence), locale, today).expect("presence");
                document_pdf(&doc, Paper::A4).expect("presence PDF")
            })
        });
        g.bench_function(format!("record/{locale}"), |b| {
            b.iter(|| {
                let doc = document::record(black_box(&record), locale, today).expect("record");
                document_pdf(&doc, Paper::Letter).expect("record PDF")
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
