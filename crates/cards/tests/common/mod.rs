//! Shared by the card tests: running poppler's tools on a PDF held in memory (from the test-support crate,
//! where the CLI's and the browser's tests find them too).

pub(crate) use amparo_specimens::pdf_text::{STDIN, poppler};

/// One test per locale of the guide, each calling `$check(locale)`, and a test that fails when the guide has
/// a locale the list leaves out: `locale_tests!(check; text_en => "en", …)`. (Not every test binary uses it.)
#[allow(unused_macros)]
macro_rules! locale_tests {
    ($check:ident; $($name:ident => $id:literal),* $(,)?) => {
        $( #[test] fn $name() { $check($id); } )*

        #[test]
        fn every_guide_locale_is_tested() {
            let mut tested = vec![$($id),*];
            let mut all = amparo_guide::Guide::get().locale_ids();
            tested.sort_unstable();
            all.sort_unstable();
            assert_eq!(tested, all);
        }
    };
}
#[allow(unused_imports)]
pub(crate) use locale_tests;
