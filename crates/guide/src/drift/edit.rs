//! Editing the records: marking translations current or stale, recording reviews and new translations, and
//! the records text the command line writes back.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::{
    Catalog, DriftError, Message, MessageHash, Record, Resource, Review, State, check_reviewer, parse_messages,
    set_message,
};

impl Catalog {
    fn resource_mut(&mut self, locale: &str, file: &str) -> Option<&mut Resource> {
        self.resources.iter_mut().find(|r| r.locale == locale && r.file == file)
    }

    /// Check `locale` and `ids` and give each id's resource file and translation hash.
    fn targets(
        &self,
        locale: &str,
        ids: &[String],
    ) -> Result<Vec<(String, String, MessageHash, MessageHash)>, DriftError> {
        self.check_locale(locale)?;
        let mut out = Vec::new();
        for id in ids {
            let (file, en) = self.english(id).ok_or_else(|| DriftError::UnknownMessage(id.clone()))?;
            let t = self
                .translation(locale, file, id)
                .ok_or_else(|| DriftError::NotTranslated {
                    locale: locale.to_string(),
                    id: id.clone(),
                })?;
            out.push((file.to_string(), id.clone(), en.hash, t.hash));
        }
        Ok(out)
    }

    fn prune(&mut self, locale: &str, file: &str) {
        let english: BTreeSet<String> = self.english_ids(file).into_iter().map(str::to_string).collect();
        if let Some(r) = self.resource_mut(locale, file) {
            let present: BTreeSet<String> = r.messages.iter().map(|(i, _)| i.clone()).collect();
            let keep = |id: &String| english.contains(id) && present.contains(id);
            r.records.messages.retain(|id, _| keep(id));
            r.records.reviews.retain(|v| keep(&v.id));
        }
    }

    /// Record that `locale`'s translations of `ids` translate the current English (run after translating).
    /// Returns the resource files whose records changed.
    pub fn mark_current(&mut self, locale: &str, ids: &[String]) -> Result<BTreeSet<String>, DriftError> {
        let targets = self.targets(locale, ids)?;
        let mut files = BTreeSet::new();
        for (file, id, source, translation) in targets {
            if let Some(r) = self.resource_mut(locale, &file) {
                r.records.messages.insert(
                    id,
                    Record {
                        source,
                        translation,
                        stale: false,
                    },
                );
            }
            files.insert(file);
        }
        for f in &files {
            self.prune(locale, f);
        }
        Ok(files)
    }

    /// Mark `locale`'s translations of `ids` stale on purpose: the English changed and they are being updated.
    /// The record keeps the English they were made from.
    pub fn mark_stale(&mut self, locale: &str, ids: &[String]) -> Result<BTreeSet<String>, DriftError> {
        let targets = self.targets(locale, ids)?;
        let mut files = BTreeSet::new();
        for (file, id, _, _) in targets {
            let r = self
                .resource_mut(locale, &file)
                .and_then(|r| r.records.messages.get_mut(&id))
                .ok_or_else(|| DriftError::NoRecord {
                    locale: locale.to_string(),
                    id: id.clone(),
                })?;
            r.stale = true;
            files.insert(file);
        }
        for f in &files {
            self.prune(locale, f);
        }
        Ok(files)
    }

    /// Record that `by` reviewed `locale`'s current translations of `ids` on `on`.
    pub fn review(
        &mut self,
        locale: &str,
        ids: &[String],
        by: &str,
        on: NaiveDate,
    ) -> Result<BTreeSet<String>, DriftError> {
        let by = check_reviewer(by).map_err(DriftError::Reviewer)?.to_string();
        let targets = self.targets(locale, ids)?;
        let states = self.states(locale);
        for (_, id, _, _) in &targets {
            if !states
                .iter()
                .any(|s| s.id == id && s.state == State::Current && !s.edited())
            {
                return Err(DriftError::NotCurrent {
                    locale: locale.to_string(),
                    id: id.clone(),
                });
            }
        }
        let mut files = BTreeSet::new();
        for (file, id, source, translation) in targets {
            if let Some(r) = self.resource_mut(locale, &file) {
                let review = Review {
                    id,
                    by: by.clone(),
                    on,
                    source,
                    translation,
                };
                if !r.records.reviews.contains(&review) {
                    r.records.reviews.push(review);
                }
            }
            files.insert(file);
        }
        for f in &files {
            self.prune(locale, f);
        }
        Ok(files)
    }

    /// Set a translation (from a review sheet): the resource's new text, and the record updated to say which
    /// English it translates (`source`; stale when that is not the current English).
    pub fn set_translation(
        &mut self,
        locale: &str,
        file: &str,
        id: &str,
        m: Message,
        source: MessageHash,
    ) -> Result<String, DriftError> {
        self.check_locale(locale)?;
        let order: Vec<String> = self.english_ids(file).into_iter().map(str::to_string).collect();
        let (_, en) = self
            .english(id)
            .ok_or_else(|| DriftError::UnknownMessage(id.to_string()))?;
        let stale = source != en.hash;
        let order_refs: Vec<&str> = order.iter().map(String::as_str).collect();
        let r = self
            .resource_mut(locale, file)
            .ok_or_else(|| DriftError::UnknownLocale(locale.to_string(), String::new()))?;
        let text = set_message(&r.text, id, &m, &order_refs);
        let translation = m.hash;
        r.messages = parse_messages(&text);
        r.text = text.clone();
        r.records.messages.insert(
            id.to_string(),
            Record {
                source,
                translation,
                stale,
            },
        );
        Ok(text)
    }

    /// Record a review from a sheet (against the English hash the sheet was made from).
    pub fn add_review(&mut self, locale: &str, file: &str, review: Review) -> Result<(), DriftError> {
        check_reviewer(&review.by).map_err(DriftError::Reviewer)?;
        let r = self
            .resource_mut(locale, file)
            .ok_or_else(|| DriftError::UnknownLocale(locale.to_string(), String::new()))?;
        if !r.records.reviews.contains(&review) {
            r.records.reviews.push(review);
        }
        Ok(())
    }

    /// The records file's text for `locale`'s `file`, after pruning orphans.
    pub fn records_text(&mut self, locale: &str, file: &str) -> String {
        self.prune(locale, file);
        self.resource(locale, file)
            .map(|r| r.records.to_toml(locale, file))
            .unwrap_or_default()
    }
}
