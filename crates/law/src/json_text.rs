//! Byte scans for JSON text, eight bytes at a time (SWAR): the batch reader looks for the end of every
//! string, and the batch writer checks every sentence of a trace for characters to escape.

const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);

/// High bits set in the bytes of `x` equal to `byte`. Bits above the lowest hit may be set spuriously
/// (borrows), so only "any" and "the lowest" may be read from the result.
#[inline]
fn equal_to(x: u64, byte: u8) -> u64 {
    let y = x ^ (ONES * u64::from(byte));
    y.wrapping_sub(ONES) & !y & HIGH
}

/// High bits set in the bytes of `x` below 0x20 (control characters), read as [`equal_to`]'s result.
#[inline]
fn control(x: u64) -> u64 {
    x.wrapping_sub(ONES * 0x20) & !x & HIGH
}

/// The index of the first byte of `s` that is `"`, a control character, or (with `backslash`) `\`.
#[inline]
pub(crate) fn first_special(s: &[u8], backslash: bool) -> Option<usize> {
    let special = |c: u8| c == b'"' || c < 0x20 || (backslash && c == b'\\');
    let mut chunks = s.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let mut hits = equal_to(x, b'"') | control(x);
        if backslash {
            hits |= equal_to(x, b'\\');
        }
        if hits != 0 {
            return Some(offset + (hits.trailing_zeros() / 8) as usize);
        }
        offset += 8;
    }
    chunks.remainder().iter().position(|&c| special(c)).map(|p| offset + p)
}

/// Whether `s` is written in a JSON string as it is: no quote, backslash or control character to escape.
pub(crate) fn is_plain_json(s: &str) -> bool {
    first_special(s.as_bytes(), true).is_none()
}

#[cfg(test)]
mod tests {
    use super::first_special;

    #[test]
    fn finds_the_first_special_byte_at_every_position() {
        let naive = |s: &[u8], backslash: bool| {
            s.iter()
                .position(|&c| c == b'"' || c < 0x20 || (backslash && c == b'\\'))
        };
        let fillers: &[u8] = b"a\x7f\xc3\xa9 !#\xff~";
        for len in 0..40 {
            for at in 0..=len {
                for hit in [b'"', b'\\', 0x00, 0x1f, b'\n', b'x'] {
                    let mut s: Vec<u8> = (0..len).map(|i| fillers[i % fillers.len()]).collect();
                    if at < len {
                        s[at] = hit;
                        // A later hit must not shadow the first one.
                        if at + 3 < len {
                            s[at + 3] = b'"';
                        }
                    }
                    for backslash in [false, true] {
                        assert_eq!(first_special(&s, backslash), naive(&s, backslash), "{s:?} {backslash}");
                    }
                }
            }
        }
    }
}
