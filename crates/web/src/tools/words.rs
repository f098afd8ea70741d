//! The tools' words on the web: Fluent messages `tools-*` of the guide, in the page's language. A word the
//! locale lacks is the English text, marked `lang="en"` (as for the interface words in `ui.rs`).

use amparo_guide::{Guide, MessageArg, SOURCE_LOCALE};
use maud::{Markup, html};

pub struct Words {
    pub locale: &'static str,
}

impl Words {
    pub fn new(locale: &'static str) -> Self {
        Self { locale }
    }

    fn fallback(&self, id: &str) -> bool {
        self.locale != SOURCE_LOCALE && !Guide::get().has_message(self.locale, id)
    }

    /// The text of `id` (its id if even English lacks it: a bug the test suite catches).
    pub fn s(&self, id: &str) -> String {
        Guide::get().message(self.locale, id).unwrap_or_else(|_| id.to_string())
    }

    /// The text of `id` with variables.
    pub fn s_args(&self, id: &str, args: &[(&str, String)]) -> String {
        let args: Vec<(&str, MessageArg)> = args
            .iter()
            .map(|(k, v)| match v.parse::<i64>() {
                Ok(n) if !v.starts_with('0') || v == "0" => (*k, MessageArg::Number(n)),
                _ => (*k, MessageArg::Text(v.clone())),
            })
            .collect();
        Guide::get()
            .message_args(self.locale, id, &args)
            .unwrap_or_else(|_| id.to_string())
    }

    /// The text of `id` with `$number`.
    pub fn s_num(&self, id: &str, n: usize) -> String {
        self.s_args(id, &[("number", n.to_string())])
    }

    /// The text of `id`, marked as English where it fell back.
    pub fn t(&self, id: &str) -> Markup {
        let s = self.s(id);
        if self.fallback(id) {
            html! { span lang="en" dir="ltr" { (s) } }
        } else {
            html! { (s) }
        }
    }
}
