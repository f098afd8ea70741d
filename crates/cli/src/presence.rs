//! `amparo presence`: proof of two years — which months the listed papers cover and where the gaps are, as
//! text or JSON (`earliest`, `latest`, `covers_two_years`, `gaps` with `from`, `to`, `days`), or the printable
//! index of papers as a PDF (`--out FILE.pdf`). It states what the papers show, never a legal conclusion.
//!
//! Input (JSON): `{"as_of": DATE, "papers": [{"kind": "lease", "from": DATE, "to": DATE} or
//! {"kind": "pay_stub", "date": DATE}, …]}`; each paper may add `description` and `kept_at`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use amparo_cards::tools::document_pdf;
use amparo_prepare::{Presence, document};
use anyhow::Result;

use crate::Format;
use crate::plan::PaperSize;
use crate::tool_io::{Bad, Common, document_text, guide_error, report, write_out};

#[derive(clap::Args)]
pub(crate) struct Args {
    #[command(flatten)]
    common: Common,
    /// Output format (standard output).
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Also write the printable index of papers, with the months and gaps, as a PDF.
    #[arg(long, short = 'o', value_name = "FILE.pdf")]
    out: Option<PathBuf>,
    /// Paper size (PDF).
    #[arg(long, value_enum, default_value_t = PaperSize::Letter)]
    paper: PaperSize,
}

pub(crate) fn run(args: Args) -> Result<ExitCode> {
    let text = args.common.read("a list of papers")?;
    let locale = match args.common.locale() {
        Ok(l) => l,
        Err(b) => return Ok(report(b)),
    };
    let report_ = match Presence::from_json(&text, args.common.today()) {
        Ok(p) => p.report(),
        Err(e) => return Ok(report(Bad::from(e))),
    };
    let doc = document::presence(&report_, locale, args.common.today()).map_err(guide_error)?;
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => {
            // Through a buffer: a closed pipe then surfaces as an io::Error (main treats it as the reader's choice).
            let mut json = serde_json::to_vec_pretty(&report_)?;
            json.push(b'\n');
            out.write_all(&json)?;
        }
        Format::Text => out.write_all(document_text(&doc).as_bytes())?,
    }
    if let Some(path) = &args.out {
        write_out(path, &document_pdf(&doc, args.paper.into())?)?;
    }
    Ok(ExitCode::SUCCESS)
}
