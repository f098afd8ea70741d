//! `amparo law changes`: the dated log of what changed in the law in 2025-26, newest first, each change with
//! its source, how certain it is, the authorities it affects and the statements of the guide it touches.

use std::io::{self, Write};
use std::process::ExitCode;

use amparo_guide::{Guide, GuideError, RenderedChange};
use anyhow::Result;
use chrono::NaiveDate;
use serde_json::json;

use crate::{EXIT_BAD_INPUT, Format};

#[derive(clap::Args)]
pub(crate) struct Args {
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Language of the summaries and status words: en es zh-Hans zh-Hant ru bn ht ko ar ur fr pl.
    #[arg(long, short = 'l', value_name = "LL", default_value = "en")]
    lang: String,
    /// Only the changes that affect this authority id (see `amparo law authorities`).
    #[arg(long, value_name = "AUTHORITY")]
    affects: Option<String>,
    /// Only the changes on or after this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    since: Option<NaiveDate>,
}

pub(super) fn run(args: Args) -> Result<ExitCode> {
    if let Some(id) = &args.affects
        && amparo_law::authorities().get(id).is_none()
    {
        eprintln!(
            "amparo: unknown authority {id:?}; `amparo law authorities` lists the ids (e.g. nyc-admin-9-131, ny-crl-28)"
        );
        return Ok(ExitCode::from(EXIT_BAD_INPUT));
    }
    let guide = Guide::get();
    let list = match guide.changes(&args.lang) {
        Ok(list) => list,
        Err(e @ GuideError::UnknownLocale { .. }) => {
            eprintln!("amparo: {e}");
            return Ok(ExitCode::from(EXIT_BAD_INPUT));
        }
        Err(e) => return Err(e.into()),
    };
    let list: Vec<&RenderedChange> = list
        .iter()
        .filter(|c| {
            args.affects
                .as_ref()
                .is_none_or(|id| c.affects.iter().any(|a| &a.id == id))
        })
        .filter(|c| args.since.is_none_or(|d| c.date >= d))
        .collect();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match args.format {
        Format::Json => {
            let v: Vec<_> = list.iter().map(|c| to_json(c)).collect();
            serde_json::to_writer_pretty(&mut out, &v)?;
            writeln!(out)?;
        }
        Format::Text => {
            for c in &list {
                write_text(guide, &args.lang, c, &mut out)?;
            }
            writeln!(
                out,
                "{} changes, newest first. Legal information, not legal advice.",
                list.len()
            )?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn to_json(c: &RenderedChange) -> serde_json::Value {
    let authority = |a: &amparo_law::Authority| json!({ "id": a.id, "citation": a.citation, "url": a.url });
    json!({
        "id": c.id,
        "date": c.date,
        "precision": c.precision,
        "date_text": c.date_text,
        "effective": c.effective,
        "recorded": c.recorded,
        "kind": c.kind,
        "kind_text": c.kind_text,
        "status": c.status,
        "status_text": c.status_text,
        "case": c.case.map(authority),
        "title": c.title,
        "summary": c.summary,
        "source": authority(c.source),
        "affects": c.affects.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
        "evidence": c.evidence,
        "note": c.note,
        "changes_law": c.changes_law,
        "statements": c.statements.iter().map(|s| json!({ "id": s.id, "page": s.page })).collect::<Vec<_>>(),
    })
}

fn write_text(guide: &Guide, lang: &str, c: &RenderedChange, out: &mut impl Write) -> Result<()> {
    writeln!(out, "{:<10}  {}", c.date_text, c.title)?;
    let pad = " ".repeat(12);
    writeln!(out, "{pad}{} · {}", c.kind_text, c.status_text)?;
    writeln!(out, "{pad}{}", c.summary)?;
    let source = match &c.source.url {
        Some(u) => format!("{} <{u}>", c.source.citation),
        None => c.source.citation.clone(),
    };
    writeln!(out, "{pad}{}: {source}", guide.message(lang, "changes-source")?)?;
    if let Some(case) = c.case {
        writeln!(out, "{pad}{}: {}", guide.message(lang, "changes-case")?, case.citation)?;
    }
    let affects: Vec<&str> = c.affects.iter().map(|a| a.id.as_str()).collect();
    writeln!(out, "{pad}Affects: {}", affects.join(", "))?;
    if !c.statements.is_empty() {
        let ids: Vec<&str> = c.statements.iter().map(|s| s.id.as_str()).collect();
        writeln!(
            out,
            "{pad}{}: {}",
            guide.message(lang, "changes-touches")?,
            ids.join(", ")
        )?;
    }
    if let Some(n) = &c.note {
        writeln!(out, "{pad}Note: {n}")?;
    }
    writeln!(out)?;
    Ok(())
}
