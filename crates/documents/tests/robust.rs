//! No input panics: arbitrary text through the classifier, arbitrary bytes through intake.

use amparo_documents::{Limits, check_bytes, check_text};
use amparo_law::warrant::Situation;
use amparo_specimens::specimen::corpus;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn any_text_is_classified_without_panic(s in "\\PC{0,400}") {
        let _ = check_text(&s, &Situation::default());
    }

    #[test]
    fn mutated_specimens_never_panic(idx in 0usize..144, cut in 0usize..4000, junk in "[\\PC\n—–§]{0,40}") {
        let c = corpus();
        let t = c[idx % c.len()].text();
        let mut cut = cut.min(t.len());
        while !t.is_char_boundary(cut) { cut -= 1; }
        let mutated = format!("{}{}{}", &t[..cut], junk, &t[cut..]);
        let s = Situation { name: Some(junk.clone()), address: Some(junk), now: None };
        let _ = check_text(&mutated, &s);
    }

    #[test]
    fn any_bytes_are_refused_or_read_without_panic(prefix in prop::sample::select(vec![&b""[..], b"%PDF-1.7\n", b"\x89PNG\r\n\x1a\n", b"\xFF\xD8\xFF", b"RIFF\0\0\0\0WEBPVP8 "]), body in prop::collection::vec(any::<u8>(), 0..600)) {
        let mut bytes = prefix.to_vec();
        bytes.extend(body);
        let _ = check_bytes(&bytes, &Situation::default(), &Limits::default());
    }
}
