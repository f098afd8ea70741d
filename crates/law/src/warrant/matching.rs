//! Comparing the name and address a person gives with those read on a paper: word by word, abbreviations
//! and ordinals normalised ("East 5th St" = "E. Fifth Street"), and, where the reading may be a misreading,
//! a near miss told apart from a clear difference.

use amparo_text::{digit_for, fold_i_l, fold_rn, letter_for, within_edits};

use super::Tolerance;

fn tokens(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(|t| fold_lookalikes(&t.to_lowercase()))
}

/// Characters that are read for one another, as one letter: l, i, 1 and | as "i"; 0 as "o"; 5 as "s"; 8
/// as "b" ([`amparo_text::lookalike`]) — in words that have letters (a house number stays a number).
fn fold_lookalikes(t: &str) -> String {
    if !t.chars().any(|c| c.is_alphabetic()) {
        return t.to_owned();
    }
    t.chars()
        .map(|c| fold_i_l(letter_for(c).map_or(c, |l| l.to_ascii_lowercase())))
        .collect()
}

fn token_eq(a: &str, b: &str) -> bool {
    a == b || (a.chars().count() >= 5 && b.chars().count() >= 5 && within_edits(a, b, 1))
}

const NAME_NOISE: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "aka", "a", "k", "jr", "sr", "de", "del", "la", "los", "y",
];

/// What the person gave against what was read: `Some(true)` when one matches; when none does and the text
/// may have been misread, `None` with the nearest reading if one is close enough to be a misreading;
/// else `Some(false)`. `None` too when nothing was given or nothing was read.
pub(super) fn compare(
    given: Option<&str>,
    on_paper: &[String],
    tolerance: Tolerance,
    same: fn(&str, &str) -> bool,
    close: fn(&str, &str) -> bool,
) -> (Option<bool>, Option<String>) {
    let Some(given) = given else {
        return (None, None);
    };
    if on_paper.is_empty() {
        return (None, None);
    }
    if on_paper.iter().any(|p| same(given, p)) {
        return (Some(true), None);
    }
    match on_paper
        .iter()
        .find(|p| tolerance == Tolerance::MayBeMisread && close(given, p))
    {
        Some(p) => (None, Some(p.clone())),
        None => (Some(false), None),
    }
}

/// A word as it may have been misread, folded further than [`fold_lookalikes`]: letters that look like
/// digits as those digits ("4A" and "44", "6B" and "68"), "rn" as "m".
fn misread_fold(t: &str) -> String {
    fold_rn(t).chars().map(|c| digit_for(c).unwrap_or(c)).collect()
}

/// Whether two words could be one word misread: the same once folded ([`misread_fold`]), or one letter apart
/// (two in words of eight letters or more).
fn close_token(a: &str, b: &str) -> bool {
    if a == b || misread_fold(a) == misread_fold(b) {
        return true;
    }
    let n = a.chars().count().min(b.chars().count());
    n >= 2 && within_edits(a, b, if n >= 8 { 2 } else { 1 })
}

/// Whether a name read on a paper could be the person's, misread: as [`name_matches`], word by word,
/// each word the same once folded or a letter or two apart.
pub fn name_close(given: &str, on_paper: &str) -> bool {
    names_agree(given, on_paper, close_token)
}

/// Whether an address read on a paper could be the person's, misread: street words each close;
/// house number and unit the same once folded ("4A" read as "44"), never merely one
/// character apart (231 is not 230).
pub fn address_close(given: &str, on_paper: &str) -> bool {
    let (g, p) = (address_key(given), address_key(on_paper));
    if g.street.is_empty() || g.street.len() != p.street.len() {
        return false;
    }
    let close = |a: &Option<String>, b: &Option<String>| match (a, b) {
        (Some(a), Some(b)) => misread_fold(a) == misread_fold(b),
        _ => true,
    };
    g.number.is_some() == p.number.is_some()
        && close(&g.number, &p.number)
        && g.street.iter().zip(&p.street).all(|(a, b)| close_token(a, b))
        && close(&g.unit, &p.unit)
}

/// Whether a name given by the person matches a name on the paper: every word of the shorter one appears in
/// the other, in any order ("GARCIA LOPEZ, Maria" matches "Maria Garcia"), tolerating one misread letter in
/// words of five letters or more.
pub fn name_matches(given: &str, on_paper: &str) -> bool {
    names_agree(given, on_paper, token_eq)
}

/// Two names agree when every word of the shorter one agrees (`word`) with a word of the other.
fn names_agree(given: &str, on_paper: &str, word: fn(&str, &str) -> bool) -> bool {
    let g: Vec<String> = tokens(given)
        .filter(|t| t.len() > 1 && !NAME_NOISE.contains(&t.as_str()))
        .collect();
    let p: Vec<String> = tokens(on_paper)
        .filter(|t| t.len() > 1 && !NAME_NOISE.contains(&t.as_str()))
        .collect();
    if g.is_empty() || p.is_empty() {
        return false;
    }
    // Words run together in the reading ("BILALQURESHI"): compare the names without spaces.
    if g.len() != p.len() && (g.len() == 1 || p.len() == 1) {
        let (a, b) = (g.concat(), p.concat());
        return a.chars().count() >= 8 && (a == b || within_edits(&a, &b, 1));
    }
    let (short, long) = if g.len() <= p.len() { (&g, &p) } else { (&p, &g) };
    // A single word on one side must not match a whole family by surname alone.
    if short.len() == 1 && long.len() > 1 {
        return false;
    }
    short.iter().all(|s| long.iter().any(|l| word(s, l)))
}

/// The parts of an address that identify a place.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AddressKey {
    pub number: Option<String>,
    pub street: Vec<String>,
    pub unit: Option<String>,
}

fn normal_word(w: &str) -> String {
    let w = w.to_lowercase();
    let ordinal = |s: &str| -> Option<&'static str> {
        Some(match s {
            "first" => "1",
            "second" => "2",
            "third" => "3",
            "fourth" => "4",
            "fifth" => "5",
            "sixth" => "6",
            "seventh" => "7",
            "eighth" => "8",
            "ninth" => "9",
            "tenth" => "10",
            "eleventh" => "11",
            "twelfth" => "12",
            _ => return None,
        })
    };
    if let Some(o) = ordinal(&w) {
        return o.to_owned();
    }
    // 5th, 22nd, 103rd, 1st → digits
    let digits: String = w.chars().take_while(|c| c.is_ascii_digit()).collect();
    if !digits.is_empty() && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th" | "5t") {
        return digits;
    }
    let w = fold_lookalikes(&w);
    match w.as_str() {
        "east" | "eas" => "e",
        "west" => "w",
        "north" => "n",
        "south" => "s",
        "saint" => "st",
        "mount" => "mt",
        "fort" => "ft",
        _ => return w,
    }
    .to_owned()
}

const STREET_SUFFIXES: &[&str] = &[
    "st",
    "street",
    "ave",
    "av",
    "avenue",
    "rd",
    "road",
    "blvd",
    "boulevard",
    "pl",
    "place",
    "dr",
    "drive",
    "ln",
    "lane",
    "ct",
    "court",
    "ter",
    "terrace",
    "pkwy",
    "parkway",
    "way",
    "sq",
    "square",
    "hwy",
    "highway",
    "tpke",
    "turnpike",
    "cir",
    "circle",
    "expy",
    "expressway",
    "plz",
    "plaza",
];
const UNIT_MARKERS: &[&str] = &[
    "apt",
    "apartment",
    "unit",
    "ste",
    "suite",
    "fl",
    "floor",
    "rm",
    "room",
    "no",
];

/// Read the number, street and unit of an address ("123 E. 5th Street, Apt 4B, New York, NY 10003").
pub fn address_key(s: &str) -> AddressKey {
    let mut key = AddressKey::default();
    // '#' marks a unit; keep it as its own token.
    let spaced = s.replace('#', " apt ");
    let words: Vec<String> = spaced
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != ',')
        .flat_map(|w| {
            // keep commas as separators
            let mut parts = Vec::new();
            let mut cur = String::new();
            for c in w.chars() {
                if c == ',' {
                    if !cur.is_empty() {
                        parts.push(std::mem::take(&mut cur));
                    }
                    parts.push(",".to_owned());
                } else {
                    cur.push(c);
                }
            }
            if !cur.is_empty() {
                parts.push(cur);
            }
            parts
        })
        .filter(|w| !w.is_empty())
        .collect();
    let mut i = 0;
    // House number: the first word that starts with a digit (Queens style "31-05" kept whole).
    while i < words.len() {
        let w = &words[i];
        if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            key.number = Some(w.to_lowercase());
            i += 1;
            break;
        }
        if UNIT_MARKERS.contains(&w.to_lowercase().as_str()) {
            break;
        }
        i += 1;
    }
    if key.number.is_none() {
        i = 0;
    }
    // Street: words up to a suffix, a unit marker or a comma.
    while i < words.len() {
        let w = words[i].to_lowercase();
        let n = normal_word(&w);
        if w == "," || UNIT_MARKERS.contains(&n.as_str()) {
            break;
        }
        i += 1;
        if STREET_SUFFIXES.contains(&n.as_str()) && !key.street.is_empty() {
            break;
        }
        if n != "-" {
            key.street.push(n);
        }
    }
    // Unit: the word after a unit marker, anywhere.
    for (j, w) in words.iter().enumerate() {
        if UNIT_MARKERS.contains(&w.to_lowercase().as_str())
            && let Some(next) = words.get(j + 1)
            && next != ","
        {
            key.unit = Some(next.to_lowercase().trim_start_matches('0').to_owned());
            break;
        }
    }
    key
}

/// Whether an address given by the person matches an address on the paper: same house number, same street
/// (abbreviations and ordinals normalised: "East 5th St" = "E. Fifth Street"), and the same unit when both
/// give one.
pub fn address_matches(given: &str, on_paper: &str) -> bool {
    let g = address_key(given);
    let p = address_key(on_paper);
    if g.street.is_empty() || p.street.is_empty() {
        return false;
    }
    if let (Some(a), Some(b)) = (&g.number, &p.number)
        && a != b
    {
        return false;
    }
    if g.number.is_some() != p.number.is_some() {
        return false;
    }
    let street_eq = g.street.len() == p.street.len() && g.street.iter().zip(&p.street).all(|(a, b)| token_eq(a, b));
    if !street_eq {
        return false;
    }
    match (&g.unit, &p.unit) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_addresses_match_as_people_write_them() {
        assert!(name_matches("Maria Garcia", "GARCIA LOPEZ, Maria Elena"));
        assert!(name_matches("maria garcia", "Maria Garcia"));
        assert!(name_matches("Jose Hernandez", "JOSE HERNANDES"));
        assert!(!name_matches("Maria Garcia", "Mario Gomez"));
        assert!(!name_matches("Garcia", "Maria Garcia"));
        assert!(name_matches("Bilal Qureshi", "B1LALQURESH1"));
        assert!(!name_matches("Bilal Qureshi", "AHMEDHASSAN"));
        assert!(!name_matches("", "Maria Garcia"));

        assert!(address_matches(
            "345 E 21st St Apt 3C",
            "345 East 21st Street, Apt 3C, New York, NY 10010"
        ));
        assert!(address_matches(
            "88-10 Roosevelt Ave",
            "88-10 Roosevelt Avenue, Jackson Heights, NY"
        ));
        assert!(address_matches("12 W. Fifth Street #2", "12 West 5th St, Apt 2"));
        assert!(!address_matches("12 W 5th St Apt 2", "12 West 5th St, Apt 3"));
        assert!(!address_matches("14 W 5th St", "12 West 5th St"));
        assert!(!address_matches("12 E 5th St", "12 West 5th St"));
        assert!(address_matches(
            "1200 Broadway, New York",
            "1200 BROADWAY, NEW YORK, NY 10001"
        ));
    }
}
