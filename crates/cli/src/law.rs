//! `amparo law`: what the law data says.

use std::io::{self, Write};
use std::process::ExitCode;

use amparo_law::detainer::detainer_law;
use amparo_law::offenses::{Basis, offenses};
use anyhow::Result;
use chrono::NaiveDate;
use serde_json::json;

use crate::Format;

mod changes;

#[derive(clap::Subcommand)]
pub(crate) enum What {
    /// Every offense that is a "violent or serious crime" (§ 9-131(a)(7), § 14-154(a)(6), 39 RCNY § 2-01).
    Offenses {
        #[arg(long, value_enum, default_value_t)]
        format: Format,
        /// Only the offenses on the list on this day.
        #[arg(long, value_name = "YYYY-MM-DD")]
        as_of: Option<NaiveDate>,
    },
    /// Every authority (statute, rule, case) Amparo cites, with its dates.
    Authorities {
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// What changed in the law in 2025-26, newest first, each change with its source.
    Changes(changes::Args),
    /// The dated versions of the detainer rules (§§ 9-131, 14-154, 9-205), with the quoted text each rule reads
    /// and where and when it was captured.
    Versions {
        #[arg(long, value_enum, default_value_t)]
        format: Format,
        /// Also print the quoted text of every subdivision the version's rules read.
        #[arg(long)]
        text: bool,
    },
}

pub(crate) fn run(what: What) -> Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match what {
        What::Changes(args) => return changes::run(args),
        What::Offenses { format, as_of } => {
            let list = offenses();
            let entries = list.entries().iter().filter(|o| as_of.is_none_or(|d| o.listed_on(d)));
            match format {
                Format::Json => {
                    let v: Vec<_> = entries
                        .map(|o| {
                            json!({
                                "section": format!("{} {}", o.code.abbreviation(), o.section),
                                "as_listed": o.as_listed,
                                "limit": o.limit.iter().map(|l| l.to_string()).collect::<Vec<_>>(),
                                "name": o.name,
                                "basis": o.basis,
                                "citation": o.authority.citation,
                                "authority": o.authority.id,
                                "also": also(o.basis),
                                "listed_from": o.listed_from,
                                "listed_from_note": o.listed_from_note,
                                "listed_until": o.listed_until,
                                "pl_repealed": o.pl_repealed,
                                "pl_note": o.pl_note,
                            })
                        })
                        .collect();
                    serde_json::to_writer_pretty(&mut out, &v)?;
                    writeln!(out)?;
                }
                Format::Text => {
                    let mut n = 0;
                    for o in entries {
                        n += 1;
                        write!(out, "{:<22} {}", o.citation(), o.name)?;
                        write!(
                            out,
                            "  [{}; {}; from {}",
                            o.authority.citation,
                            also(o.basis).join("; "),
                            o.listed_from
                        )?;
                        if let Some(r) = o.pl_repealed {
                            write!(out, "; PL section repealed {r}, convictions under it still count")?;
                        }
                        writeln!(out, "]")?;
                    }
                    writeln!(
                        out,
                        "\n{n} entries. Also violent or serious crimes: felony hate crimes (PL § 485.05), felony attempt, conspiracy, solicitation or facilitation of an enumerated crime, felonies under VTL § 600, and out-of-state or federal convictions whose New York equivalent is listed."
                    )?;
                }
            }
        }
        What::Authorities { format } => {
            let auths = amparo_law::authorities();
            match format {
                Format::Json => {
                    serde_json::to_writer_pretty(&mut out, &auths.iter().collect::<Vec<_>>())?;
                    writeln!(out)?;
                }
                Format::Text => {
                    for a in auths.iter() {
                        write!(out, "{:<36} {}", a.id, a.citation)?;
                        if let Some(from) = a.effective_from {
                            write!(out, "  (from {from}")?;
                            if let Some(until) = a.effective_until {
                                write!(out, " until {until}")?;
                            }
                            write!(out, ")")?;
                        }
                        writeln!(out, "\n{:<36} {}", "", a.title)?;
                    }
                }
            }
        }
        What::Versions { format, text } => versions(&mut out, format, text)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn versions(out: &mut impl Write, format: Format, text: bool) -> Result<()> {
    let law = detainer_law();
    match format {
        Format::Json => {
            let v: Vec<_> = law
                .versions()
                .iter()
                .map(|v| {
                    let quotes: Vec<_> = v
                        .authorities()
                        .filter_map(|a| law.quote(a))
                        .map(|q| {
                            let c = law.capture(q);
                            json!({
                                "authority": q.authority.id,
                                "citation": q.authority.citation,
                                "text": q.text,
                                "reads": q.reads,
                                "captured_at": c.location,
                                "read_on": c.read_on,
                                "copy_date": c.copy_date,
                            })
                        })
                        .collect();
                    json!({
                        "id": v.id,
                        "agency": v.agency,
                        "valid_from": v.valid_from,
                        "valid_to": v.valid_to,
                        "certain_from": v.certain_from,
                        "effective_date_note": v.effective_date_note,
                        "section": v.section.citation,
                        "amended_by": v.amended_by.map(|a| a.citation.as_str()),
                        "look_back_months": v.look_back_months,
                        "hold_hours": v.hold_hours,
                        "caveats": v.caveats.iter().map(|c| c.code.as_str()).collect::<Vec<_>>(),
                        "quotes": if text { quotes } else { Vec::new() },
                    })
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &v)?;
            writeln!(out)?;
        }
        Format::Text => {
            for v in law.versions() {
                write!(out, "{:<16} {} from {}", v.id, v.section.citation, v.valid_from)?;
                match v.valid_to {
                    Some(to) => write!(out, " to {to}")?,
                    None => write!(out, " (in force)")?,
                }
                if let Some(a) = v.amended_by {
                    write!(out, ", as amended by {}", a.citation)?;
                }
                writeln!(out)?;
                if let Some(n) = &v.effective_date_note {
                    writeln!(out, "{:<16} first day: {n}", "")?;
                }
                for c in &v.caveats {
                    writeln!(out, "{:<16} caveat {}: {}", "", c.code, c.note)?;
                }
                if text {
                    for q in v.authorities().filter_map(|a| law.quote(a)) {
                        let c = law.capture(q);
                        writeln!(
                            out,
                            "\n  {} — {}\n  {}",
                            q.authority.citation, q.authority.title, q.text
                        )?;
                        writeln!(out, "  (read {} in {}; {})", c.read_on, c.location, c.copy_date)?;
                    }
                }
                writeln!(out)?;
            }
        }
    }
    Ok(())
}

/// The other sections that list the same offenses.
fn also(basis: Basis) -> Vec<&'static str> {
    match basis {
        Basis::Enumerated => vec!["NYC Admin. Code § 14-154(a)(6)(i)", "§ 9-205(a)"],
        Basis::Rule => vec!["for §§ 9-131(a)(7), 14-154(a)(6) and 9-205(a)"],
    }
}
