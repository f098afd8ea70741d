//! Write photo specimens to a folder, for benchmarks and manual checks:
//!
//! ```sh
//! cargo run --release -p amparo-documents --example photos -- DIR [--n N] [--big]
//! ```
//!
//! `--n N` (default 6): how many, taken in turn from the kinds (a court warrant, then an immigration
//! paper, …) with variant numbers 0, 1, 2, …; `--big`: 12-megapixel photos (3024 × 4032), as a phone takes
//! them, instead of the accuracy report's smaller ones. Each photo is `ID.jpg`; `truth.tsv` lists
//! `ID<TAB>kind<TAB>judicial` for each. Needs the DejaVu fonts (fonts-dejavu-core) to render pages.

use amparo_specimens::render;

use std::path::PathBuf;

use amparo_law::warrant::Kind;
use amparo_specimens::specimen::specimen;

/// Court warrants and immigration papers in turn, so that a small N has both.
const ORDER: [Kind; 12] = [
    Kind::FederalArrestWarrant,
    Kind::IceArrestWarrant,
    Kind::StateSearchWarrant,
    Kind::IceRemovalWarrant,
    Kind::FederalSearchWarrant,
    Kind::ImmigrationCourtOrder,
    Kind::StateArrestWarrant,
    Kind::IceDetainer,
    Kind::NoticeToAppear,
    Kind::IceCustodyOrder,
    Kind::AdministrativeSubpoena,
    Kind::Unknown,
];

fn main() {
    let mut dir: Option<PathBuf> = None;
    let mut n: u64 = 6;
    let mut big = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--n" => n = args.next().and_then(|v| v.parse().ok()).unwrap_or(n),
            "--big" => big = true,
            "-h" | "--help" => {
                println!("usage: photos DIR [--n N] [--big]");
                return;
            }
            d if dir.is_none() && !d.starts_with('-') => dir = Some(PathBuf::from(d)),
            other => {
                eprintln!("unknown argument {other}; usage: photos DIR [--n N] [--big]");
                std::process::exit(2);
            }
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: photos DIR [--n N] [--big]");
        std::process::exit(2);
    };
    let Some(font) = render::font() else {
        eprintln!("no font to render pages: install fonts-dejavu-core");
        std::process::exit(1);
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("{}: {e}", dir.display());
        std::process::exit(1);
    }
    let mut truth = String::new();
    for i in 0..n {
        let kind = ORDER[(i % 12) as usize];
        let s = specimen(kind, i % 12);
        let jpeg = render::photo_sized(&s, Some(&font), big);
        let path = dir.join(format!("{}.jpg", s.id));
        if let Err(e) = std::fs::write(&path, &jpeg) {
            eprintln!("{}: {e}", path.display());
            std::process::exit(1);
        }
        truth.push_str(&format!("{}\t{}\t{}\n", s.id, s.truth.kind.id(), s.truth.judicial.id()));
    }
    if let Err(e) = std::fs::write(dir.join("truth.tsv"), truth) {
        eprintln!("truth.tsv: {e}");
        std::process::exit(1);
    }
}
