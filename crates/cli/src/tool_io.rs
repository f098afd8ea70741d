//! What `amparo plan`, `amparo record` and `amparo presence` share: reading the JSON input, the clock, the
//! language, reporting bad input (every field named, exit code 2), writing the output, and a plain-text view of
//! a paper for the terminal.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use amparo_guide::{Guide, GuideError};
use amparo_prepare::{Block, Document, InputErrors};
use anyhow::{Context, Result};
use chrono::{NaiveDate, NaiveDateTime};

use crate::{EXIT_BAD_INPUT, input};

/// What each command reads: `--in`, `--lang`, `--today`.
#[derive(clap::Args, Clone)]
pub(crate) struct Common {
    /// The input as JSON (see `amparo plan --help` and the README); "-" reads standard input.
    #[arg(long = "in", value_name = "FILE|-", default_value = "-")]
    pub(crate) input: PathBuf,
    /// Language: en es zh-Hans zh-Hant ru bn ht ko ar ur fr pl (a nearby tag such as es-MX or zh-TW works).
    #[arg(long, short = 'l', value_name = "LL", default_value = "en")]
    pub(crate) lang: String,
    /// The day no date may be after (default: today in New York).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub(crate) today: Option<NaiveDate>,
}

impl Common {
    /// Now in New York, or the end of `--today`.
    pub(crate) fn now(&self) -> NaiveDateTime {
        match self.today {
            Some(d) => d.and_hms_opt(23, 59, 59).unwrap_or_default(),
            None => amparo_documents::now_in_new_york(),
        }
    }

    pub(crate) fn today(&self) -> NaiveDate {
        self.now().date()
    }

    /// The input's text (a clear error for an unreadable file).
    pub(crate) fn read(&self, what: &str) -> Result<String> {
        if self.input.as_os_str() == "-" && io::stdin().is_terminal() {
            eprintln!("amparo: reading {what} as JSON from standard input (Ctrl-D to end)");
        }
        input::read_small(&self.input)
    }

    /// The locale, or bad input.
    pub(crate) fn locale(&self) -> Result<&'static str, Bad> {
        Guide::get()
            .resolve_locale(&self.lang)
            .map_err(|e| Bad::Message(format!("--lang: {e}")))
    }
}

/// Bad input: what to print before exiting with code 2.
pub(crate) enum Bad {
    Fields(InputErrors),
    Message(String),
}

impl From<InputErrors> for Bad {
    fn from(e: InputErrors) -> Self {
        Self::Fields(e)
    }
}

/// Prints bad input, one field a line, and gives exit code 2.
pub(crate) fn report(bad: Bad) -> ExitCode {
    match bad {
        Bad::Fields(e) => {
            for f in &e.0 {
                eprintln!("amparo: {f}");
            }
        }
        Bad::Message(m) => eprintln!("amparo: {m}"),
    }
    ExitCode::from(EXIT_BAD_INPUT)
}

/// A guide error is a bug in the embedded words except for an unknown locale, which is bad input.
pub(crate) fn guide_error(e: GuideError) -> anyhow::Error {
    anyhow::Error::new(e).context("the embedded words are incomplete (a bug)")
}

/// Writes `bytes` to `out`, or standard output for "-".
pub(crate) fn write_out(out: &Path, bytes: &[u8]) -> Result<()> {
    if out.as_os_str() == "-" {
        let mut o = io::stdout().lock();
        o.write_all(bytes)?;
        o.flush()?;
        return Ok(());
    }
    std::fs::write(out, bytes).with_context(|| format!("writing {}", out.display()))
}

/// A paper as plain text for the terminal: headings, labelled values, checklists with their citations.
pub(crate) fn document_text(doc: &Document) -> String {
    let mut s = String::new();
    let label = |l: &amparo_prepare::Label| match &l.english {
        Some(e) => format!("{} ({e})", l.text),
        None => l.text.clone(),
    };
    s.push_str(&format!("{}\n\n", label(&doc.title)));
    for b in &doc.blocks {
        match b {
            Block::Heading { label: l } => s.push_str(&format!("\n== {}\n", label(l))),
            Block::Subheading { label: l } => s.push_str(&format!("-- {}\n", label(l))),
            Block::Paragraph { text, .. } => s.push_str(&format!("{text}\n")),
            Block::Fields { fields } => {
                for f in fields {
                    s.push_str(&format!("  {}: {}\n", label(&f.label), f.value.replace('\n', "\n    ")));
                }
            }
            Block::Checklist { lines } => {
                for l in lines {
                    let mark = if l.heading { "" } else { "[ ] " };
                    s.push_str(&format!("  {mark}{}\n", l.text));
                    if let Some(st) = &l.status {
                        s.push_str(&format!("      ({st})\n"));
                    }
                    if !l.citations.is_empty() {
                        let c: Vec<&str> = l.citations.iter().map(|a| a.citation.as_str()).collect();
                        s.push_str(&format!("      {}\n", c.join("; ")));
                    }
                }
            }
            Block::Say { lines } => {
                for l in lines {
                    if l.text == l.english {
                        s.push_str(&format!("  \"{}\"\n", l.english));
                    } else {
                        s.push_str(&format!("  \"{}\" — {}\n", l.english, l.text));
                    }
                }
            }
            Block::Table { header, rows } => {
                let h: Vec<String> = header.iter().map(label).collect();
                s.push_str(&format!("  {}\n", h.join(" | ")));
                for r in rows {
                    s.push_str(&format!("  {}\n", r.join(" | ")));
                }
            }
            Block::Sources { citations } => {
                let c: Vec<&str> = citations.iter().map(|a| a.citation.as_str()).collect();
                s.push_str(&format!("  ({})\n", c.join("; ")));
            }
        }
    }
    s.push_str(&format!("\n{}\n", doc.disclaimer));
    if let Some(st) = &doc.status {
        s.push_str(&format!("{st}\n"));
    }
    s
}
