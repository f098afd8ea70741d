//! `amparo serve` and `amparo export-site`.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};

#[derive(clap::Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
}

#[derive(clap::Args)]
pub struct ExportArgs {
    /// Folder to write the site into (created if missing).
    dir: PathBuf,
}

pub fn serve(args: ServeArgs) -> Result<ExitCode> {
    amparo_web::serve_blocking(args.addr).with_context(|| format!("serving on {}", args.addr))?;
    Ok(ExitCode::SUCCESS)
}

pub fn export(args: ExportArgs) -> Result<ExitCode> {
    let n =
        amparo_web::export_site(&args.dir).with_context(|| format!("writing the site to {}", args.dir.display()))?;
    eprintln!(
        "amparo: wrote {n} files (each with .br and .gz) to {}",
        args.dir.display()
    );
    Ok(ExitCode::SUCCESS)
}
