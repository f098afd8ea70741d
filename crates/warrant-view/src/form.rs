//! The guided form's fields (as posted to the server, or read from the same form on the phone) to the
//! guided answers.

use amparo_documents::{GuidedAnswers, QUESTIONS};

/// A form field's value, trimmed; `None` where it is missing or blank.
pub fn field<'a>(fields: &'a [(String, String)], k: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(n, _)| n == k)
        .map(|(_, v)| v.trim())
        .filter(|v| !v.is_empty())
}

/// The guided answers from the form's fields: each question's chosen radio button, or the words typed for
/// it when none was chosen.
pub fn answers(fields: &[(String, String)]) -> GuidedAnswers {
    let mut a = GuidedAnswers::default();
    for q in QUESTIONS {
        match field(fields, q.id).and_then(|c| q.choice(c)) {
            Some(choice) => a.choose(q, choice),
            None => {
                if let Some(text) = field(fields, &format!("{}-other", q.id)) {
                    a.write(q, text);
                }
            }
        }
    }
    a.issued = field(fields, "issued").unwrap_or("").to_owned();
    a.execute_by = field(fields, "execute_by").unwrap_or("").to_owned();
    a
}
