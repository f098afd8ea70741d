//! Criterion benchmarks for the detainer rules: the decision alone, and the whole JSON line path
//! (read a case, decide, write the outcome) that `amparo detainer --batch` runs per line.

use std::hint::black_box;

use amparo_law::detainer::{Case, LineWriter, OutcomeJson, TraceLevel, evaluate};
use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const TYPICAL: &[&str] = &[
    r#"{"agency":"doc","as_of":"2026-11-26","arrest_date":"2026-11-20","judicial_warrant":true,"convictions":[{"statute":"PL 265.02(3)","felony":true,"judgment_date":"2023-04-11"}]}"#,
    r#"{"agency":"nypd","as_of":"2026-11-26","arrest_date":"2026-11-20","reentered_after_removal":true,"convictions":[{"statute":"PL 155.30","felony":true,"judgment_date":"2019-04-11"},{"statute":"PL 160.15","felony":true,"judgment_date":"2012-01-03","days_incarcerated":700},{"statute":"PL 120.00","felony":false,"judgment_date":"2024-02-01"}]}"#,
    r#"{"agency":"probation","as_of":"2026-11-26","arrest_date":"2026-11-20","judicial_warrant":true,"convictions":[{"statute":"PL 110/160.10","felony":true,"judgment_date":"2022-04-11"},{"statute":"VTL 1192(3)","felony":true,"judgment_date":"2021-01-01"},{"statute":"PL 221.05","felony":false,"judgment_date":"2018-01-01"},{"statute":"PL 135.65(2)(b)","felony":true,"judgment_date":"2017-05-05"},{"statute":"VTL 600(2)(c)","felony":true,"judgment_date":"2016-05-05"}]}"#,
];

fn bench(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).expect("date");
    let cases: Vec<Case> = TYPICAL.iter().map(|s| Case::from_json(s).expect("valid")).collect();
    // Warm the embedded data.
    let _ = evaluate(&cases[0], today);

    let mut g = c.benchmark_group("detainer");
    g.throughput(Throughput::Elements(cases.len() as u64));
    g.bench_function("evaluate (3 typical cases)", |b| {
        b.iter(|| {
            for case in &cases {
                black_box(evaluate(black_box(case), today).expect("valid"));
            }
        })
    });
    g.bench_function("json read (3 typical cases)", |b| {
        b.iter(|| {
            for line in TYPICAL {
                black_box(Case::from_json(black_box(line)).expect("valid"));
            }
        })
    });
    let outcomes: Vec<_> = cases.iter().map(|c| evaluate(c, today).expect("valid")).collect();
    let mut out = Vec::with_capacity(1 << 14);
    g.bench_function("json write (3 typical outcomes)", |b| {
        b.iter(|| {
            for o in &outcomes {
                out.clear();
                serde_json::to_writer(&mut out, black_box(o)).expect("writes");
                black_box(&out);
            }
        })
    });
    g.bench_function("json write, summary trace (3 typical outcomes)", |b| {
        b.iter(|| {
            for o in &outcomes {
                out.clear();
                let view = OutcomeJson {
                    outcome: o,
                    level: TraceLevel::Summary,
                };
                serde_json::to_writer(&mut out, black_box(&view)).expect("writes");
                black_box(&out);
            }
        })
    });
    let mut writer = LineWriter::new();
    for (name, level) in [("full", TraceLevel::Full), ("summary", TraceLevel::Summary)] {
        g.bench_function(format!("line writer, {name} trace (3 typical outcomes)"), |b| {
            b.iter(|| {
                for o in &outcomes {
                    out.clear();
                    writer.write(black_box(o), level, &mut out);
                    black_box(&out);
                }
            })
        });
        g.bench_function(
            format!("batch line, {name} trace: read + evaluate + write (3 typical cases)"),
            |b| {
                b.iter(|| {
                    for line in TYPICAL {
                        out.clear();
                        let case = Case::from_json(black_box(line)).expect("valid");
                        let o = evaluate(&case, today).expect("valid");
                        writer.write(&o, level, &mut out);
                        black_box(&out);
                    }
                })
            },
        );
    }
    g.bench_function("json line: read + evaluate + write (3 typical cases)", |b| {
        b.iter(|| {
            for line in TYPICAL {
                out.clear();
                let case = Case::from_json(black_box(line)).expect("valid");
                let o = evaluate(&case, today).expect("valid");
                serde_json::to_writer(&mut out, &o).expect("writes");
                black_box(&out);
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
