//! The locales: their direction, translation status and names; resolving a requested language tag; and
//! building each locale's Fluent bundle from its resources (with its own digits where it writes them).

use std::collections::HashSet;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::{CharacterDirection, LanguageIdentifier};

use crate::{Guide, GuideError, LOCALE_FILES, RESOURCES, SOURCE_LOCALE, data, drift, invalid};

/// Text direction of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The HTML `dir` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ltr => "ltr",
            Self::Rtl => "rtl",
        }
    }
}

/// Whether a locale's text has been reviewed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TranslationStatus {
    /// The original text (English).
    Source,
    /// Machine-assisted translation, not yet reviewed by a native speaker.
    MachineAssisted,
    /// Reviewed by a native speaker.
    Reviewed,
}

impl TranslationStatus {
    /// The message that tells users this status, in their language.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Source => "status-source",
            Self::MachineAssisted => "status-machine-assisted",
            Self::Reviewed => "status-reviewed",
        }
    }

    /// Stable id (`source`, `machine-assisted`, `reviewed`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Source => "source",
            Self::MachineAssisted => "machine-assisted",
            Self::Reviewed => "reviewed",
        }
    }
}

/// What a language picker needs to know about a locale.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleInfo {
    /// BCP 47 id, e.g. `zh-Hant`.
    pub id: &'static str,
    /// The language's name in that language.
    pub native_name: String,
    /// The language's name in English.
    pub english_name: String,
    pub direction: Direction,
    pub status: TranslationStatus,
    /// The status, in that language (shown to users).
    pub status_text: String,
    /// How many of its messages are translated from the current English and reviewed by a person
    /// ([`drift`]).
    pub translation: drift::Summary,
    /// Those shares in that language, e.g. "100 % up to date · 0 % reviewed by a person".
    pub translation_text: String,
}

/// One locale as loaded: its id, Fluent bundle, status and which of its messages are stale.
pub(crate) struct Locale {
    pub(crate) id: &'static str,
    pub(crate) langid: LanguageIdentifier,
    pub(crate) english_name: String,
    pub(crate) status: TranslationStatus,
    pub(crate) bundle: FluentBundle<FluentResource>,
    /// Messages translated from an older English ([`drift`]): shown with the current English beside them.
    pub(crate) stale: HashSet<String>,
    pub(crate) translation: drift::Summary,
}

impl Guide {
    /// The locale ids, English first.
    pub fn locale_ids(&self) -> Vec<&'static str> {
        self.locales.iter().map(|l| l.id).collect()
    }

    /// Every locale with its native name, direction and translation status (in its own language).
    pub fn locales(&self) -> Result<Vec<LocaleInfo>, GuideError> {
        self.locales.iter().map(|l| self.info(l)).collect()
    }

    /// One locale's details.
    pub fn locale(&self, locale: &str) -> Result<LocaleInfo, GuideError> {
        self.info(self.locale_ref(locale)?)
    }

    fn info(&self, l: &Locale) -> Result<LocaleInfo, GuideError> {
        Ok(LocaleInfo {
            id: l.id,
            native_name: self.format(l, "language-name", None)?,
            english_name: l.english_name.clone(),
            direction: direction(&l.langid),
            status: l.status,
            status_text: self.format(l, l.status.message_id(), None)?,
            translation: l.translation,
            translation_text: self.translation_shares(l)?,
        })
    }

    /// "N % up to date · M % reviewed by a person", in the locale's own language.
    fn translation_shares(&self, l: &Locale) -> Result<String, GuideError> {
        let mut args = FluentArgs::new();
        args.set("current", FluentValue::from(l.translation.current_percent()));
        args.set("reviewed", FluentValue::from(l.translation.reviewed_percent()));
        self.format(l, "translation-shares", Some(&args))
    }

    /// The locale Amparo would use for a requested language tag: an exact match (any case, `_` or `-`), else
    /// Chinese by script or region (`zh-TW`, `zh-HK`, `zh-MO` → `zh-Hant`; other `zh` → `zh-Hans`), else the
    /// same language (`es-MX` → `es`). An unsupported language is an error listing the supported ones.
    pub fn resolve_locale(&self, requested: &str) -> Result<&'static str, GuideError> {
        let unknown = || GuideError::UnknownLocale {
            id: requested.to_string(),
            valid: self.locale_ids().iter().map(|s| s.to_string()).collect(),
        };
        let tag = requested.trim().replace('_', "-");
        let wanted: LanguageIdentifier = tag.parse().map_err(|_| unknown())?;
        if let Some(l) = self.locales.iter().find(|l| l.langid == wanted) {
            return Ok(l.id);
        }
        let language = wanted.language.as_str();
        if language == "zh" {
            let traditional = wanted.script.is_some_and(|s| s.as_str() == "Hant")
                || (wanted.script.is_none() && wanted.region.is_some_and(|r| matches!(r.as_str(), "TW" | "HK" | "MO")));
            let id = if traditional { "zh-Hant" } else { "zh-Hans" };
            if let Some(l) = self.locales.iter().find(|l| l.id == id) {
                return Ok(l.id);
            }
        }
        self.locales
            .iter()
            .find(|l| l.langid.language.as_str() == language && l.langid.script.is_none())
            .map(|l| l.id)
            .ok_or_else(unknown)
    }

    pub(crate) fn locale_ref(&self, locale: &str) -> Result<&Locale, GuideError> {
        let id = self.resolve_locale(locale)?;
        self.locales
            .iter()
            .find(|l| l.id == id)
            .ok_or_else(|| GuideError::UnknownLocale {
                id: locale.to_string(),
                valid: self.locale_ids().iter().map(|s| s.to_string()).collect(),
            })
    }
}

pub(crate) fn direction(langid: &LanguageIdentifier) -> Direction {
    match langid.character_direction() {
        CharacterDirection::RTL => Direction::Rtl,
        _ => Direction::Ltr,
    }
}

/// The number formatter of a locale whose text writes numbers in its own digits, for Fluent (which prints
/// ASCII digits): Bengali writes ১০, ১৮ and ২০২৫ in its text, so its counts and days (`points-count`,
/// `advice-check-dates`, the translation shares) are Bengali digits too. Only numbers change: phone numbers,
/// form numbers and addresses stay as written (the text writes I-205, 311 and 26 Federal Plaza in ASCII, as
/// they are printed and dialled). Plural selection still uses the number itself.
fn native_digits<M>(locale: &str) -> Option<fn(&FluentValue<'_>, &M) -> Option<String>> {
    match locale {
        "bn" => Some(bengali_digits::<M>),
        _ => None,
    }
}

fn bengali_digits<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let digits = n
        .as_string()
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x09E6 + d).unwrap_or(c),
            None => c,
        })
        .collect();
    Some(digits)
}

pub(crate) fn load_locales(status: data::StatusFile, catalog: &drift::Catalog) -> Result<Vec<Locale>, GuideError> {
    const F: &str = data::STATUS_FILE;
    let mut locales = Vec::new();
    for s in status.locale {
        let Some(&(id, _, _)) = LOCALE_FILES.iter().find(|(id, _, _)| *id == s.id) else {
            return Err(invalid(
                F,
                format!("locale {:?} has no locales/{}/{}", s.id, s.id, RESOURCES[0]),
            ));
        };
        if locales.iter().any(|l: &Locale| l.id == id) {
            return Err(invalid(F, format!("locale {id:?} is listed twice")));
        }
        if s.status == TranslationStatus::Reviewed && (s.reviewed_by.is_none() || s.reviewed_on.is_none()) {
            return Err(invalid(
                F,
                format!("locale {id:?} is \"reviewed\" but has no reviewed_by/reviewed_on"),
            ));
        }
        let langid: LanguageIdentifier = id.parse().map_err(|e| GuideError::Resource {
            locale: id.to_string(),
            file: RESOURCES[0],
            message: format!("not a BCP 47 id: {e}"),
        })?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
        bundle.set_use_isolating(false);
        if let Some(digits) = native_digits(id) {
            bundle.set_formatter(Some(digits));
        }
        // Every file of the locale goes into its one bundle; a message defined in two files is an error.
        for &(_, file, ftl) in LOCALE_FILES.iter().filter(|(l, _, _)| *l == id) {
            let error = |message: String| GuideError::Resource {
                locale: id.to_string(),
                file,
                message,
            };
            let resource = FluentResource::try_new(ftl.to_string())
                .map_err(|(_, errors)| error(errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")))?;
            bundle
                .add_resource(resource)
                .map_err(|errors| error(errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")))?;
        }
        if id == SOURCE_LOCALE {
            // The source text is complete: a translation may lack a file (and fall back to English), English may
            // not.
            for file in RESOURCES {
                if !LOCALE_FILES.iter().any(|(l, f, _)| *l == id && f == file) {
                    return Err(GuideError::Resource {
                        locale: id.to_string(),
                        file,
                        message: "missing (the source locale must have every resource file)".to_string(),
                    });
                }
            }
        }
        locales.push(Locale {
            id,
            langid,
            english_name: s.english_name,
            status: s.status,
            bundle,
            stale: catalog.stale_ids(id).into_iter().collect(),
            translation: catalog.summary(id),
        });
    }
    for (id, file, _) in LOCALE_FILES {
        if !locales.iter().any(|l| l.id == *id) {
            return Err(invalid(
                F,
                format!("locales/{id}/{file} exists but {id:?} is not listed"),
            ));
        }
    }
    if locales.first().map(|l| l.id) != Some(SOURCE_LOCALE) {
        return Err(invalid(F, "the first locale must be \"en\"".to_string()));
    }
    Ok(locales)
}
