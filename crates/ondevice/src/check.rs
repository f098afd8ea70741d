//! One check: what the page hands over (a paper's text, the guided form's fields, or text read from a photo
//! on the phone), the person's situation and the time, to the same report the server makes.

use amparo_documents::{Channel, PageRead, Reading, Report, check_guided, check_reading, check_text, in_new_york};
use amparo_law::warrant::Situation;
use amparo_warrant_view::{Ran, answers};

/// What the page hands over.
#[derive(Debug, Clone)]
pub enum Input<'a> {
    /// A paper's text, typed or pasted.
    Text(&'a str),
    /// The guided form's fields, as the form would post them (name, value).
    Guided(&'a [(String, String)]),
    /// Text read from a photo on the phone, and how much of the page was read.
    Photo { text: &'a str, whole: bool },
}

/// The situation from the page's fields: a blank name or address is none given, as on the server; the time
/// (RFC 3339, the phone's clock) is read as New York wall-clock time, as `amparo check-warrant --now` is.
/// A time that does not parse is none (the dates are then not compared), never a guess.
fn situation(name: &str, address: &str, now: &str) -> Situation {
    let given = |s: &str| Some(s.trim()).filter(|s| !s.is_empty()).map(str::to_owned);
    Situation {
        name: given(name),
        address: given(address),
        now: chrono::DateTime::parse_from_rfc3339(now.trim()).ok().map(in_new_york),
    }
}

/// The report, exactly as the server's handlers make it.
pub fn check(input: &Input<'_>, name: &str, address: &str, now: &str) -> Report {
    let sit = situation(name, address, now);
    match input {
        Input::Text(t) => check_text(t, &sit),
        Input::Guided(fields) => check_guided(&answers(fields), &sit),
        Input::Photo { text, whole } => check_reading(
            &Reading {
                channel: Channel::Photo,
                text: (*text).to_owned(),
                page: if *whole {
                    PageRead::Whole
                } else {
                    PageRead::TopAndBottom
                },
            },
            &sit,
        ),
    }
}

/// The answer as the server's page shows it, in `lang`, saying that it was checked on the phone.
pub fn html(report: &Report, lang: &str) -> String {
    let locale = amparo_guide::Guide::get()
        .resolve_locale(lang)
        .unwrap_or(amparo_guide::SOURCE_LOCALE);
    amparo_warrant_view::result(locale, report, Ran::Device).into_string()
}

/// The answer as `amparo check-warrant --format json --lang LL` and `POST /api/v1/warrant-check` write it.
pub fn json(report: &Report, lang: &str) -> String {
    let guide = amparo_guide::Guide::get();
    let locale = guide.resolve_locale(lang).unwrap_or(amparo_guide::SOURCE_LOCALE);
    let (Ok(mut v), Ok(words)) = (
        serde_json::to_value(report),
        guide.warrant_words(&report.assessment, locale),
    ) else {
        return r#"{"error":{"message":"the answer could not be written"}}"#.to_owned();
    };
    v["lang"] = words.locale.into();
    v["advice_text"] = words.advice_texts().into();
    v.to_string()
}
