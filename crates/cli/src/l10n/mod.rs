//! `amparo l10n`: the state of the translations, and the commands a developer or translator runs after
//! changing them. Each translated message records which English it was translated from
//! (`crates/guide/l10n/<locale>/<stem>.toml`, see `amparo_guide::drift`); these commands read and write those
//! records beside the `.ftl` files of a checkout of Amparo (found above the current directory, or `--root`).
//! Read-only commands fall back to the copy built into this program outside a checkout.

use std::collections::BTreeSet;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use amparo_guide::drift::{Catalog, State};
use amparo_guide::sheet::{self, Only, SheetFormat};
use anyhow::{Context, Result};
use chrono::NaiveDate;
use clap::ValueEnum;

use crate::{EXIT_BAD_INPUT, Format};

mod checkout;
mod report;

use checkout::{LOCALES, Tree, load, write_records};
use report::{check, stale, status};

#[derive(clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    command: Command,
    /// The checkout of Amparo to read and write (default: the nearest directory above the current one that
    /// holds crates/guide/locales).
    #[arg(long, global = true, value_name = "DIR")]
    root: Option<PathBuf>,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Per language: how many messages are translated from the current English, stale, missing, and
    /// reviewed by a person.
    Status {
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// The stale and missing messages of each language (or one), with the English they should now say.
    Stale {
        /// One language (default: every one).
        locale: Option<String>,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// The drift lint (run by scripts/test): lists stale and missing messages and fails on a message whose
    /// English changed without its translations being updated or marked stale, or whose translation is not
    /// recorded.
    Check,
    /// After translating: record that LOCALE's translations of the messages IDS translate the current English.
    /// LOCALE may be `all`.
    MarkCurrent {
        locale: String,
        #[arg(value_name = "ID", required_unless_present = "every_message")]
        ids: Vec<String>,
        /// Every message the locale has (only when each one is known to translate the current English).
        #[arg(long, conflicts_with = "ids")]
        every_message: bool,
    },
    /// After changing English without updating its translations: show them as being updated (the current
    /// English beside the old translation) until someone translates them and runs mark-current.
    MarkStale {
        #[arg(value_name = "ID", required = true)]
        ids: Vec<String>,
        /// Only these languages (default: every language that has the message).
        #[arg(long = "lang", value_name = "LL")]
        locales: Vec<String>,
    },
    /// Record that a person reviewed LOCALE's current translations of IDS.
    Review {
        locale: String,
        #[arg(value_name = "ID", required = true)]
        ids: Vec<String>,
        /// The reviewer's name or handle (it is published with the repository).
        #[arg(long, value_name = "NAME")]
        by: String,
        /// The day of the review (default: today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        on: Option<NaiveDate>,
    },
    /// Write a bilingual review sheet of one language: each message's English and translation.
    Export {
        locale: String,
        #[arg(long, value_enum, default_value_t)]
        format: SheetArg,
        /// Which messages.
        #[arg(long, value_enum, default_value_t)]
        only: OnlyArg,
        /// Write to this file (default: standard output).
        #[arg(long, short = 'o', value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Read a review sheet back: checks every row (placeholders, plural forms, script, reviewer) and changes
    /// nothing unless all are right; then writes the translations and their records.
    Import {
        file: PathBuf,
        /// The sheet's format (default: from the file's extension, .csv or .xlf/.xliff).
        #[arg(long, value_enum)]
        format: Option<SheetArg>,
        /// XLIFF: who reviewed the segments marked "reviewed" or "final".
        #[arg(long, value_name = "NAME")]
        reviewer: Option<String>,
        /// Check the sheet and say what would change, without writing anything.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
enum SheetArg {
    /// A spreadsheet (CSV, UTF-8).
    #[default]
    Csv,
    /// XLIFF 2.0, for translation tools.
    Xliff,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
enum OnlyArg {
    /// Every message.
    #[default]
    All,
    /// Stale, missing and untracked messages.
    Stale,
    /// Messages no person has reviewed in their current form.
    Unreviewed,
}

/// Bad input: said on standard error, exit code 2.
#[derive(Debug)]
struct BadInput(String);

impl std::fmt::Display for BadInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BadInput {}

fn bad(message: impl Into<String>) -> anyhow::Error {
    BadInput(message.into()).into()
}

pub(crate) fn run(args: Args) -> Result<ExitCode> {
    match run_inner(args) {
        Ok(code) => Ok(code),
        Err(e) => match e.downcast_ref::<BadInput>() {
            Some(b) => {
                eprintln!("amparo: {b}");
                Ok(ExitCode::from(EXIT_BAD_INPUT))
            }
            None => Err(e),
        },
    }
}

fn locales_arg(catalog: &Catalog, locale: &str) -> Result<Vec<String>> {
    let all = catalog.translated_locales();
    if locale == "all" {
        return Ok(all.iter().map(|s| (*s).to_string()).collect());
    }
    if !all.contains(&locale) {
        return Err(bad(format!(
            "unknown language {locale:?}; the translated languages are: {} (or all)",
            all.join(" ")
        )));
    }
    Ok(vec![locale.to_string()])
}

fn run_inner(args: Args) -> Result<ExitCode> {
    let tree = load(args.root)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match args.command {
        Command::Status { format } => status(&tree.catalog(), format, &mut out)?,
        Command::Stale { locale, format } => stale(&tree.catalog(), locale.as_deref(), format, &mut out)?,
        Command::Check => {
            let ok = check(&tree, &mut out)?;
            out.flush()?;
            return Ok(if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE });
        }
        Command::MarkCurrent {
            locale,
            ids,
            every_message,
        } => {
            let root = tree.root()?.to_path_buf();
            let mut catalog = tree.catalog();
            for l in locales_arg(&catalog, &locale)? {
                let ids: Vec<String> = if every_message {
                    catalog
                        .states(&l)
                        .iter()
                        .filter(|s| s.state != State::Missing)
                        .map(|s| s.id.to_string())
                        .collect()
                } else {
                    ids.clone()
                };
                let files = catalog.mark_current(&l, &ids).map_err(|e| bad(e.to_string()))?;
                write_records(&root, &mut catalog, &l, &files)?;
                writeln!(out, "{l}: {} marked current", ids.len())?;
            }
        }
        Command::MarkStale { ids, locales } => {
            let root = tree.root()?.to_path_buf();
            let mut catalog = tree.catalog();
            let targets: Vec<String> = if locales.is_empty() {
                catalog.translated_locales().iter().map(|s| (*s).to_string()).collect()
            } else {
                let mut v = Vec::new();
                for l in &locales {
                    v.extend(locales_arg(&catalog, l)?);
                }
                v
            };
            for l in targets {
                // Only the messages this language has; a missing one already shows the English.
                let have: Vec<String> = ids
                    .iter()
                    .filter(|id| {
                        catalog
                            .english(id)
                            .is_some_and(|(f, _)| catalog.translation(&l, f, id).is_some())
                    })
                    .cloned()
                    .collect();
                if let Some(unknown) = ids.iter().find(|id| catalog.english(id).is_none()) {
                    return Err(bad(format!("no English message {unknown:?}")));
                }
                let files = catalog.mark_stale(&l, &have).map_err(|e| bad(e.to_string()))?;
                write_records(&root, &mut catalog, &l, &files)?;
                writeln!(out, "{l}: {} marked stale", have.len())?;
            }
        }
        Command::Review { locale, ids, by, on } => {
            let root = tree.root()?.to_path_buf();
            let mut catalog = tree.catalog();
            let on = on.unwrap_or_else(|| chrono::Local::now().date_naive());
            for l in locales_arg(&catalog, &locale)? {
                let files = catalog.review(&l, &ids, &by, on).map_err(|e| bad(e.to_string()))?;
                write_records(&root, &mut catalog, &l, &files)?;
                writeln!(out, "{l}: {} reviewed by {by} on {on}", ids.len())?;
            }
        }
        Command::Export {
            locale,
            format,
            only,
            out: file,
        } => {
            let catalog = tree.catalog();
            let only = match only {
                OnlyArg::All => Only::All,
                OnlyArg::Stale => Only::Stale,
                OnlyArg::Unreviewed => Only::Unreviewed,
            };
            let rows = sheet::rows(&catalog, &locale, only).map_err(|e| bad(e.to_string()))?;
            let text = match format {
                SheetArg::Csv => sheet::to_csv(&rows),
                SheetArg::Xliff => {
                    let reviewed: BTreeSet<String> = catalog
                        .states(&locale)
                        .iter()
                        .filter(|s| s.reviewed.is_some())
                        .map(|s| s.id.to_string())
                        .collect();
                    sheet::to_xliff(&locale, &rows, &reviewed)
                }
            };
            match file {
                Some(p) => {
                    std::fs::write(&p, text).with_context(|| format!("writing {}", p.display()))?;
                    eprintln!("amparo: {} messages of {locale} written to {}", rows.len(), p.display());
                }
                None => out.write_all(text.as_bytes())?,
            }
        }
        Command::Import {
            file,
            format,
            reviewer,
            dry_run,
        } => import(&tree, &file, format, reviewer.as_deref(), dry_run, &mut out)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn import(
    tree: &Tree,
    file: &Path,
    format: Option<SheetArg>,
    reviewer: Option<&str>,
    dry_run: bool,
    out: &mut impl Write,
) -> Result<()> {
    let root = tree.root()?.to_path_buf();
    let text = std::fs::read_to_string(file).map_err(|e| bad(format!("{}: {e}", file.display())))?;
    let format = match format {
        Some(SheetArg::Csv) => SheetFormat::Csv,
        Some(SheetArg::Xliff) => SheetFormat::Xliff,
        None => match file
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("csv") => SheetFormat::Csv,
            Some("xlf" | "xliff") => SheetFormat::Xliff,
            _ => return Err(bad(format!("{}: give --format csv or --format xliff", file.display()))),
        },
    };
    let rows = match format {
        SheetFormat::Csv => sheet::parse_csv(&text),
        SheetFormat::Xliff => sheet::parse_xliff(&text, reviewer),
    }
    .map_err(|e| bad(format!("{}: {e}", file.display())))?;
    let mut catalog = tree.catalog();
    let today = chrono::Local::now().date_naive();
    let plan = match sheet::check(&catalog, &rows, today) {
        Ok(p) => p,
        Err(errors) => {
            let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
            return Err(bad(format!(
                "{}: {} rows refused, nothing written:\n{}",
                file.display(),
                errors.len(),
                list.join("\n")
            )));
        }
    };
    for w in &plan.warnings {
        eprintln!("amparo: warning: {w}");
    }
    writeln!(
        out,
        "{}: {} translations changed, {} reviews, {} rows unchanged{}",
        file.display(),
        plan.translations.len(),
        plan.reviews.len(),
        plan.unchanged,
        if dry_run { " (dry run: nothing written)" } else { "" }
    )?;
    if dry_run {
        return Ok(());
    }
    let texts = sheet::apply(&mut catalog, &plan).map_err(|e| bad(e.to_string()))?;
    for ((locale, f), text) in &texts {
        let path = root.join(LOCALES).join(locale).join(f);
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
        write_records(&root, &mut catalog, locale, &BTreeSet::from([f.clone()]))?;
    }
    Ok(())
}
