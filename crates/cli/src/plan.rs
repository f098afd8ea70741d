//! `amparo plan`: the family plan as a PDF, `amparo plan card`: the "if I am detained" wallet card,
//! `amparo plan messages`: the messages written ahead, `amparo plan taken`: the "someone was taken" sheet
//! filled in from the plan.
//!
//! Input (JSON): `person` (`name`, `a_number`, `country_of_birth`, `date_of_birth`, `phone`), `children`
//! (each `name`, `date_of_birth`, `school`, `pickup`, `caregiver`, `medical`), `contacts` (each `name`,
//! `phone`, `relation`, `email`), `lawyer` (`name`, `phone`, `organization`, `email`), `medical`,
//! `medications`, `papers_location`, `money`, `say_fear`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use amparo_cards::Paper;
use amparo_cards::tools::{card_pdf, document_pdf};
use amparo_prepare::{Plan, Search, document, messages};
use anyhow::Result;
use clap::{Subcommand, ValueEnum};

use crate::tool_io::{Bad, Common, document_text, guide_error, report, write_out};

#[derive(clap::Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub(crate) struct Args {
    #[command(subcommand)]
    what: Option<What>,
    #[command(flatten)]
    common: Common,
    #[command(flatten)]
    output: PdfOut,
}

#[derive(clap::Args, Clone)]
pub(crate) struct PdfOut {
    /// The PDF to write ("-" writes standard output).
    #[arg(long, short = 'o', value_name = "FILE.pdf", required = true)]
    out: Option<PathBuf>,
    /// Paper size.
    #[arg(long, value_enum, default_value_t = PaperSize::Letter)]
    paper: PaperSize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum PaperSize {
    Letter,
    A4,
}

impl From<PaperSize> for Paper {
    fn from(p: PaperSize) -> Self {
        match p {
            PaperSize::Letter => Paper::Letter,
            PaperSize::A4 => Paper::A4,
        }
    }
}

#[derive(Subcommand)]
enum What {
    /// The "if I am detained" wallet card (PDF, 3.5 × 2 in): name as on papers, A-number, country of birth, two
    /// phone numbers, the lawyer, medical needs, and the lines to say in English.
    Card {
        #[command(flatten)]
        common: Common,
        /// The PDF to write ("-" writes standard output).
        #[arg(long, short = 'o', value_name = "FILE.pdf")]
        out: PathBuf,
        /// Large print: a 5 × 3 in card.
        #[arg(long)]
        large_print: bool,
    },
    /// The messages written ahead for each contact and the lawyer, with sms: and mailto: links.
    Messages {
        #[command(flatten)]
        common: Common,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: crate::Format,
    },
    /// The "someone was taken" sheet (PDF), filled in with the plan's facts.
    Taken {
        #[command(flatten)]
        common: Common,
        #[command(flatten)]
        output: PdfOut,
    },
}

fn read_plan(common: &Common) -> Result<Result<(Plan, &'static str), Bad>> {
    let text = common.read("a family plan")?;
    let locale = match common.locale() {
        Ok(l) => l,
        Err(b) => return Ok(Err(b)),
    };
    Ok(Plan::from_json(&text, common.today())
        .map(|p| (p, locale))
        .map_err(Bad::from))
}

pub(crate) fn run(args: Args) -> Result<ExitCode> {
    match args.what {
        None => {
            let (plan, locale) = match read_plan(&args.common)? {
                Ok(v) => v,
                Err(b) => return Ok(report(b)),
            };
            let doc = document::plan(&plan, locale, args.common.today()).map_err(guide_error)?;
            let pdf = document_pdf(&doc, args.output.paper.into())?;
            write_out(args.output.out.as_deref().unwrap_or("-".as_ref()), &pdf)?;
        }
        Some(What::Card {
            common,
            out,
            large_print,
        }) => {
            let (plan, locale) = match read_plan(&common)? {
                Ok(v) => v,
                Err(b) => return Ok(report(b)),
            };
            let card = match plan.wallet_card() {
                Ok(c) => c,
                Err(e) => return Ok(report(e.into())),
            };
            let card = document::card(&card, locale).map_err(guide_error)?;
            write_out(&out, &card_pdf(&card, large_print)?)?;
        }
        Some(What::Messages { common, format }) => {
            let (plan, locale) = match read_plan(&common)? {
                Ok(v) => v,
                Err(b) => return Ok(report(b)),
            };
            let msgs = messages::messages(&plan, locale).map_err(guide_error)?;
            let mut out = std::io::stdout().lock();
            match format {
                crate::Format::Json => {
                    // Through a buffer: a closed pipe then surfaces as an io::Error (main treats it as the reader's choice).
                    let mut json = serde_json::to_vec_pretty(&msgs)?;
                    json.push(b'\n');
                    out.write_all(&json)?;
                }
                crate::Format::Text => {
                    for m in &msgs {
                        writeln!(out, "{}:\n  {}", m.to, m.text)?;
                        for link in m.sms.iter().chain(&m.mailto) {
                            writeln!(out, "  {link}")?;
                        }
                    }
                }
            }
        }
        Some(What::Taken { common, output }) => {
            let (plan, locale) = match read_plan(&common)? {
                Ok(v) => v,
                Err(b) => return Ok(report(b)),
            };
            let doc = document::taken(&Search::from(&plan), locale, common.today()).map_err(guide_error)?;
            let out = output.out.unwrap_or_else(|| PathBuf::from("-"));
            if out.as_os_str() == "-" && output.paper == PaperSize::Letter && std::io::stdout().is_terminal() {
                print!("{}", document_text(&doc));
            } else {
                write_out(&out, &document_pdf(&doc, output.paper.into())?)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

use std::io::IsTerminal as _;
