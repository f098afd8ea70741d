//! Words on the page: an interface message (`ui-*`) and a guide text, each marked where it is English.

use amparo_guide::{Guide, SOURCE_LOCALE};
use maud::{Markup, html};

/// The interface message `id` in `locale`. Where the locale lacks it, the English text, marked
/// `lang="en"` so that screen readers pronounce it right and the gap is visible (as the web app's `Ui`).
pub fn t(locale: &str, id: &str) -> Markup {
    let guide = Guide::get();
    let english = guide.resolve_locale(locale).is_ok_and(|l| l == SOURCE_LOCALE);
    match guide.message(locale, id) {
        Ok(s) if english || guide.has_message(locale, id) => html! { (s) },
        Ok(s) => html! { span lang="en" dir="ltr" { (s) } },
        Err(_) => html! { span lang="en" dir="ltr" { (id) } },
    }
}

/// A text of the guide in the page's language: the English inside it that is meant to be English (the lines
/// for the officers, words printed on papers: [`amparo_guide::script::english_spans`]) marked `lang="en"`, and,
/// when its translation is stale ([`amparo_guide::split_stale`]), the note in the reader's language and the
/// current English after it, marked `lang="en"`.
pub fn guide_text(locale: &str, text: &str) -> Markup {
    match amparo_guide::split_stale(text) {
        (plain, None) => marked(locale, plain),
        (old, Some((note, english))) => html! {
            (marked(locale, old)) " " span.stale { (note) " " span lang="en" dir="ltr" { (english) } }
        },
    }
}

/// `text` with its English spans marked `lang="en"` (English itself: as it is).
fn marked(locale: &str, text: &str) -> Markup {
    if locale == SOURCE_LOCALE {
        return html! { (text) };
    }
    static LINES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let lines = LINES.get_or_init(|| Guide::get().english_lines());
    let spans = amparo_guide::script::english_spans(locale, text, lines);
    let mut at = 0;
    html! {
        @for (a, b) in spans {
            (&text[at..a])
            span lang="en" dir="ltr" { (&text[a..b]) }
            ({ at = b; "" })
        }
        (&text[at..])
    }
}
