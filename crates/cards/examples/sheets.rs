//! The tool behind `scripts/cards-reference`, which makes the reference images of `tests/reference.rs`:
//!
//! - `cargo run -p amparo-cards --example sheets -- pdfs DIR`: every locale's Letter sheet of wallet cards
//!   (normal print) as `DIR/<locale>-sheet-letter.pdf`; prints the locales, one a line.
//! - `cargo run -p amparo-cards --example sheets -- gray FILE.png...`: rewrites each PNG (as `pdftoppm -gray
//!   -png` writes it: gray stored as RGB, lightly compressed) as 8-bit grayscale, best compression, so the
//!   committed images stay small. The pixel values are unchanged.

use std::path::PathBuf;

use amparo_cards::{Kind, Paper};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("pdfs") if args.len() == 2 => {
            let dir = PathBuf::from(&args[1]);
            std::fs::create_dir_all(&dir)?;
            for locale in amparo_guide::Guide::get().locale_ids() {
                let pdf = amparo_cards::render(Kind::Sheet, Paper::Letter, false, locale)?;
                std::fs::write(dir.join(format!("{locale}-sheet-letter.pdf")), pdf)?;
                println!("{locale}");
            }
        }
        Some("gray") => {
            for file in &args[1..] {
                let (width, height, pixels) = decode_gray(&std::fs::read(file)?)?;
                let mut out = Vec::new();
                let mut encoder = png::Encoder::new(&mut out, width, height);
                encoder.set_color(png::ColorType::Grayscale);
                encoder.set_depth(png::BitDepth::Eight);
                encoder.set_compression(png::Compression::High);
                encoder.write_header()?.write_image_data(&pixels)?;
                std::fs::write(file, out)?;
            }
        }
        _ => return Err("usage: sheets pdfs DIR | sheets gray FILE.png...".into()),
    }
    Ok(())
}

/// An 8-bit PNG (gray, gray+alpha, RGB or RGBA) as gray levels (the first channel: pdftoppm's gray is R=G=B).
fn decode_gray(bytes: &[u8]) -> Result<(u32, u32, Vec<u8>), Box<dyn std::error::Error>> {
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes)).read_info()?;
    let mut buf = vec![0; reader.output_buffer_size().ok_or("PNG too large")?];
    let info = reader.next_frame(&mut buf)?;
    if info.bit_depth != png::BitDepth::Eight {
        return Err(format!("expected an 8-bit PNG, got {:?}", info.bit_depth).into());
    }
    let channels = info.color_type.samples();
    let pixels = buf[..info.buffer_size()].chunks_exact(channels).map(|p| p[0]).collect();
    Ok((info.width, info.height, pixels))
}
