//! The text path: classify a one-page paper and decide what it allows (target: median under 1 ms).
//!
//! `cargo bench -p amparo-documents --bench text_path`

use amparo_documents::check_text;
use amparo_law::warrant::Kind;
use amparo_specimens::specimen::specimen;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    for (kind, v) in [
        (Kind::IceArrestWarrant, 0),
        (Kind::FederalSearchWarrant, 0),
        (Kind::IceDetainer, 0),
        (Kind::StateArrestWarrant, 5), // OCR-garbled
        (Kind::Unknown, 0),
    ] {
        let s = specimen(kind, v);
        let text = s.text();
        c.bench_function(&format!("text_path/{}", s.id), |b| {
            b.iter(|| check_text(black_box(&text), black_box(&s.situation)))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
