//! The JSON contract both ways: a case read from JSON (serde, with the field at fault named), an outcome written
//! at a trace level; and the batch's two faster twins, held to serde by tests: [`read`](mod@read) and [`write`](mod@write).

use serde::Serialize;

use super::{Case, CaseError, Conviction, Detail, Outcome, TraceLevel, Warning};
use crate::trace::{Displayed, Step};

pub(super) mod read;
pub(super) mod write;

/// An outcome written at a trace level.
pub struct OutcomeJson<'a> {
    pub outcome: &'a Outcome,
    pub level: TraceLevel,
}

struct SummarySteps<'a>(&'a [Step<Detail>]);

impl Serialize for SummarySteps<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.collect_seq(self.0.iter().map(|step| {
            struct One<'b>(&'b Step<Detail>);
            impl Serialize for One<'_> {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    let mut s = serializer.serialize_struct("Step", 3)?;
                    s.serialize_field("rule", self.0.rule)?;
                    s.serialize_field("holds", &self.0.holds)?;
                    s.serialize_field("citation", &self.0.authority.citation)?;
                    s.end()
                }
            }
            One(step)
        }))
    }
}

impl Serialize for OutcomeJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.outcome.serialize_at(serializer, self.level)
    }
}

impl Outcome {
    fn serialize_at<S: serde::Serializer>(&self, serializer: S, level: TraceLevel) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = serializer.serialize_map(None)?;
        if let Some(id) = &self.id {
            m.serialize_entry("id", id)?;
        }
        m.serialize_entry("agency", &self.agency)?;
        m.serialize_entry("as_of", &self.as_of)?;
        m.serialize_entry("law_version", self.law_version())?;
        m.serialize_entry("decision", &self.decision)?;
        if level == TraceLevel::Full {
            m.serialize_entry("summary", &Displayed(&self.summary()))?;
        }
        m.serialize_entry("may_share_information", &self.may_share_information)?;
        m.serialize_entry("provision_status", self.provision_status())?;
        match level {
            TraceLevel::Full => m.serialize_entry("trace", &self.trace)?,
            TraceLevel::Summary => m.serialize_entry("trace", &SummarySteps(&self.trace))?,
        }
        m.serialize_entry("citations", &self.citations())?;
        match level {
            TraceLevel::Full => m.serialize_entry("warnings", &WarningsSer(&self.warnings))?,
            TraceLevel::Summary => {
                m.serialize_entry("warnings", &self.warnings.iter().map(Warning::code).collect::<Vec<_>>())?
            }
        }
        m.end()
    }
}

impl Serialize for Outcome {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.serialize_at(serializer, TraceLevel::Full)
    }
}

struct WarningsSer<'a>(&'a [Warning]);

impl Serialize for WarningsSer<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(Displayed))
    }
}

impl Case {
    /// Read one case from JSON. Errors name the field: `convictions[0].judgment_date: …`.
    pub fn from_json(text: &str) -> Result<Case, CaseError> {
        Self::from_json_slice(text.as_bytes())
    }

    /// Read one case from JSON bytes.
    pub fn from_json_slice(bytes: &[u8]) -> Result<Case, CaseError> {
        Self::from_json_slice_reusing(bytes, Vec::new())
    }

    /// [`Case::from_json_slice`], reusing the allocation of `convictions` (a spent case's) where it can.
    pub fn from_json_slice_reusing(bytes: &[u8], convictions: Vec<Conviction>) -> Result<Case, CaseError> {
        // The fast paths (the plain-shape scanner, then serde); on failure, read again with path tracking
        // to name the field.
        if let Some(case) = read::read_plain_reusing(bytes, convictions) {
            return Ok(case);
        }
        if let Ok(case) = serde_json::from_slice::<Case>(bytes) {
            return Ok(case);
        }
        let mut de = serde_json::Deserializer::from_slice(bytes);
        let result: Result<Case, _> = serde_path_to_error::deserialize(&mut de);
        match result {
            Ok(case) => match de.end() {
                Ok(()) => Ok(case),
                Err(e) => Err(CaseError::new("(case)", json_message(&e))),
            },
            Err(e) => {
                let path = e.path().to_string();
                let inner = e.into_inner();
                let message = json_message(&inner);
                let prefix = if path == "." { String::new() } else { format!("{path}.") };
                // serde names a missing field only in its message; put it in the path.
                let named = message.strip_prefix("missing field `").and_then(|rest| {
                    let end = rest.find('`')?;
                    Some(format!("{prefix}{}", &rest[..end]))
                });
                let field = named.unwrap_or_else(|| if path == "." { "(case)".to_owned() } else { path });
                Err(CaseError::new(field, message))
            }
        }
    }
}

/// serde_json's message without its "at line 1 column 7" tail (the field path says where).
fn json_message(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) if e.line() > 0 => s[..i].to_owned(),
        _ => s,
    }
}
