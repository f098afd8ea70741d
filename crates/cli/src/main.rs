//! `amparo`: the command-line front door. Argument parsing and output formats only; the law lives in
//! `amparo-law`.

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod audit;
mod card;
mod detainer;
mod guide;
mod input;
mod l10n;
mod law;
mod plan;
mod presence;
mod record;
mod register;
mod serve;
mod tool_io;
mod warrant;

/// Amparo: know-your-rights information for immigrants in New York City, and the city's sanctuary law as
/// cited rules. Legal information, not legal advice.
#[derive(Parser)]
#[command(name = "amparo", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// May a New York City agency honor an ICE detainer? (NYC Admin Code §§ 9-131, 14-154, 9-205)
    Detainer(detainer::Args),
    /// Know your rights: what to do and say if immigration agents come, in 12 languages, every point cited.
    Guide(guide::Args),
    /// Is the paper at the door a judicial warrant or an ICE form? What does it allow?
    CheckWarrant(warrant::Args),
    /// Run the web app (pages in every language, the JSON API) on this machine.
    Serve(serve::ServeArgs),
    /// (Internal) Decode a HEIC photo from standard input to a PGM on standard output, for the web
    /// server, which runs it as a separate process.
    #[command(hide = true)]
    HeicToPgm(serve::HeicArgs),
    /// Write the whole guide as static files (with .br and .gz) for any static host or CDN.
    ExportSite(serve::ExportArgs),
    /// Print a wallet card, a sheet of cards or a door sign (PDF), in any language of the guide.
    Card(card::Args),
    /// The translations: which are up to date and reviewed, review sheets, and the records to keep after
    /// translating (see ARCHITECTURE.md, "Add or change a message").
    L10n(l10n::Args),
    /// The register of federal requests to city agencies: records, decisions, actions, the reports the law
    /// requires (SQLite by default, or PostgreSQL), and the staff server.
    Register(register::Args),
    /// A family plan (PDF) in your language; `plan card`: the "if I am detained" wallet card; `plan messages`:
    /// messages written ahead; `plan taken`: the "someone was taken" sheet. Nothing is stored.
    Plan(plan::Args),
    /// The encounter record for a lawyer (PDF or JSON), with the fields of the NY Attorney General's form.
    Record(record::Args),
    /// Proof of two years: which months your dated papers cover, and the gaps (text, JSON, PDF index).
    Presence(presence::Args),
    /// The law Amparo encodes: covered offenses, authorities.
    Law {
        #[command(subcommand)]
        what: law::What,
    },
}

/// Output format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people.
    #[default]
    Text,
    /// For programs (the stable JSON contract).
    Json,
}

/// Exit code for bad input: a clear message, nothing lost.
pub const EXIT_BAD_INPUT: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Detainer(args) => detainer::run(args),
        Command::Guide(args) => guide::run(args),
        Command::Law { what } => law::run(what),
        Command::CheckWarrant(args) => warrant::run(args),
        Command::Serve(args) => serve::serve(args),
        Command::HeicToPgm(args) => Ok(serve::heic_to_pgm(args)),
        Command::ExportSite(args) => serve::export(args),
        Command::Card(args) => card::run(args),
        Command::L10n(args) => l10n::run(args),
        Command::Register(args) => register::run(args),
        Command::Plan(args) => plan::run(args),
        Command::Record(args) => record::run(args),
        Command::Presence(args) => presence::run(args),
    };
    match result {
        Ok(code) => code,
        // `amparo … | head`: the reader closed the pipe; that is its choice, not an error.
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("amparo: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
