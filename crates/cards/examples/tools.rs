//! Every tool's paper (family plan, wallet card, someone taken, proof of presence, encounter record) in every
//! locale, from the specimen inputs: the time to make each PDF and its size.
//! `cargo run --release -p amparo-cards --example tools -- DIR` (writes the PDFs into DIR).

use std::path::PathBuf;
use std::time::Instant;

use amparo_cards::Paper;
use amparo_cards::tools::{card_pdf, document_pdf};
use amparo_prepare::{Plan, Presence, Record, Search, document};
use chrono::NaiveDate;

/// Makes one PDF.
type Make<'a> = Box<dyn Fn() -> Result<Vec<u8>, Box<dyn std::error::Error>> + 'a>;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(std::env::args().nth(1).ok_or("usage: tools DIR")?);
    std::fs::create_dir_all(&dir)?;
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).ok_or("date")?;
    let now = today.and_hms_opt(18, 0, 0).ok_or("time")?;
    let plan = Plan::from_json(amparo_prepare::specimen::PLAN, today)?;
    let card = plan.wallet_card()?;
    let presence = Presence::from_json(amparo_prepare::specimen::PRESENCE, today)?.report();
    let record = Record::from_json(amparo_prepare::specimen::RECORD, now)?;
    let t = Instant::now();
    amparo_cards::check_fonts("en")?;
    println!("font scan: {:.0} ms", t.elapsed().as_secs_f64() * 1e3);
    println!("{:<8} {:<9} {:>8} {:>8} {:>6}", "locale", "paper", "ms", "KiB", "pages");
    for locale in amparo_guide::Guide::get().locale_ids() {
        let docs: Vec<(&str, Make)> = vec![
            (
                "plan",
                Box::new(|| Ok(document_pdf(&document::plan(&plan, locale, today)?, Paper::Letter)?)),
            ),
            (
                "card",
                Box::new(|| Ok(card_pdf(&document::card(&card, locale)?, false)?)),
            ),
            (
                "taken",
                Box::new(|| {
                    Ok(document_pdf(
                        &document::taken(&Search::from(&plan), locale, today)?,
                        Paper::Letter,
                    )?)
                }),
            ),
            (
                "presence",
                Box::new(|| Ok(document_pdf(&document::presence(&presence, locale, today)?, Paper::A4)?)),
            ),
            (
                "record",
                Box::new(|| Ok(document_pdf(&document::record(&record, locale, today)?, Paper::Letter)?)),
            ),
        ];
        for (name, make) in docs {
            let t = Instant::now();
            let pdf = make()?;
            let ms = t.elapsed().as_secs_f64() * 1e3;
            // "/Type /Page" but not "/Type /Pages" (the page tree).
            let pages = pdf
                .windows(12)
                .filter(|w| {
                    (w.starts_with(b"/Type /Page") && w[11] != b's') || (w.starts_with(b"/Type/Page") && w[10] != b's')
                })
                .count();
            std::fs::write(dir.join(format!("{name}-{locale}.pdf")), &pdf)?;
            println!(
                "{locale:<8} {name:<9} {ms:>8.1} {:>8.1} {pages:>6}",
                pdf.len() as f64 / 1024.0
            );
        }
    }
    Ok(())
}
