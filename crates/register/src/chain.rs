//! The hash-chained log. Each entry's hash covers the previous entry's hash and every field of its own, so
//! changing, removing or reordering any entry changes every hash after it; `verify` recomputes them.
//!
//! hash = SHA-256 over the fields (prev, seq, at, actor, kind, subject, body), each written as its length
//! in bytes, a colon, and its UTF-8 bytes: no two different entries hash the same text.

use sha2::{Digest, Sha256};

/// The `prev` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One entry of the log.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Entry {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub kind: String,
    pub subject: String,
    pub body: String,
    pub prev: String,
    pub hash: String,
}

/// The hash of an entry with these fields.
pub fn hash(prev: &str, seq: i64, at: &str, actor: &str, kind: &str, subject: &str, body: &str) -> String {
    let mut h = Sha256::new();
    let seq = seq.to_string();
    for field in [prev, &seq, at, actor, kind, subject, body] {
        h.update(field.len().to_string().as_bytes());
        h.update(b":");
        h.update(field.as_bytes());
    }
    hex(&h.finalize())
}

impl Entry {
    /// The hash this entry should have.
    pub fn expected_hash(&self) -> String {
        hash(
            &self.prev,
            self.seq,
            &self.at,
            &self.actor,
            &self.kind,
            &self.subject,
            &self.body,
        )
    }
}

/// Lower-case hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 15)] as char);
    }
    s
}

/// SHA-256 of a text, in hexadecimal.
pub fn sha256_hex(text: &[u8]) -> String {
    hex(&Sha256::digest(text))
}

/// `n` random bytes from the operating system, in hexadecimal.
pub fn random_hex(n: usize) -> String {
    let mut buf = vec![0u8; n];
    // getrandom fails only where the OS has no random source at all; the register cannot run there.
    getrandom::fill(&mut buf).expect("the operating system's random number generator");
    hex(&buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_covered_and_fields_cannot_run_together() {
        let base = hash(GENESIS, 1, "t", "a", "k", "s", "b");
        assert_ne!(base, hash(GENESIS, 2, "t", "a", "k", "s", "b"));
        assert_ne!(base, hash(GENESIS, 1, "t", "a", "k", "s", "c"));
        assert_ne!(base, hash(&base, 1, "t", "a", "k", "s", "b"));
        // "ab" + "" is not "a" + "b".
        assert_ne!(
            hash(GENESIS, 1, "t", "ab", "", "s", "b"),
            hash(GENESIS, 1, "t", "a", "b", "s", "b")
        );
        assert_eq!(base.len(), 64);
    }
}
