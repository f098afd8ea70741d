//! Checks on the Fluent resources that need the syntax tree: which messages each locale defines and which
//! variables each message uses. The test suite requires [`locale_problems`] to be empty; a translator can run
//! `cargo test -p amparo-guide` to see the exact list.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::data::LOCALE_FILES;

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

/// A difference between a locale and English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocaleProblem {
    /// The resource does not parse.
    Syntax { locale: String, message: String },
    /// English has the message; the locale does not.
    Missing { locale: String, id: String },
    /// The locale has a message English does not.
    Extra { locale: String, id: String },
    /// The message uses different variables than in English.
    Placeholders {
        locale: String,
        id: String,
        english: BTreeSet<String>,
        found: BTreeSet<String>,
    },
}

impl fmt::Display for LocaleProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Syntax { locale, message } => write!(f, "{locale}: syntax error: {message}"),
            Self::Missing { locale, id } => write!(f, "{locale}: missing message {id}"),
            Self::Extra { locale, id } => write!(f, "{locale}: extra message {id} (not in en)"),
            Self::Placeholders {
                locale,
                id,
                english,
                found,
            } => write!(f, "{locale}: {id} uses variables {found:?}, English uses {english:?}"),
        }
    }
}

/// Every key missing or extra in any locale compared with `en`, and every placeholder mismatch.
pub fn locale_problems() -> Vec<LocaleProblem> {
    let mut problems = Vec::new();
    let english = LOCALE_FILES
        .iter()
        .find(|(id, _)| *id == "en")
        .map(|(_, ftl)| message_variables(ftl));
    let english = match english {
        Some(Ok(e)) => e,
        Some(Err(message)) => {
            return vec![LocaleProblem::Syntax {
                locale: "en".into(),
                message,
            }];
        }
        None => {
            return vec![LocaleProblem::Syntax {
                locale: "en".into(),
                message: "locales/en/guide.ftl is missing".into(),
            }];
        }
    };
    for &(locale, ftl) in LOCALE_FILES {
        if locale == "en" {
            continue;
        }
        let found = match message_variables(ftl) {
            Ok(v) => v,
            Err(message) => {
                problems.push(LocaleProblem::Syntax {
                    locale: locale.into(),
                    message,
                });
                continue;
            }
        };
        for (id, vars) in &english {
            match found.get(id) {
                None => problems.push(LocaleProblem::Missing {
                    locale: locale.into(),
                    id: id.clone(),
                }),
                Some(v) if v != vars => problems.push(LocaleProblem::Placeholders {
                    locale: locale.into(),
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
}
