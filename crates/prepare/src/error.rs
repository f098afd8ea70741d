//! Bad input, named by its field: every tool reports all its problems at once, each with the JSON path of the
//! field (`contacts[1].phone`) and a [`Problem`] that the CLI prints in English and the web app words in the
//! person's language (message `tools-error-<id>`).

use std::fmt;

use chrono::NaiveDate;

/// What is wrong with one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The field must be given.
    Required,
    /// The input is not JSON of the expected shape (serde's message: an unknown field, a wrong type, …).
    Shape(String),
    /// Not a date written `YYYY-MM-DD`.
    NotADate(String),
    /// Not a date and time written `YYYY-MM-DDTHH:MM` (or a date alone).
    NotADateTime(String),
    /// A day after today (or after the `as_of` day it is measured against).
    FutureDate { date: NaiveDate, latest: NaiveDate },
    /// A day too long ago to be right (before 1900).
    TooOld(NaiveDate),
    /// A period that ends before it starts.
    EndsBeforeStart { from: NaiveDate, to: NaiveDate },
    /// A paper must have either `date`, or `from` and `to`.
    DateOrRange,
    /// An A-number is 8 or 9 digits (an `A` and spaces or dashes may be written around them).
    ANumber(String),
    /// Not a phone number.
    Phone(String),
    /// Not an e-mail address.
    Email(String),
    /// Not a licence plate (letters, digits, spaces and dashes; 1 to 10 letters and digits).
    Plate(String),
    /// An unknown value from a fixed list.
    Unknown { value: String, valid: Vec<String> },
    /// Longer than the field allows (in characters).
    TooLong { max: usize },
    /// More entries than the list allows.
    TooMany { max: usize },
    /// A control character (other than a line break or tab in long text).
    ControlCharacter,
}

impl Problem {
    /// The stable id; the web app's message for it is `tools-error-<id>`.
    pub fn id(&self) -> &'static str {
        match self {
            Self::Required => "required",
            Self::Shape(_) => "shape",
            Self::NotADate(_) => "not-a-date",
            Self::NotADateTime(_) => "not-a-date-time",
            Self::FutureDate { .. } => "future-date",
            Self::TooOld(_) => "too-old",
            Self::EndsBeforeStart { .. } => "ends-before-start",
            Self::DateOrRange => "date-or-range",
            Self::ANumber(_) => "a-number",
            Self::Phone(_) => "phone",
            Self::Email(_) => "email",
            Self::Plate(_) => "plate",
            Self::Unknown { .. } => "unknown",
            Self::TooLong { .. } => "too-long",
            Self::TooMany { .. } => "too-many",
            Self::ControlCharacter => "control-character",
        }
    }

    /// Every id, for the test that each has its message in every locale.
    pub const IDS: &[&str] = &[
        "required",
        "shape",
        "not-a-date",
        "not-a-date-time",
        "future-date",
        "too-old",
        "ends-before-start",
        "date-or-range",
        "a-number",
        "phone",
        "email",
        "plate",
        "unknown",
        "too-long",
        "too-many",
        "control-character",
    ];

    /// The values a message may show (`$value`, `$max`, `$latest`, …), as text.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Self::Shape(m) => vec![("value", m.clone())],
            Self::NotADate(v) | Self::NotADateTime(v) | Self::ANumber(v) | Self::Phone(v) | Self::Email(v) => {
                vec![("value", v.clone())]
            }
            Self::Plate(v) => vec![("value", v.clone())],
            Self::FutureDate { date, latest } => vec![("value", date.to_string()), ("latest", latest.to_string())],
            Self::TooOld(d) => vec![("value", d.to_string())],
            Self::EndsBeforeStart { from, to } => vec![("from", from.to_string()), ("to", to.to_string())],
            Self::Unknown { value, valid } => vec![("value", value.clone()), ("valid", valid.join(", "))],
            Self::TooLong { max } | Self::TooMany { max } => vec![("max", max.to_string())],
            Self::Required | Self::DateOrRange | Self::ControlCharacter => vec![],
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Required => f.write_str("is required"),
            Self::Shape(m) => f.write_str(m),
            Self::NotADate(v) => write!(f, "{v:?} is not a date written YYYY-MM-DD"),
            Self::NotADateTime(v) => write!(f, "{v:?} is not a date and time written YYYY-MM-DDTHH:MM"),
            Self::FutureDate { date, latest } => {
                write!(f, "{date} is in the future (the latest day allowed is {latest})")
            }
            Self::TooOld(d) => write!(f, "{d} is before 1900"),
            Self::EndsBeforeStart { from, to } => write!(f, "ends ({to}) before it starts ({from})"),
            Self::DateOrRange => f.write_str("give either \"date\", or \"from\" and \"to\""),
            Self::ANumber(v) => write!(
                f,
                "{v:?} is not an A-number: it has 8 or 9 digits (an A in front and spaces or dashes are fine)"
            ),
            Self::Phone(v) => write!(
                f,
                "{v:?} is not a phone number: 10 digits for the U.S., or + and the country code (8 to 15 digits)"
            ),
            Self::Email(v) => write!(f, "{v:?} is not an e-mail address"),
            Self::Plate(v) => write!(f, "{v:?} is not a licence plate (1 to 10 letters and digits)"),
            Self::Unknown { value, valid } => {
                write!(f, "unknown value {value:?}; the values are: {}", valid.join(", "))
            }
            Self::TooLong { max } => write!(f, "is longer than {max} characters"),
            Self::TooMany { max } => write!(f, "has more than {max} entries"),
            Self::ControlCharacter => f.write_str("contains a control character"),
        }
    }
}

/// One bad field: its JSON path (`person.a_number`, `contacts[1].phone`, `papers[3].date`) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub problem: Problem,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}", self.problem)
        } else {
            write!(f, "{}: {}", self.field, self.problem)
        }
    }
}

/// All the problems of one input, in the order of its fields. Never empty.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct InputErrors(pub Vec<FieldError>);

impl fmt::Display for InputErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl InputErrors {
    /// The first field named (the one a form should focus).
    pub fn first_field(&self) -> &str {
        self.0.first().map(|e| e.field.as_str()).unwrap_or("")
    }

    /// Whether a field has a problem.
    pub fn has(&self, field: &str) -> bool {
        self.0.iter().any(|e| e.field == field)
    }
}

/// Collects problems while a tool checks its input.
#[derive(Debug, Default)]
pub(crate) struct Collector(Vec<FieldError>);

impl Collector {
    pub(crate) fn push(&mut self, field: impl Into<String>, problem: Problem) {
        self.0.push(FieldError {
            field: field.into(),
            problem,
        });
    }

    /// The value if `r` is Ok; else records the problem under `field` and gives `None`.
    pub(crate) fn check<T>(&mut self, field: impl Into<String>, r: Result<T, Problem>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(p) => {
                self.push(field, p);
                None
            }
        }
    }

    pub(crate) fn finish<T>(self, value: T) -> Result<T, InputErrors> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(InputErrors(self.0))
        }
    }
}

/// Parses JSON into `T`, naming the field where the shape is wrong (`contacts[0].phone: invalid type: …`).
pub fn from_json<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, InputErrors> {
    let de = &mut serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let field = e.path().to_string();
        let field = if field == "." { String::new() } else { field };
        InputErrors(vec![FieldError {
            field,
            problem: Problem::Shape(e.inner().to_string()),
        }])
    })
}
