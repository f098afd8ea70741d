//! `amparo card`: the printable wallet card, sheet of cards and door sign, as PDF, in any language of the guide.

use std::path::PathBuf;
use std::process::ExitCode;

use amparo_cards::{CardError, Kind, Paper};
use amparo_guide::GuideError;
use anyhow::{Context, Result};
use clap::ValueEnum;

use crate::EXIT_BAD_INPUT;

#[derive(clap::Args)]
pub(crate) struct Args {
    /// Language: en es zh-Hans zh-Hant ru bn ht ko ar ur fr pl (a nearby tag such as es-MX or zh-TW works).
    #[arg(long, short = 'l', value_name = "LL")]
    lang: String,
    /// What to print: one wallet card (3.5 × 2 in), a sheet of ten with crop marks (duplex: backs mirrored),
    /// or the door sign.
    #[arg(long, value_enum, default_value_t = CardKind::Sheet)]
    kind: CardKind,
    /// Paper for the sheet and the door sign (a single wallet card's page is the card).
    #[arg(long, value_enum, default_value_t = CardPaper::Letter)]
    paper: CardPaper,
    /// Large print: a 5 × 3 in card (three to a sheet), a door sign in larger type.
    #[arg(long)]
    large_print: bool,
    /// The PDF file to write.
    #[arg(long, short = 'o', value_name = "FILE.pdf")]
    out: PathBuf,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum CardKind {
    Wallet,
    Sheet,
    Door,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum CardPaper {
    Letter,
    A4,
}

pub(crate) fn run(args: Args) -> Result<ExitCode> {
    let kind = match args.kind {
        CardKind::Wallet => Kind::Wallet,
        CardKind::Sheet => Kind::Sheet,
        CardKind::Door => Kind::Door,
    };
    let paper = match args.paper {
        CardPaper::Letter => Paper::Letter,
        CardPaper::A4 => Paper::A4,
    };
    match amparo_cards::render(kind, paper, args.large_print, &args.lang) {
        Ok(pdf) => {
            std::fs::write(&args.out, &pdf).with_context(|| format!("writing {}", args.out.display()))?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e @ CardError::Guide(GuideError::UnknownLocale { .. })) => {
            eprintln!("amparo: --lang: {e}");
            Ok(ExitCode::from(EXIT_BAD_INPUT))
        }
        Err(e) => Err(e.into()),
    }
}
