//! Reading a citation: the code (written, or inferred from a bare section), the section number, the
//! subdivisions, and how it was written ([`Form`]).

use super::{Code, Form, Reading, SectionNo, Statute, StatuteError, Subdiv, SubdivPath, laws, records};

const PL_PREFIXES: &[&str] = &["penal law", "penal l.", "n.y. penal law", "nypl", "p.l.", "pl", "penal"];
const VTL_PREFIXES: &[&str] = &[
    "vehicle and traffic law",
    "vehicle & traffic law",
    "n.y. veh. & traf. law",
    "v.t.l.",
    "vtl",
];

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &s[prefix.len()..])
}

fn strip_section_mark(s: &str) -> &str {
    let s = s.trim_start();
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        // The usual case, "PL 120.05": no mark to strip.
        return s;
    }
    let s = s.trim_start_matches('§').trim_start();
    for word in ["sections", "section", "sec.", "sec"] {
        if let Some(rest) = strip_prefix_ci(s, word)
            && rest.starts_with(|c: char| c.is_whitespace() || c.is_ascii_digit())
        {
            return rest.trim_start();
        }
    }
    s
}

/// The code a citation names at its start, and the rest; `Err` for a PL/VTL prefix glued to other letters.
fn explicit_code<'a>(s: &'a str, input: &str) -> Result<Option<(Code, &'a str)>, StatuteError> {
    let (code, rest) = if s.starts_with("PL ") {
        (Code::Pl, &s[2..])
    } else if let Some(rest) = VTL_PREFIXES.iter().find_map(|p| strip_prefix_ci(s, p)) {
        (Code::Vtl, rest)
    } else if let Some(rest) = PL_PREFIXES.iter().find_map(|p| strip_prefix_ci(s, p)) {
        (Code::Pl, rest)
    } else if let Some((law, rest)) = laws::find(s)
        && strip_section_mark(rest).starts_with(|c: char| c.is_ascii_digit())
    {
        return Ok(Some((Code::Other(law), rest)));
    } else {
        return Ok(None);
    };
    // The code must be followed by a separator, not glued to other letters ("PLX 1").
    if rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Err(StatuteError::UnknownCode {
            input: input.to_owned(),
        });
    }
    Ok(Some((code, rest)))
}

/// The code a bare section number belongs to: the Penal Law writes its sections with a point and two digits
/// under an article of at most three digits (1–496); the VTL writes whole numbers ("1192", "511-a") and its
/// records sometimes a point before a subdivision ("1192.2").
fn inferred_code(s: &str) -> Option<Code> {
    let (major, rest) = take_digits(s);
    if major.is_empty() {
        return None;
    }
    if major == "110" && rest.starts_with(['-', '/']) {
        return Some(Code::Pl);
    }
    if let Some(r) = rest.strip_prefix('.') {
        let (minor, after) = take_digits(r);
        if minor.len() == 2 && major.len() <= 3 && major.parse::<u16>().is_ok_and(|m| m < 500) {
            // "120.05", "265.01B", "110.00-160.15": not a VTL form.
            return (!after.starts_with(|c: char| c.is_ascii_digit())).then_some(Code::Pl);
        }
        return Some(Code::Vtl);
    }
    Some(Code::Vtl)
}

impl Statute {
    /// Parse a citation as people write it. Checks the form, not whether the section exists.
    pub fn parse(input: &str) -> Result<Self, StatuteError> {
        Self::read(input).map(|r| r.statute)
    }

    /// Read a citation as people or records write it, with how it was written ([`Form`]).
    pub fn read(input: &str) -> Result<Reading, StatuteError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(StatuteError::Empty);
        }
        let mut form = Form::default();
        let (code, rest) = match explicit_code(s, input)? {
            Some(found) => found,
            None => {
                if let Some(rc) = records::find(s) {
                    return Err(StatuteError::NotAStatute {
                        input: input.to_owned(),
                        kind: rc.kind.as_str(),
                        seems: rc.seems.as_str(),
                        why: rc.why.as_str(),
                    });
                }
                match inferred_code(s) {
                    Some(code) => {
                        form.code_inferred = true;
                        (code, s)
                    }
                    None => {
                        return Err(StatuteError::UnknownCode {
                            input: input.to_owned(),
                        });
                    }
                }
            }
        };
        if let Code::Other(i) = code
            && let Some(law) = laws::laws().get(usize::from(i))
            && !law.crimes
        {
            return Err(StatuteError::NotACrime {
                input: input.to_owned(),
                law: law.name.as_str(),
                why: law.why.as_deref().unwrap_or(""),
            });
        }
        let mut rest = strip_section_mark(rest);

        let mut attempt_prefix = false;
        if code == Code::Pl && rest.starts_with("110") {
            // "110/160.15" or "110-160.15": an attempt (Penal Law § 110.00) of the section that follows.
            for p in ["110.00/", "110.00-", "110/", "110-"] {
                if let Some(r) = rest.strip_prefix(p)
                    && r.trim_start().starts_with(|c: char| c.is_ascii_digit())
                {
                    attempt_prefix = true;
                    rest = r.trim_start();
                    break;
                }
            }
        }

        let (mut section, after) =
            parse_section(code, rest, &mut form).map_err(|reason| StatuteError::malformed(input, reason))?;
        let mut after = after;
        if code == Code::Pl && section.suffix.is_none() {
            // A separate "H" after the section ("120.05 H", "120.05 H(1)"): the hate-crime version.
            let t = after.trim_start();
            if let Some(r) = t.strip_prefix(['H', 'h'])
                && (r.is_empty() || r.starts_with(|c: char| c.is_whitespace() || c == '('))
                && t.len() < after.len()
            {
                section.suffix = Subdiv::new("h");
                form.hate_suffix = true;
                after = r;
            }
        }
        let mut subdivisions = SubdivPath::default();
        if form.vtl_dotted {
            // Parsed already by parse_section (the number after the point is the first subdivision).
            let (n, r) = take_digits(after);
            if let Some(sub) = Subdiv::new(n.trim_start_matches('0')) {
                subdivisions.push(sub);
            }
            after = r;
        }
        let more = SubdivPath::parse(after).map_err(|e| match e {
            StatuteError::Malformed { reason, .. } => StatuteError::malformed(input, reason),
            other => other,
        })?;
        for sub in more.iter() {
            if !subdivisions.push(*sub) {
                return Err(StatuteError::malformed(input, "more than four levels of subdivision"));
            }
        }
        Ok(Reading {
            statute: Statute {
                code,
                section,
                subdivisions,
                attempt_prefix,
            },
            form,
        })
    }
}

fn take_digits(s: &str) -> (&str, &str) {
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    s.split_at(end)
}

/// Parse "120.04-a" (PL) or "600" / "511-a" (VTL, other laws), returning the rest of the string. Records' forms:
/// letters glued to a PL section ("265.01B"), a point before a VTL subdivision ("1192.2": the rest then starts
/// with the subdivision's digits, and `form.vtl_dotted` says so).
fn parse_section<'a>(code: Code, s: &'a str, form: &mut Form) -> Result<(SectionNo, &'a str), &'static str> {
    let (major, rest) = take_digits(s);
    if major.is_empty() {
        return Err("expected a section number, as in 120.05");
    }
    if major.len() > 4 {
        return Err("the section number is too long");
    }
    let major: u16 = major.parse().map_err(|_| "the section number is not a number")?;
    let mut rest = rest;
    let mut minor = None;
    let mut suffix = None;
    match code {
        Code::Pl => {
            let Some(r) = rest.strip_prefix('.') else {
                return Err("a Penal Law section is written with a point, as in 120.05");
            };
            let (m, r) = take_digits(r);
            if m.len() != 2 {
                return Err("a Penal Law section has two digits after the point, as in 120.05");
            }
            minor = Some(m.parse::<u8>().map_err(|_| "the section number is not a number")?);
            rest = r;
            // Letters straight after the number: "265.01B" is 265.01-b, "120.05H" the hate-crime version.
            let end = rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len());
            if end > 0 {
                let letters = &rest[..end];
                if letters.len() > 3 || rest[end..].starts_with(|c: char| c.is_ascii_digit()) {
                    return Err("letters after a section number are a lettered section, as in 265.01-b");
                }
                suffix = Subdiv::new(letters);
                if letters.eq_ignore_ascii_case("h") {
                    form.hate_suffix = true;
                } else {
                    form.letters_glued = true;
                }
                rest = &rest[end..];
            }
        }
        Code::Vtl => {
            if let Some(r) = rest.strip_prefix('.') {
                let (n, after) = take_digits(r);
                if n.is_empty() || n.len() > 2 || n.trim_start_matches('0').is_empty() {
                    return Err("a VTL subdivision after a point is one or two digits, as in VTL 1192.2");
                }
                form.vtl_dotted = true;
                return Ok((SectionNo { major, minor, suffix }, &r[..n.len() + after.len()]));
            }
        }
        Code::Other(_) => {}
    }
    if let Code::Other(_) = code
        && let Some(r) = rest.strip_prefix('-')
    {
        // Other laws number sections with hyphens and digits or letters ("ADC 10-131", "GBL 349-c").
        let end = r.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(r.len());
        return match Subdiv::new(&r[..end]) {
            Some(sub) => Ok((
                SectionNo {
                    major,
                    minor,
                    suffix: Some(sub),
                },
                &r[end..],
            )),
            None => Err("a section number is written as in 353 or 10-131"),
        };
    }
    if let Some(r) = rest.strip_prefix('-') {
        if suffix.is_some() {
            return Err("a lettered section is written with letters after a hyphen, as in 120.04-a");
        }
        let end = r.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(r.len());
        let letters = &r[..end];
        if letters.is_empty() || letters.len() > 3 || r[end..].starts_with(|c: char| c.is_ascii_digit()) {
            return Err("a lettered section is written with letters after a hyphen, as in 120.04-a");
        }
        suffix = Subdiv::new(letters);
        rest = &r[end..];
    }
    Ok((SectionNo { major, minor, suffix }, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Statute {
        Statute::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn reads_the_forms_people_write() {
        assert_eq!(p("PL 120.05").to_string(), "PL 120.05");
        assert_eq!(p("pl 265.02(3)").to_string(), "PL 265.02(3)");
        assert_eq!(p("Penal Law § 120.04-a(4)").to_string(), "PL 120.04-a(4)");
        assert_eq!(p("PL §120.04-A (4)").to_string(), "PL 120.04-a(4)");
        assert_eq!(p("P.L. 135.65(2)(b)").to_string(), "PL 135.65(2)(b)");
        assert_eq!(p("PL 265.02 (2)").to_string(), "PL 265.02(2)");
        assert_eq!(p("VTL 600(2)(c)").to_string(), "VTL 600(2)(c)");
        assert_eq!(p("Vehicle and Traffic Law § 600 (2) (c)").to_string(), "VTL 600(2)(c)");
        assert_eq!(p("PL section 160.15").to_string(), "PL 160.15");
        let a = p("PL 110/160.15");
        assert!(a.attempt_prefix);
        assert_eq!(a.section.to_string(), "160.15");
        assert!(p("PL 110-125.25").attempt_prefix);
        // Found by fuzzing: a lettered section of article 110 is not the attempt prefix.
        assert!(Statute::parse("PL 110.00-kl").is_ok_and(|s| !s.attempt_prefix));
    }

    #[test]
    fn refuses_malformed_citations_with_a_reason() {
        for bad in [
            "",
            "  ",
            "PL",
            "PL 120",
            "PL 120.5",
            "PL 120.055",
            "PL x",
            "PL 120.05(",
            "PL 120.05(2",
            "PL 120.05 2",
            "PL 120.04-abcd",
            "PL 120.04-",
            "PL 120.04-1",
            "XYZ 1.00",
            "PLX 120.05",
            "PL 120.05()",
            "PL 120.05(1)(2)(3)(4)(5)",
            "VTL",
            "PL 12345.00",
        ] {
            assert!(Statute::parse(bad).is_err(), "{bad:?} should be refused");
        }
        assert!(matches!(
            Statute::parse("NJSA 2C:12-1"),
            Err(StatuteError::NotAStatute {
                kind: "other_jurisdiction_citation",
                ..
            })
        ));
        assert!(matches!(
            Statute::parse("QQQ 12"),
            Err(StatuteError::UnknownCode { .. })
        ));
    }

    /// Charges as city systems write them (DOC custody data `TOP_CHARGE`, DCJS rap sheets): each form and what
    /// it is read as, with the form noted.
    #[test]
    fn reads_charges_as_records_write_them() {
        let plain = Form::default();
        let inferred = Form {
            code_inferred: true,
            ..Form::default()
        };
        let cases: &[(&str, &str, Form)] = &[
            // Bare Penal Law sections, with and without subdivisions.
            ("125.25", "PL 125.25", inferred),
            ("  265.02(3) ", "PL 265.02(3)", inferred),
            ("120.04-A(4)", "PL 120.04-a(4)", inferred),
            // Attempts written with the "110-" (or "110/") prefix, bare or not.
            ("110-125.25", "PL 110/125.25", inferred),
            ("110/160.15", "PL 110/160.15", inferred),
            ("PL 110-120.05", "PL 110/120.05", plain),
            ("110.00-130.35", "PL 110/130.35", inferred),
            // Letters glued to the section number are the lettered section.
            (
                "265.01B",
                "PL 265.01-b",
                Form {
                    code_inferred: true,
                    letters_glued: true,
                    ..Form::default()
                },
            ),
            (
                "PL 130.65A",
                "PL 130.65-a",
                Form {
                    letters_glued: true,
                    ..Form::default()
                },
            ),
            // "H": the hate-crime version (the catalogue drops the letter unless a "-h" section exists).
            (
                "120.05H",
                "PL 120.05-h",
                Form {
                    code_inferred: true,
                    hate_suffix: true,
                    ..Form::default()
                },
            ),
            (
                "PL 121.12 H",
                "PL 121.12-h",
                Form {
                    hate_suffix: true,
                    ..Form::default()
                },
            ),
            // VTL sections without the prefix, with upper-case subdivision letters.
            ("1192(3)", "VTL 1192(3)", inferred),
            ("511(2)(A)", "VTL 511(2)(a)", inferred),
            ("600(2)", "VTL 600(2)", inferred),
            ("0511(1)", "VTL 511(1)", inferred),
            // Dotted VTL subdivisions.
            (
                "VTL 1192.2",
                "VTL 1192(2)",
                Form {
                    vtl_dotted: true,
                    ..Form::default()
                },
            ),
            (
                "1192.03",
                "VTL 1192(3)",
                Form {
                    code_inferred: true,
                    vtl_dotted: true,
                    ..Form::default()
                },
            ),
            // Other consolidated laws and the Administrative Code.
            ("AML 353", "AML 353", plain),
            ("Agriculture and Markets Law § 353-a", "AML 353-a", plain),
            ("ABC 65(1)", "ABC 65(1)", plain),
            ("TAX 1814(a)", "TAX 1814(a)", plain),
            ("NYC AC 10-131", "ADC 10-131", plain),
        ];
        for (written, canonical, form) in cases {
            let r = Statute::read(written).unwrap_or_else(|e| panic!("{written:?}: {e}"));
            assert_eq!(r.statute.to_string(), *canonical, "{written:?}");
            assert_eq!(r.form, *form, "{written:?}");
            assert_eq!(Statute::parse(canonical), Ok(r.statute), "{canonical:?} reads back");
        }
    }

    /// Codes that are not statutes get their own error, with what they seem to be.
    #[test]
    fn refuses_what_is_not_a_statute_with_its_own_error() {
        for (written, code) in [
            ("VOP", "violation_of_probation"),
            ("Violation of Probation - PL 120.05", "violation_of_probation"),
            ("PV", "parole_violation"),
            ("FUG", "fugitive_hold"),
            ("WARRANT", "warrant_hold"),
            ("BW", "warrant_hold"),
            ("ICE HOLD", "detention_hold"),
            ("INS HOLD", "detention_hold"),
            ("COURT ORDER", "court_order"),
            ("REMAND", "court_order"),
            ("N/A", "no_charge_recorded"),
            ("", "no_charge_recorded"),
            ("   ", "no_charge_recorded"),
            ("18 U.S.C. § 1028", "other_jurisdiction_citation"),
            ("CPL 570.32", "not_a_crime"),
            ("FCA 1046", "not_a_crime"),
            ("MHL 9.37", "not_a_crime"),
            ("ZZZ 12", "unknown_code"),
            ("PL 12005", "malformed_citation"),
            ("265.01BCDE", "malformed_citation"),
        ] {
            let e = Statute::read(written).expect_err(written);
            assert_eq!(e.code(), code, "{written:?}: {e}");
            assert!(e.to_string().len() > 40, "{written:?}: a message says why: {e}");
        }
    }
}
