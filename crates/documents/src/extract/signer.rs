//! The title under the signature: read only next to a signature line or a judge's printed name, printed
//! captions removed, garbled titles read with tolerance, and the safest reading winning (an immigration
//! officer's title settles it; a doubt leaves the title unread).

use amparo_law::warrant::{Kind, Signer};
use amparo_text::{approx_contains, fold_rn};

use super::keywords::*;
use super::squashed::{Squashed, contains_key, fold_key, snippet};
use super::{Evidence, Fields};

/// How a line near a signature reads as a title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum TitleClass {
    /// An immigration officer's title, read exactly: settles it (never judicial).
    Officer,
    /// An immigration judge's title, read exactly.
    ImmigrationJudge,
    /// Something close to an immigration officer's or an immigration judge's title, or to "immigration":
    /// no judge's title on the paper is believed (the answer stays `unknown`).
    Doubt,
    /// A court judge's title (federal by its wording).
    FederalJudge,
    /// A judge's or justice's title of another court (a New York court, or read with the kind).
    StateJudge,
    Clerk,
    /// No title, but a judge's printed name ("Hon. …") on the signature line of a court's paper: the
    /// judge who signed it. Believed last, after any title near the signature.
    Honorific,
}

/// The squashed alphabet for titles: besides I/l/1, "m" is read as "rn".
pub(super) fn fold_title(s: &str) -> String {
    fold_rn(&fold_key(s))
}

/// Edits tolerated in a judge's title: about one letter in eight, and only in long titles (a short one,
/// garbled, could be anything).
pub(super) fn judge_tolerance(key: &str) -> usize {
    if key.len() >= 13 { key.len() / 8 } else { 0 }
}

/// Edits tolerated before an immigration title raises a doubt: about one letter in five.
pub(super) fn doubt_tolerance(key: &str) -> usize {
    key.len() / 5
}

/// Classify one line (squashed, captions removed) as a title. Exact immigration titles first, then any
/// doubt, then judges' titles (exact, then tolerant), then clerks.
pub(super) fn title_class(line: &str, raw: &str, federal_kind: bool) -> Option<TitleClass> {
    if OFFICER_TITLES.iter().any(|t| contains_key(line, t)) {
        return Some(TitleClass::Officer);
    }
    if IJ_TITLES.iter().any(|t| contains_key(line, t)) {
        return Some(TitleClass::ImmigrationJudge);
    }
    let folded = fold_title(line);
    if DOUBT_KEYS
        .iter()
        .any(|k| approx_contains(&folded, &fold_title(k), doubt_tolerance(k)))
    {
        return Some(TitleClass::Doubt);
    }
    let state_or_fed = if federal_kind {
        TitleClass::FederalJudge
    } else {
        TitleClass::StateJudge
    };
    if FED_JUDGE_TITLES.iter().any(|t| contains_key(line, t)) {
        return Some(TitleClass::FederalJudge);
    }
    if STATE_JUDGE_TITLES.iter().any(|t| contains_key(line, t)) {
        return Some(state_or_fed);
    }
    if FED_JUDGE_TOLERANT
        .iter()
        .any(|k| approx_contains(&folded, &fold_title(k), judge_tolerance(k)))
    {
        return Some(TitleClass::FederalJudge);
    }
    if STATE_JUDGE_TOLERANT
        .iter()
        .any(|k| approx_contains(&folded, &fold_title(k), judge_tolerance(k)))
    {
        return Some(state_or_fed);
    }
    if judge_abbreviation(raw) {
        return Some(state_or_fed);
    }
    if CLERK_TITLES.iter().any(|t| contains_key(line, t)) {
        return Some(TitleClass::Clerk);
    }
    None
}

/// The abbreviations New York and federal judges sign with: "J.S.C." (Justice of the Supreme Court),
/// "A.J.S.C." (Acting Justice), "J.C.C." (Judge of the Criminal Court), "J.F.C." (of the Family Court),
/// "U.S.M.J." and "U.S.D.J."; with or without the dots, as a word of their own.
fn judge_abbreviation(raw: &str) -> bool {
    let words: Vec<String> = raw
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == '(' || c == ')')
        .map(|w| {
            // Characters read for letters ("}.C.C." is J.C.C.), then the letters alone.
            w.chars()
                .map(|c| amparo_text::letter_for(c).unwrap_or(c))
                .filter(|c| c.is_ascii_alphabetic())
                .collect::<String>()
                .to_ascii_uppercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    // Letters spaced out by the print or the reading ("J. S. C.") are one abbreviation.
    let mut merged: Vec<String> = Vec::new();
    let mut run = String::new();
    for w in words {
        if w.len() == 1 {
            run.push_str(&w);
            continue;
        }
        if !run.is_empty() {
            merged.push(std::mem::take(&mut run));
        }
        merged.push(w);
    }
    if !run.is_empty() {
        merged.push(run);
    }
    merged
        .iter()
        .any(|w| matches!(w.as_str(), "JSC" | "AJSC" | "JCC" | "JFC" | "USMJ" | "USDJ" | "SCJ"))
}

/// Whether a line is a signature label ("Signature", "Printed name and title", …), read with a little
/// tolerance: "Segnature", "Printed narne and title".
pub(super) fn is_signature_label(squashed: &str) -> bool {
    if SIGNATURE_LABELS.iter().any(|k| contains_key(squashed, k)) {
        return true;
    }
    let folded = fold_title(squashed);
    [("SIGNATURE", 1), ("PRINTEDNAME", 2), ("NAMEANDTITLE", 2)]
        .iter()
        .any(|(k, e)| approx_contains(&folded, k, *e))
}

/// Whether a line is a judge's printed name ("Hon. Grace Liu", "HON. GRACE LIU, Justice of …"): the
/// printed name under a signature; the title is on it or just below.
pub(super) fn is_honorific_name(line: &str) -> bool {
    let t = line.trim_start();
    // "/s/ Hon. Grace Liu": an electronic signature over the printed name.
    let t = t.strip_prefix("/s/").unwrap_or(t);
    let t = t.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut words = t.split(|c: char| !c.is_alphanumeric());
    matches!(words.next(), Some(w) if w.eq_ignore_ascii_case("hon") || w.eq_ignore_ascii_case("honorable"))
}

/// Whether a line carries an electronic signature: "/s/ …", or "/s/" as a photo's reading garbles it
/// before a judge's printed name ("Is HON. …", "ési Hon. …", "(s/ HON. …", "‘s/ Hon. …", "‘/ Hon. …": a
/// short first word of slashes, parentheses, quotes, I-like strokes, and an s or a slash).
fn is_electronic_signature(line: &str) -> bool {
    let t = line.trim_start();
    if t.starts_with("/s/") {
        return true;
    }
    let mut words = t.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    // The s, or the slashes around it (Tesseract in the browser reads "/s/" as "‘/" on small print).
    const STROKES: &str = "/\\|()Il1i!sS5$ée‘’'`";
    let strokes = first.chars().count() <= 4
        && first.chars().any(|c| matches!(c, 's' | 'S' | '5' | '$' | '/'))
        && first.chars().all(|c| STROKES.contains(c));
    let honorific =
        second.trim_end_matches(['.', ',']).eq_ignore_ascii_case("hon") || second.eq_ignore_ascii_case("honorable");
    strokes && honorific
}

pub(super) fn read_signer(text: &str, kind: Kind, fields: &mut Fields, ev: &mut Vec<Evidence>) -> Option<Signer> {
    // (offset, line, section): a form feed starts a new section (a separate reading of part of the page,
    // such as the signature block read again): a signature in one is never near a line of another.
    let lines: Vec<(usize, &str, usize)> = {
        let mut v = Vec::new();
        let mut off = 0;
        let mut section = 0;
        // Blank lines do not count for nearness: OCR puts them between blocks.
        for l in text.split('\n') {
            if l.contains('\x0c') {
                section += 1;
            }
            if !l.trim().is_empty() {
                v.push((off, l, section));
            }
            off += l.len() + 1;
        }
        v
    };
    let raw: Vec<String> = lines.iter().map(|(_, l, _)| Squashed::new(l).letters).collect();
    let squashed: Vec<String> = raw
        .iter()
        .map(|l| {
            let mut s = l.clone();
            for c in CAPTIONS {
                let c = fold_key(c);
                if s.contains(c.as_ref()) {
                    s = s.replace(c.as_ref(), "");
                }
            }
            s
        })
        .collect();
    let federal_kind = matches!(
        kind,
        Kind::FederalArrestWarrant | Kind::FederalSearchWarrant | Kind::SearchWarrantApplication
    );
    // On a court's paper, a judge's printed name on the signature line is the signing judge's.
    let court_paper = kind.is_court_warrant() || kind.is_application();
    // (class, whether the line is itself a caption or label, line)
    let mut found: Vec<(TitleClass, bool, usize)> = Vec::new();
    let mut seen = vec![false; lines.len()];
    let mut honorific: Option<usize> = None;
    for (i, r) in raw.iter().enumerate() {
        // A signature label or an electronic signature ("/s/"): the lines around it. A judge's printed
        // name: it and the two lines below.
        let signature_line = is_signature_label(r) || is_electronic_signature(lines[i].1);
        let (lo, hi) = if signature_line {
            (i.saturating_sub(2), (i + 4).min(lines.len()))
        } else if is_honorific_name(lines[i].1) {
            (i, (i + 3).min(lines.len()))
        } else {
            continue;
        };
        for j in lo..hi {
            if lines[j].2 != lines[i].2 {
                continue;
            }
            if signature_line && court_paper && honorific.is_none() && is_honorific_name(lines[j].1) {
                honorific = Some(j);
            }
            if std::mem::replace(&mut seen[j], true) {
                continue;
            }
            if let Some(class) = title_class(&squashed[j], lines[j].1, federal_kind) {
                found.push((class, is_signature_label(&raw[j]), j));
            }
        }
    }
    if let Some(j) = honorific {
        found.push((TitleClass::Honorific, false, j));
    }
    // The safest reading wins: any immigration officer's title next to a signature settles it, and a
    // doubt leaves the title unread.
    let best = found.iter().min_by_key(|(class, label, j)| (*class, *label, *j))?;
    if best.0 == TitleClass::Doubt {
        return None;
    }
    let signer = match best.0 {
        TitleClass::Officer => Signer::ImmigrationOfficer,
        TitleClass::ImmigrationJudge => Signer::ImmigrationJudge,
        TitleClass::FederalJudge => Signer::FederalJudge,
        TitleClass::StateJudge => Signer::StateJudge,
        TitleClass::Clerk => Signer::CourtClerk,
        TitleClass::Honorific if federal_kind => Signer::FederalJudge,
        TitleClass::Honorific => Signer::StateJudge,
        TitleClass::Doubt => return None,
    };
    let line = snippet(lines[best.2].1);
    fields.signer_title = Some(line.clone());
    ev.push(Evidence {
        finding: "signer_title",
        text: line,
    });
    Some(signer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    fn class_of(line: &str) -> Option<TitleClass> {
        title_class(&Squashed::new(line).letters, line, false)
    }

    #[test]
    fn a_garbled_electronic_signature_over_a_judge_s_name_is_a_signature_line() {
        for line in [
            "/s/ Hon. Ana Ruiz",
            "Is HON. VINCENT RUSSO",
            "ési Hon. Grace Uy",
            "isi Hon. Ana Ruiz",
            "(s/ HON, ANA RUIZ",
            "|s| Hon. A",
            "‘s/ Hon. Elena Castitlo",
            "‘/ Hon. RObert M. OkafOr",
            "/ Hon. Ana Ruiz",
        ] {
            assert!(is_electronic_signature(line), "{line}");
        }
        for line in [
            "Is this your name",
            "Hon. Ana Ruiz",
            "The Hon. Ana Ruiz",
            "issued Hon. X",
            "Tsk Hon. X",
            "‘ Hon. X",
            "“The Hon. X",
        ] {
            assert!(!is_electronic_signature(line), "{line}");
        }
    }

    #[test]
    fn titles_are_read_with_rn_as_m() {
        assert_eq!(fold_title("SUPRERNECOURT"), "SUPREMECOURT");
        assert_eq!(class_of("Justice of the Suprerne Court"), Some(TitleClass::StateJudge));
    }

    #[test]
    fn garbled_judge_titles_are_read() {
        for (line, class) in [
            ("United States District Asdge", TitleClass::FederalJudge),
            (
                "Hon. Sarah L Whutfield, United States Distrlct Judqe",
                TitleClass::FederalJudge,
            ),
            ("Unlted States Maglstrate Judge", TitleClass::FederalJudge),
            ("U.S. Magistrate judqe", TitleClass::FederalJudge),
            ("Chiel United States Magistrate judge", TitleClass::FederalJudge),
            ("Justice of the Suprerne C0urt", TitleClass::StateJudge),
            ("Judge of the Crirninal Court", TitleClass::StateJudge),
            ("Acting justice of the Supreme Court", TitleClass::StateJudge),
        ] {
            assert_eq!(class_of(line), Some(class), "{line}");
        }
        // The titles the corpus prints are read as they are, without doubt.
        for t in [
            "United States Magistrate Judge",
            "U.S. Magistrate Judge",
            "United States District Judge",
            "Chief United States Magistrate Judge",
            "Judge of the Criminal Court",
            "Justice of the Supreme Court",
            "Criminal Court Judge",
            "Acting Justice of the Supreme Court",
        ] {
            let c = class_of(&format!("Hon. Sarah L. Whitfield, {t}"));
            assert!(
                matches!(c, Some(TitleClass::FederalJudge | TitleClass::StateJudge)),
                "{t}: {c:?}"
            );
        }
    }

    #[test]
    fn immigration_titles_are_never_a_court_judge() {
        for line in [
            "Immigration Judge",
            "lmmigratlon Judge",
            "IMMIGRATI0N JUDGE",
            "Irnrnigration Judge",
            "Immigraton Judge",
            "Imigration judge",
            "Immlgratoin Judge",
            "Hon. Maria Lopez, Immigration Judge",
            "Deportation Officer",
            "Deportaton Oficer",
            "Dep0rtation 0fficer",
            "Supervisory Detention and Deportation Officer",
            "Supervisory Detentlon and Deportatoin Officer",
            "Field Offce Director",
            "Asylum Offlcer",
            "Immigration Enforcement Agent",
            "Immigration Offcer",
        ] {
            let c = class_of(line);
            assert!(
                matches!(
                    c,
                    Some(TitleClass::Officer | TitleClass::ImmigrationJudge | TitleClass::Doubt)
                ),
                "{line}: {c:?}"
            );
        }
    }

    #[test]
    fn signer_read_under_a_garbled_signature_block() {
        // A garbled caption, then the judge's printed name and title.
        let t = "CRIMINAL COURT OF THE CITY OF NEW YORK\nCOUNTY OF KINGS\nSEARCH WARRANT\nDated: July 27, 2026\n\
                 ti! Hon, Grace Uv\n(Seqrature of paige)\nHON, GRACE LIU\nActing justice of the Supreme Court\n";
        let e = extract(t);
        assert_eq!(e.kind, Kind::StateSearchWarrant);
        assert_eq!(e.signer, Some(Signer::StateJudge));
        // A "Segnature" label still counts as a signature line.
        let t = "UNITED STATES DISTRICT COURT\nARREST WARRANT\n/s/ Hon. Grace Liu\nIssuing officer's segnature\n\
                 City and state: New York, New York\nGrace Liu, United States Magistrate judqe\n";
        assert_eq!(extract(t).signer, Some(Signer::FederalJudge));
    }

    #[test]
    fn the_browser_s_readings_of_a_small_signature_block_name_the_judge() {
        // Tesseract in the browser (tesseract-wasm) on low-resolution specimen photos: "/s/" read as "‘s/" or
        // "‘/", the label and the printed name garbled (state_arrest_warrant-11, superior_court_arrest_warrant-11).
        let t = "CRIMINALCOURT OF THE CITY OFNEW YORK\nCOUNTY OF BRONX\nWARRANT OF ARREST\nOated: january 5, 2025\n\
                 ‘s/ Hon. Elena Castitlo\n(Sgrature of sage)\nWON, ELENA CASTILLO\nJudge of the Criminal Court\n";
        let e = extract(t);
        assert_eq!(e.kind, Kind::StateArrestWarrant);
        assert_eq!(e.signer, Some(Signer::StateJudge));
        let t = "SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF NEW YORK\nWARRANT OF ARREST\n\
                 An indictment having boen fled with this Court\nOsted: january 1, 2026\n‘/ Hon. RObert M. OkafOr\n\
                 (Sgnaturrt\nWON ROGERTM. OKAFOR\n";
        let e = extract(t);
        assert!(e.kind.is_court_warrant(), "{:?}", e.kind);
        assert_eq!(e.signer, Some(Signer::StateJudge));
        // The same garbled signature over an immigration officer's title is still the officer's.
        let t = "U.S. DEPARTMENT OF HOMELAND SECURITY\nWARRANT FOR ARREST OF ALIEN\nFORM I-200\n\
                 ‘/ Hon. X\n(Sgrature of sage)\nSupervisory Deportation Officer\n";
        assert_eq!(extract(t).signer, Some(Signer::ImmigrationOfficer));
    }

    #[test]
    fn garbled_immigration_signer_leaves_a_court_paper_unknown() {
        for title in ["Immigraton Judge", "Deportaton Oficer", "Irnrnigration Judge"] {
            let t = format!(
                "UNITED STATES DISTRICT COURT\nARREST WARRANT\n/s/ J. Doe\nIssuing officer's signature\n{title}\n\
                 Printed name and title\n"
            );
            let e = extract(&t);
            assert!(
                !matches!(e.signer, Some(Signer::FederalJudge | Signer::StateJudge)),
                "{title}: {:?}",
                e.signer
            );
        }
    }

    #[test]
    fn a_judge_named_above_the_printed_name_is_not_under_the_signature() {
        // "Hon." anchors its own line and the lines below it, never the body text above.
        let t = "CRIMINAL COURT OF THE CITY OF NEW YORK\nWARRANT OF ARREST\nbring before a Judge of the Criminal Court\n\
                 Hon. Grace Liu\n";
        assert_eq!(extract(t).signer, None);
    }

    #[test]
    fn a_title_read_again_after_a_form_feed_is_not_next_to_the_signature_above() {
        // A judge's printed name ends the first reading; the part read again starts with the addressee.
        // (Without "Hon.": a judge's printed name on a signature line is read as the judge's; see
        // `a_judge_s_printed_name_or_abbreviated_title_on_the_signature_line_is_a_judge_s`.)
        let t = "CRIMINAL COURT OF THE CITY OF NEW YORK\nWARRANT OF ARREST\n/s/ Sarah L. Whitfield\n\
                 (Signature of Judge)\nSARAH L. WHITFIELD\n\x0c\nJUDGE OF THE CRIMINAL COURT\n";
        assert_eq!(extract(t).signer, None);
        // The same lines in one reading: the title is two lines below the printed name.
        assert_eq!(extract(&t.replace('\x0c', "")).signer, Some(Signer::StateJudge));
        // And the lower part read again in full, after the form feed: the title next to its signature.
        let again = format!(
            "{t}An accusatory instrument having been filed with this Court\nYOU ARE HEREBY COMMANDED to arrest the defendant\n\
             Dated: December 3, 2025\n/s/ Hon. Sarah L. Whitfield\n(Signature of Judge)\nHON. SARAH L. WHITFIELD\n\
             Justice of the Supreme Court\n"
        );
        assert_eq!(extract(&again).signer, Some(Signer::StateJudge));
    }

    #[test]
    fn a_judge_s_printed_name_or_abbreviated_title_on_the_signature_line_is_a_judge_s() {
        // New York justices sign "J.S.C." or "A.J.S.C.", federal magistrate judges "U.S.M.J.".
        for (t, want) in [
            (
                "SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF BRONX\nWARRANT OF ARREST\n/s/ Hon. Ana Ruiz\n\
                 (Signature)\nHON. ANA RUIZ, J.S.C.\n",
                Some(Signer::StateJudge),
            ),
            (
                "SUPREME COURT OF THE STATE OF NEW YORK\nWARRANT OF ARREST\nSignature\nHon. Ana Ruiz\nA.J.S.C.\n",
                Some(Signer::StateJudge),
            ),
            (
                "CRIMINAL COURT OF THE CITY OF NEW YORK\nWARRANT OF ARREST\nSignature of Judge\nHON. ANA RUIZ, JCC\n",
                Some(Signer::StateJudge),
            ),
            (
                "UNITED STATES DISTRICT COURT\nARREST WARRANT\nIssuing officer's signature\nHon. Ana Ruiz, U.S.M.J.\n",
                Some(Signer::FederalJudge),
            ),
            // Only "/s/" over a judge's printed name, no title: the judge who signed.
            (
                "SUPREME COURT OF THE STATE OF NEW YORK\nSUPERIOR COURT WARRANT OF ARREST\n/s/ Hon. Ana Ruiz\n",
                Some(Signer::StateJudge),
            ),
            // A clerk's title near the same name is believed first; so is any immigration title.
            (
                "UNITED STATES DISTRICT COURT\nARREST WARRANT\n/s/ Hon. Ana Ruiz\nClerk of Court\n",
                Some(Signer::CourtClerk),
            ),
            (
                "UNITED STATES DISTRICT COURT\nARREST WARRANT\n/s/ Hon. Ana Ruiz\nDeportation Officer\n",
                Some(Signer::ImmigrationOfficer),
            ),
            // Not on a court's paper: an honorific is no title (an immigration judge is "Hon." too).
            ("RESIDENTIAL LEASE\n/s/ Hon. Ana Ruiz\n", None),
        ] {
            assert_eq!(extract(t).signer, want, "{t}");
        }
        // An abbreviation inside a word is not one.
        assert!(!judge_abbreviation("JSCOTT MEMORIAL"));
        assert!(judge_abbreviation("HON. ANA RUIZ, J. S. C."));
    }

    #[test]
    fn printed_judge_caption_is_not_a_judge() {
        let t =
            "UNITED STATES DISTRICT COURT\nSEARCH AND SEIZURE WARRANT\nJudge's signature\n\nPrinted name and title\n";
        let e = extract(t);
        assert_eq!(e.kind, Kind::FederalSearchWarrant);
        assert_eq!(e.signer, None);
    }
}
