//! `amparo guide`: the know-your-rights guide, in any of its languages, as text, JSON or Markdown.

use std::io::{self, Write};
use std::process::ExitCode;

use amparo_guide::{Guide, GuideError, Labels, RenderedStatement};
use anyhow::Result;
use clap::ValueEnum;

use crate::EXIT_BAD_INPUT;

mod contacts;

#[derive(clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub(crate) struct Args {
    #[command(subcommand)]
    command: Option<GuideCommand>,
    /// A situation: home, street, car, work, court, immigration-court, school, places, city-services,
    /// detained, criminal, travel, filming, prepare, after. Without one: the ten key points and the list of
    /// situations.
    scenario: Option<String>,
    /// Language: en es zh-Hans zh-Hant ru bn ht ko ar ur fr pl (a nearby tag such as es-MX or zh-TW works).
    #[arg(long, short = 'l', value_name = "LL", default_value = "en")]
    lang: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: GuideFormat,
    /// List the languages with their native name, text direction, translation status, and the share of messages
    /// translated from the current English and reviewed by a person.
    #[arg(long, conflicts_with_all = ["scenario", "door_card"])]
    languages: bool,
    /// The short lines for the door and the wallet card (front in your language, back in English).
    #[arg(long, conflicts_with = "scenario")]
    door_card: bool,
}

#[derive(clap::Subcommand)]
enum GuideCommand {
    /// Who to call: New York City resources, each number with its source and the day it was checked.
    Contacts(contacts::Args),
}

/// Output format of `amparo guide`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub(crate) enum GuideFormat {
    /// For people, in the terminal.
    #[default]
    Text,
    /// For programs: the rendering-neutral model of amparo-guide.
    Json,
    /// For documents and web pages.
    Markdown,
}

pub(crate) fn run(args: Args) -> Result<ExitCode> {
    if let Some(GuideCommand::Contacts(c)) = args.command {
        return contacts::run(c);
    }
    let guide = Guide::get();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let result = if args.languages {
        languages(guide, args.format, &mut out)
    } else {
        match guide.resolve_locale(&args.lang) {
            Err(e) => Err(e.into()),
            Ok(lang) if args.door_card => door_card(guide, lang, args.format, &mut out),
            Ok(lang) => match &args.scenario {
                Some(id) => scenario(guide, id, lang, args.format, &mut out),
                None => overview(guide, lang, args.format, &mut out),
            },
        }
    };
    match result {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) => match e.downcast_ref::<GuideError>() {
            Some(
                GuideError::UnknownScenario { .. }
                | GuideError::UnknownLocale { .. }
                | GuideError::UnknownAdvice { .. },
            ) => {
                eprintln!("amparo: {e}");
                Ok(ExitCode::from(EXIT_BAD_INPUT))
            }
            _ => Err(e),
        },
    }
}

fn languages(guide: &Guide, format: GuideFormat, out: &mut impl Write) -> Result<()> {
    let locales = guide.locales()?;
    match format {
        GuideFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &locales)?;
            writeln!(out)?;
        }
        GuideFormat::Text => {
            for l in &locales {
                writeln!(
                    out,
                    "{:<8} {:<22} {:<3} {:<17} {:>4}% current {:>4}% reviewed  {}",
                    l.id,
                    format!("{} ({})", l.native_name, l.english_name),
                    l.direction.as_str(),
                    l.status.as_str(),
                    l.translation.current_percent(),
                    l.translation.reviewed_percent(),
                    l.status_text
                )?;
            }
        }
        GuideFormat::Markdown => {
            writeln!(
                out,
                "| Locale | Language | Direction | Status | Up to date | Reviewed by a person |\n|---|---|---|---|---|---|"
            )?;
            for l in &locales {
                writeln!(
                    out,
                    "| `{}` | {} ({}) | {} | {} | {} % | {} % |",
                    l.id,
                    l.native_name,
                    l.english_name,
                    l.direction.as_str(),
                    l.status_text,
                    l.translation.current_percent(),
                    l.translation.reviewed_percent()
                )?;
            }
        }
    }
    Ok(())
}

fn overview(guide: &Guide, lang: &str, format: GuideFormat, out: &mut impl Write) -> Result<()> {
    let labels = guide.labels(lang)?;
    let info = guide.locale(lang)?;
    let key_points = guide.key_points(lang)?;
    let scenarios = guide.scenario_list(lang)?;
    let disclaimer = guide.disclaimer(lang)?;
    match format {
        GuideFormat::Json => {
            let v = serde_json::json!({
                "locale": info.id,
                "direction": info.direction,
                "status": info.status_text,
                "title": labels.guide_title,
                "subtitle": labels.guide_subtitle,
                "key_points": key_points,
                "scenarios": scenarios,
                "disclaimer": disclaimer,
            });
            serde_json::to_writer_pretty(&mut *out, &v)?;
            writeln!(out)?;
        }
        GuideFormat::Text => {
            writeln!(out, "{} ({})", labels.guide_title, info.native_name)?;
            writeln!(out, "{}", labels.guide_subtitle)?;
            writeln!(out, "[{}]\n", info.status_text)?;
            writeln!(out, "{}", labels.key_points_heading)?;
            for (i, p) in key_points.iter().enumerate() {
                writeln!(out, "{:>2}. {}", i + 1, p.text)?;
                if let Some(say) = &p.say {
                    write_say_text(out, &labels, say, "    ")?;
                }
                if p.status.id.is_prominent() {
                    writeln!(out, "    {}", status_text(&labels, p))?;
                }
            }
            writeln!(out, "\n{}", labels.scenarios_heading)?;
            let width = scenarios.iter().map(|s| s.id.len()).max().unwrap_or(0);
            for s in &scenarios {
                writeln!(out, "  {:<width$}  {} ({})", s.id, s.title, s.points_label)?;
            }
            writeln!(out, "\namparo guide <SCENARIO> --lang {}\n", info.id)?;
            writeln!(out, "{disclaimer}")?;
        }
        GuideFormat::Markdown => {
            writeln!(out, "# {}\n", labels.guide_title)?;
            writeln!(out, "{}\n", labels.guide_subtitle)?;
            writeln!(out, "> {}\n", info.status_text)?;
            writeln!(out, "## {}\n", labels.key_points_heading)?;
            for (i, p) in key_points.iter().enumerate() {
                writeln!(out, "{}. **{}**", i + 1, p.text)?;
                if let Some(say) = &p.say {
                    writeln!(out, "   {}", md_say(&labels, say))?;
                }
                if p.status.id.is_prominent() {
                    writeln!(out, "   *{}*", status_text(&labels, p))?;
                }
            }
            writeln!(out, "\n## {}\n", labels.scenarios_heading)?;
            for s in &scenarios {
                writeln!(out, "- **{}** (`{}`): {} ({})", s.title, s.id, s.intro, s.points_label)?;
            }
            writeln!(out, "\n---\n\n*{disclaimer}*")?;
        }
    }
    Ok(())
}

fn scenario(guide: &Guide, id: &str, lang: &str, format: GuideFormat, out: &mut impl Write) -> Result<()> {
    let r = guide.render(id, lang)?;
    let labels = guide.labels(lang)?;
    match format {
        GuideFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &r)?;
            writeln!(out)?;
        }
        GuideFormat::Text => {
            writeln!(out, "{}", r.title)?;
            writeln!(out, "[{}]\n", r.status)?;
            writeln!(out, "{}", r.intro)?;
            for sec in &r.sections {
                writeln!(out, "\n{}", sec.heading)?;
                for st in &sec.statements {
                    write_statement_text(guide, lang, &labels, st, out)?;
                }
            }
            writeln!(out, "\n{}", r.disclaimer)?;
        }
        GuideFormat::Markdown => {
            writeln!(out, "# {}\n", r.title)?;
            writeln!(out, "> {}\n", r.status)?;
            writeln!(out, "{}", r.intro)?;
            for sec in &r.sections {
                writeln!(out, "\n## {}\n", sec.heading)?;
                for st in &sec.statements {
                    if st.key_point {
                        writeln!(out, "- **{}**", st.text)?;
                    } else {
                        writeln!(out, "- {}", st.text)?;
                    }
                    if let Some(say) = &st.say {
                        writeln!(out, "  - {}", md_say(&labels, say))?;
                    }
                    if let Some(d) = &st.dont {
                        writeln!(out, "  - **{}:** {d}", labels.dont)?;
                    }
                    if st.status.id.is_prominent() {
                        writeln!(out, "  - **{}**", status_markdown(&labels, st))?;
                    }
                    let cites: Vec<String> = st
                        .citations
                        .iter()
                        .map(|a| match &a.url {
                            Some(u) => format!("[{}]({u})", a.citation),
                            None => a.citation.clone(),
                        })
                        .collect();
                    let settled = status_prefix(st);
                    writeln!(
                        out,
                        "  - *{}: {}. {settled}{}*",
                        labels.sources,
                        cites.join("; "),
                        guide.reviewed_line(lang, st.reviewed)?
                    )?;
                }
            }
            writeln!(out, "\n---\n\n*{}*", r.disclaimer)?;
        }
    }
    Ok(())
}

fn door_card(guide: &Guide, lang: &str, format: GuideFormat, out: &mut impl Write) -> Result<()> {
    let card = guide.door_card(lang)?;
    match format {
        GuideFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &card)?;
            writeln!(out)?;
        }
        GuideFormat::Text | GuideFormat::Markdown => {
            let md = format == GuideFormat::Markdown;
            let h = if md { "## " } else { "" };
            let b = if md { "- " } else { "  " };
            writeln!(out, "{h}{}\n", card.title)?;
            for f in &card.front {
                writeln!(out, "{b}{}", f.text)?;
            }
            writeln!(out, "\n{h}{}\n", card.back_title)?;
            for s in &card.back {
                if s.text == s.english {
                    writeln!(out, "{b}{}", s.english)?;
                } else {
                    writeln!(out, "{b}{} ({})", s.english, s.text)?;
                }
            }
            writeln!(out, "\n{h}{}\n", card.check_title)?;
            for c in &card.check {
                writeln!(out, "{b}{c}")?;
            }
        }
    }
    Ok(())
}

fn write_statement_text(
    guide: &Guide,
    lang: &str,
    labels: &Labels,
    st: &RenderedStatement,
    out: &mut impl Write,
) -> Result<()> {
    let bullet = if st.key_point { "★" } else { "•" };
    writeln!(out, "  {bullet} {}", st.text)?;
    if let Some(say) = &st.say {
        write_say_text(out, labels, say, "    ")?;
    }
    if let Some(d) = &st.dont {
        writeln!(out, "    {}: {d}", labels.dont)?;
    }
    if st.status.id.is_prominent() {
        writeln!(out, "    {}", status_text(labels, st))?;
    }
    let cites: Vec<&str> = st.citations.iter().map(|a| a.citation.as_str()).collect();
    let settled = status_prefix(st);
    writeln!(
        out,
        "    {}: {} ({settled}{})",
        labels.sources,
        cites.join("; "),
        guide.reviewed_line(lang, st.reviewed)?
    )?;
    Ok(())
}

/// The status written before the review line, or nothing where it is prominent (already shown beside it).
fn status_prefix(st: &RenderedStatement) -> String {
    if st.status.id.is_prominent() {
        String::new()
    } else {
        format!("{} ", st.status.text)
    }
}

/// "⚖ Courts are still deciding this. Case: …" (the status in the reader's language, and the case).
fn status_text(labels: &Labels, st: &RenderedStatement) -> String {
    match st.status.case {
        Some(c) => format!("\u{2696} {} {}: {}", st.status.text, labels.case, c.citation),
        None => format!("\u{2696} {}", st.status.text),
    }
}

fn status_markdown(labels: &Labels, st: &RenderedStatement) -> String {
    match (st.status.case, st.status.case.and_then(|c| c.url.as_deref())) {
        (Some(c), Some(u)) => format!("\u{2696} {} {}: [{}]({u})", st.status.text, labels.case, c.citation),
        _ => status_text(labels, st),
    }
}

fn write_say_text(out: &mut impl Write, labels: &Labels, say: &amparo_guide::Say, indent: &str) -> Result<()> {
    if say.text == say.english {
        writeln!(out, "{indent}{}: \"{}\"", labels.say, say.english)?;
    } else {
        writeln!(
            out,
            "{indent}{}: \"{}\" ({}: \"{}\")",
            labels.say, say.text, labels.say_english, say.english
        )?;
    }
    Ok(())
}

fn md_say(labels: &Labels, say: &amparo_guide::Say) -> String {
    if say.text == say.english {
        format!("**{}:** \"{}\"", labels.say, say.english)
    } else {
        format!(
            "**{}:** \"{}\" ({}: \"{}\")",
            labels.say, say.text, labels.say_english, say.english
        )
    }
}
