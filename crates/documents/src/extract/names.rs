//! Names and addresses on a paper: found by their captions and labels (or, for addresses, as free-standing
//! street addresses), cleaned of what OCR adds around them, and kept once each.

use amparo_text::letter_for;

use super::patterns::patterns;
use super::squashed::{line_at, snippet};
use super::{Evidence, Fields};

pub(super) const NOT_A_NAME: &[&str] = &[
    "UNKNOWN",
    "DEPARTMENT",
    "HOMELAND",
    "SECURITY",
    "UNITED",
    "STATES",
    "COURT",
    "OFFICER",
    "AUTHORIZED",
    "WARRANT",
    "ALIEN",
    "PEOPLE",
    "STATE",
    "NEW YORK",
    "ANY",
    "SIGNATURE",
    "THE",
];

pub(super) fn clean_name(raw: &str) -> Option<String> {
    // OCR reads specks at the start of a line as quotes or bars.
    let raw = raw.trim_start_matches(|c: char| c.is_whitespace() || "‘’'`|".contains(c));
    let collapsed = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut s = collapsed.as_str();
    for cut in [
        " A-",
        " A#",
        "(",
        " DOB",
        " D.O.B",
        " Date of",
        " born",
        ";",
        " Case No",
        " File No",
        " currently",
    ] {
        if let Some(i) = s.to_ascii_uppercase().find(&cut.to_ascii_uppercase()) {
            s = &s[..i];
        }
    }
    let s = s.trim().trim_end_matches([',', '.', ':', ';', '-']).trim();
    let s = s
        .strip_suffix(", Defendant")
        .or_else(|| s.strip_suffix(" Defendant"))
        .unwrap_or(s)
        .trim();
    // Digits and symbols inside words ("MAR1A") are read as the letters they resemble; a real number means
    // it is not a name.
    let folded: String = s
        .split(' ')
        .map(|w| {
            if w.chars().any(|c| c.is_alphabetic()) {
                w.chars().map(|c| letter_for(c).unwrap_or(c)).collect()
            } else {
                w.to_owned()
            }
        })
        .collect::<Vec<String>>()
        .join(" ");
    let s = folded.as_str();
    if s.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    if !s
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '.' | ','))
    {
        return None;
    }
    let words: Vec<&str> = s.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    // One word is a name only when long enough to be two run together by OCR ("BILALQURESHI").
    let one_long = words.len() == 1 && words[0].chars().count() >= 8;
    if !(2..=6).contains(&words.len()) && !one_long {
        return None;
    }
    let upper = s.to_uppercase();
    if NOT_A_NAME.iter().any(|w| upper.split([' ', ',']).any(|x| x == *w)) {
        return None;
    }
    Some(words.join(" "))
}

pub(super) fn clean_address(raw: &str) -> Option<String> {
    let collapsed = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut s = collapsed.as_str();
    for cut in [
        " DOB",
        " Date",
        " Phone",
        " Tel",
        "(",
        ";",
        ", described",
        ", more particularly",
        ", and ",
        " which ",
        " where ",
    ] {
        if let Some(i) = s.to_ascii_uppercase().find(&cut.to_ascii_uppercase()) {
            s = &s[..i];
        }
    }
    let s = s.trim().trim_end_matches([',', '.', ':', ';', '-']).trim();
    let has_digit = s.chars().any(|c| c.is_ascii_digit());
    let has_alpha = s.chars().filter(|c| c.is_alphabetic()).count() >= 3;
    if !has_digit || !has_alpha || s.len() < 6 {
        return None;
    }
    // Must start with a house number, as a place to enter would.
    if !s.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(snippet(s))
}

/// The names on the paper, by their captions and labels: at most eight, each once.
pub(super) fn read_names(text: &str, fields: &mut Fields, ev: &mut Vec<Evidence>) {
    let p = patterns();
    let mut names: Vec<(String, usize)> = Vec::new();
    let add_name = |raw: &str, at: usize, names: &mut Vec<(String, usize)>| {
        if let Some(n) = clean_name(raw)
            && !names.iter().any(|(x, _)| amparo_law::warrant::name_matches(x, &n))
        {
            names.push((n, at));
        }
    };
    for c in p.name_after_paren.captures_iter(text) {
        let same = c.get(1).map(|m| m.as_str().trim()).unwrap_or("");
        let at = c.get(0).map_or(0, |m| m.start());
        if !same.is_empty() {
            add_name(same, at, &mut names);
        } else if let Some(next) = c.get(2) {
            add_name(next.as_str(), at, &mut names);
        }
    }
    for re in [
        &p.name_label,
        &p.name_probable_cause,
        &p.name_defendant,
        &p.name_caption_below,
    ] {
        for c in re.captures_iter(text) {
            if let Some(m) = c.get(1) {
                add_name(m.as_str(), m.start(), &mut names);
            }
        }
    }
    for (n, at) in names.into_iter().take(8) {
        ev.push(Evidence {
            finding: "name",
            text: line_at(text, at),
        });
        fields.names.push(n);
    }
}

/// The addresses on the paper: labelled ones if any, else free-standing street addresses; at most eight,
/// each once.
pub(super) fn read_addresses(text: &str, fields: &mut Fields, ev: &mut Vec<Evidence>) {
    let p = patterns();
    let mut addrs: Vec<(String, usize)> = Vec::new();
    let add_addr = |raw: &str, at: usize, addrs: &mut Vec<(String, usize)>| {
        if let Some(a) = clean_address(raw)
            && !addrs.iter().any(|(x, _)| amparo_law::warrant::address_matches(x, &a))
        {
            addrs.push((a, at));
        }
    };
    for c in p.address_label.captures_iter(text) {
        if let Some(m) = c.get(1) {
            add_addr(m.as_str(), m.start(), &mut addrs);
        }
    }
    if addrs.is_empty() {
        for m in p.address_free.find_iter(text) {
            add_addr(m.as_str(), m.start(), &mut addrs);
        }
    }
    for (a, at) in addrs.into_iter().take(8) {
        ev.push(Evidence {
            finding: "address",
            text: line_at(text, at),
        });
        fields.addresses.push(a);
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;

    #[test]
    fn names_above_their_captions_as_ocr_lays_them_out() {
        // Tesseract puts a blank line between blocks and reads a full stop as a comma, "I" as "!".
        for (t, want) in [
            ("-against-\n\nJIWOO PARK,\n\nDefendant,\n", "JIWOO PARK"),
            (
                "To any immigration officer:\n\nKWAME MENSAH\n\n(Full name of alien)\n",
                "KWAME MENSAH",
            ),
            ("In the Matter of:\n\nWE! CHEN\n\nRespondent\n", "WEI CHEN"),
            // A speck before the line, read as a quote mark.
            (
                "To any immigration officer:\n‘SOFIA MORALES\n(Full name of alien)\n",
                "SOFIA MORALES",
            ),
            ("‘Subject: Minjun Kim\n", "Minjun Kim"),
        ] {
            let names = extract(t).fields.names;
            assert!(names.iter().any(|n| n == want), "{t:?}: {names:?}");
        }
        // Two blank lines: the caption is not taken as the name's.
        assert!(
            extract("KWAME MENSAH\n\n\n(Full name of alien)\n")
                .fields
                .names
                .is_empty()
        );
    }
}
