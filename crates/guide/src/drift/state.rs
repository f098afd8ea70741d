//! What the catalog says about a locale: the state of each translated message, the shares current and
//! reviewed, the lint's problems and the errors of the commands that edit the records.

use std::fmt;

use super::{Message, MessageHash, RECORDS_DIR, Record, Review, records_file_name};

/// The state of one translated message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Translated from the current English.
    Current,
    /// Translated from an older English: shown with the current English beside it.
    Stale,
    /// The locale does not have the message (the English is shown).
    Missing,
    /// The locale has a translation but no record of which English it was made from.
    Untracked,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Current => "current",
            Self::Stale => "stale",
            Self::Missing => "missing",
            Self::Untracked => "untracked",
        }
    }
}

/// One English message and its translation in one locale.
#[derive(Debug, Clone)]
pub struct MessageState<'a> {
    pub file: &'a str,
    pub id: &'a str,
    pub state: State,
    /// The English message now.
    pub english: &'a Message,
    /// The translation, where the locale has one.
    pub translation: Option<&'a Message>,
    /// The record, where there is one.
    pub record: Option<Record>,
    /// The latest review of this translation against the current English, if any.
    pub reviewed: Option<&'a Review>,
}

impl MessageState<'_> {
    /// Marked stale on purpose.
    pub fn marked_stale(&self) -> bool {
        self.state == State::Stale && self.record.is_some_and(|r| r.stale)
    }

    /// The translation differs from the one recorded (edited since, e.g. by a translation platform).
    pub fn edited(&self) -> bool {
        matches!((self.translation, self.record), (Some(t), Some(r)) if t.hash != r.translation)
    }
}

/// How much of a locale is up to date and reviewed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// English messages (all resources).
    pub messages: usize,
    pub current: usize,
    pub stale: usize,
    pub missing: usize,
    pub untracked: usize,
    /// Current translations reviewed by a person against the current English.
    pub reviewed: usize,
}

impl Summary {
    /// Whole percent, rounded down (so 100 means all).
    fn percent(n: usize, of: usize) -> u32 {
        if of == 0 {
            return 100;
        }
        u32::try_from(n * 100 / of).unwrap_or(100)
    }

    /// The share of messages translated from the current English, in whole percent (rounded down).
    pub fn current_percent(&self) -> u32 {
        Self::percent(self.current, self.messages)
    }

    /// The share of messages whose current translation a person reviewed, in whole percent (rounded down).
    pub fn reviewed_percent(&self) -> u32 {
        Self::percent(self.reviewed, self.messages)
    }
}

/// Something the drift lint refuses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DriftProblem {
    /// The English changed since the translation was made, and nobody updated the translation or marked it
    /// stale on purpose.
    EnglishChanged {
        locale: String,
        file: String,
        id: String,
        recorded: MessageHash,
        now: MessageHash,
    },
    /// A translation with no record of the English it was made from.
    Untracked { locale: String, file: String, id: String },
    /// The translation changed since it was recorded.
    Edited { locale: String, file: String, id: String },
    /// The records file does not parse.
    Records {
        locale: String,
        file: String,
        message: String,
    },
    /// A translation contains the character that marks stale English.
    Marker { locale: String, file: String, id: String },
}

impl fmt::Display for DriftProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EnglishChanged {
                locale,
                file,
                id,
                recorded,
                now,
            } => write!(
                f,
                "{locale}/{file}: {id}: the English changed since this translation was made (from {recorded}, now \
                 {now}): update the translation and run `amparo l10n mark-current {locale} {id}`, or run \
                 `amparo l10n mark-stale {id}` to show it as being updated"
            ),
            Self::Untracked { locale, file, id } => write!(
                f,
                "{locale}/{file}: {id}: no record of the English it was translated from: if it translates the \
                 current English, run `amparo l10n mark-current {locale} {id}`"
            ),
            Self::Edited { locale, file, id } => write!(
                f,
                "{locale}/{file}: {id}: the translation changed since it was recorded: if it now translates the \
                 current English, run `amparo l10n mark-current {locale} {id}`"
            ),
            Self::Records { locale, file, message } => {
                write!(f, "{RECORDS_DIR}/{locale}/{}: {message}", records_file_name(file))
            }
            Self::Marker { locale, file, id } => write!(
                f,
                "{locale}/{file}: {id}: contains U+2068 (FIRST STRONG ISOLATE), which marks stale English; use \
                 U+2066 (LEFT-TO-RIGHT ISOLATE) to isolate a form number"
            ),
        }
    }
}

/// An error of a command on the catalog (bad input: an unknown locale or message id, a bad reviewer).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DriftError {
    #[error("unknown locale {0:?}; the translated locales are: {1}")]
    UnknownLocale(String, String),
    #[error("no English message {0:?}")]
    UnknownMessage(String),
    #[error("{locale} has no translation of {id}: translate it first")]
    NotTranslated { locale: String, id: String },
    #[error("{locale}/{id} has no record to mark stale: it was never marked current")]
    NoRecord { locale: String, id: String },
    #[error("{locale}/{id} is not translated from the current English: update it and mark it current first")]
    NotCurrent { locale: String, id: String },
    #[error("{0}")]
    Reviewer(String),
}
