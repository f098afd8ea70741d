//! `amparo check-warrant`: is the paper at the door a judicial warrant or an ICE form?
//!
//! The document is read in memory only: it is never written to disk or logged.

use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use amparo_documents::{GuidedAnswers, Limits, PageRead, Report, check_bytes, check_guided};
use amparo_guide::{Guide, SOURCE_LOCALE};
use amparo_law::warrant::{HomeEntry, Judicial, Situation};
use anyhow::{Context, Result};
use chrono::{DateTime, FixedOffset, NaiveDateTime};

use crate::{EXIT_BAD_INPUT, Format};

#[derive(clap::Args)]
pub struct Args {
    /// The paper: text, PDF, or a photo (JPEG, PNG, WebP; HEIC where libheif is installed); "-" reads standard input.
    #[arg(
        value_name = "FILE|-",
        required_unless_present = "interactive",
        conflicts_with = "interactive"
    )]
    file: Option<PathBuf>,
    /// Answer a few questions about the paper instead (no file, no OCR).
    #[arg(long)]
    interactive: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Your name, to check whether the paper names you.
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
    /// The address of the door, to check whether the paper names it.
    #[arg(long, value_name = "ADDRESS")]
    address: Option<String>,
    /// The current time, RFC 3339 with the New York offset, e.g. 2026-03-05T07:30:00-05:00 (default: now).
    /// The hours of a warrant are read in this time's own offset.
    #[arg(long, value_name = "RFC3339")]
    now: Option<DateTime<FixedOffset>>,
    /// Language of the answer and the advice: en es zh-Hans zh-Hant ru bn ht ko ar ur fr pl. With --format
    /// json, adds "advice_text" in that language.
    #[arg(long, value_name = "LL")]
    lang: Option<String>,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let guide = Guide::get();
    let lang = match args.lang.as_deref().map(|l| guide.resolve_locale(l)).transpose() {
        Ok(l) => l,
        Err(e) => return bad_input(args.format, &e.to_string()),
    };
    let now: NaiveDateTime = match args.now {
        Some(t) => t.naive_local(),
        None => chrono::Local::now().naive_local(),
    };
    let mut situation = Situation {
        name: args.name.clone(),
        address: args.address.clone(),
        now: Some(now),
    };
    let report = if args.interactive {
        let answers = ask(&mut situation)?;
        check_guided(&answers, &situation)
    } else {
        let path = args.file.clone().unwrap_or_else(|| PathBuf::from("-"));
        let limits = Limits::default();
        let bytes = match read_limited(&path, limits.max_bytes) {
            Ok(b) => b,
            Err(e) => return bad_input(args.format, &format!("{e:#}")),
        };
        match check_bytes(&bytes, &situation, &limits) {
            Ok(r) => r,
            Err(e) => return bad_input(args.format, &e.to_string()),
        }
    };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    match args.format {
        Format::Json => {
            let mut v = serde_json::to_value(&report)?;
            if let Some(l) = lang {
                let texts = report
                    .assessment
                    .advice
                    .iter()
                    .map(|a| guide.advice(a.id.id(), l))
                    .collect::<Result<Vec<_>, _>>()?;
                v["lang"] = l.into();
                v["advice_text"] = texts.into();
            }
            serde_json::to_writer_pretty(&mut out, &v)?;
            writeln!(out)?;
        }
        Format::Text => write_text(&mut out, &report, guide, lang.unwrap_or(SOURCE_LOCALE))?,
    }
    Ok(ExitCode::SUCCESS)
}

fn bad_input(format: Format, message: &str) -> Result<ExitCode> {
    if format == Format::Json {
        let v = serde_json::json!({ "error": { "message": message } });
        println!("{}", serde_json::to_string_pretty(&v)?);
    }
    eprintln!("amparo: {message}");
    Ok(ExitCode::from(EXIT_BAD_INPUT))
}

/// Read at most `max` bytes (one more to detect an oversized file) from a path or standard input.
fn read_limited(path: &std::path::Path, max: usize) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    let limit = max as u64 + 1;
    if path.as_os_str() == "-" {
        io::stdin()
            .lock()
            .take(limit)
            .read_to_end(&mut buf)
            .context("reading standard input")?;
    } else {
        let f = std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
        if let Ok(m) = f.metadata()
            && m.len() > max as u64
        {
            anyhow::bail!("the file is larger than the limit of {max} bytes");
        }
        f.take(limit)
            .read_to_end(&mut buf)
            .with_context(|| format!("cannot read {}", path.display()))?;
    }
    if buf.len() > max {
        anyhow::bail!("the file is larger than the limit of {max} bytes");
    }
    Ok(buf)
}

/// The guided questions, on the terminal (or from standard input, one answer per line).
fn ask(situation: &mut Situation) -> Result<GuidedAnswers> {
    let stdin = io::stdin();
    let mut lines = stdin.lock().lines();
    let tty = io::stdin().is_terminal();
    let mut q = |prompt: &str| -> Result<String> {
        if tty {
            eprint!("{prompt}\n> ");
            io::stderr().flush()?;
        }
        Ok(lines.next().transpose()?.unwrap_or_default().trim().to_owned())
    };
    if tty {
        eprintln!("Keep the door closed. Ask them to slide the paper under the door or hold it to the window.");
        eprintln!("Answer what you can read; press Enter to skip a question.\n");
    }
    let mut a = GuidedAnswers {
        top: q(
            "1. What is printed at the top of the paper? (a court's name, \"Department of Homeland Security\", a title)",
        )?,
        bottom_corner: q("2. What is printed in a bottom corner? (a form number such as I-200, I-205, AO 442)")?,
        under_signature: q(
            "3. What is printed under the signature? (e.g. \"United States Magistrate Judge\", \"Deportation Officer\")",
        )?,
        name: q("4. Whose name is on the paper?")?,
        address: q("5. What address is on the paper?")?,
        issued: q("6. What date was it issued or signed? (if you see one)")?,
        execute_by: q("7. Does it say \"execute on or before\" a date? Which?")?,
        signed: None,
    };
    let signed = q("8. Is there a signature on it? (yes / no / can't tell)")?.to_lowercase();
    a.signed = match signed.as_str() {
        "y" | "yes" | "si" | "sí" => Some(true),
        "n" | "no" => Some(false),
        _ => None,
    };
    if situation.name.is_none() {
        let n = q("9. Your name (to check whether the paper names you; press Enter to skip)")?;
        situation.name = (!n.is_empty()).then_some(n);
    }
    if situation.address.is_none() {
        let n = q("10. The address of this home (press Enter to skip)")?;
        situation.address = (!n.is_empty()).then_some(n);
    }
    if tty {
        eprintln!();
    }
    Ok(a)
}

fn yes_no(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "yes",
        Some(false) => "no",
        None => "not known",
    }
}

/// The answer in the reader's language (from the guide's messages), then the details a lawyer reads, in English.
fn write_text(out: &mut impl Write, r: &Report, guide: &Guide, lang: &str) -> Result<()> {
    let a = &r.assessment;
    let m = |id: &str| guide.message(lang, id);
    let judicial = format!("ui-judicial-{}", a.judicial.id());
    let entry = format!("ui-entry-{}", a.authorizes_home_entry.id());
    if lang != SOURCE_LOCALE {
        writeln!(out, "{} {}", m("ui-appears")?, m(&format!("ui-kind-{}", a.kind.id()))?)?;
        writeln!(out, "{}", m(&judicial)?)?;
        writeln!(out, "{}", m(&entry)?)?;
        writeln!(out)?;
        writeln!(out, "{}:", m("ui-what-to-do")?)?;
        for adv in &a.advice {
            writeln!(out, "  - {}", guide.advice(adv.id.id(), lang)?)?;
        }
        writeln!(out, "{}", guide.disclaimer(lang)?)?;
        writeln!(out, "{}", guide.status_line(lang)?)?;
        writeln!(out, "\n--- In English, with the details ---\n")?;
    }
    let headline = match (a.judicial, a.authorizes_home_entry) {
        (_, HomeEntry::Contested) => "NOT A JUDICIAL WARRANT — ICE CLAIMS IT ALLOWS ENTRY; THIS IS DISPUTED",
        (Judicial::No, _) => "NOT A JUDICIAL WARRANT",
        (Judicial::Yes, HomeEntry::Yes) => "APPEARS TO BE A JUDICIAL SEARCH WARRANT",
        (Judicial::Yes, HomeEntry::Limited) => "APPEARS TO BE A JUDICIAL ARREST WARRANT",
        (Judicial::Yes, _) => "APPEARS TO BE A JUDICIAL WARRANT — BUT NOT FOR THIS DOOR NOW",
        (Judicial::Unknown, _) => "CANNOT TELL WHETHER THIS IS A JUDICIAL WARRANT",
    };
    writeln!(out, "{headline}")?;
    writeln!(out, "{}", a.summary())?;
    writeln!(out)?;
    writeln!(out, "  Kind:                 {}", a.kind.id())?;
    writeln!(out, "  Judicial:             {}", a.judicial.id())?;
    writeln!(out, "  Allows entering home: {}", a.authorizes_home_entry.id())?;
    writeln!(out, "  Names you:            {}", yes_no(a.names_person))?;
    writeln!(out, "  Names this address:   {}", yes_no(a.names_address))?;
    writeln!(out, "  Expired:              {}", yes_no(a.expired))?;
    writeln!(out, "  Outside its hours:    {}", yes_no(a.outside_hours))?;
    writeln!(out)?;
    writeln!(out, "What to do and say:")?;
    for adv in &a.advice {
        let cites: Vec<&str> = adv.authorities.iter().map(|x| x.citation.as_str()).collect();
        writeln!(out, "  - {} [{}]", adv.id.english(), cites.join("; "))?;
    }
    if !r.extraction.evidence.is_empty() {
        writeln!(out)?;
        writeln!(out, "What was read on the paper ({}):", r.channel.id())?;
        if r.page_read == PageRead::TopAndBottom {
            writeln!(
                out,
                "  (the top and bottom of the page: enough to tell what it is; give --name and --address to have the names on it checked)"
            )?;
        }
        for e in &r.extraction.evidence {
            writeln!(out, "  {:<13} {}", e.finding, e.text)?;
        }
    }
    crate::audit::write_trace(out, "How this was decided:", &a.trace, "Caveats:", &a.warnings)?;
    writeln!(out)?;
    writeln!(out, "Citations: {}", a.citations().join("; "))?;
    writeln!(
        out,
        "Amparo gives legal information, not legal advice: it says what the paper appears to be and why."
    )?;
    Ok(())
}
