//! The accuracy report: precision and recall per kind and per channel on the generated specimen corpus,
//! and the count of non-judicial papers reported as judicial (must be zero).
//!
//! ```sh
//! cargo run --release -p amparo-documents --example accuracy                      # text + PDF
//! cargo run --release -p amparo-documents --example accuracy -- --photos 12      # + 12 photos per kind (OCR)
//! cargo run --release -p amparo-documents --example accuracy -- --write /tmp/specimens   # also write the files
//! cargo run --release -p amparo-documents --example accuracy -- --photos 12 --only state_ --only -10  # photos whose id contains any
//! ```
//!
//! Photos need the `tesseract` command (Debian: tesseract-ocr tesseract-ocr-eng) and the DejaVu fonts
//! (fonts-dejavu-core) to render the pages. The specimens' layouts are invented: see `specimen.rs`.
//!
//! Every channel is reported twice: on the corpus the classifier was tuned against, and on the held-out set
//! (`amparo_specimens::held_out`, other layouts written from public sources), on its own line.

use amparo_specimens::render;

use std::path::PathBuf;
use std::time::Instant;

use amparo_documents::{DocumentError, Limits, Report, check_bytes, check_text};
use amparo_law::warrant::Situation;
use amparo_specimens::accuracy::{Outcome, Score};
use amparo_specimens::held_out::held_out;
use amparo_specimens::specimen::{Specimen, corpus};

fn main() {
    let mut photos_per_kind: u64 = 0;
    let mut write: Option<PathBuf> = None;
    let mut only: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--photos" => photos_per_kind = args.next().and_then(|n| n.parse().ok()).unwrap_or(12),
            "--write" => write = args.next().map(PathBuf::from),
            "--only" => only.extend(args.next()),
            other => {
                eprintln!("unknown argument {other}; use --photos N, --write DIR, --only ID_PART");
                std::process::exit(2);
            }
        }
    }
    let limits = Limits::default();
    for (label, corpus) in [("", corpus()), ("held-out ", held_out())] {
        report(label, &corpus, &limits, photos_per_kind, write.as_ref(), &only);
    }
}

/// The report on one set of specimens: text, PDF and (if asked) photos.
fn report(
    label: &str,
    corpus: &[Specimen],
    limits: &Limits,
    photos_per_kind: u64,
    write: Option<&PathBuf>,
    only: &[String],
) {
    let limits = *limits;
    let write = write.cloned();
    if let Some(dir) = &write {
        for sub in ["text", "pdf", "photo"] {
            let _ = std::fs::create_dir_all(dir.join(sub));
        }
    }

    // Text.
    let t0 = Instant::now();
    let text: Vec<Outcome<'_>> = corpus
        .iter()
        .map(|s| {
            if let Some(dir) = &write {
                let _ = std::fs::write(dir.join("text").join(format!("{}.txt", s.id)), s.text());
            }
            Outcome {
                specimen: s,
                result: Ok(check_text(&s.text(), &s.situation)),
            }
        })
        .collect();
    let text_time = t0.elapsed();
    print!("{}", Score::new(&format!("{label}text"), &text));
    println!(
        "  ({} specimens in {:.1} ms)\n",
        corpus.len(),
        text_time.as_secs_f64() * 1e3
    );

    // PDF (text layer).
    let t0 = Instant::now();
    let pdf: Vec<Outcome<'_>> = corpus
        .iter()
        .map(|s| {
            let bytes = render::pdf(s);
            if let Some(dir) = &write {
                let _ = std::fs::write(dir.join("pdf").join(format!("{}.pdf", s.id)), &bytes);
            }
            Outcome {
                specimen: s,
                result: check_bytes(&bytes, &s.situation, &limits),
            }
        })
        .collect();
    print!("{}", Score::new(&format!("{label}pdf"), &pdf));
    println!(
        "  ({} PDFs in {:.1} ms)\n",
        corpus.len(),
        t0.elapsed().as_secs_f64() * 1e3
    );

    // Photos (OCR), in two threads.
    if photos_per_kind > 0 {
        let chosen: Vec<&Specimen> = corpus
            .iter()
            .filter(|s| {
                s.id.rsplit('-')
                    .next()
                    .and_then(|v| v.parse::<u64>().ok())
                    .is_some_and(|v| v < photos_per_kind)
                    && (only.is_empty() || only.iter().any(|o| s.id.contains(o.as_str())))
            })
            .collect();
        let t0 = Instant::now();
        let font = render::font();
        // Each photo is checked twice: with the specimen's situation (name, address, time: the whole page
        // is read and the names are scored), and with the time only, as a person who gives no name or
        // address (the top and bottom of the page first; kind and judicial scored).
        type Checked = (usize, Result<Report, DocumentError>, Result<Report, DocumentError>);
        let results: Vec<Checked> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..2)
                .map(|w| {
                    let chosen = &chosen;
                    let font = &font;
                    let write = &write;
                    scope.spawn(move || {
                        let mut out = Vec::new();
                        for (i, s) in chosen.iter().enumerate().filter(|(i, _)| i % 2 == w) {
                            let jpeg = render::photo(s, font.as_ref());
                            if let Some(dir) = write {
                                let _ = std::fs::write(dir.join("photo").join(format!("{}.jpg", s.id)), &jpeg);
                            }
                            let time_only = Situation {
                                now: s.situation.now,
                                ..Situation::default()
                            };
                            out.push((
                                i,
                                check_bytes(&jpeg, &s.situation, &limits),
                                check_bytes(&jpeg, &time_only, &limits),
                            ));
                        }
                        out
                    })
                })
                .collect();
            handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
        });
        let mut results = results;
        results.sort_by_key(|(i, _, _)| *i);
        let mut photo: Vec<Outcome<'_>> = Vec::new();
        let mut quick: Vec<Outcome<'_>> = Vec::new();
        for (i, full, partial) in results {
            photo.push(Outcome {
                specimen: chosen[i],
                result: full,
            });
            quick.push(Outcome {
                specimen: chosen[i],
                result: partial,
            });
        }
        print!("{}", Score::new(&format!("{label}photo"), &photo));
        println!();
        print!(
            "{}",
            Score::decisions_only(&format!("{label}photo, no name or address"), &quick)
        );
        println!(
            "  ({} photos, each checked twice, in {:.1} s: {:.2} s per check on 2 threads)\n",
            chosen.len(),
            t0.elapsed().as_secs_f64(),
            t0.elapsed().as_secs_f64() / (2 * chosen.len()).max(1) as f64 * 2.0
        );
    }
}
