//! Every card kind, in every locale, on every paper, normal and large print: the time to generate each PDF
//! and its size. `cargo run --release -p amparo-cards --example all -- DIR` (writes the PDFs into DIR).

use std::path::PathBuf;
use std::time::Instant;

use amparo_cards::{Kind, Paper};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(std::env::args().nth(1).ok_or("usage: all DIR")?);
    std::fs::create_dir_all(&dir)?;
    let guide = amparo_guide::Guide::get();
    let t = Instant::now();
    amparo_cards::check_fonts("en")?;
    println!("font scan: {:.0} ms", t.elapsed().as_secs_f64() * 1e3);
    println!(
        "{:<8} {:<7} {:<7} {:<6} {:>9} {:>9}",
        "locale", "kind", "paper", "large", "ms", "KiB"
    );
    let total = Instant::now();
    let mut count = 0;
    for locale in guide.locale_ids() {
        for kind in Kind::ALL {
            let papers: &[Paper] = if kind == Kind::Wallet {
                &[Paper::Letter]
            } else {
                &Paper::ALL
            };
            for &paper in papers {
                for large in [false, true] {
                    let t = Instant::now();
                    let pdf = amparo_cards::render(kind, paper, large, locale)?;
                    let ms = t.elapsed().as_secs_f64() * 1e3;
                    let name = match kind {
                        Kind::Wallet => format!("{kind}-{locale}{}.pdf", if large { "-large" } else { "" }),
                        _ => format!("{kind}-{paper}-{locale}{}.pdf", if large { "-large" } else { "" }),
                    };
                    std::fs::write(dir.join(&name), &pdf)?;
                    let paper = if kind == Kind::Wallet { "-" } else { paper.as_str() };
                    println!(
                        "{locale:<8} {:<7} {paper:<7} {:<6} {ms:>9.1} {:>9.1}",
                        kind.as_str(),
                        large,
                        pdf.len() as f64 / 1024.0
                    );
                    count += 1;
                }
            }
        }
    }
    println!("{count} PDFs in {:.2} s", total.elapsed().as_secs_f64());
    Ok(())
}
