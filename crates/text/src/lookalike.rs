//! Characters that are read for one another: what Tesseract (and a hurried eye) confuses on a printed page.
//!
//! Three tables, each for one direction of reading:
//! - [`letter_for`]: a digit or symbol standing where a letter should be ("SECUR1TY", "0CTOBER", "$ofia");
//! - [`fold_i_l`]: I and l, which print almost alike and are one class everywhere words are compared;
//! - [`digit_for`]: a letter standing where a digit should be (a form number "l-2OO", a house number "4A"
//!   read as "44");
//!
//! and [`fold_rn`]: "rn" read as "m". [`regex_class`] turns the letter table into a regular-expression
//! class, so that patterns tolerate the same confusions the folds do.

/// The letter a digit or symbol is read for, upper case: 0 → O; 1, | and ! → I; 5 and $ → S; 8 → B;
/// } and ] → J (a J's hook, as Tesseract often reads it). `None` for anything else (letters included).
pub fn letter_for(c: char) -> Option<char> {
    Some(match c {
        '0' => 'O',
        '1' | '|' | '!' => 'I',
        '5' | '$' => 'S',
        '8' => 'B',
        '}' | ']' => 'J',
        _ => return None,
    })
}

/// I and l as one letter, in the case asked for by the letter itself: L → I, l → i.
pub fn fold_i_l(c: char) -> char {
    match c {
        'L' => 'I',
        'l' => 'i',
        c => c,
    }
}

/// The digit a letter (or symbol) is read for: O, Q and D → 0; I, l and | → 1; Z → 2; A → 4; S → 5;
/// G → 6; B → 8 (either case). `None` for anything else.
pub fn digit_for(c: char) -> Option<char> {
    Some(match c {
        'O' | 'o' | 'Q' | 'q' | 'D' | 'd' => '0',
        'I' | 'i' | 'l' | '|' => '1',
        'Z' | 'z' => '2',
        'A' | 'a' => '4',
        'S' | 's' => '5',
        'G' | 'g' => '6',
        'B' | 'b' => '8',
        _ => return None,
    })
}

/// "rn" read as "m" (and "RN" as "M").
pub fn fold_rn(s: &str) -> String {
    s.replace("rn", "m").replace("RN", "M")
}

/// A regular-expression character class for a letter and the characters read for it ([`letter_for`],
/// [`fold_i_l`]), lower case (patterns are matched case-insensitively): `i` and `l` → `[il1|!]`, `o` →
/// `[o0]`, `s` → `[s5$]`, `b` → `[b8]`; `None` for a letter nothing is read for.
pub fn regex_class(letter: char) -> Option<&'static str> {
    Some(match letter.to_ascii_lowercase() {
        'i' | 'l' => "[il1|!]",
        'o' => "[o0]",
        's' => "[s5$]",
        'b' => "[b8]",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_confusion_in_one_table() {
        // (character, letter it is read for, digit it is read for)
        let table: &[(char, Option<char>, Option<char>)] = &[
            ('0', Some('O'), None),
            ('1', Some('I'), None),
            ('|', Some('I'), Some('1')),
            ('!', Some('I'), None),
            ('5', Some('S'), None),
            ('$', Some('S'), None),
            ('8', Some('B'), None),
            ('}', Some('J'), None),
            (']', Some('J'), None),
            ('O', None, Some('0')),
            ('o', None, Some('0')),
            ('Q', None, Some('0')),
            ('D', None, Some('0')),
            ('I', None, Some('1')),
            ('l', None, Some('1')),
            ('Z', None, Some('2')),
            ('A', None, Some('4')),
            ('a', None, Some('4')),
            ('S', None, Some('5')),
            ('g', None, Some('6')),
            ('B', None, Some('8')),
            ('b', None, Some('8')),
            ('2', None, None),
            ('x', None, None),
            ('é', None, None),
        ];
        for &(c, letter, digit) in table {
            assert_eq!(letter_for(c), letter, "letter for {c:?}");
            assert_eq!(digit_for(c), digit, "digit for {c:?}");
        }
        // The regex classes hold exactly the letter and what is read for it.
        for letter in ['i', 'o', 's', 'b'] {
            let class = regex_class(letter).unwrap_or_default();
            let inside: Vec<char> = class.trim_matches(['[', ']']).chars().collect();
            for c in ['0', '1', '|', '!', '5', '$', '8'] {
                let read_as = letter_for(c).map(|l| fold_i_l(l.to_ascii_lowercase()));
                assert_eq!(inside.contains(&c), read_as == Some(fold_i_l(letter)), "{c} in {class}");
            }
            assert!(inside.contains(&letter));
        }
        assert_eq!(regex_class('l'), regex_class('i'));
        assert_eq!(regex_class('x'), None);
        assert_eq!(
            (fold_i_l('L'), fold_i_l('l'), fold_i_l('I'), fold_i_l('e')),
            ('I', 'i', 'I', 'e')
        );
        assert_eq!(fold_rn("SUPRERNE"), "SUPREME");
        assert_eq!(fold_rn("rnaria"), "maria");
    }
}
