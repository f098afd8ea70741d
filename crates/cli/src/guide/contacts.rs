//! `amparo guide contacts`: who to call, each number with the source that confirms it and the day it was checked.

use std::io::{self, Write};
use std::process::ExitCode;

use amparo_guide::{Guide, GuideError, RenderedContact, contacts};
use anyhow::Result;
use serde_json::json;

use crate::{EXIT_BAD_INPUT, Format};

#[derive(clap::Args)]
pub(super) struct Args {
    /// Language: en es zh-Hans zh-Hant ru bn ht ko ar ur fr pl (a nearby tag such as es-MX works).
    #[arg(long, short = 'l', value_name = "LL", default_value = "en")]
    lang: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Only the contacts for one situation (detained, court, after) or one use (taken, door, card).
    #[arg(long = "for", value_name = "BLOCK")]
    block: Option<String>,
    /// Also list the contacts that are not shown, each with the reason (English).
    #[arg(long)]
    include_hidden: bool,
}

pub(super) fn run(args: Args) -> Result<ExitCode> {
    let guide = Guide::get();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match write(guide, &args, &mut out) {
        Ok(()) => {
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => match e.downcast_ref::<GuideError>() {
            Some(GuideError::UnknownLocale { .. } | GuideError::UnknownContactBlock { .. }) => {
                eprintln!("amparo: {e}");
                Ok(ExitCode::from(EXIT_BAD_INPUT))
            }
            _ => Err(e),
        },
    }
}

fn write(guide: &Guide, args: &Args, out: &mut impl Write) -> Result<()> {
    let lang = guide.resolve_locale(&args.lang)?;
    let list = match &args.block {
        Some(block) => guide.contacts_for(block, lang)?,
        None => guide.contacts(lang)?,
    };
    let hidden = if args.include_hidden {
        contacts::hidden()
    } else {
        Vec::new()
    };
    let info = guide.locale(lang)?;
    match args.format {
        Format::Json => {
            let mut v = json!({
                "locale": info.id,
                "direction": info.direction,
                "title": guide.message(lang, "help-title")?,
                "contacts": list,
                "disclaimer": guide.disclaimer(lang)?,
            });
            if args.include_hidden {
                v["hidden"] = hidden
                    .iter()
                    .map(|c| json!({ "id": c.id, "name": c.name, "phone": c.phone, "url": c.url, "hidden": c.hidden }))
                    .collect();
            }
            if let Some(block) = &args.block {
                v["block"] = block.as_str().into();
            }
            serde_json::to_writer_pretty(&mut *out, &v)?;
            writeln!(out)?;
        }
        Format::Text => {
            writeln!(out, "{}", guide.message(lang, "help-title")?)?;
            if info.status != amparo_guide::TranslationStatus::Source {
                writeln!(out, "[{}]", info.status_text)?;
            }
            writeln!(out, "\n{}\n", guide.message(lang, "help-intro")?)?;
            for c in &list {
                write_contact(guide, lang, c, out)?;
            }
            if args.include_hidden {
                writeln!(out, "Not shown (no current primary source confirms them):")?;
                for c in &hidden {
                    let how = c.phone.as_deref().or(c.url.as_deref()).unwrap_or("-");
                    writeln!(out, "  {} ({how}): {}", c.name, c.hidden.as_deref().unwrap_or(""))?;
                }
                writeln!(out)?;
            }
            writeln!(out, "{}", guide.disclaimer(lang)?)?;
        }
    }
    Ok(())
}

fn write_contact(guide: &Guide, lang: &str, c: &RenderedContact, out: &mut impl Write) -> Result<()> {
    let reach: Vec<&str> = [c.phone.as_deref(), c.url.as_deref(), c.email.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    writeln!(out, "  {}: {}", c.name, reach.join(" · "))?;
    writeln!(out, "    {}", c.purpose)?;
    if let Some(h) = &c.hours {
        writeln!(out, "    {}: {h}", guide.message(lang, "help-hours")?)?;
    }
    for line in [&c.languages_line, &c.interpreters_line].into_iter().flatten() {
        writeln!(out, "    {line}")?;
    }
    if let Some(n) = &c.note {
        writeln!(out, "    {n}")?;
    }
    writeln!(out, "    {}\n", c.verified_line)?;
    Ok(())
}
