//! Show one specimen and what was read from it: `cargo run -p amparo-documents --example show -- ID`.
use amparo_documents::check_text;
use amparo_specimens::specimen::corpus;

fn main() {
    let id = std::env::args().nth(1).unwrap_or_default();
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
