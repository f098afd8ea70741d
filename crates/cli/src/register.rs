//! `amparo register`: the register of federal requests (crates/register). Arguments and output only; the
//! register does the work.

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use amparo_register::auth::{self, Role};
use amparo_register::error::RegisterError;
use amparo_register::import::{self, Batching, Format as InputFormat, Progress, Stats};
use amparo_register::report::{self, Law, Options, Period};
use amparo_register::{LineError, Register};
use anyhow::{Context, Result, anyhow};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::EXIT_BAD_INPUT;

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

#[derive(clap::Subcommand)]
enum AccountCommand {
    /// Create an account (password from standard input or AMPARO_REGISTER_PASSWORD; --no-password for an
    /// account that signs in with API tokens only).
    Add {
        name: String,
        #[arg(long, value_parser = ["clerk", "supervisor", "auditor", "admin"])]
        role: String,
        #[arg(long)]
        no_password: bool,
    },
    /// Set an account's role.
    Role {
        name: String,
        #[arg(value_parser = ["clerk", "supervisor", "auditor", "admin"])]
        role: String,
    },
    Disable {
        name: String,
    },
    Enable {
        name: String,
    },
    /// Set a new password (from standard input or AMPARO_REGISTER_PASSWORD).
    Password {
        name: String,
    },
    /// Make an API token for an account (printed once).
    Token {
        name: String,
        #[arg(long, default_value = "api")]
        label: String,
    },
    /// Revoke an API token by its id.
    Revoke {
        id: String,
    },
    List,
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

/// A password from AMPARO_REGISTER_PASSWORD, or the first line of standard input.
fn password() -> Result<String> {
    if let Ok(p) = std::env::var("AMPARO_REGISTER_PASSWORD") {
        return Ok(p);
    }
    if io::stdin().is_terminal() {
        eprint!("password (it is shown as you type; or set AMPARO_REGISTER_PASSWORD): ");
    }
    let mut line = String::new();
    io::stdin()
        .lock()
        .read_line(&mut line)
        .context("reading the password")?;
    Ok(line.trim_end_matches(['\n', '\r']).to_owned())
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

async fn account(reg: &Register, who: &str, what: AccountCommand) -> Result<ExitCode> {
    match what {
        AccountCommand::Add {
            name,
            role,
            no_password,
        } => {
            let pw = if no_password { None } else { Some(password()?) };
            auth::create_account(reg, who, &name, Role::parse(&role)?, pw.as_deref()).await?;
            eprintln!("amparo register: account {name} ({role}) created");
        }
        AccountCommand::Role { name, role } => auth::set_role(reg, who, &name, Role::parse(&role)?).await?,
        AccountCommand::Disable { name } => auth::set_disabled(reg, who, &name, true).await?,
        AccountCommand::Enable { name } => auth::set_disabled(reg, who, &name, false).await?,
        AccountCommand::Password { name } => auth::set_password(reg, who, &name, &password()?).await?,
        AccountCommand::Token { name, label } => {
            let token = auth::create_token(reg, who, &name, &label).await?;
            println!("{token}");
            eprintln!("amparo register: the token is shown this once; send it as Authorization: Bearer <token>");
        }
        AccountCommand::Revoke { id } => auth::revoke_token(reg, who, &id).await?,
        AccountCommand::List => {
            for a in auth::accounts(reg).await? {
                println!(
                    "{}\t{}\t{}{}",
                    a.name,
                    a.role.id(),
                    if a.disabled { "disabled" } else { "active" },
                    if a.has_password { "" } else { "\t(tokens only)" }
                );
            }
            for (id, account, label, created, revoked) in auth::tokens(reg).await? {
                println!(
                    "token {id}\t{account}\t{label}\t{created}{}",
                    if revoked { "\trevoked" } else { "" }
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
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

/// Refusals printed on standard error at most (all go to --errors).
const SHOWN_REFUSALS: u64 = 100;

/// What the import tells the person running it: a progress bar on a terminal; otherwise a line after each
/// committed batch saying how far the register has committed: every line up to it is acknowledged (a
/// crash after that loses none of them).
struct Report {
    bar: Option<ProgressBar>,
    errors: Option<io::BufWriter<std::fs::File>>,
    refused: u64,
    last_ack: u64,
    started: Instant,
}

impl Progress for Report {
    fn read(&mut self, bytes: u64) {
        if let Some(b) = &self.bar {
            b.set_position(bytes);
        }
    }

    fn refused(&mut self, e: &LineError) {
        self.refused += 1;
        if self.refused <= SHOWN_REFUSALS {
            let line = format!("amparo register: refused: {e}");
            match &self.bar {
                Some(b) => b.println(line),
                None => eprintln!("{line}"),
            }
        } else if self.refused == SHOWN_REFUSALS + 1 && self.errors.is_none() {
            eprintln!("amparo register: more lines refused; --errors FILE lists them all");
        }
        if let Some(w) = &mut self.errors {
            let _ = serde_json::to_writer(&mut *w, e);
            let _ = w.write_all(b"\n");
        }
    }

    fn committed(&mut self, through: u64, s: &Stats) {
        if let Some(b) = &self.bar {
            b.set_message(format!(
                "line {through}: {} recorded, {} already there, {} refused",
                s.recorded, s.already, s.refused
            ));
        } else if through > self.last_ack {
            eprintln!(
                "amparo register: committed through line {through} ({} recorded, {} already there, {} refused)",
                s.recorded, s.already, s.refused
            );
            self.last_ack = through;
        }
    }
}

async fn import_file(
    reg: &Register,
    who: &str,
    file: &Path,
    format: Option<InFormat>,
    errors: Option<&Path>,
) -> Result<ExitCode> {
    let stdin = file.as_os_str() == "-";
    let format = match format {
        Some(InFormat::Csv) => InputFormat::Csv,
        Some(InFormat::Jsonl) => InputFormat::JsonLines,
        None if stdin => InputFormat::JsonLines,
        None => InputFormat::from_path(file),
    };
    let (input, len): (Box<dyn BufRead + Send>, Option<u64>) = if stdin {
        (Box::new(io::BufReader::with_capacity(1 << 18, io::stdin())), None)
    } else {
        let f = std::fs::File::open(file).with_context(|| format!("opening {}", file.display()))?;
        let len = f.metadata().ok().map(|m| m.len());
        (Box::new(io::BufReader::with_capacity(1 << 18, f)), len)
    };
    let bar = io::stderr().is_terminal().then(|| {
        let b = match len {
            Some(n) => ProgressBar::new(n).with_style(
                ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta} {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            ),
            None => ProgressBar::new_spinner(),
        };
        b.set_draw_target(ProgressDrawTarget::stderr_with_hz(4));
        b
    });
    let errors = errors
        .map(|p| {
            std::fs::File::create(p)
                .map(io::BufWriter::new)
                .with_context(|| format!("creating {}", p.display()))
        })
        .transpose()?;
    let mut progress = Report {
        bar,
        errors,
        refused: 0,
        last_ack: 0,
        started: Instant::now(),
    };
    let stats = import::import(reg, input, format, who, Batching::default(), &mut progress).await?;
    if let Some(b) = progress.bar.take() {
        b.finish_and_clear();
    }
    if let Some(mut w) = progress.errors.take() {
        w.flush()?;
    }
    let secs = progress.started.elapsed().as_secs_f64();
    eprintln!(
        "amparo register: committed through line {}: {} recorded, {} already there, {} refused, in {:.1} s ({:.0} lines/s)",
        stats.lines,
        stats.recorded,
        stats.already,
        stats.refused,
        secs,
        stats.lines as f64 / secs.max(1e-9)
    );
    Ok(if stats.refused > 0 {
        ExitCode::from(EXIT_BAD_INPUT)
    } else {
        ExitCode::SUCCESS
    })
}
