//! `amparo register`: the register of federal requests (crates/register). Arguments and output only; the
//! register does the work.

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use amparo_register::Register;
use amparo_register::auth::{self, Role};
use amparo_register::error::RegisterError;
use amparo_register::report::{self, Law, Options, Period};
use anyhow::{Context, Result, anyhow};

use crate::EXIT_BAD_INPUT;

mod account;
mod import;

use account::{AccountCommand, account, password};
use import::import_file;

#[derive(clap::Args)]
pub(crate) struct Args {
    /// The register: sqlite:PATH (one file) or postgres://USER@HOST/DATABASE.
    #[arg(long, global = true, value_name = "URL", default_value = amparo_register::store::DEFAULT_URL)]
    database: String,
    /// Who is acting, as the log records it ("cli:NAME"). Default: this machine's user name.
    #[arg(long = "as", global = true, value_name = "NAME")]
    as_name: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Make a new register (a new SQLite file, or the tables in an empty PostgreSQL database).
    Init {
        /// Also create an administrator account (its password from standard input or
        /// AMPARO_REGISTER_PASSWORD).
        #[arg(long, value_name = "NAME")]
        admin: Option<String>,
    },
    /// Record events from a file: one JSON object a line, or CSV with a header (see README). A bad line is
    /// refused with its line and field; the others are recorded. Running a file again records only what
    /// is missing.
    Import {
        /// FILE.jsonl, FILE.csv, or "-" for standard input.
        file: PathBuf,
        /// The input's format (default: from the file name; standard input is JSON lines).
        #[arg(long, value_enum)]
        format: Option<InFormat>,
        /// Also write each refused line as JSON (line, field, message) to this file.
        #[arg(long, value_name = "FILE")]
        errors: Option<PathBuf>,
    },
    /// A report the law requires, from the register's records.
    Report {
        /// 9-131 (DOC), 14-154 (NYPD), 9-205 (Probation) or 10-178 (assistance requests, all agencies).
        #[arg(long)]
        law: String,
        /// FROM/TO, a year (2026 = the 12 months ending 2026-06-30) or a quarter (2026Q1).
        #[arg(long)]
        period: String,
        #[arg(long, value_enum, default_value_t = OutFormat::Json)]
        format: OutFormat,
        /// Suppress small cells and list no record ids (always for 10-178).
        #[arg(long)]
        anonymize: bool,
        /// The smallest count an anonymized report shows.
        #[arg(long, default_value_t = report::DEFAULT_MIN_CELL, value_name = "N")]
        min_cell: u64,
        /// Write to this file (default: standard output; a PDF needs a file or a pipe).
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Check the hash chain and every record against its log entry.
    Verify {
        /// An earlier head (from a report or an earlier verify) that must still be in the chain: SEQ:HASH.
        #[arg(long, value_name = "SEQ:HASH")]
        expect: Option<String>,
        #[arg(long, value_enum, default_value_t = crate::Format::Text)]
        format: crate::Format,
    },
    /// Write a backup (the whole log and the accounts, as JSON lines) to a file or "-".
    Backup { file: PathBuf },
    /// Restore a backup into a new register at --database (a file that does not exist, or an empty
    /// PostgreSQL database).
    Restore { file: PathBuf },
    /// Export the current records (with decisions, history and actions) as JSON lines. Logged.
    Export {
        file: PathBuf,
        /// Only this person's records (logged as a read of that person).
        #[arg(long, value_name = "ID")]
        person: Option<String>,
        /// Only requests received in this period (FROM/TO).
        #[arg(long, value_name = "FROM/TO")]
        period: Option<String>,
    },
    /// Run the staff web UI and the JSON API on the register's own port.
    Serve {
        #[arg(long, default_value = amparo_register::server::DEFAULT_LISTEN)]
        listen: std::net::SocketAddr,
        /// Do not mark the session cookie Secure (plain HTTP off this machine; prefer TLS in front).
        #[arg(long)]
        insecure_cookies: bool,
    },
    /// Staff accounts and API tokens.
    Account {
        #[command(subcommand)]
        what: AccountCommand,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum InFormat {
    Jsonl,
    Csv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum OutFormat {
    Json,
    Csv,
    Pdf,
}

pub(crate) fn run(args: Args) -> Result<ExitCode> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    match rt.block_on(dispatch(args)) {
        Ok(code) => Ok(code),
        Err(e) => match e.downcast_ref::<RegisterError>() {
            Some(r) if r.is_bad_input() => {
                eprintln!("amparo register: {r}");
                Ok(ExitCode::from(EXIT_BAD_INPUT))
            }
            _ => Err(e),
        },
    }
}

fn actor(as_name: Option<&str>) -> Result<String> {
    let name = as_name
        .map(str::to_owned)
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("LOGNAME").ok())
        .filter(|n| !n.trim().is_empty())
        .ok_or_else(|| anyhow!("say who is acting with --as NAME (the log records it)"))?;
    Ok(format!("cli:{}", name.trim()))
}

async fn dispatch(args: Args) -> Result<ExitCode> {
    // Asked for only where the log records who acted.
    let as_name = args.as_name.clone();
    let who = || actor(as_name.as_deref());
    let url = args.database.clone();
    match args.command {
        Command::Init { admin } => {
            let reg = Register::create(&url).await?;
            if let Some(name) = admin {
                let pw = password()?;
                auth::create_account(&reg, &who()?, &name, Role::Admin, Some(&pw)).await?;
                eprintln!("amparo register: administrator {name} created");
            }
            let (seq, hash) = reg.head().await?;
            println!(
                "amparo register: a new register at {} (register {}, entry {seq}, {hash})",
                reg.shown(),
                reg.register_id()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Import { file, format, errors } => {
            let reg = Register::open(&url).await?;
            import_file(&reg, &who()?, &file, format, errors.as_deref()).await
        }
        Command::Report {
            law,
            period,
            format,
            anonymize,
            min_cell,
            output,
        } => {
            let law = Law::parse(&law)?;
            let period = Period::parse(law, &period)?;
            let mut options = Options::for_law(law);
            options.anonymize |= anonymize;
            options.min_cell = min_cell.max(2);
            let format = match format {
                OutFormat::Json => report::Format::Json,
                OutFormat::Csv => report::Format::Csv,
                OutFormat::Pdf => report::Format::Pdf,
            };
            if format == report::Format::Pdf && output.is_none() && io::stdout().is_terminal() {
                return Err(anyhow!("a PDF goes to a file: add --output FILE.pdf"));
            }
            let reg = Register::open(&url).await?;
            let started = Instant::now();
            let r = report::compute::build(&reg, law, period, options, &who()?).await?;
            let bytes = report::render(&r, format)?;
            write_out(output.as_deref(), &bytes)?;
            eprintln!(
                "amparo register: {} for {} to {} in {:.2} s (register entry {}, {})",
                law.spec().subdivision,
                period.from,
                period.to,
                started.elapsed().as_secs_f64(),
                r.head_seq,
                r.head_hash
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Verify { expect, format } => {
            let expect = expect
                .map(|e| {
                    let (s, h) = e.split_once(':').ok_or_else(|| anyhow!("--expect is SEQ:HASH"))?;
                    Ok::<_, anyhow::Error>((s.parse::<i64>().context("--expect SEQ")?, h.to_owned()))
                })
                .transpose()?;
            let reg = Register::open(&url).await?;
            let started = Instant::now();
            let v = amparo_register::verify::verify(&reg, expect.as_ref().map(|(s, h)| (*s, h.as_str()))).await?;
            match format {
                crate::Format::Json => println!("{}", serde_json::to_string_pretty(&v)?),
                crate::Format::Text => {
                    if v.ok {
                        println!(
                            "OK: {} entries verified in {:.2} s; head entry {}, hash {}",
                            v.entries,
                            started.elapsed().as_secs_f64(),
                            v.head_seq,
                            v.head_hash
                        );
                    } else {
                        println!("FAILED: {} problem(s) in {} entries:", v.problem_count, v.entries);
                        for p in &v.problems {
                            println!("  {p}");
                        }
                    }
                }
            }
            Ok(if v.ok { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
        Command::Backup { file } => {
            let reg = Register::open(&url).await?;
            let copied = if file.as_os_str() == "-" {
                let mut out = io::BufWriter::new(io::stdout().lock());
                amparo_register::backup::backup(&reg, &mut out).await?
            } else {
                let tmp = file.with_extension("partial");
                let mut out = io::BufWriter::new(
                    std::fs::File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?,
                );
                let c = amparo_register::backup::backup(&reg, &mut out).await?;
                out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
                std::fs::rename(&tmp, &file)?;
                c
            };
            eprintln!(
                "amparo register: backup of {} entries, {} accounts, {} tokens; head entry {}, {}",
                copied.entries, copied.accounts, copied.tokens, copied.head_seq, copied.head_hash
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Restore { file } => {
            let input: Box<dyn BufRead + Send> = if file.as_os_str() == "-" {
                Box::new(io::BufReader::new(io::stdin()))
            } else {
                Box::new(io::BufReader::new(
                    std::fs::File::open(&file).with_context(|| format!("opening {}", file.display()))?,
                ))
            };
            let copied = amparo_register::backup::restore(&url, input).await?;
            println!(
                "amparo register: restored {} entries, {} accounts, {} tokens; head entry {}, {}",
                copied.entries, copied.accounts, copied.tokens, copied.head_seq, copied.head_hash
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Export { file, person, period } => {
            let reg = Register::open(&url).await?;
            let period = period
                .map(|p| amparo_register::event::parse_period(&p).map_err(|e| anyhow!("--period: {e}")))
                .transpose()?;
            let filter = amparo_register::backup::ExportFilter { person, period };
            let mut buf = Vec::new();
            let n = amparo_register::backup::export(&reg, &who()?, &filter, &mut buf).await?;
            write_out(if file.as_os_str() == "-" { None } else { Some(&file) }, &buf)?;
            eprintln!("amparo register: {n} request(s) exported (the export is in the log)");
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve {
            listen,
            insecure_cookies,
        } => {
            let reg = Register::open(&url).await?;
            amparo_register::server::serve(
                reg,
                amparo_register::server::Config {
                    listen,
                    secure_cookies: !insecure_cookies,
                },
            )
            .await
            .with_context(|| format!("serving on {listen}"))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Account { what } => {
            let reg = Register::open(&url).await?;
            account(&reg, &who()?, what).await
        }
    }
}

fn write_out(path: Option<&Path>, bytes: &[u8]) -> Result<()> {
    match path {
        Some(p) => std::fs::write(p, bytes).with_context(|| format!("writing {}", p.display())),
        None => {
            let mut out = io::stdout().lock();
            out.write_all(bytes)?;
            out.flush()?;
            Ok(())
        }
    }
}
