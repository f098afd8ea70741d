//! Statute citations as people write them: "PL 120.05", "PL 265.02(3)", "Penal Law § 120.04-a(4)",
//! "VTL 600(2)(c)", and the attempt form "PL 110/160.15".
//!
//! Parsing checks the form only. Whether the section exists is a separate question answered by the
//! catalogue ([`crate::catalogue`]); an unknown section is an error, never "not covered".

use std::fmt;

/// Which New York code a citation is to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    /// The Penal Law.
    Pl,
    /// The Vehicle and Traffic Law.
    Vtl,
}

impl Code {
    pub fn abbreviation(self) -> &'static str {
        match self {
            Code::Pl => "PL",
            Code::Vtl => "VTL",
        }
    }
}

/// A section number: `120.04-a` is major 120, minor Some(4), suffix Some("a"); VTL `509-cc` is major 509,
/// suffix Some("cc").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SectionNo {
    pub major: u16,
    pub minor: Option<u8>,
    pub suffix: Option<Subdiv>,
}

impl fmt::Display for SectionNo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.major)?;
        if let Some(m) = self.minor {
            write!(f, ".{m:02}")?;
        }
        if let Some(s) = &self.suffix {
            write!(f, "-{}", s.as_str())?;
        }
        Ok(())
    }
}

/// One subdivision token: "2", "b", "iii". Lower-case ASCII letters or digits, at most 7 of them.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Subdiv {
    len: u8,
    bytes: [u8; 7],
}

impl Subdiv {
    fn new(token: &str) -> Option<Self> {
        let t = token.as_bytes();
        if t.is_empty() || t.len() > 7 || !t.iter().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        let mut bytes = [0u8; 7];
        for (d, s) in bytes.iter_mut().zip(t) {
            *d = s.to_ascii_lowercase();
        }
        Some(Self {
            len: t.len() as u8,
            bytes,
        })
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII alphanumerics are ever stored.
        std::str::from_utf8(&self.bytes[..self.len as usize]).unwrap_or("")
    }

    /// The value of a purely numeric token.
    pub fn number(&self) -> Option<u32> {
        self.as_str().parse().ok()
    }
}

impl fmt::Debug for Subdiv {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "({})", self.as_str())
    }
}

/// A path of subdivisions, outermost first: "(2)(b)" is ["2", "b"]. At most four levels.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SubdivPath {
    len: u8,
    items: [Option<Subdiv>; 4],
}

impl SubdivPath {
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn iter(&self) -> impl Iterator<Item = &Subdiv> {
        self.items[..self.len as usize].iter().flatten()
    }

    fn push(&mut self, s: Subdiv) -> bool {
        if (self.len as usize) < self.items.len() {
            self.items[self.len as usize] = Some(s);
            self.len += 1;
            true
        } else {
            false
        }
    }

    /// Parse "(2)(b)", "(2) (b)" or "" (no subdivision).
    pub fn parse(text: &str) -> Result<Self, StatuteError> {
        let mut rest = text.trim();
        let mut path = SubdivPath::default();
        while !rest.is_empty() {
            let Some(after_open) = rest.strip_prefix('(') else {
                return Err(StatuteError::malformed(
                    text,
                    "subdivisions are written in parentheses, as in (2)(b)",
                ));
            };
            let Some(close) = after_open.find(')') else {
                return Err(StatuteError::malformed(
                    text,
                    "a subdivision is missing its closing parenthesis",
                ));
            };
            let token = after_open[..close].trim();
            let Some(sub) = Subdiv::new(token) else {
                return Err(StatuteError::malformed(
                    text,
                    "a subdivision must be a number or letters, as in (2) or (b)",
                ));
            };
            if !path.push(sub) {
                return Err(StatuteError::malformed(text, "more than four levels of subdivision"));
            }
            rest = after_open[close + 1..].trim_start();
        }
        Ok(path)
    }

    /// How `self` (a conviction's subdivisions) relates to `limit` (the subdivisions a list entry covers).
    pub fn relation_to(&self, limit: &SubdivPath) -> PathRelation {
        let mut a = self.iter();
        for want in limit.iter() {
            match a.next() {
                None => return PathRelation::LessSpecific,
                Some(have) if have == want => {}
                Some(_) => return PathRelation::Outside,
            }
        }
        PathRelation::Within
    }
}

/// How a conviction's subdivision path relates to a list entry's limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathRelation {
    /// The conviction is under the limited subdivision (or deeper inside it).
    Within,
    /// The conviction names another subdivision.
    Outside,
    /// The conviction does not say which subdivision: it cannot be told.
    LessSpecific,
}

impl fmt::Display for SubdivPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for s in self.iter() {
            write!(f, "({})", s.as_str())?;
        }
        Ok(())
    }
}

impl fmt::Debug for SubdivPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SubdivPath(\"{self}\")")
    }
}

/// A parsed citation to a New York statute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Statute {
    pub code: Code,
    pub section: SectionNo,
    pub subdivisions: SubdivPath,
    /// Written with the attempt prefix "110/" or "110-" (Penal Law § 110.00).
    pub attempt_prefix: bool,
}

impl fmt::Display for Statute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code.abbreviation())?;
        f.write_str(" ")?;
        if self.attempt_prefix {
            f.write_str("110/")?;
        }
        write!(f, "{}{}", self.section, self.subdivisions)
    }
}

/// Why a citation could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StatuteError {
    #[error("the citation is empty; write it as, for example, \"PL 120.05\" or \"VTL 600(2)(c)\"")]
    Empty,
    #[error(
        "{input:?}: unknown code; Amparo reads Penal Law (\"PL 120.05\") and Vehicle and Traffic Law (\"VTL 600(2)(c)\") citations"
    )]
    UnknownCode { input: String },
    #[error("{input:?}: {reason}")]
    Malformed { input: String, reason: &'static str },
    #[error("{code} {section}: no such section in the {law} ({reason}); check the citation")]
    UnknownSection {
        code: &'static str,
        section: String,
        law: &'static str,
        reason: String,
    },
}

impl StatuteError {
    fn malformed(input: &str, reason: &'static str) -> Self {
        StatuteError::Malformed {
            input: input.to_owned(),
            reason,
        }
    }
}

const PL_PREFIXES: &[&str] = &["penal law", "penal l.", "n.y. penal law", "nypl", "p.l.", "pl", "penal"];
const VTL_PREFIXES: &[&str] = &[
    "vehicle and traffic law",
    "vehicle & traffic law",
    "n.y. veh. & traf. law",
    "v.t.l.",
    "vtl",
];

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &s[prefix.len()..])
}

fn strip_section_mark(s: &str) -> &str {
    let s = s.trim_start();
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        // The usual case, "PL 120.05": no mark to strip.
        return s;
    }
    let s = s.trim_start_matches('§').trim_start();
    for word in ["sections", "section", "sec.", "sec"] {
        if let Some(rest) = strip_prefix_ci(s, word)
            && rest.starts_with(|c: char| c.is_whitespace() || c.is_ascii_digit())
        {
            return rest.trim_start();
        }
    }
    s
}

impl Statute {
    /// Parse a citation as people write it. Checks the form, not whether the section exists.
    pub fn parse(input: &str) -> Result<Self, StatuteError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(StatuteError::Empty);
        }
        let (code, rest) = if s.starts_with("PL ") {
            (Code::Pl, &s[2..])
        } else if let Some(rest) = VTL_PREFIXES.iter().find_map(|p| strip_prefix_ci(s, p)) {
            (Code::Vtl, rest)
        } else if let Some(rest) = PL_PREFIXES.iter().find_map(|p| strip_prefix_ci(s, p)) {
            (Code::Pl, rest)
        } else {
            return Err(StatuteError::UnknownCode {
                input: input.to_owned(),
            });
        };
        // The code must be followed by a separator, not glued to other letters ("PLX 1").
        if rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return Err(StatuteError::UnknownCode {
                input: input.to_owned(),
            });
        }
        let mut rest = strip_section_mark(rest);

        let mut attempt_prefix = false;
        if code == Code::Pl && rest.starts_with("110") {
            // "110/160.15" or "110-160.15": an attempt (Penal Law § 110.00) of the section that follows.
            for p in ["110.00/", "110.00-", "110/", "110-"] {
                if let Some(r) = rest.strip_prefix(p)
                    && r.trim_start().starts_with(|c: char| c.is_ascii_digit())
                {
                    attempt_prefix = true;
                    rest = r.trim_start();
                    break;
                }
            }
        }

        let (section, after) = parse_section(code, rest).map_err(|reason| StatuteError::malformed(input, reason))?;
        let subdivisions = SubdivPath::parse(after).map_err(|e| match e {
            StatuteError::Malformed { reason, .. } => StatuteError::malformed(input, reason),
            other => other,
        })?;
        Ok(Statute {
            code,
            section,
            subdivisions,
            attempt_prefix,
        })
    }
}

fn take_digits(s: &str) -> (&str, &str) {
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    s.split_at(end)
}

/// Parse "120.04-a" (PL) or "600" / "511-a" (VTL), returning the rest of the string.
fn parse_section(code: Code, s: &str) -> Result<(SectionNo, &str), &'static str> {
    let (major, rest) = take_digits(s);
    if major.is_empty() {
        return Err("expected a section number, as in 120.05");
    }
    if major.len() > 4 {
        return Err("the section number is too long");
    }
    let major: u16 = major.parse().map_err(|_| "the section number is not a number")?;
    let mut rest = rest;
    let mut minor = None;
    if code == Code::Pl {
        let Some(r) = rest.strip_prefix('.') else {
            return Err("a Penal Law section is written with a point, as in 120.05");
        };
        let (m, r) = take_digits(r);
        if m.len() != 2 {
            return Err("a Penal Law section has two digits after the point, as in 120.05");
        }
        minor = Some(m.parse::<u8>().map_err(|_| "the section number is not a number")?);
        rest = r;
    }
    let mut suffix = None;
    if let Some(r) = rest.strip_prefix('-') {
        let end = r.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(r.len());
        let letters = &r[..end];
        if letters.is_empty() || letters.len() > 3 || r[end..].starts_with(|c: char| c.is_ascii_digit()) {
            return Err("a lettered section is written with letters after a hyphen, as in 120.04-a");
        }
        suffix = Subdiv::new(letters);
        rest = &r[end..];
    }
    Ok((SectionNo { major, minor, suffix }, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Statute {
        Statute::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn reads_the_forms_people_write() {
        assert_eq!(p("PL 120.05").to_string(), "PL 120.05");
        assert_eq!(p("pl 265.02(3)").to_string(), "PL 265.02(3)");
        assert_eq!(p("Penal Law § 120.04-a(4)").to_string(), "PL 120.04-a(4)");
        assert_eq!(p("PL §120.04-A (4)").to_string(), "PL 120.04-a(4)");
        assert_eq!(p("P.L. 135.65(2)(b)").to_string(), "PL 135.65(2)(b)");
        assert_eq!(p("PL 265.02 (2)").to_string(), "PL 265.02(2)");
        assert_eq!(p("VTL 600(2)(c)").to_string(), "VTL 600(2)(c)");
        assert_eq!(p("Vehicle and Traffic Law § 600 (2) (c)").to_string(), "VTL 600(2)(c)");
        assert_eq!(p("PL section 160.15").to_string(), "PL 160.15");
        let a = p("PL 110/160.15");
        assert!(a.attempt_prefix);
        assert_eq!(a.section.to_string(), "160.15");
        assert!(p("PL 110-125.25").attempt_prefix);
        // Found by fuzzing: a lettered section of article 110 is not the attempt prefix.
        assert!(Statute::parse("PL 110.00-kl").is_ok_and(|s| !s.attempt_prefix));
    }

    #[test]
    fn refuses_malformed_citations_with_a_reason() {
        for bad in [
            "",
            "  ",
            "PL",
            "PL 120",
            "PL 120.5",
            "PL 120.055",
            "PL x",
            "PL 120.05(",
            "PL 120.05(2",
            "PL 120.05 2",
            "PL 120.04-abcd",
            "PL 120.04-",
            "PL 120.04-1",
            "XYZ 1.00",
            "PLX 120.05",
            "PL 120.05()",
            "PL 120.05(1)(2)(3)(4)(5)",
            "VTL",
            "PL 12345.00",
        ] {
            assert!(Statute::parse(bad).is_err(), "{bad:?} should be refused");
        }
        assert!(matches!(
            Statute::parse("NJSA 2C:12-1"),
            Err(StatuteError::UnknownCode { .. })
        ));
    }

    #[test]
    fn subdivision_relations() {
        let limit = SubdivPath::parse("(2)(b)").unwrap();
        assert_eq!(
            SubdivPath::parse("(2)(b)").unwrap().relation_to(&limit),
            PathRelation::Within
        );
        assert_eq!(
            SubdivPath::parse("(2)(b)(i)").unwrap().relation_to(&limit),
            PathRelation::Within
        );
        assert_eq!(
            SubdivPath::parse("(2)(a)").unwrap().relation_to(&limit),
            PathRelation::Outside
        );
        assert_eq!(
            SubdivPath::parse("(1)").unwrap().relation_to(&limit),
            PathRelation::Outside
        );
        assert_eq!(
            SubdivPath::parse("(2)").unwrap().relation_to(&limit),
            PathRelation::LessSpecific
        );
        assert_eq!(
            SubdivPath::parse("").unwrap().relation_to(&limit),
            PathRelation::LessSpecific
        );
    }
}
