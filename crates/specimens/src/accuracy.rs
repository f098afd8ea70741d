//! Scoring a channel on the specimen corpus: precision and recall per kind, judicial accuracy, field
//! accuracy, and the dangerous errors (a non-judicial paper reported as judicial).

use std::collections::BTreeMap;
use std::fmt;

use amparo_law::warrant::{Judicial, Kind};

use amparo_documents::{DocumentError, PageRead, Report};

use crate::specimen::Specimen;

/// One specimen's outcome on one channel.
pub struct Outcome<'a> {
    pub specimen: &'a Specimen,
    pub result: Result<Report, DocumentError>,
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: u32,
    fp: u32,
    fn_: u32,
}

/// The scores of one channel.
pub struct Score {
    pub channel: String,
    pub total: u32,
    pub kind_correct: u32,
    pub judicial_correct: u32,
    /// Non-judicial papers reported as judicial. Must be zero.
    pub dangerous: u32,
    pub errors: u32,
    pub fields_checked: u32,
    pub fields_correct: u32,
    /// Answered the opposite of the truth (a "no" where the paper names the person, or a "yes" where it
    /// does not): worse than "cannot tell".
    pub fields_wrong: u32,
    /// Whether the names, address and expiry answers were scored (the person's situation was given).
    pub fields_scored: bool,
    /// Photos read at their top and bottom bands only ([`PageRead::TopAndBottom`]).
    pub read_top_and_bottom: u32,
    per_kind: BTreeMap<&'static str, Counts>,
    /// Ids of specimens whose kind or judicial answer was wrong, with what was reported.
    pub misses: Vec<String>,
    /// Field answers that differ from the truth.
    pub field_misses: Vec<String>,
}

impl Score {
    /// Score kind, judicial and (the specimens' situations given) the names, address and expiry answers.
    pub fn new(channel: &str, outcomes: &[Outcome<'_>]) -> Score {
        Score::build(channel, outcomes, true)
    }

    /// Score kind and judicial only: for papers checked without the person's name and address.
    pub fn decisions_only(channel: &str, outcomes: &[Outcome<'_>]) -> Score {
        Score::build(channel, outcomes, false)
    }

    fn build(channel: &str, outcomes: &[Outcome<'_>], fields_scored: bool) -> Score {
        let mut s = Score {
            channel: channel.to_owned(),
            total: 0,
            kind_correct: 0,
            judicial_correct: 0,
            dangerous: 0,
            errors: 0,
            fields_checked: 0,
            fields_correct: 0,
            fields_wrong: 0,
            fields_scored,
            read_top_and_bottom: 0,
            per_kind: Kind::ALL.iter().map(|k| (k.id(), Counts::default())).collect(),
            misses: Vec::new(),
            field_misses: Vec::new(),
        };
        for o in outcomes {
            s.total += 1;
            let t = &o.specimen.truth;
            let (kind, judicial, report) = match &o.result {
                Ok(r) => (r.assessment.kind, r.assessment.judicial, Some(r)),
                Err(_) => {
                    s.errors += 1;
                    (Kind::Unknown, Judicial::Unknown, None)
                }
            };
            if kind == t.kind {
                s.kind_correct += 1;
                s.per_kind.entry(t.kind.id()).or_default().tp += 1;
            } else {
                s.per_kind.entry(t.kind.id()).or_default().fn_ += 1;
                s.per_kind.entry(kind.id()).or_default().fp += 1;
            }
            if judicial == t.judicial {
                s.judicial_correct += 1;
            }
            if judicial == Judicial::Yes && t.judicial != Judicial::Yes {
                s.dangerous += 1;
            }
            if kind != t.kind || judicial != t.judicial {
                let what = match &o.result {
                    Ok(_) => format!("{} (judicial {})", kind.id(), judicial.id()),
                    Err(e) => format!("error: {e}"),
                };
                s.misses.push(format!("{}: reported {what}", o.specimen.id));
            }
            if report.is_some_and(|r| r.page_read == PageRead::TopAndBottom) {
                s.read_top_and_bottom += 1;
            }
            if !fields_scored {
                continue;
            }
            if let Some(r) = report {
                let a = &r.assessment;
                for (field, truth, got) in [
                    ("names_person", t.names_person, a.names_person),
                    ("names_address", t.names_address, a.names_address),
                    ("expired", t.expired, a.expired),
                ] {
                    if let Some(want) = truth {
                        s.fields_checked += 1;
                        if got == Some(want) {
                            s.fields_correct += 1;
                        } else {
                            s.fields_wrong += u32::from(got.is_some());
                            s.field_misses
                                .push(format!("{}: {field} should be {want}, got {got:?}", o.specimen.id));
                        }
                    }
                }
            } else {
                s.fields_checked += [t.names_person, t.names_address, t.expired]
                    .iter()
                    .filter(|x| x.is_some())
                    .count() as u32;
            }
        }
        s
    }

    pub fn kind_accuracy(&self) -> f64 {
        ratio(self.kind_correct, self.total)
    }

    pub fn judicial_accuracy(&self) -> f64 {
        ratio(self.judicial_correct, self.total)
    }

    pub fn field_accuracy(&self) -> f64 {
        ratio(self.fields_correct, self.fields_checked)
    }

    /// (precision, recall) for a kind.
    pub fn kind_scores(&self, kind: Kind) -> (f64, f64) {
        let c = self.per_kind.get(kind.id()).copied().unwrap_or_default();
        (ratio(c.tp, c.tp + c.fp), ratio(c.tp, c.tp + c.fn_))
    }
}

fn ratio(a: u32, b: u32) -> f64 {
    if b == 0 { 1.0 } else { f64::from(a) / f64::from(b) }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let fields = if self.fields_scored {
            format!(
                "fields {:.1}% ({}/{}; {} cannot tell, {} wrong)",
                100.0 * self.field_accuracy(),
                self.fields_correct,
                self.fields_checked,
                self.fields_checked - self.fields_correct - self.fields_wrong,
                self.fields_wrong
            )
        } else {
            "fields not scored (no name or address given)".to_owned()
        };
        writeln!(
            f,
            "channel {}: {} specimens, kind {:.1}%, judicial {:.1}%, {fields}, errors {}, DANGEROUS (non-judicial reported judicial) {}",
            self.channel,
            self.total,
            100.0 * self.kind_accuracy(),
            100.0 * self.judicial_accuracy(),
            self.errors,
            self.dangerous
        )?;
        if self.read_top_and_bottom > 0 {
            writeln!(
                f,
                "  read at the top and bottom only: {} of {}",
                self.read_top_and_bottom, self.total
            )?;
        }
        writeln!(f, "  {:<26} {:>9} {:>9}", "kind", "precision", "recall")?;
        for k in Kind::ALL {
            let (p, r) = self.kind_scores(k);
            writeln!(f, "  {:<26} {:>8.1}% {:>8.1}%", k.id(), 100.0 * p, 100.0 * r)?;
        }
        for m in &self.misses {
            writeln!(f, "  miss: {m}")?;
        }
        for m in self.field_misses.iter().take(40) {
            writeln!(f, "  field: {m}")?;
        }
        Ok(())
    }
}
