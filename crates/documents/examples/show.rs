//! Show one specimen and what was read from it: `cargo run -p amparo-documents --example show -- ID`, or
//! what was read from a file (a photo, a PDF, text): `… --example show -- FILE` (the text as read, then
//! the fields).
use amparo_documents::{Limits, check_text, read_text};
use amparo_specimens::specimen::corpus;

fn main() {
    let id = std::env::args().nth(1).unwrap_or_default();
    if let Ok(bytes) = std::fs::read(&id) {
        match read_text(&bytes, &Limits::default()) {
            Ok((channel, text)) => {
                println!("{text}\n---- ({})", channel.id());
                let r = check_text(&text, &Default::default());
                println!(
                    "{:?} {:?}\n{:#?}",
                    r.assessment.kind, r.assessment.judicial, r.extraction.fields
                );
            }
            Err(e) => eprintln!("{e}"),
        }
        return;
    }
    for s in corpus().iter().filter(|s| s.id == id) {
        let t = s.text();
        println!("{t}\n----");
        let r = check_text(&t, &s.situation);
        println!("{:#?}\n{:?}", r.extraction.fields, s.truth);
        println!(
            "names_person {:?} names_address {:?} expired {:?}",
            r.assessment.names_person, r.assessment.names_address, r.assessment.expired
        );
        println!("situation {:?}", s.situation);
    }
}
