//! Each conviction classified against the "violent or serious crime" definition: its citation read (New York
//! statutes remembered per thread), checked against the catalogue, and found on the list or not, with the
//! warnings the facts call for.

use chrono::NaiveDate;
use compact_str::CompactString;

use super::{CaseError, Cited, Conviction, Coverage, ElsewhereCited, Inchoate, Jurisdiction, Warning};
use crate::offenses::{Attestation, Basis, offenses};
use crate::statute::{Code, Form, PathRelation, Statute, StatuteError};

/// One conviction as classified: what it cites, how it was written, and whether it is on the list.
pub(super) struct Classified {
    pub(super) cited: Cited,
    pub(super) form: Form,
    pub(super) felony: bool,
    pub(super) coverage: Coverage,
    /// For a conviction outside New York: whether a sentence over one year was authorized there (the
    /// predicate-felony test), as the case says.
    pub(super) predicate: Option<Option<bool>>,
}

/// A New York citation: parsed, checked against the catalogue, and its entries on the list found. All three
/// are pure functions of the text, and a batch cites the same few hundred sections millions of times, so
/// answers are remembered per thread (at most [`CITATION_MEMO`] texts, then forgotten at once).
fn read_citation(text: &str) -> Result<Citation, StatuteError> {
    thread_local! {
        static MEMO: std::cell::RefCell<rustc_hash::FxHashMap<CompactString, Citation>> = Default::default();
    }
    if let Some(hit) = MEMO.with_borrow(|m| m.get(text).copied()) {
        return Ok(hit);
    }
    let list = offenses();
    let reading = list.catalogue().resolve(Statute::read(text)?);
    let statute = reading.statute;
    let attested = list.catalogue().check(&statute).map_err(|e| match e {
        // Say how a record's form was read, where it was not the plain form.
        StatuteError::UnknownSection {
            code,
            section,
            law,
            reason,
        } if !reading.form.is_plain() => StatuteError::UnknownSection {
            code,
            section,
            law,
            reason: format!("{reason}; read from {:?}", text.trim()),
        },
        other => other,
    })?;
    let answer = Citation {
        statute,
        form: reading.form,
        attested,
        entries: list.entries_for(&statute),
    };
    MEMO.with_borrow_mut(|m| {
        if m.len() >= CITATION_MEMO {
            m.clear();
        }
        m.insert(CompactString::from(text), answer);
    });
    Ok(answer)
}

/// What [`read_citation`] finds.
#[derive(Clone, Copy)]
struct Citation {
    statute: Statute,
    /// How the text was written (a record's bare section, glued letter, "H" suffix, …).
    form: Form,
    attested: Attestation,
    /// Positions in the list (see `Offenses::entries_for`).
    entries: &'static [usize],
}

/// How many citation texts [`read_citation`] remembers per thread.
const CITATION_MEMO: usize = 4096;

/// Read and check one conviction; the errors name the field.
pub(super) fn classify(
    index: usize,
    c: &Conviction,
    as_of: NaiveDate,
    warnings: &mut Vec<Warning>,
) -> Result<Classified, CaseError> {
    let field = |name: &str| format!("convictions[{index}].{name}");
    let list = offenses();
    let mut parse_ny = |text: &str, name: &'static str| -> Result<Citation, CaseError> {
        let c = read_citation(text).map_err(|e| CaseError::new(field(name), e.to_string()).with_code(e.code()))?;
        if c.attested == Attestation::Unconfirmed {
            warnings.push(Warning::SectionUnconfirmed {
                index,
                field: name,
                statute: c.statute,
            });
        }
        Ok(c)
    };
    let equivalent = c.ny_equivalent.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let (cited, entries, form) = match c.jurisdiction {
        Jurisdiction::NewYork => {
            if equivalent.is_some() {
                return Err(CaseError::new(
                    field("ny_equivalent"),
                    "only for convictions outside New York; for a New York conviction give the section in \"statute\"",
                ));
            }
            if c.sentence_over_one_year_authorized.is_some() {
                return Err(CaseError::new(
                    field("sentence_over_one_year_authorized"),
                    "only for convictions outside New York (the predicate-felony test of PL § 70.06(1)(b)(i)); a New York conviction counts as the felony it is",
                ));
            }
            let found = parse_ny(&c.statute, "statute")?;
            (Cited::NewYork(found.statute), found.entries, found.form)
        }
        jurisdiction => {
            if c.statute.trim().is_empty() {
                return Err(CaseError::new(field("statute"), "the citation is empty"));
            }
            let Some(eq) = equivalent else {
                return Err(CaseError::new(
                    field("ny_equivalent"),
                    format!(
                        "required for a conviction in {jurisdiction}: name the New York section it is the equivalent of, as in \"PL 160.15\""
                    ),
                ));
            };
            let found = parse_ny(eq, "ny_equivalent")?;
            let cited = Cited::Elsewhere(Box::new(ElsewhereCited {
                jurisdiction,
                statute: c.statute.clone(),
                equivalent: found.statute,
            }));
            (cited, found.entries, found.form)
        }
    };
    let statute = *cited.ny();
    let inchoate = match (statute.attempt_prefix, c.inchoate) {
        (true, None | Some(Inchoate::Attempt)) => Some(Inchoate::Attempt),
        (true, Some(other)) => {
            return Err(CaseError::new(
                field("inchoate"),
                format!(
                    "the statute is written as an attempt (\"110/\") but \"inchoate\" says {:?}",
                    other.word()
                ),
            ));
        }
        (false, i) => i,
    };
    if c.felony.is_none() {
        warnings.push(Warning::FelonyNotGiven { index });
    }
    let felony = c.felony.unwrap_or(false);
    let hate_crime = c.hate_crime || form.hate_suffix;
    if hate_crime && matches!(statute.code, Code::Other(_)) {
        return Err(CaseError::new(
            field(if c.hate_crime { "hate_crime" } else { "statute" }),
            format!(
                "a hate crime under PL § 485.05 is a Penal Law offense; {} {} is a section of the {}",
                statute.code.abbreviation(),
                statute.section,
                statute.code.name()
            ),
        ));
    }
    let predicate = matches!(cited, Cited::Elsewhere(_)).then_some(c.sentence_over_one_year_authorized);

    let coverage = if c.youthful_offender {
        Coverage::YouthfulOffender
    } else if c.juvenile_delinquent {
        Coverage::JuvenileDelinquent
    } else if !felony {
        Coverage::NotFelony
    } else if let Some(authorized) = predicate
        && authorized != Some(true)
    {
        if authorized.is_none() {
            warnings.push(Warning::PredicateUnknown { index });
        }
        Coverage::NotPredicate {
            known: authorized.is_some(),
        }
    } else {
        let listed = list.lookup_in(entries, as_of);
        let by_list = listed.map(|o| {
            if !o.listed_on(as_of) {
                return Coverage::NotListedOnDay(o);
            }
            match o.limit_relation(&statute.subdivisions) {
                PathRelation::Outside => Coverage::OutsideLimit(o),
                PathRelation::LessSpecific => Coverage::SubdivisionUnknown(o),
                PathRelation::Within => match (inchoate, o.basis) {
                    (None, _) => Coverage::Listed(o),
                    (Some(k), Basis::Enumerated) => Coverage::Inchoate(k, o),
                    (Some(k), Basis::Rule) => Coverage::InchoateOfRuleOffense(k, o),
                },
            }
        });
        match by_list {
            Some(cov) if cov.counts() => cov,
            _ if hate_crime => Coverage::HateCrime,
            _ if statute.code == Code::Vtl && statute.section.major == 600 && inchoate.is_none() => Coverage::Vtl600,
            Some(cov) => cov,
            None if matches!(statute.code, Code::Other(_)) => Coverage::OtherLaw,
            None => Coverage::NotListed,
        }
    };
    match coverage {
        Coverage::SubdivisionUnknown(offense) => warnings.push(Warning::SubdivisionUnknown {
            index,
            statute,
            offense,
        }),
        Coverage::InchoateOfRuleOffense(_, offense) => warnings.push(Warning::InchoateOfRuleOffense { index, offense }),
        Coverage::Listed(o) | Coverage::Inchoate(_, o) if o.listing_uncertain_on(as_of) => {
            warnings.push(Warning::ListedFromUncertain { index, offense: o })
        }
        _ => {}
    }
    Ok(Classified {
        cited,
        form,
        felony,
        coverage,
        predicate,
    })
}
