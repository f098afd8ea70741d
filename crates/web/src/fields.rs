//! What a browser posted (`application/x-www-form-urlencoded`, as axum's `Form<Vec<(String, String)>>` gives
//! it): the one place a field is looked up by its name, for every form of the site.

/// A posted form: its fields in order, as given.
pub type Fields = [(String, String)];

/// The first value posted under `name`, as typed; `""` when there is none.
pub fn value<'a>(fields: &'a Fields, name: &str) -> &'a str {
    fields
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or("")
}

/// The value posted under `name` without surrounding blanks, or `None` when it is absent or blank: the
/// warrant form's reader (`amparo_warrant_view::field`, shared with the check on the phone), for every form.
pub use amparo_warrant_view::field as filled;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_value_as_typed_or_trimmed_when_filled() {
        let f: Vec<(String, String)> = [("a", " x "), ("b", "  "), ("a", "second")]
            .iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect();
        assert_eq!(value(&f, "a"), " x ");
        assert_eq!(filled(&f, "a"), Some("x"));
        assert_eq!(value(&f, "b"), "  ");
        assert_eq!(filled(&f, "b"), None);
        assert_eq!((value(&f, "c"), filled(&f, "c")), ("", None));
    }
}
