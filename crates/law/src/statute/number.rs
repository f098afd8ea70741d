//! Where in a statute a citation points: the section number (`120.04-a`) and the path of subdivisions
//! (`(2)(b)`), and how a conviction's subdivisions relate to the ones a list entry covers.

use std::fmt;

use super::StatuteError;

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
    pub(super) fn new(token: &str) -> Option<Self> {
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

    pub(super) fn push(&mut self, s: Subdiv) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

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
