//! Seeds the fuzz corpora from the specimen corpus (the tuned set and the held-out set), so that libFuzzer
//! starts from real warrants, ICE forms and court papers rather than from nothing:
//!
//! ```text
//! cargo run -p amparo-specimens --example fuzz_seeds        # writes fuzz/corpus/<target>/
//! cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run warrant_classify corpus/warrant_classify
//! ```
//!
//! - `warrant_classify`: each paper's text, then `\u{1}`, the person's name and address on two lines (the
//!   target's input format);
//! - `warrant_intake`: each paper as text and as a PDF with a text layer, and every twelfth as a photo (JPEG).
//!
//! The detainer targets are seeded from `cargo run -p amparo-law --example gen_cases`. `fuzz/corpus` is not
//! committed (`.gitignore`): it is regenerated, byte for byte the same, by this example.

use std::path::{Path, PathBuf};

use amparo_specimens::{held_out::held_out, render, specimen::corpus};

fn main() -> std::io::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus");
    let classify = dir(&root, "warrant_classify")?;
    let intake = dir(&root, "warrant_intake")?;
    let font = render::font();
    let mut papers = corpus();
    papers.extend(held_out());
    let mut written = 0usize;
    for (i, s) in papers.iter().enumerate() {
        let name = s.situation.name.clone().unwrap_or_default();
        let address = s.situation.address.clone().unwrap_or_default();
        let text = s.text();
        std::fs::write(
            classify.join(format!("{}.txt", s.id)),
            format!("{text}\u{1}{name}\n{address}"),
        )?;
        std::fs::write(intake.join(format!("{}.txt", s.id)), &text)?;
        std::fs::write(intake.join(format!("{}.pdf", s.id)), render::pdf(s))?;
        written += 3;
        if i % 12 == 0 {
            std::fs::write(intake.join(format!("{}.jpg", s.id)), render::photo(s, font.as_ref()))?;
            written += 1;
        }
    }
    println!("{written} seeds from {} specimens in {}", papers.len(), root.display());
    Ok(())
}

fn dir(root: &Path, target: &str) -> std::io::Result<PathBuf> {
    let d = root.join(target);
    std::fs::create_dir_all(&d)?;
    Ok(d)
}
