//! Squashed text: letters only, upper case, digits and symbols inside words read as the letters they
//! resemble ("SECUR1TY" → "SECURITY") and I and l as one letter ([`amparo_text::lookalike`]), with offsets
//! back into the original, so that keywords are found whatever the spacing, line breaks and punctuation;
//! and the line around an offset, as evidence.

use amparo_text::{fold_i_l, letter_for};

use super::SNIPPET;

pub(super) struct Squashed {
    pub(super) letters: String,
    pub(super) origin: Vec<usize>,
}

impl Squashed {
    pub(super) fn new(text: &str) -> Self {
        let mut letters = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        let mut token_start = 0;
        let flush = |start: usize, end: usize, letters: &mut String, origin: &mut Vec<usize>| {
            let tok = &text[start..end];
            let has_letter = tok.chars().any(|c| c.is_alphabetic());
            for (i, c) in tok.char_indices() {
                let mapped = if c.is_ascii_alphabetic() {
                    // I, l, L, 1 and | are one class: they are read for one another.
                    Some(fold_i_l(c.to_ascii_uppercase()))
                } else if has_letter {
                    letter_for(c)
                } else {
                    None
                };
                if let Some(m) = mapped {
                    letters.push(m);
                    origin.push(start + i);
                }
            }
        };
        for (i, c) in text.char_indices() {
            if c.is_whitespace() {
                if i > token_start {
                    flush(token_start, i, &mut letters, &mut origin);
                }
                token_start = i + c.len_utf8();
            }
        }
        if token_start < text.len() {
            flush(token_start, text.len(), &mut letters, &mut origin);
        }
        Squashed { letters, origin }
    }

    /// Offset in the original text of the first occurrence of any of `keys`.
    pub(super) fn find_any(&self, keys: &[&str]) -> Option<usize> {
        keys.iter()
            .filter_map(|k| self.letters.find(fold_key(k).as_ref()))
            .min()
            .and_then(|i| self.origin.get(i).copied())
    }

    pub(super) fn has(&self, keys: &[&str]) -> bool {
        keys.iter().any(|k| self.letters.contains(fold_key(k).as_ref()))
    }

    /// Where each occurrence of any of `keys` lies in the squashed letters (start, end).
    pub(super) fn spans(&self, keys: &[&str]) -> Vec<(usize, usize)> {
        keys.iter()
            .flat_map(|k| {
                let k = fold_key(k);
                let len = k.len();
                self.letters
                    .match_indices(k.as_ref())
                    .map(move |(i, _)| (i, i + len))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// Offset in the original text of the first occurrence of any of `keys` that does not lie inside one of
    /// `spans` (a "search warrant" inside "application for a search warrant" is not the paper's title).
    pub(super) fn find_any_outside(&self, keys: &[&str], spans: &[(usize, usize)]) -> Option<usize> {
        self.spans(keys)
            .into_iter()
            .filter(|&(s, e)| !spans.iter().any(|&(a, b)| a <= s && e <= b))
            .map(|(s, _)| s)
            .min()
            .and_then(|i| self.origin.get(i).copied())
    }

    /// Original offsets of every occurrence of `key`.
    pub(super) fn find_all(&self, key: &str) -> Vec<usize> {
        self.letters
            .match_indices(fold_key(key).as_ref())
            .filter_map(|(i, _)| self.origin.get(i).copied())
            .collect()
    }
}

/// A keyword in the squashed alphabet (L read as I).
pub(super) fn fold_key(k: &str) -> std::borrow::Cow<'_, str> {
    if k.contains('L') {
        std::borrow::Cow::Owned(k.chars().map(fold_i_l).collect())
    } else {
        std::borrow::Cow::Borrowed(k)
    }
}

pub(super) fn contains_key(hay: &str, k: &str) -> bool {
    hay.contains(fold_key(k).as_ref())
}

/// The line of `text` around byte offset `at`, trimmed and cut to the snippet length.
pub(super) fn line_at(text: &str, at: usize) -> String {
    let at = at.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    snippet(&text[start..end])
}

pub(super) fn snippet(s: &str) -> String {
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.chars().count() > SNIPPET {
        t.chars().take(SNIPPET).collect::<String>() + "…"
    } else {
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squashed_folds_ocr_digits_inside_words() {
        let s = Squashed::new("U.S. Department of HOMELAND SECUR1TY\nWarrant  for Arrest of A1ien");
        assert!(contains_key(&s.letters, "HOMELANDSECURITY"));
        assert!(contains_key(&s.letters, "WARRANTFORARRESTOFALIEN"));
    }
}
