//! `amparo check-warrant`: is the paper at the door a judicial warrant or an ICE form?
//!
//! The document is read in memory only: it is never written to disk or logged.

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use amparo_documents::{
    GuidedAnswers, Limits, PageRead, QUESTIONS, Report, check_bytes, check_guided, in_new_york, now_in_new_york,
};
use amparo_guide::{Guide, SOURCE_LOCALE, WarrantWords};
use amparo_law::warrant::Situation;
use anyhow::{Context, Result};
use chrono::{DateTime, FixedOffset};

use crate::{EXIT_BAD_INPUT, Format};

#[derive(clap::Args)]
pub(crate) struct Args {
    /// The paper: text, PDF, or a photo (JPEG, PNG, WebP; HEIC where libheif is installed); "-" reads standard input.
    #[arg(
        value_name = "FILE|-",
        required_unless_present = "interactive",
        conflicts_with = "interactive"
    )]
    file: Option<PathBuf>,
    /// Answer a few questions about the paper instead, by choosing what you see (no file, no OCR), in the
    /// language of --lang.
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
    /// The current time, RFC 3339, e.g. 2026-03-05T07:30:00-05:00 (default: now). A warrant's hours are read
    /// in New York time, whatever this machine's time zone or the offset given.
    #[arg(long, value_name = "RFC3339")]
    now: Option<DateTime<FixedOffset>>,
    /// Language of the answer, the advice and the questions: en es zh-Hans zh-Hant ru bn ht ko ar ur fr pl
    /// (default en). With --format json, "advice_text" is in that language.
    #[arg(long, value_name = "LL")]
    lang: Option<String>,
}

pub(crate) fn run(args: Args) -> Result<ExitCode> {
    let guide = Guide::get();
    let lang = match args.lang.as_deref().map(|l| guide.resolve_locale(l)).transpose() {
        Ok(l) => l,
        Err(e) => return bad_input(args.format, &e.to_string()),
    };
    let now = args.now.map(in_new_york).unwrap_or_else(now_in_new_york);
    let mut situation = Situation {
        name: args.name.clone(),
        address: args.address.clone(),
        now: Some(now),
    };
    let report = if args.interactive {
        let answers = ask(&mut situation, guide, lang.unwrap_or(SOURCE_LOCALE))?;
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
    // Every word for the person comes from the guide, through the one helper the web app uses too.
    let words = guide.warrant_words(&report.assessment, lang.unwrap_or(SOURCE_LOCALE))?;
    match args.format {
        Format::Json => {
            let mut v = serde_json::to_value(&report)?;
            v["lang"] = words.locale.into();
            v["advice_text"] = words.advice_texts().into();
            serde_json::to_writer_pretty(&mut out, &v)?;
            writeln!(out)?;
        }
        Format::Text => write_text(&mut out, &report, &words)?,
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

/// Read at most `max` bytes from a path or standard input (`-`), through the documents crate's one reader.
fn read_limited(path: &std::path::Path, max: usize) -> Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        amparo_documents::read_limited(io::stdin().lock(), max).context("reading standard input")
    } else {
        let f = std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
        amparo_documents::read_limited(f, max).with_context(|| format!("cannot read {}", path.display()))
    }
}

/// The guided questions ([`QUESTIONS`], the ones the web form asks), in `locale`, on the terminal (or from
/// standard input, one answer per line: the number of a choice, or the words seen; an empty line skips).
fn ask(situation: &mut Situation, guide: &Guide, locale: &str) -> Result<GuidedAnswers> {
    let stdin = io::stdin();
    let mut lines = stdin.lock().lines();
    let tty = io::stdin().is_terminal();
    let m = |id: &str| guide.message(locale, id);
    let mut read = |prompt: &str| -> Result<String> {
        if tty {
            eprint!("{prompt}\n> ");
            io::stderr().flush()?;
        }
        Ok(lines.next().transpose()?.unwrap_or_default().trim().to_owned())
    };
    if tty {
        eprintln!("{}", m("ui-warrant-intro")?);
        eprintln!("{}\n", m("check-cli-how")?);
    }
    let mut a = GuidedAnswers::default();
    for (n, q) in QUESTIONS.iter().enumerate() {
        let mut prompt = format!("{}. {}", n + 1, m(q.message)?);
        if let Some(hint) = q.hint {
            prompt.push_str(&format!("\n   {}", m(hint)?));
        }
        for (i, c) in q.choices.iter().enumerate() {
            let words = match (c.label, c.gloss) {
                (Some(label), _) => m(label)?,
                (None, Some(gloss)) => format!("{} ({})", c.printed, m(gloss)?),
                (None, None) => c.printed.to_owned(),
            };
            prompt.push_str(&format!("\n   {}) {words}", i + 1));
        }
        if q.free_text {
            prompt.push_str(&format!("\n   {}", m("check-other")?));
        }
        let answer = read(&prompt)?;
        match answer.parse::<usize>() {
            Ok(i) if (1..=q.choices.len()).contains(&i) => a.choose(q, &q.choices[i - 1]),
            _ if q.free_text => a.write(q, &answer),
            _ => {}
        }
    }
    let n = QUESTIONS.len();
    a.issued = read(&format!(
        "{}. {} ({})",
        n + 1,
        m("check-q-issued")?,
        m("check-q-dates")?
    ))?;
    a.execute_by = read(&format!("{}. {}", n + 2, m("check-q-execute-by")?))?;
    if situation.name.is_none() {
        let v = read(&format!("{}. {}", n + 3, m("check-cli-your-name")?))?;
        situation.name = (!v.is_empty()).then_some(v);
    }
    if situation.address.is_none() {
        let v = read(&format!("{}. {}", n + 4, m("check-cli-your-address")?))?;
        situation.address = (!v.is_empty()).then_some(v);
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

/// The answer in the reader's language (the guide's words, as on the web page), then the details a lawyer
/// reads, in English: what was read, each advice with its citations, the trace.
fn write_text(out: &mut impl Write, r: &Report, w: &WarrantWords) -> Result<()> {
    let a = &r.assessment;
    writeln!(out, "{} {}", w.appears, w.kind)?;
    writeln!(out, "{}", w.judicial)?;
    writeln!(out, "{}", w.entry)?;
    writeln!(out)?;
    writeln!(out, "{}:", w.what_to_do)?;
    for adv in &w.advice {
        writeln!(out, "  - {}", adv.text)?;
        // How certain it is, where not settled law, as the web page says it.
        if adv.status.id.is_prominent() {
            match adv.status.case {
                Some(case) => writeln!(out, "    ({} {})", adv.status.text, case.citation)?,
                None => writeln!(out, "    ({})", adv.status.text)?,
            }
        }
    }
    writeln!(out, "{}", w.disclaimer)?;
    writeln!(out, "{}", w.status)?;
    writeln!(
        out,
        "\n--- {} ---\n",
        if w.locale == SOURCE_LOCALE {
            "The details"
        } else {
            "In English, the details"
        }
    )?;
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
    writeln!(out, "Advice and its authorities:")?;
    for adv in &a.advice {
        let cites: Vec<&str> = adv.authorities.iter().map(|x| x.citation.as_str()).collect();
        writeln!(out, "  - {} [{}]", adv.id.id(), cites.join("; "))?;
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
    Ok(())
}
