//! The messages of a Fluent resource as the records and the review sheets see them: each with the hash of
//! its canonical source, its value and its variables and selectors; and writing one message back into a
//! resource in English order.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};
use serde::Deserialize;
use sha2::{Digest, Sha256};

// ---------------------------------------------------------------------------------------------------------
// Hashes

/// 16 hex digits of the SHA-256 of a message's canonical Fluent source.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MessageHash([u8; 8]);

impl MessageHash {
    fn of(canonical: &str) -> Self {
        let d = Sha256::digest(canonical.as_bytes());
        let mut b = [0u8; 8];
        b.copy_from_slice(&d[..8]);
        Self(b)
    }
}

impl fmt::Display for MessageHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for x in self.0 {
            write!(f, "{x:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for MessageHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self}")
    }
}

impl FromStr for MessageHash {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim();
        if s.len() != 16 || !s.bytes().all(|c| c.is_ascii_hexdigit()) {
            return Err(format!("{s:?} is not a message hash (16 hex digits)"));
        }
        let mut b = [0u8; 8];
        for (i, byte) in b.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).map_err(|e| e.to_string())?;
        }
        Ok(Self(b))
    }
}

impl<'de> Deserialize<'de> for MessageHash {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}

// ---------------------------------------------------------------------------------------------------------
// Messages of a resource

/// One message of a resource, as the records and the review sheets see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The hash of [`Message::canonical`].
    pub hash: MessageHash,
    /// The message as Fluent serializes it, without its comment (`id = value\n`).
    pub canonical: String,
    /// The value in Fluent syntax (what a translator edits): the text, with `{ $variable }` placeables and
    /// `{ $n -> … }` selectors; several lines for a selector.
    pub value: String,
    /// The variables it uses (`$name` without the `$`).
    pub variables: BTreeSet<String>,
    /// The keys of each selector's variants, with the selector's variable where it is one.
    pub selectors: Vec<Selector>,
}

/// The variants of one selector (`{ $count -> [one] … *[other] … }`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selector {
    /// The variable it selects on, if it is a variable.
    pub variable: Option<String>,
    /// The variant keys: plural categories (`one`, `few`, …), other identifiers, or numbers (`0`, `1`).
    pub keys: Vec<String>,
}

/// The messages of a resource in file order. A resource that does not fully parse gives the messages that did
/// (the syntax error is [`crate::lint`]'s to report).
pub fn parse_messages(ftl: &str) -> Vec<(String, Message)> {
    let resource = match fluent_syntax::parser::parse(ftl) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .body
        .into_iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some((m.id.name.to_string(), message(m))),
            _ => None,
        })
        .collect()
}

fn message(mut m: ast::Message<&str>) -> Message {
    m.comment = None;
    let mut variables = BTreeSet::new();
    let mut selectors = Vec::new();
    if let Some(p) = &m.value {
        walk_pattern(p, &mut variables, &mut selectors);
    }
    for a in &m.attributes {
        walk_pattern(&a.value, &mut variables, &mut selectors);
    }
    let id = m.id.name;
    let canonical = fluent_syntax::serializer::serialize(&ast::Resource {
        body: vec![Entry::Message(m)],
    });
    let value = value_of(&canonical, id);
    Message {
        hash: MessageHash::of(&canonical),
        canonical,
        value,
        variables,
        selectors,
    }
}

/// The value of a serialized message: `id = text` → `text`; `id =\n    line\n    line` → the lines, dedented.
fn value_of(canonical: &str, id: &str) -> String {
    let rest = canonical
        .strip_prefix(id)
        .and_then(|r| r.strip_prefix(" ="))
        .unwrap_or(canonical);
    let rest = rest.strip_suffix('\n').unwrap_or(rest);
    match rest.strip_prefix(' ') {
        Some(single) if !single.contains('\n') => single.to_string(),
        _ => rest
            .trim_start_matches([' ', '\n'])
            .lines()
            .map(|l| l.strip_prefix("    ").unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

fn walk_pattern(p: &Pattern<&str>, vars: &mut BTreeSet<String>, sel: &mut Vec<Selector>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            walk_expression(expression, vars, sel);
        }
    }
}

fn walk_expression(e: &Expression<&str>, vars: &mut BTreeSet<String>, sel: &mut Vec<Selector>) {
    match e {
        Expression::Select { selector, variants } => {
            let variable = match selector {
                InlineExpression::VariableReference { id } => Some(id.name.to_string()),
                _ => None,
            };
            walk_inline(selector, vars, sel);
            sel.push(Selector {
                variable,
                keys: variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => (*name).to_string(),
                        ast::VariantKey::NumberLiteral { value } => (*value).to_string(),
                    })
                    .collect(),
            });
            for v in variants {
                walk_pattern(&v.value, vars, sel);
            }
        }
        Expression::Inline(i) => walk_inline(i, vars, sel),
    }
}

fn walk_inline(e: &InlineExpression<&str>, vars: &mut BTreeSet<String>, sel: &mut Vec<Selector>) {
    match e {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                walk_inline(a, vars, sel);
            }
            for a in &arguments.named {
                walk_inline(&a.value, vars, sel);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, vars, sel),
        _ => {}
    }
}

/// A message `id` with `value` (as [`Message::value`] gives it), checked to be exactly one well-formed
/// message: what a review sheet's translation cell becomes.
pub fn message_from_value(id: &str, value: &str) -> Result<Message, String> {
    let value = value.trim_matches(|c: char| c == '\n' || c == '\r');
    if value.trim().is_empty() {
        return Err("the translation is empty".to_string());
    }
    let ftl = if value.contains('\n') || value.starts_with(['[', '*', '.']) {
        let mut s = format!("{id} =\n");
        for line in value.lines() {
            if line.trim().is_empty() {
                s.push('\n');
            } else {
                s.push_str("    ");
                s.push_str(line.trim_end());
                s.push('\n');
            }
        }
        s
    } else {
        format!("{id} = {}\n", value.trim())
    };
    match fluent_syntax::parser::parse(ftl.as_str()) {
        Ok(r) => match r.body.as_slice() {
            [Entry::Message(m)] if m.id.name == id => Ok(message(m.clone())),
            _ => Err("not one Fluent message (a line may start with [, * or .)".to_string()),
        },
        Err((_, errors)) => Err(format!(
            "not valid Fluent: {}",
            errors
                .iter()
                .map(|e| format!("{:?}", e.kind))
                .collect::<Vec<_>>()
                .join("; ")
        )),
    }
}

/// `ftl` with message `id` set to `m` (replaced where it is, or added after the message that precedes it in
/// `order`, English's order), everything else byte for byte as it was.
pub fn set_message(ftl: &str, id: &str, m: &Message, order: &[&str]) -> String {
    let lines: Vec<&str> = ftl.split_inclusive('\n').collect();
    let starts = |l: &str, id: &str| {
        l.strip_prefix(id)
            .is_some_and(|r| r.trim_start_matches([' ', '\t']).starts_with('='))
    };
    let new = m.canonical.clone();
    if let Some(i) = lines.iter().position(|l| starts(l, id)) {
        let mut end = i + 1;
        let mut last = i + 1;
        while end < lines.len() {
            let l = lines[end];
            if l.trim().is_empty() {
                end += 1;
                continue;
            }
            if l.starts_with(' ') {
                end += 1;
                last = end;
                continue;
            }
            break;
        }
        let mut out: String = lines[..i].concat();
        out.push_str(&new);
        out.push_str(&lines[last..].concat());
        return out;
    }
    // Not there: after the closest preceding message (in English's order) that the file has.
    let pos = order.iter().position(|x| *x == id).unwrap_or(order.len());
    for prev in order[..pos].iter().rev() {
        if let Some(i) = lines.iter().position(|l| starts(l, prev)) {
            let mut end = i + 1;
            while end < lines.len() && lines[end].starts_with(' ') {
                end += 1;
            }
            let mut out: String = lines[..end].concat();
            if !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(&new);
            out.push_str(&lines[end..].concat());
            return out;
        }
    }
    let mut out = ftl.to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&new);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "a = Hello\nb = Bye { $name }\nn =\n    { $count ->\n        [one] one thing\n       *[other] { $count } things\n    }\n";
    const ES: &str = "a = Hola\nb = Adiós { $name }\nn =\n    { $count ->\n        [one] una cosa\n       *[other] { $count } cosas\n    }\n";

    fn h(ftl: &str, id: &str) -> MessageHash {
        parse_messages(ftl)
            .into_iter()
            .find(|(i, _)| i == id)
            .map(|(_, m)| m.hash)
            .expect("message")
    }

    #[test]
    fn a_hash_ignores_comments_and_layout_but_not_words() {
        assert_eq!(h("# note\na = Hello\n", "a"), h("a =   Hello\n", "a"));
        assert_eq!(h("a =\n    Hello\n", "a"), h("a = Hello\n", "a"));
        assert_ne!(h("a = Hello\n", "a"), h("a = Hello!\n", "a"));
        assert_ne!(h(EN, "n"), h(&EN.replace("things", "items"), "n"));
        let x = h(EN, "a");
        assert_eq!(x.to_string().parse::<MessageHash>(), Ok(x));
        assert!("xyz".parse::<MessageHash>().is_err());
    }

    #[test]
    fn values_round_trip_through_a_sheet_cell() {
        for (id, m) in parse_messages(EN) {
            let again = message_from_value(&id, &m.value).expect("parses");
            assert_eq!(again.hash, m.hash, "{id}: {:?}", m.value);
        }
        assert_eq!(parse_messages(EN)[0].1.value, "Hello");
        assert!(message_from_value("a", "{ $x").is_err());
        assert!(message_from_value("a", "  ").is_err());
        let n = &parse_messages(EN)[2].1;
        assert_eq!(n.selectors[0].keys, ["one", "other"]);
        assert_eq!(n.selectors[0].variable.as_deref(), Some("count"));
    }

    #[test]
    fn set_message_replaces_or_inserts_in_english_order() {
        let m = message_from_value("b", "Chao { $name }").expect("message");
        let out = set_message(ES, "b", &m, &["a", "b", "n"]);
        assert_eq!(out, ES.replace("Adiós { $name }", "Chao { $name }"));
        let without_b = "a = Hola\n\nn = Nada\n";
        let out = set_message(without_b, "b", &m, &["a", "b", "n"]);
        assert_eq!(out, "a = Hola\nb = Chao { $name }\n\nn = Nada\n");
        let sel = message_from_value("n", "{ $count ->\n    [one] uno\n   *[other] muchos\n}").expect("select");
        let out = set_message(ES, "n", &sel, &["a", "b", "n"]);
        assert!(out.starts_with("a = Hola\nb = Adiós { $name }\nn =\n"), "{out}");
        assert_eq!(parse_messages(&out)[2].1.hash, sel.hash);
    }
}
