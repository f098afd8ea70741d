//! Checks on the Fluent resources that need the syntax tree: which messages each locale defines in each file
//! (`guide.ftl`, `ui.ftl`) and which variables each message uses. The test suite requires [`locale_problems`]
//! to be empty; a translator can run `cargo test -p amparo-guide` to see the exact list.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::data::{LOCALE_FILES, RESOURCES};

/// The messages of one resource, each with the variables it uses (`$name`, without the `$`).
pub type MessageVariables = BTreeMap<String, BTreeSet<String>>;

/// Parse a Fluent resource and list its messages and their variables.
pub fn message_variables(ftl: &str) -> Result<MessageVariables, String> {
    let resource = match fluent_syntax::parser::parse(ftl) {
        Ok(r) => r,
        Err((_, errors)) => {
            let list: Vec<String> = errors.iter().map(|e| format!("{e:?}")).collect();
            return Err(list.join("; "));
        }
    };
    let mut out = MessageVariables::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            for a in &m.attributes {
                pattern_vars(&a.value, &mut vars);
            }
            out.insert(m.id.name.to_string(), vars);
        }
    }
    Ok(out)
}

fn pattern_vars(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

/// A difference between a locale and English, in one resource file (`guide.ftl`, `ui.ftl`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocaleProblem {
    /// The resource does not parse.
    Syntax {
        locale: String,
        file: &'static str,
        message: String,
    },
    /// English has the message in this file; the locale does not.
    Missing {
        locale: String,
        file: &'static str,
        id: String,
    },
    /// The locale has a message in this file that English does not.
    Extra {
        locale: String,
        file: &'static str,
        id: String,
    },
    /// The message uses different variables than in English.
    Placeholders {
        locale: String,
        file: &'static str,
        id: String,
        english: BTreeSet<String>,
        found: BTreeSet<String>,
    },
}

impl fmt::Display for LocaleProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Syntax { locale, file, message } => write!(f, "{locale}/{file}: syntax error: {message}"),
            Self::Missing { locale, file, id } => write!(f, "{locale}/{file}: missing message {id}"),
            Self::Extra { locale, file, id } => write!(f, "{locale}/{file}: extra message {id} (not in en/{file})"),
            Self::Placeholders {
                locale,
                file,
                id,
                english,
                found,
            } => write!(
                f,
                "{locale}/{file}: {id} uses variables {found:?}, English uses {english:?}"
            ),
        }
    }
}

/// Every key missing or extra in any locale compared with `en`, and every placeholder mismatch, file by file
/// (every file of [`RESOURCES`]: the guide and the web app's interface words). A locale without one of the
/// files misses every message of it.
pub fn locale_problems() -> Vec<LocaleProblem> {
    problems_in(LOCALE_FILES)
}

/// [`locale_problems`] for any set of resources: (locale id, file name, text), as in [`LOCALE_FILES`].
pub fn problems_in(files: &[(&str, &'static str, &str)]) -> Vec<LocaleProblem> {
    let mut locales: Vec<&str> = Vec::new();
    for (l, _, _) in files {
        if !locales.contains(l) {
            locales.push(l);
        }
    }
    let mut problems = Vec::new();
    for &file in RESOURCES {
        problems.extend(file_problems(files, &locales, file));
    }
    problems
}

fn resource<'a>(files: &[(&str, &str, &'a str)], locale: &str, file: &str) -> Option<&'a str> {
    files
        .iter()
        .find(|(l, f, _)| *l == locale && *f == file)
        .map(|(_, _, ftl)| *ftl)
}

fn file_problems(files: &[(&str, &'static str, &str)], locales: &[&str], file: &'static str) -> Vec<LocaleProblem> {
    let syntax = |locale: &str, message: String| LocaleProblem::Syntax {
        locale: locale.into(),
        file,
        message,
    };
    let english = match resource(files, "en", file).map(message_variables) {
        Some(Ok(e)) => e,
        Some(Err(message)) => return vec![syntax("en", message)],
        None => return vec![syntax("en", format!("locales/en/{file} is missing"))],
    };
    let mut problems = Vec::new();
    for &locale in locales.iter().filter(|l| **l != "en") {
        let found = match resource(files, locale, file).map(message_variables) {
            Some(Ok(v)) => v,
            None => MessageVariables::new(),
            Some(Err(message)) => {
                problems.push(syntax(locale, message));
                continue;
            }
        };
        for (id, vars) in &english {
            match found.get(id) {
                None => problems.push(LocaleProblem::Missing {
                    locale: locale.into(),
                    file,
                    id: id.clone(),
                }),
                Some(v) if v != vars => problems.push(LocaleProblem::Placeholders {
                    locale: locale.into(),
                    file,
                    id: id.clone(),
                    english: vars.clone(),
                    found: v.clone(),
                }),
                Some(_) => {}
            }
        }
        for id in found.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(LocaleProblem::Extra {
                locale: locale.into(),
                file,
                id: id.clone(),
            });
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_variables_in_selectors_and_variants() {
        let vars =
            message_variables("a = { $n ->\n    [one] one { $thing }\n   *[other] { $n } { $thing }\n}\nb = plain\n")
                .expect("parses");
        assert_eq!(vars["a"], BTreeSet::from(["n".to_string(), "thing".to_string()]));
        assert!(vars["b"].is_empty());
    }

    #[test]
    fn reports_syntax_errors() {
        assert!(message_variables("a = { $n \n").is_err());
    }

    #[test]
    fn compares_each_file_with_english() {
        let files = [
            ("en", "guide.ftl", "a = A\nb = B { $n }\n"),
            ("en", "ui.ftl", "ui-x = X\nui-y = Y { $name }\n"),
            ("es", "guide.ftl", "a = A\nb = B { $n }\n"),
            ("es", "ui.ftl", "ui-x = X\nui-y = Y { $nombre }\nui-z = Z\n"),
            ("fr", "guide.ftl", "a = A\nb = B { $n }\nui-x = X\n"),
            ("pl", "guide.ftl", "a = A\nb = B { $n }\n"),
            ("pl", "ui.ftl", "ui-x = X\nui-y = { $name\n"),
        ];
        // Resource files added after these two (help.ftl, …): empty in English, so they add no problem here.
        let later: Vec<(&'static str, &'static str, &'static str)> =
            RESOURCES[2..].iter().map(|f| ("en", *f, "")).collect();
        let with_later = |f: &[(&'static str, &'static str, &'static str)]| [f, &later].concat();
        let problems = problems_in(&with_later(&files));
        let got: Vec<String> = problems
            .iter()
            .filter(|p| !matches!(p, LocaleProblem::Syntax { .. }))
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            got,
            [
                "fr/guide.ftl: extra message ui-x (not in en/guide.ftl)",
                "es/ui.ftl: ui-y uses variables {\"nombre\"}, English uses {\"name\"}",
                "es/ui.ftl: extra message ui-z (not in en/ui.ftl)",
                "fr/ui.ftl: missing message ui-x",
                "fr/ui.ftl: missing message ui-y",
            ]
        );
        assert!(matches!(
            problems.as_slice(),
            [.., LocaleProblem::Syntax { locale, file: "ui.ftl", .. }] if locale == "pl"
        ));
        assert!(problems_in(&with_later(&files[..2])).is_empty());
        assert!(matches!(
            problems_in(&with_later(&files[..1])).as_slice(),
            [LocaleProblem::Syntax { file: "ui.ftl", .. }]
        ));
    }
}
