//! A report as CSV: one row a figure (with its records, or their digest), after rows carrying the report's
//! notes, so that the CSV says what the JSON says about what is not confirmed.

use super::{Report, Value_};

/// The CSV text.
pub fn write(report: &Report) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let spec = report.law.spec();
    let period = format!("{}/{}", report.period.from, report.period.to);
    w.write_record([
        "report",
        "period",
        "item",
        "citation",
        "figure",
        "unit",
        "count",
        "usd",
        "suppressed",
        "records",
    ])?;
    // Rows about the report (the register's head, each note, the suppression rule): its text as the figure.
    let mut about = |kind: &str, text: &str| {
        w.write_record([spec.subdivision.as_str(), &period, kind, "", text, "", "", "", "", ""])
    };
    about(
        "(register)",
        &format!(
            "register {} entry {} hash {}",
            report.register_id, report.head_seq, report.head_hash
        ),
    )?;
    for n in &report.notes {
        about("(note)", &format!("{} (source: {})", n.text, n.source))?;
    }
    if report.options.anonymize {
        about(
            "(suppression)",
            &format!("{} min_cell = {}", super::SUPPRESSION_RULE, report.options.min_cell),
        )?;
    }
    for (section, items) in [("", &report.items), ("review.", &report.review)] {
        for item in items {
            for f in &item.figures {
                let (count, usd) = match (&f.value, f.suppressed) {
                    (_, true) => (String::new(), String::new()),
                    (Value_::Count(n), false) => (n.to_string(), String::new()),
                    (Value_::Cents(c), false) => (String::new(), crate::event::cents_text(*c)),
                    (Value_::NotRecorded, false) => (String::new(), "not recorded".to_owned()),
                };
                let records = if f.suppressed {
                    String::new()
                } else if report.options.anonymize {
                    f.digest.clone().map(|d| format!("sha256:{d}")).unwrap_or_default()
                } else {
                    f.records.join(";")
                };
                let key = format!("{section}{}", item.key);
                w.write_record([
                    spec.subdivision.as_str(),
                    &period,
                    &key,
                    item.citation.as_deref().unwrap_or(""),
                    &f.path.join("."),
                    f.unit,
                    &count,
                    &usd,
                    if f.suppressed { "true" } else { "" },
                    &records,
                ])?;
            }
        }
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}
