//! The typography data (`data/typography.toml`): one entry for every guide locale and none other, and an
//! unknown locale an error, never a silent default.

use amparo_cards::typography::{locales, typography};
use amparo_cards::{CardError, check_fonts, required_fonts};
use amparo_guide::Guide;

#[test]
fn every_guide_locale_has_exactly_one_entry_and_no_other_locale_has_one() {
    let guide: Vec<&str> = Guide::get().locales().expect("locales").iter().map(|l| l.id).collect();
    let data = locales().expect("typography.toml loads");
    for id in &guide {
        let t = typography(id).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert!(!t.why.trim().is_empty(), "{id}: say why");
        assert!(t.leading > 0.0 && t.leading < 3.0, "{id}: leading {}", t.leading);
        assert!(
            !t.lang.is_empty() && !t.lang.contains('-'),
            "{id}: lang {:?} (the region goes apart)",
            t.lang
        );
        assert_eq!(data.iter().filter(|d| *d == id).count(), 1, "{id}: one entry");
    }
    for id in &data {
        assert!(guide.contains(id), "typography for {id}, which is not a guide locale");
    }
    assert_eq!(data.len(), guide.len());
}

#[test]
fn every_family_named_is_installed() {
    for id in locales().expect("typography.toml loads") {
        check_fonts(id).unwrap_or_else(|e| panic!("{id}: {e}"));
    }
}

#[test]
fn an_unknown_locale_is_an_error_not_a_default() {
    for id in ["xx", "", "EN", "zh", "ur-PK"] {
        assert!(
            matches!(typography(id), Err(CardError::NoTypography(ref l)) if l == id),
            "{id:?}: {:?}",
            typography(id)
        );
        assert!(matches!(required_fonts(id), Err(CardError::NoTypography(_))), "{id:?}");
        assert!(matches!(check_fonts(id), Err(CardError::NoTypography(_))), "{id:?}");
    }
}

#[test]
fn the_scripts_get_their_fonts() {
    // The choices the entries explain, read back: Urdu in Nastaliq (not Naskh), Chinese by region.
    assert_eq!(required_fonts("ur").expect("ur"), ["Noto Nastaliq Urdu", "Noto Sans"]);
    assert_eq!(required_fonts("en").expect("en"), ["Noto Sans"]);
    let hant = typography("zh-Hant").expect("zh-Hant");
    assert_eq!((hant.lang.as_str(), hant.region.as_deref()), ("zh", Some("TW")));
    assert!(typography("ur").expect("ur").leading > typography("ar").expect("ar").leading);
}
