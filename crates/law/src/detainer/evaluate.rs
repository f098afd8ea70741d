//! Deciding a case: each conviction classified against the "violent or serious crime" definition, then the
//! agency's section applied as a script, one step per subdivision.

use chrono::{Months, NaiveDate};
use compact_str::CompactString;

use super::agency::law;
use super::{
    Case, CaseError, Cited, Conviction, Coverage, Decision, Detail, ElsewhereCited, Inchoate, Jurisdiction, Outcome,
    Warning,
};
use crate::offenses::{Attestation, Basis, offenses};
use crate::statute::{Code, PathRelation, Statute, StatuteError};
use crate::trace::Step;

struct Classified {
    cited: Cited,
    felony: bool,
    coverage: Coverage,
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
    let statute = Statute::parse(text)?;
    let list = offenses();
    let answer = Citation {
        statute,
        attested: list.catalogue().check(&statute)?,
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
    attested: Attestation,
    /// Positions in the list (see `Offenses::entries_for`).
    entries: &'static [usize],
}

/// How many citation texts [`read_citation`] remembers per thread.
const CITATION_MEMO: usize = 4096;

/// Read and check one conviction; the errors name the field.
fn classify(
    index: usize,
    c: &Conviction,
    as_of: NaiveDate,
    warnings: &mut Vec<Warning>,
) -> Result<Classified, CaseError> {
    let field = |name: &str| format!("convictions[{index}].{name}");
    let list = offenses();
    let mut parse_ny = |text: &str, name: &'static str| -> Result<Citation, CaseError> {
        let c = read_citation(text).map_err(|e| CaseError::new(field(name), e.to_string()))?;
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
    let (cited, entries) = match c.jurisdiction {
        Jurisdiction::NewYork => {
            if equivalent.is_some() {
                return Err(CaseError::new(
                    field("ny_equivalent"),
                    "only for convictions outside New York; for a New York conviction give the section in \"statute\"",
                ));
            }
            let found = parse_ny(&c.statute, "statute")?;
            (Cited::NewYork(found.statute), found.entries)
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
            (cited, found.entries)
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

    let coverage = if c.youthful_offender {
        Coverage::YouthfulOffender
    } else if c.juvenile_delinquent {
        Coverage::JuvenileDelinquent
    } else if !felony {
        Coverage::NotFelony
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
            _ if c.hate_crime => Coverage::HateCrime,
            _ if statute.code == Code::Vtl && statute.section.major == 600 && inchoate.is_none() => Coverage::Vtl600,
            Some(cov) => cov,
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
        felony,
        coverage,
    })
}

/// Decide a case. `today` fills in an absent `as_of`.
pub fn evaluate(case: &Case, today: NaiveDate) -> Result<Outcome, CaseError> {
    let mut out = Outcome::buffer();
    evaluate_into(case, today, &mut out)?;
    Ok(out)
}

/// [`evaluate`] into an existing outcome, reusing its allocations: the batch decides millions of cases with
/// one. Every field of `out` is set; after an error its contents are unspecified.
pub fn evaluate_into(case: &Case, today: NaiveDate, out: &mut Outcome) -> Result<(), CaseError> {
    let as_of = case.as_of.unwrap_or(today);
    let l = law(case.agency);
    if !l.section.in_force(as_of) {
        return Err(CaseError::new(
            if case.as_of.is_some() { "as_of" } else { "as_of (today)" },
            format!(
                "{as_of} is outside the versions Amparo encodes for {} ({}, in force from {}); earlier versions are not encoded",
                l.section.citation,
                l.section.instrument.as_deref().unwrap_or("?"),
                l.section.effective_from.map(|d| d.to_string()).unwrap_or_default()
            ),
        ));
    }
    if as_of < case.arrest_date {
        return Err(CaseError::new(
            "as_of",
            format!(
                "{as_of} is before the arrest date {}; the detainer is decided after the arrest",
                case.arrest_date
            ),
        ));
    }

    let warnings = &mut out.warnings;
    let trace = &mut out.trace;
    warnings.clear();
    trace.clear();
    trace.reserve(12 + case.convictions.len());
    trace.push(Step {
        rule: "law_in_force",
        holds: true,
        authority: l.definitions_via.unwrap_or(l.section),
        detail: Detail::Version {
            agency: case.agency,
            section: l.section,
            as_of,
        },
    });
    if l.section.verified_through.is_some_and(|v| as_of > v) {
        warnings.push(Warning::TextNotVerified {
            section: l.section,
            as_of,
        });
    }
    if l.section.uncertain_on(as_of) {
        warnings.push(Warning::EffectiveDateUncertain {
            authority: l.section,
            as_of,
        });
    }
    trace.push(Step {
        rule: "judicial_warrant_presented",
        holds: case.judicial_warrant,
        authority: l.warrant,
        detail: Detail::JudicialWarrant {
            presented: case.judicial_warrant,
            definition: l.warrant_def,
        },
    });

    let mut covered_days: u64 = 0;
    let mut last_covered: Option<NaiveDate> = None;
    for (index, c) in case.convictions.iter().enumerate() {
        if c.judgment_date > case.arrest_date {
            return Err(CaseError::new(
                format!("convictions[{index}].judgment_date"),
                format!(
                    "{} is after the arrest date {}; a prior conviction must be entered before the instant arrest",
                    c.judgment_date, case.arrest_date
                ),
            ));
        }
        let k = classify(index, c, as_of, warnings)?;
        let authority = match k.coverage {
            Coverage::YouthfulOffender | Coverage::JuvenileDelinquent => l.yo_jd,
            Coverage::HateCrime => l.list_ii,
            Coverage::Inchoate(..) | Coverage::InchoateOfRuleOffense(..) => l.list_iii,
            Coverage::Vtl600 => l.list_iv,
            Coverage::Listed(o) | Coverage::NotListedOnDay(o) if o.basis == Basis::Rule => o.authority,
            _ => l.list_i,
        };
        let counts = k.coverage.counts();
        if counts {
            covered_days += u64::from(c.days_incarcerated);
            last_covered = last_covered.max(Some(c.judgment_date));
        }
        trace.push(Step {
            rule: "violent_or_serious_crime",
            holds: counts,
            authority,
            detail: Detail::Conviction {
                index,
                cited: k.cited,
                judgment_date: c.judgment_date,
                felony: k.felony,
                coverage: k.coverage,
            },
        });
    }

    // Five-year look-back, counted to the day from the instant arrest, extended by time incarcerated for
    // violent or serious crimes. A judgment counts if it was entered after the day five years before the
    // arrest: a person with none "for at least five years" before the arrest is not "convicted".
    let five_years_before = case
        .arrest_date
        .checked_sub_months(Months::new(60))
        .unwrap_or(NaiveDate::MIN);
    let window_edge = five_years_before
        .checked_sub_days(chrono::Days::new(covered_days))
        .unwrap_or(NaiveDate::MIN);
    let first_day = window_edge.succ_opt().unwrap_or(window_edge);
    let convicted = last_covered.is_some_and(|d| d > window_edge);
    trace.push(Step {
        rule: "conviction_within_look_back",
        holds: convicted,
        authority: l.lookback,
        detail: Detail::LookBack {
            arrest: case.arrest_date,
            first_day,
            days_extended: covered_days,
            last_covered,
            any_covered: last_covered.is_some(),
        },
    });
    trace.push(Step {
        rule: "terrorist_screening_database_match",
        holds: case.tsdb_possible_match,
        authority: l.condition,
        detail: Detail::Tsdb {
            matched: case.tsdb_possible_match,
        },
    });
    let condition = convicted || case.tsdb_possible_match;
    trace.push(Step {
        rule: "record_condition",
        holds: condition,
        authority: l.condition,
        detail: Detail::Condition {
            convicted,
            tsdb: case.tsdb_possible_match,
        },
    });
    let honor = case.judicial_warrant && condition;
    trace.push(Step {
        rule: "may_honor_detainer",
        holds: honor,
        authority: l.honor,
        detail: Detail::Honor {
            agency: case.agency,
            warrant: case.judicial_warrant,
            condition,
        },
    });
    let mut decision = if honor { Decision::Honor } else { Decision::Decline };

    if let Some(hold48) = l.hold48
        && !honor
    {
        trace.push(Step {
            rule: "ever_convicted_violent_or_serious",
            holds: last_covered.is_some(),
            authority: l.lookback,
            detail: Detail::EverConvicted { last_covered },
        });
        trace.push(Step {
            rule: "reentered_after_removal",
            holds: case.reentered_after_removal,
            authority: hold48,
            detail: Detail::Reentered {
                reentered: case.reentered_after_removal,
            },
        });
        let ever_and_reentered = last_covered.is_some() && case.reentered_after_removal;
        let applies = ever_and_reentered || case.tsdb_possible_match;
        trace.push(Step {
            rule: "hold_48h_exception",
            holds: applies,
            authority: hold48,
            detail: Detail::Hold48 {
                ever_and_reentered,
                tsdb: case.tsdb_possible_match,
            },
        });
        if applies {
            decision = Decision::Hold48hPendingJudicialWarrant;
        }
    }

    let may_share_information = l.info_sharing.map(|auth| {
        let allowed = convicted || case.tsdb_possible_match;
        trace.push(Step {
            rule: "may_answer_information_request",
            holds: allowed,
            authority: auth,
            detail: Detail::InfoSharing {
                convicted,
                tsdb: case.tsdb_possible_match,
            },
        });
        allowed
    });

    out.id.clone_from(&case.id);
    out.agency = case.agency;
    out.as_of = as_of;
    out.decision = decision;
    out.may_share_information = may_share_information;
    Ok(())
}
