//! Form numbers: DHS forms (I-200, I-205, I-247A, …) and the federal courts' AO forms, read with their
//! confusable characters ("Form l-2OO" → I-200, "AD 442" → AO 442); a form's own number line told apart from
//! a mention of another form in the body.

use amparo_law::warrant::Kind;
use amparo_text::digit_for;

use super::patterns::patterns;

/// A form number as read ("2OO", "l38") in digits: each letter as the digit it is read for
/// ([`amparo_text::digit_for`]).
pub(super) fn digitize(s: &str) -> String {
    s.chars().map(|c| digit_for(c).unwrap_or(c)).collect()
}

pub(super) struct FormHit {
    pub(super) kind: Kind,
    /// A DHS form (I-…), not a federal court's (AO …).
    pub(super) dhs: bool,
    pub(super) form: String,
    pub(super) strong: bool,
    pub(super) at: usize,
}

pub(super) fn dhs_form_kind(number: &str, suffix: Option<&str>) -> Option<(Kind, String)> {
    let suffix = suffix.map(|s| s.to_ascii_uppercase()).unwrap_or_default();
    let kind = match (number, suffix.as_str()) {
        ("200", "") => Kind::IceArrestWarrant,
        ("205", "") => Kind::IceRemovalWarrant,
        ("247", _) => Kind::IceDetainer,
        ("203", "") => Kind::IceCustodyOrder,
        ("862", "") => Kind::NoticeToAppear,
        ("138", "") => Kind::AdministrativeSubpoena,
        _ => return None,
    };
    Some((kind, format!("I-{number}{suffix}")))
}

pub(super) fn form_hits(text: &str) -> Vec<FormHit> {
    let p = patterns();
    let mut out = Vec::new();
    for c in p.dhs_form.captures_iter(text) {
        let (Some(num), Some(whole)) = (c.get(3), c.get(0)) else {
            continue;
        };
        let number = digitize(num.as_str());
        if let Some((kind, form)) = dhs_form_kind(&number, c.get(4).map(|m| m.as_str())) {
            // Strong: the form's own number line (at the start of a line, or followed by its edition),
            // not a mention of another form in the body ("accompanied by a Form I-200 (Warrant …)").
            let after = text[whole.end().min(text.len())..].trim_start();
            let edition = after.starts_with('(')
                && after[1..]
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(|ch| ch.is_ascii_digit() || ch == 'R' || ch == 'r');
            let anchor = c.get(1).or(c.get(2)).map_or(whole.start(), |m| m.start());
            let line_start = text[..anchor].rfind('\n').map_or(0, |i| i + 1);
            let prefix = text[line_start..anchor].trim();
            let at_line_start =
                prefix.is_empty() || prefix.eq_ignore_ascii_case("DHS") || prefix.eq_ignore_ascii_case("DHS Form");
            let strong = edition || (c.get(1).is_some() && at_line_start);
            out.push(FormHit {
                kind,
                dhs: true,
                form,
                strong,
                at: c.get(1).or(c.get(2)).map_or(whole.start(), |m| m.start()),
            });
        }
    }
    for c in p.ao_form.captures_iter(text) {
        let (Some(num), Some(whole)) = (c.get(1), c.get(0)) else {
            continue;
        };
        let number = digitize(num.as_str());
        let whole_start = whole.start() + whole.as_str().find(|ch: char| ch.is_alphanumeric()).unwrap_or(0);
        let suffix = c.get(2).map(|m| m.as_str().to_ascii_uppercase()).unwrap_or_default();
        let kind = match number.as_str() {
            "442" => Kind::FederalArrestWarrant,
            "93" => Kind::FederalSearchWarrant,
            // The application for a search warrant (AO 106, AO 106A by telephone): not a warrant.
            "106" => Kind::SearchWarrantApplication,
            _ => continue,
        };
        out.push(FormHit {
            kind,
            dhs: false,
            form: format!("AO {number}{suffix}"),
            strong: true,
            at: whole_start,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_numbers_with_confusables() {
        let h = form_hits("Form l-2OO (Rev. 09/16)");
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].kind, Kind::IceArrestWarrant);
        assert!(h[0].strong);
        let h = form_hits("DHS Form I-247A (3/24)");
        assert_eq!(h[0].kind, Kind::IceDetainer);
        assert_eq!(h[0].form, "I-247A");
        let h = form_hits("AO 442 (Rev. 11/11) Arrest Warrant");
        assert_eq!(h[0].kind, Kind::FederalArrestWarrant);
        // O read as D (small italic print in a photo).
        let h = form_hits("AD 442 (Rev. 11/11) Arvest Werraet");
        assert_eq!((h[0].kind, h[0].form.as_str()), (Kind::FederalArrestWarrant, "AO 442"));
        assert!(form_hits("Call 1-800-555-1212").is_empty());
        // AO 106 and AO 106A are applications, not warrants.
        for t in [
            "AO 106 (Rev. 04/10) Application for a Search Warrant",
            "AO 106A (08/18) Application for a Warrant",
        ] {
            let h = form_hits(t);
            assert_eq!((h[0].kind, h[0].dhs), (Kind::SearchWarrantApplication, false), "{t}");
        }
    }
}
