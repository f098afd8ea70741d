//! Right-to-left cards: every line of the holder's text starts at the right margin, wrapped lines included
//! (issue 13 reported the wrapped line of the Urdu large-print card starting at the left). Measured on the
//! layout itself (each line's right edge), not by looking at a rendering.

use amparo_cards::{Kind, Paper, card_size, lines};
use amparo_guide::{Direction, Guide};

/// The card's inner padding (`pad` in the template data): 9 pt, 12 pt in large print.
fn pad(large: bool) -> f64 {
    if large { 12.0 } else { 9.0 }
}

#[test]
fn every_line_of_a_right_to_left_card_starts_at_the_right_margin() {
    let guide = Guide::get();
    let rtl: Vec<&str> = guide
        .locales()
        .expect("locales")
        .iter()
        .filter(|l| l.direction == Direction::Rtl)
        .map(|l| l.id)
        .collect();
    assert!(rtl.contains(&"ar") && rtl.contains(&"ur"), "{rtl:?}");
    for locale in rtl {
        for large in [false, true] {
            let pages = lines(Kind::Wallet, Paper::Letter, large, locale).expect("lays out");
            let front = &pages[0];
            let margin = card_size(large).w - pad(large);
            assert!(front.len() >= 6, "{locale} large={large}: {front:#?}");
            // Lines more than a third of the card wide but not reaching its right margin are the bug.
            let misplaced: Vec<_> = front.iter().filter(|l| (l.right - margin).abs() > 0.5).collect();
            assert!(
                misplaced.is_empty(),
                "{locale} large={large}: lines not flush right (margin {margin} pt): {misplaced:#?}"
            );
            let wrapped = front.iter().filter(|l| !l.text.contains('•')).count();
            assert!(
                wrapped >= 2,
                "{locale} large={large}: title and at least one wrapped line"
            );
        }
    }
}

#[test]
fn the_check_fails_on_a_left_aligned_line() {
    // The same measure on an English card: its lines start at the left margin, so they fail the right-margin
    // test (the check is not vacuous).
    let front = &lines(Kind::Wallet, Paper::Letter, true, "en").expect("lays out")[0];
    let margin = card_size(true).w - pad(true);
    assert!(front.iter().any(|l| (l.right - margin).abs() > 0.5), "{front:#?}");
    assert!(front.iter().all(|l| l.left >= pad(true) - 0.5), "{front:#?}");
}
