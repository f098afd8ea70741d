//! The tools' HTML forms: a small schema (groups of fields, some repeated in rows) that renders the form,
//! turns what a browser posts into the tool's JSON contract, and puts each problem back beside its input.
//!
//! Input names are the JSON paths with dots: `person.name`, `children.2.school`, `say_fear`. Empty rows are
//! dropped before checking, so the JSON's `children[0]` may be the form's row 2: [`FormJson::form_name`]
//! translates a problem's path back to the input it came from.

use std::collections::HashMap;

use amparo_prepare::InputErrors;
use maud::{Markup, html};
use serde_json::{Map, Value};

use super::words::Words;

/// How a field is entered.
#[derive(Clone, Copy)]
pub enum Input {
    Text,
    Date,
    DateTime,
    Tel,
    Email,
    Area,
    /// A checkbox whose JSON value is `true`.
    Check,
    /// Yes / no / not said, as JSON `true` / `false` / absent.
    YesNo,
    /// A choice of paper kinds (`tools-kind-<id>`).
    Kind,
}

/// One field of the form.
pub struct F {
    pub key: &'static str,
    /// Message id of its label.
    pub label: &'static str,
    pub input: Input,
    pub hint: Option<&'static str>,
    pub required: bool,
}

pub const fn f(key: &'static str, label: &'static str, input: Input) -> F {
    F {
        key,
        label,
        input,
        hint: None,
        required: false,
    }
}

impl F {
    pub const fn hint(mut self, hint: &'static str) -> Self {
        self.hint = Some(hint);
        self
    }

    pub const fn required(mut self) -> Self {
        self.required = true;
        self
    }
}

/// A group of fields: once (`rows == 0`) under `prefix` (or at the top level if empty), or repeated in rows
/// (`prefix.N.key`), each row its own fieldset.
pub struct Group {
    /// Message id of the legend (with `$number` for rows).
    pub legend: &'static str,
    pub prefix: &'static str,
    pub rows: usize,
    pub fields: &'static [F],
}

/// A whole form.
pub struct Schema {
    pub groups: &'static [Group],
    /// The keys whose values are booleans.
    pub booleans: &'static [&'static str],
}

use crate::fields::filled;
pub use crate::fields::{Fields, value};

/// The posted form as the tool's JSON, with the row numbers of the kept rows.
pub struct FormJson {
    pub json: Value,
    /// For each repeated group (its prefix): the form row of each JSON element.
    rows: HashMap<&'static str, Vec<usize>>,
}

impl FormJson {
    /// The input name of a problem's JSON path (`children[0].name` → `children.2.name`).
    pub fn form_name(&self, path: &str) -> String {
        let mut out = String::new();
        for (i, part) in path.split('.').enumerate() {
            if i > 0 {
                out.push('.');
            }
            match part.split_once('[') {
                Some((name, rest)) => {
                    let idx: usize = rest.trim_end_matches(']').parse().unwrap_or(0);
                    let row = self
                        .rows
                        .iter()
                        .find(|(k, _)| **k == name)
                        .and_then(|(_, v)| v.get(idx).copied())
                        .unwrap_or(idx);
                    out.push_str(&format!("{name}.{row}"));
                }
                None => out.push_str(part),
            }
        }
        out
    }
}

impl Schema {
    /// The JSON contract from the posted fields: empty values left out, empty rows dropped, booleans as
    /// booleans. Names the schema does not know are ignored (the buttons, for one).
    pub fn to_json(&self, fields: &Fields) -> FormJson {
        let mut root = Map::new();
        let mut rows = HashMap::new();
        let get = |name: &str| filled(fields, name);
        let put = |obj: &mut Map<String, Value>, f: &F, name: &str| match f.input {
            Input::Check => {
                if get(name).is_some() {
                    obj.insert(f.key.to_string(), Value::Bool(true));
                }
            }
            Input::YesNo => match get(name) {
                Some("yes") => {
                    obj.insert(f.key.to_string(), Value::Bool(true));
                }
                Some("no") => {
                    obj.insert(f.key.to_string(), Value::Bool(false));
                }
                _ => {}
            },
            _ => {
                if let Some(v) = get(name) {
                    obj.insert(f.key.to_string(), Value::String(v.to_string()));
                }
            }
        };
        for g in self.groups {
            if g.rows == 0 {
                let mut obj = Map::new();
                for f in g.fields {
                    let name = if g.prefix.is_empty() {
                        f.key.to_string()
                    } else {
                        format!("{}.{}", g.prefix, f.key)
                    };
                    put(&mut obj, f, &name);
                }
                if g.prefix.is_empty() {
                    root.extend(obj);
                } else if !obj.is_empty() || g.prefix == "person" {
                    root.insert(g.prefix.to_string(), Value::Object(obj));
                }
            } else {
                let mut items = Vec::new();
                let mut kept = Vec::new();
                for i in 0..g.rows {
                    let mut obj = Map::new();
                    for f in g.fields {
                        put(&mut obj, f, &format!("{}.{i}.{}", g.prefix, f.key));
                    }
                    if !obj.is_empty() {
                        items.push(Value::Object(obj));
                        kept.push(i);
                    }
                }
                root.insert(g.prefix.to_string(), Value::Array(items));
                rows.insert(g.prefix, kept);
            }
        }
        for b in self.booleans {
            if get(b).is_some() {
                root.insert((*b).to_string(), Value::Bool(true));
            }
        }
        FormJson {
            json: Value::Object(root),
            rows,
        }
    }

    /// The label of an input, with its row's legend ("Child 2 — School"), for the list of problems.
    fn label(&self, w: &Words, name: &str) -> String {
        let parts: Vec<&str> = name.split('.').collect();
        for g in self.groups {
            let (row, key) = match (g.rows, parts.as_slice()) {
                (0, [key]) if g.prefix.is_empty() => (None, *key),
                (0, [p, key]) if *p == g.prefix => (None, *key),
                (n, [p, i, key]) if n > 0 && *p == g.prefix => (i.parse::<usize>().ok(), *key),
                _ => continue,
            };
            if let Some(f) = g.fields.iter().find(|f| f.key == key) {
                return match row {
                    Some(i) => format!("{} — {}", w.s_num(g.legend, i + 1), w.s(f.label)),
                    None => w.s(f.label),
                };
            }
        }
        name.to_string()
    }

    /// The form's groups as fieldsets, filled with `values`, each problem beside its input.
    pub fn render(&self, w: &Words, values: &Fields, errors: &Problems) -> Markup {
        html! {
            @for g in self.groups {
                @if g.rows == 0 {
                    fieldset {
                        legend { (w.t(g.legend)) }
                        @for f in g.fields {
                            @let name = if g.prefix.is_empty() { f.key.to_string() } else { format!("{}.{}", g.prefix, f.key) };
                            (field(w, f, &name, values, errors))
                        }
                    }
                } @else {
                    @for i in 0..g.rows {
                        fieldset {
                            legend { (w.s_num(g.legend, i + 1)) }
                            @for f in g.fields {
                                (field(w, f, &format!("{}.{i}.{}", g.prefix, f.key), values, errors))
                            }
                        }
                    }
                }
            }
        }
    }
}

fn id_of(name: &str) -> String {
    format!("f-{}", name.replace('.', "-"))
}

fn field(w: &Words, f: &F, name: &str, values: &Fields, errors: &Problems) -> Markup {
    let v = value(values, name);
    let id = id_of(name);
    let err = errors.for_input(name);
    let err_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = match (err.is_some(), f.hint.is_some()) {
        (true, true) => Some(format!("{err_id} {hint_id}")),
        (true, false) => Some(err_id.clone()),
        (false, true) => Some(hint_id.clone()),
        (false, false) => None,
    };
    let invalid = err.map(|_| "true");
    let kind = match f.input {
        Input::Text | Input::Area | Input::Check | Input::YesNo | Input::Kind => "text",
        Input::Date => "date",
        Input::DateTime => "datetime-local",
        Input::Tel => "tel",
        Input::Email => "email",
    };
    html! {
        @match f.input {
            Input::Check => {
                label for=(id) {
                    input type="checkbox" id=(id) name=(name) value="true" checked[!v.is_empty()] aria-invalid=[invalid] aria-describedby=[described.as_deref()];
                    (w.t(f.label))
                }
            }
            _ => {
                label for=(id) { (w.t(f.label)) }
                @if let Some(h) = f.hint { small.hint id=(hint_id) { (w.t(h)) } }
                @match f.input {
                    Input::Area => textarea id=(id) name=(name) rows="3" dir="auto" required[f.required] aria-invalid=[invalid] aria-describedby=[described.as_deref()] { (v) },
                    Input::YesNo => select id=(id) name=(name) aria-invalid=[invalid] aria-describedby=[described.as_deref()] {
                        option value="" { "—" }
                        option value="yes" selected[v == "yes"] { (w.t("tools-yes")) }
                        option value="no" selected[v == "no"] { (w.t("tools-no")) }
                    },
                    Input::Kind => select id=(id) name=(name) aria-invalid=[invalid] aria-describedby=[described.as_deref()] {
                        option value="" { "—" }
                        @for k in &amparo_prepare::data::Data::get().presence.kinds {
                            option value=(k) selected[v == k.as_str()] { (w.t(&format!("tools-kind-{k}"))) }
                        }
                    },
                    _ => input type=(kind) id=(id) name=(name) value=(v) dir="auto" autocomplete="off" required[f.required] aria-invalid=[invalid] aria-describedby=[described.as_deref()];,
                }
            }
        }
        @if let Some(e) = err { p.err id=(err_id) { (e) } }
    }
}

/// The problems of one submission, by input name, in the person's language.
#[derive(Default)]
pub struct Problems(Vec<(String, String, String)>);

impl Problems {
    /// Words every problem, and places it at its input.
    pub fn new(w: &Words, schema: &Schema, form: &FormJson, errors: &InputErrors) -> Self {
        Self(
            errors
                .0
                .iter()
                .map(|e| {
                    let name = form.form_name(&e.field);
                    let args: Vec<(&str, String)> = e.problem.args();
                    let message = w.s_args(&format!("tools-error-{}", e.problem.id()), &args);
                    (schema.label(w, &name), name, message)
                })
                .collect(),
        )
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn for_input(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(_, n, _)| n == name).map(|(_, _, m)| m.as_str())
    }

    /// The list at the top of the form: each problem, linked to its input.
    pub fn summary(&self, w: &Words) -> Markup {
        html! {
            @if !self.0.is_empty() {
                div.result role="alert" id="problems" {
                    p { strong { (w.t("tools-errors-heading")) } }
                    ul {
                        @for (label, name, message) in &self.0 {
                            li { a href={ "#" (id_of(name)) } { (label) } ": " (message) }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHEMA: Schema = Schema {
        groups: &[
            Group {
                legend: "tools-form-person",
                prefix: "person",
                rows: 0,
                fields: &[f("name", "tools-field-name", Input::Text)],
            },
            Group {
                legend: "tools-form-contact",
                prefix: "contacts",
                rows: 4,
                fields: &[
                    f("name", "tools-field-contact-name", Input::Text),
                    f("phone", "tools-field-phone", Input::Tel),
                ],
            },
        ],
        booleans: &["say_fear"],
    };

    #[test]
    fn empty_rows_are_dropped_and_problems_find_their_row() {
        let posted: Vec<(String, String)> = [
            ("person.name", "Ana"),
            ("contacts.0.name", ""),
            ("contacts.2.name", "Rosa"),
            ("contacts.2.phone", "nope"),
            ("say_fear", "true"),
            ("make", "plan"),
        ]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
        let form = SCHEMA.to_json(&posted);
        assert_eq!(
            form.json,
            serde_json::json!({"person": {"name": "Ana"}, "contacts": [{"name": "Rosa", "phone": "nope"}], "say_fear": true})
        );
        assert_eq!(form.form_name("contacts[0].phone"), "contacts.2.phone");
        assert_eq!(form.form_name("person.name"), "person.name");
    }
}
