//! How many edits (insertions, deletions, substitutions) apart two strings are: a bounded Levenshtein
//! distance between two words ([`within_edits`]) and Sellers' approximate search for a key inside a longer
//! text ([`approx_contains`]). Both stop as soon as the answer is known.

/// Whether `a` and `b` are at most `max` edits apart (by characters). Returns early once every way of
/// continuing exceeds `max`.
pub fn within_edits(a: &str, b: &str, max: usize) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            row_min = row_min.min(cur[j]);
        }
        if row_min > max {
            return false;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] <= max
}

/// Whether `key` occurs somewhere in `hay` with at most `k` edits: Sellers' approximate substring search
/// (by bytes; callers compare ASCII text). A key of `k` bytes or fewer occurs anywhere.
pub fn approx_contains(hay: &str, key: &str, k: usize) -> bool {
    let (hay, key) = (hay.as_bytes(), key.as_bytes());
    let m = key.len();
    if m <= k {
        return true;
    }
    let mut prev: Vec<usize> = (0..=m).collect();
    let mut cur = vec![0usize; m + 1];
    for &c in hay {
        cur[0] = 0;
        for i in 1..=m {
            let sub = prev[i - 1] + usize::from(key[i - 1] != c);
            cur[i] = sub.min(prev[i] + 1).min(cur[i - 1] + 1);
        }
        if cur[m] <= k {
            return true;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distances_as_a_table() {
        // (a, b, the distance)
        let table: &[(&str, &str, usize)] = &[
            ("", "", 0),
            ("maria", "maria", 0),
            ("hernandez", "hernandes", 1),
            ("zhang", "zhan", 1),
            ("li", "ma", 2),
            ("qureshi", "quresh1", 1),
            ("kowalski", "kowalst", 2),
            ("ab", "ba", 2),
            ("garcía", "garcia", 1),
            ("", "abc", 3),
        ];
        for &(a, b, d) in table {
            assert!(within_edits(a, b, d), "{a} ~ {b} within {d}");
            assert!(within_edits(b, a, d), "{b} ~ {a} within {d}");
            if d > 0 {
                assert!(!within_edits(a, b, d - 1), "{a} ~ {b} not within {}", d - 1);
            }
        }
    }

    #[test]
    fn approximate_search_as_a_table() {
        // (hay, key, the fewest edits at which key is found in hay)
        let table: &[(&str, &str, usize)] = &[
            ("HONSARAHWHITFIELDUNITEDSTATESDISTRICTJUDGE", "DISTRICTJUDGE", 0),
            ("UNITEDSTATESDISTRICTASDGE", "UNITEDSTATESDISTRICTJUDGE", 2),
            ("SEGNATUREOFJUDGE", "SIGNATURE", 1),
            ("PRINTEDNARNEANDTITLE", "PRINTEDNAME", 2),
            ("", "JUDGE", 5),
            ("IMMIGRATONJUDGE", "IMMIGRATIONJUDGE", 1),
        ];
        for &(hay, key, k) in table {
            assert!(approx_contains(hay, key, k), "{key} in {hay} within {k}");
            if k > 0 {
                assert!(!approx_contains(hay, key, k - 1), "{key} in {hay} not within {}", k - 1);
            }
        }
    }
}
