//! Formatting messages: one message in one locale, falling back to English, with the current English after
//! a stale translation; the interface labels and the small lines every renderer shows.

use fluent_bundle::{FluentArgs, FluentValue};

use crate::locale::Locale;
use crate::{Guide, GuideError, Labels, MessageArg, SOURCE_LOCALE, drift};

impl Guide {
    /// Format one message. A message missing in a locale falls back to English (the test suite requires
    /// every locale to be complete, so this only matters for a partial community translation). A stale
    /// translation ([`drift`]) comes with the current English after it: `translation [FSI]note[PDI] [FSI]English[PDI]`, the
    /// note and the English each between U+2068 and U+2069 (see [`split_stale`]), so that no renderer can show
    /// an outdated translation as if it were current.
    pub(crate) fn format(&self, l: &Locale, id: &str, args: Option<&FluentArgs<'_>>) -> Result<String, GuideError> {
        let text = self.format_plain(l, id, args)?;
        match self.stale_english(l, id, args)? {
            None => Ok(text),
            Some(english) => Ok(format!(
                "{text} {o}{}{c} {o}{english}{c}",
                self.format_plain(l, "translation-stale", None)?,
                o = drift::STALE_OPEN,
                c = drift::STALE_CLOSE,
            )),
        }
    }

    /// The current English of message `id` where `l`'s translation of it is stale.
    pub(crate) fn stale_english(
        &self,
        l: &Locale,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<Option<String>, GuideError> {
        if !l.stale.contains(id) || !l.bundle.has_message(id) {
            return Ok(None);
        }
        let en = self.locale_ref(SOURCE_LOCALE)?;
        self.format_plain(en, id, args).map(Some)
    }

    /// Whether `locale`'s translation of message `id` is stale (made from an older English).
    pub fn is_stale(&self, locale: &str, id: &str) -> bool {
        self.locale_ref(locale).is_ok_and(|l| l.stale.contains(id))
    }

    pub(crate) fn format_plain(
        &self,
        l: &Locale,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<String, GuideError> {
        let (bundle, locale) = if l.bundle.has_message(id) {
            (&l.bundle, l.id)
        } else {
            let en = self
                .locales
                .iter()
                .find(|x| x.id == SOURCE_LOCALE)
                .filter(|x| x.bundle.has_message(id))
                .ok_or_else(|| GuideError::MissingMessage {
                    locale: l.id.to_string(),
                    id: id.to_string(),
                })?;
            (&en.bundle, en.id)
        };
        let pattern = bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| GuideError::MissingMessage {
                locale: locale.to_string(),
                id: id.to_string(),
            })?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(GuideError::Format {
                locale: locale.to_string(),
                id: id.to_string(),
                message: errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "),
            })
        }
    }

    /// Any message of the guide by id (for renderers that need a label not in [`Labels`]), falling back to
    /// English where the locale lacks it (see [`Guide::has_message`]).
    pub fn message(&self, locale: &str, id: &str) -> Result<String, GuideError> {
        self.format(self.locale_ref(locale)?, id, None)
    }

    /// A message with variables (`$name` in Fluent). A [`MessageArg::Number`] takes part in plural selection.
    pub fn message_args(&self, locale: &str, id: &str, args: &[(&str, MessageArg)]) -> Result<String, GuideError> {
        let mut fluent = FluentArgs::new();
        for (k, v) in args {
            match v {
                MessageArg::Text(s) => fluent.set(*k, s.clone()),
                MessageArg::Number(n) => fluent.set(*k, FluentValue::from(*n)),
            }
        }
        self.format(self.locale_ref(locale)?, id, Some(&fluent))
    }

    /// Whether the locale itself defines message `id` (so [`Guide::message`] gives it without falling back to
    /// English). False for an unknown locale.
    pub fn has_message(&self, locale: &str, id: &str) -> bool {
        self.locale_ref(locale).is_ok_and(|l| l.bundle.has_message(id))
    }

    /// The interface labels, in one locale.
    pub fn labels(&self, locale: &str) -> Result<Labels, GuideError> {
        let l = self.locale_ref(locale)?;
        let m = |id: &str| self.format(l, id, None);
        Ok(Labels {
            guide_title: m("guide-title")?,
            guide_subtitle: m("guide-subtitle")?,
            key_points_heading: m("key-points-heading")?,
            scenarios_heading: m("scenarios-heading")?,
            say: m("say-label")?,
            say_english: m("say-english-label")?,
            dont: m("dont-label")?,
            sources: m("sources-label")?,
            case: m("legal-status-case")?,
            door_card_title: m("door-card-title")?,
            door_card_back_title: m("door-card-back-title")?,
            door_card_check_title: m("door-card-check-title")?,
        })
    }

    /// "Last reviewed: DATE", in one locale.
    pub fn reviewed_line(&self, locale: &str, date: chrono::NaiveDate) -> Result<String, GuideError> {
        let mut args = FluentArgs::new();
        args.set("date", date.format("%Y-%m-%d").to_string());
        self.format(self.locale_ref(locale)?, "reviewed", Some(&args))
    }

    /// "N points", with the locale's plural rules (or its explicit numeric variants, for `ht`).
    pub fn points_count(&self, locale: &str, count: usize) -> Result<String, GuideError> {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count));
        self.format(self.locale_ref(locale)?, "points-count", Some(&args))
    }

    /// "Legal information, not legal advice", in one locale.
    pub fn disclaimer(&self, locale: &str) -> Result<String, GuideError> {
        self.message(locale, "disclaimer")
    }

    /// The locale's translation status, in that locale.
    pub fn status_line(&self, locale: &str) -> Result<String, GuideError> {
        let l = self.locale_ref(locale)?;
        self.format(l, l.status.message_id(), None)
    }
}

/// A text [`Guide`] gave, split into the translation and, where it is stale, the note and the current English
/// (`translation [FSI]note[PDI] [FSI]English[PDI]`). Renderers that mark languages (HTML `lang`) use it.
pub fn split_stale(text: &str) -> (&str, Option<(&str, &str)>) {
    let Some(i) = text.find(drift::STALE_OPEN) else {
        return (text, None);
    };
    let rest = &text[i + drift::STALE_OPEN.len_utf8()..];
    let parts = rest.split_once(drift::STALE_CLOSE).and_then(|(note, after)| {
        let after = after.trim_start().strip_prefix(drift::STALE_OPEN)?;
        let english = after.strip_suffix(drift::STALE_CLOSE).unwrap_or(after);
        Some((note, english))
    });
    match parts {
        Some(p) => (text[..i].trim_end(), Some(p)),
        None => (text, None),
    }
}
