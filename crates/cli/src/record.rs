//! `amparo record`: the encounter record, for a lawyer, as a PDF or JSON (with the fields of the NY Attorney
//! General's reporting form to copy).
//!
//! Input (JSON): `when`, `where`, `agency`, `officers` (each `name`, `badge`, `description`), `vehicles` (each
//! `plate`, `state`, `description`), `what_happened`, `paper_shown`, `paper`, `warrant_check`, `witnesses`
//! (each `name`, `phone`), `injuries`, `recordings`, `written_by`.

use std::path::PathBuf;
use std::process::ExitCode;

use amparo_cards::tools::document_pdf;
use amparo_prepare::{Record, document};
use anyhow::Result;
use clap::ValueEnum;
use serde_json::json;

use crate::plan::PaperSize;
use crate::tool_io::{Bad, Common, guide_error, report, write_out};

#[derive(clap::Args)]
pub(crate) struct Args {
    #[command(flatten)]
    common: Common,
    /// Where to write it ("-" writes standard output).
    #[arg(long, short = 'o', value_name = "FILE")]
    out: PathBuf,
    /// PDF for people, JSON for a lawyer's tools.
    #[arg(long, value_enum, default_value_t = RecordFormat::Pdf)]
    format: RecordFormat,
    /// Paper size (PDF).
    #[arg(long, value_enum, default_value_t = PaperSize::Letter)]
    paper: PaperSize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum RecordFormat {
    Pdf,
    Json,
}

pub(crate) fn run(args: Args) -> Result<ExitCode> {
    let text = args.common.read("an encounter record")?;
    let locale = match args.common.locale() {
        Ok(l) => l,
        Err(b) => return Ok(report(b)),
    };
    let record = match Record::from_json(&text, args.common.now()) {
        Ok(r) => r,
        Err(e) => return Ok(report(Bad::from(e))),
    };
    let bytes = match args.format {
        RecordFormat::Json => {
            let mut v = serde_json::to_vec_pretty(&json!({
                "record": record,
                "ny_ag_form": record.ny_ag_form(),
                "ny_ag_form_source": amparo_law::authority("nyag-federal-action-form"),
            }))?;
            v.push(b'\n');
            v
        }
        RecordFormat::Pdf => {
            let doc = document::record(&record, locale, args.common.today()).map_err(guide_error)?;
            document_pdf(&doc, args.paper.into())?
        }
    };
    write_out(&args.out, &bytes)?;
    Ok(ExitCode::SUCCESS)
}
