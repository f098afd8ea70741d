//! The text form of a trace, shared by every command that prints one, so an audit reads the same everywhere.

use std::fmt::Display;
use std::io::{self, Write};

use amparo_law::Step;

/// Numbered steps: whether each rule held, its citation, and the fact it rested on; then the caveats.
pub(crate) fn write_trace<D: Display, W: Display>(
    out: &mut impl Write,
    heading: &str,
    steps: &[Step<D>],
    warnings_heading: &str,
    warnings: &[W],
) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "{heading}")?;
    for (i, step) in steps.iter().enumerate() {
        writeln!(
            out,
            "{:>3}. [{}] {} — {}",
            i + 1,
            if step.holds { "holds" } else { "does not hold" },
            step.rule.replace('_', " "),
            step.authority.citation
        )?;
        writeln!(out, "       {}", step.detail)?;
    }
    if !warnings.is_empty() {
        writeln!(out)?;
        writeln!(out, "{warnings_heading}")?;
        for w in warnings {
            writeln!(out, "  - {w}")?;
        }
    }
    Ok(())
}
