//! Deciding a case: each conviction classified against the "violent or serious crime" definition, then the
//! agency's section applied as a script, one step per subdivision.

use chrono::{Months, NaiveDate};

use super::classify::classify;
use super::law::{Reach, Version, detainer_law};
use super::{Case, CaseError, Coverage, Decision, Detail, InformationSharing, Outcome, Warning};
use crate::offenses::Basis;
use crate::trace::Step;

/// Decide a case. `today` fills in an absent `as_of`.
pub fn evaluate(case: &Case, today: NaiveDate) -> Result<Outcome, CaseError> {
    let mut out = Outcome::buffer();
    evaluate_into(case, today, &mut out)?;
    Ok(out)
}

/// The version of the agency's section in force on `as_of`, or the error that says which versions exist.
fn version_for(case: &Case, as_of: NaiveDate) -> Result<&'static Version, CaseError> {
    let law = detainer_law();
    law.version(case.agency, as_of).ok_or_else(|| {
        let first = law.versions_of(case.agency).map(|v| v.valid_from).min();
        let section = law.versions_of(case.agency).next().map(|v| v.section);
        CaseError::new(
            if case.as_of.is_some() { "as_of" } else { "as_of (today)" },
            format!(
                "{as_of} is outside the versions Amparo encodes for {} ({}, in force from {}); earlier versions are not encoded",
                section.map_or("the agency's section", |s| s.citation.as_str()),
                section.and_then(|s| s.instrument.as_deref()).unwrap_or("?"),
                first.map(|d| d.to_string()).unwrap_or_default()
            ),
        )
    })
}

/// [`evaluate`] into an existing outcome, reusing its allocations: the batch decides millions of cases with
/// one. Every field of `out` is set; after an error its contents are unspecified.
///
/// The steps follow the section as a script, one per subdivision: the version in force, the section's state in
/// court, who asked, the judicial warrant, each conviction, the look-back, the terrorist-screening match, the
/// record condition, the decision; then NYPD's (b)(2) hold or DOC's (h)(1) information rule.
pub fn evaluate_into(case: &Case, today: NaiveDate, out: &mut Outcome) -> Result<(), CaseError> {
    let as_of = case.as_of.unwrap_or(today);
    let v = version_for(case, as_of)?;
    let r = &v.rules;
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
    trace.reserve(14 + 2 * case.convictions.len());
    trace.push(Step {
        rule: "law_in_force",
        holds: true,
        authority: v.definitions_via.unwrap_or(v.section),
        detail: Detail::Version {
            agency: case.agency,
            version: v,
            as_of,
        },
    });
    if v.verified_through.is_some_and(|d| as_of > d) {
        warnings.push(Warning::TextNotVerified { version: v, as_of });
    }
    if v.uncertain_on(as_of) {
        warnings.push(Warning::EffectiveDateUncertain { version: v, as_of });
    }
    let litigation = detainer_law().litigation(v.section, as_of);
    if let Some(l) = litigation {
        trace.push(Step {
            rule: "provision_not_enjoined",
            holds: l.status != super::law::LitigationStatus::Enjoined,
            authority: l.case,
            detail: Detail::Litigation { litigation: l },
        });
    }
    let reach = v.reach(case.requested_by);
    trace.push(Step {
        rule: "requested_by_federal_immigration_authorities",
        holds: reach == Reach::Covered,
        authority: r.federal_immigration_authorities,
        detail: Detail::Requester {
            requested_by: case.requested_by,
            reach,
            definition: r.federal_immigration_authorities,
        },
    });
    match reach {
        Reach::Covered => {}
        Reach::NotCovered => warnings.push(Warning::RequesterOutsideDefinition {
            requested_by: case.requested_by,
            definition: r.federal_immigration_authorities,
        }),
        Reach::Depends => warnings.push(Warning::RequesterDutiesDecide {
            requested_by: case.requested_by,
            definition: r.federal_immigration_authorities,
        }),
    }
    trace.push(Step {
        rule: "judicial_warrant_presented",
        holds: case.judicial_warrant,
        authority: r.warrant_requirement,
        detail: Detail::JudicialWarrant {
            presented: case.judicial_warrant,
            definition: r.judicial_warrant,
        },
    });

    let mut covered_days: u64 = 0;
    let mut last_covered: Option<NaiveDate> = None;
    for (index, c) in case.convictions.iter().enumerate() {
        if c.judgment_date > as_of {
            return Err(CaseError::new(
                format!("convictions[{index}].judgment_date"),
                format!(
                    "{} is after the day the detainer is decided ({as_of}); a judgment cannot be on the record before it is entered",
                    c.judgment_date
                ),
            ));
        }
        let k = classify(index, c, as_of, warnings)?;
        if let Some(authorized) = k.predicate {
            trace.push(Step {
                rule: "predicate_felony_conviction",
                holds: authorized == Some(true) && k.felony,
                authority: r.predicate_felony,
                detail: Detail::Predicate {
                    index,
                    authorized,
                    felony: k.felony,
                },
            });
        }
        let authority = match k.coverage {
            Coverage::YouthfulOffender | Coverage::JuvenileDelinquent => r.youthful_offender,
            Coverage::HateCrime => r.hate_crime,
            Coverage::Inchoate(..) | Coverage::InchoateOfRuleOffense(..) => r.inchoate,
            Coverage::Vtl600 => r.vtl_600,
            Coverage::NotPredicate { .. } => r.convicted,
            Coverage::Listed(o) | Coverage::NotListedOnDay(o) if o.basis == Basis::Rule => o.authority,
            _ => r.listed,
        };
        let counts = k.coverage.counts();
        if counts {
            covered_days += u64::from(c.days_incarcerated);
            last_covered = last_covered.max(Some(c.judgment_date));
            if c.judgment_date > case.arrest_date {
                warnings.push(Warning::JudgmentAfterArrest {
                    index,
                    judgment: c.judgment_date,
                    arrest: case.arrest_date,
                });
            }
        }
        trace.push(Step {
            rule: "violent_or_serious_crime",
            holds: counts,
            authority,
            detail: Detail::Conviction {
                index,
                cited: k.cited,
                form: k.form,
                judgment_date: c.judgment_date,
                felony: k.felony,
                coverage: k.coverage,
            },
        });
    }

    // The look-back, counted to the day from the instant arrest, extended by time incarcerated for violent or
    // serious crimes. A judgment counts if it was entered after the day that many months before the arrest: a
    // person with none "for at least five years" before the arrest is not "convicted".
    let window_start = case
        .arrest_date
        .checked_sub_months(Months::new(v.look_back_months))
        .unwrap_or(NaiveDate::MIN);
    let window_edge = window_start
        .checked_sub_days(chrono::Days::new(covered_days))
        .unwrap_or(NaiveDate::MIN);
    let first_day = window_edge.succ_opt().unwrap_or(window_edge);
    let convicted = last_covered.is_some_and(|d| d > window_edge);
    trace.push(Step {
        rule: "conviction_within_look_back",
        holds: convicted,
        authority: r.look_back,
        detail: Detail::LookBack {
            months: v.look_back_months,
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
        authority: r.record_condition,
        detail: Detail::Tsdb {
            matched: case.tsdb_possible_match,
        },
    });
    let condition = convicted || case.tsdb_possible_match;
    trace.push(Step {
        rule: "record_condition",
        holds: condition,
        authority: r.record_condition,
        detail: Detail::Condition {
            convicted,
            tsdb: case.tsdb_possible_match,
        },
    });
    let honor = case.judicial_warrant && condition;
    trace.push(Step {
        rule: "may_honor_detainer",
        holds: honor,
        authority: r.honor,
        detail: Detail::Honor {
            agency: case.agency,
            warrant: case.judicial_warrant,
            condition,
        },
    });
    let mut decision = if honor { Decision::Honor } else { Decision::Decline };

    if let Some(hold48) = r.hold_48
        && !honor
    {
        trace.push(Step {
            rule: "ever_convicted_violent_or_serious",
            holds: last_covered.is_some(),
            authority: r.look_back,
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
                hours: v.hold_hours.unwrap_or(48),
                ever_and_reentered,
                tsdb: case.tsdb_possible_match,
            },
        });
        if applies {
            decision = Decision::Hold48hPendingJudicialWarrant;
        }
    }

    let may_share_information = r.information_requests.map(|information| {
        let sharing = match (condition, honor) {
            (false, _) => InformationSharing::NotPermitted,
            (true, false) => InformationSharing::ExceptReleaseDate,
            (true, true) => InformationSharing::IncludingReleaseDate,
        };
        trace.push(Step {
            rule: "may_answer_information_request",
            holds: sharing.may_answer(),
            authority: information,
            detail: Detail::InfoSharing { sharing },
        });
        if sharing.may_answer() {
            trace.push(Step {
                rule: "may_give_release_date",
                holds: sharing == InformationSharing::IncludingReleaseDate,
                authority: r.honor,
                detail: Detail::ReleaseDate { sharing },
            });
        }
        if sharing == InformationSharing::ExceptReleaseDate {
            warnings.push(Warning::ReleaseDateNeedsWarrant {
                honor: r.honor,
                information,
            });
        }
        sharing
    });

    for caveat in &v.caveats {
        if caveat.applies(as_of, decision) {
            warnings.push(Warning::Caveat { caveat });
        }
    }

    out.id.clone_from(&case.id);
    out.agency = case.agency;
    out.as_of = as_of;
    out.version = Some(v);
    out.decision = decision;
    out.may_share_information = may_share_information;
    out.litigation = litigation;
    Ok(())
}
