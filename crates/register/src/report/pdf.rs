//! A report as PDF, typeset by typst (as a library, the project's PDF engine) from the report's data with a
//! fixed template (`report.typ`): strings reach the template only as data, never as markup. Record ids are
//! not printed (the JSON and CSV carry them); the register's head is, so the printed figures can be tied
//! to the register.

use amparo_typeset::{PdfSettings, Template};
use serde_json::{Value, json};

use super::{Item, Report, Value_};

const TEMPLATE: Template = Template {
    path: "/report.typ",
    text: include_str!("report.typ"),
};

fn label(path: &[String]) -> String {
    path.iter().map(|p| p.replace('_', " ")).collect::<Vec<_>>().join(" › ")
}

fn rows(report: &Report, items: &[Item]) -> Vec<Value> {
    items
        .iter()
        .map(|item| {
            json!({
                "key": item.key,
                "citation": item.citation,
                "text": item.text,
                "rows": item.figures.iter().map(|f| {
                    let value = match (&f.value, f.suppressed) {
                        (_, true) => format!("< {} (suppressed)", report.options.min_cell),
                        (Value_::Count(n), false) => n.to_string(),
                        (Value_::Cents(c), false) => format!("$ {}", crate::event::cents_text(*c)),
                        (Value_::NotRecorded, false) => "not recorded".to_owned(),
                    };
                    json!({ "label": label(&f.path), "unit": f.unit, "value": value })
                }).collect::<Vec<_>>(),
            })
        })
        .collect()
}

/// The report as PDF bytes.
pub fn write(report: &Report) -> Result<Vec<u8>, String> {
    let spec = report.law.spec();
    let data = json!({
        "title": spec.title,
        "subdivision": spec.subdivision,
        "due": spec.due,
        "period": format!("{} to {}", report.period.from, report.period.to),
        "generated": report.generated_at,
        "head": format!("register {} · entry {} · {}", report.register_id, report.head_seq, report.head_hash),
        "anonymized": report.options.anonymize,
        "suppression": report.options.anonymize.then(|| format!("{} (min_cell = {})", super::SUPPRESSION_RULE, report.options.min_cell)),
        "counting": report.counting,
        "notes": report.notes,
        "items": rows(report, &report.items),
        "review": rows(report, &report.review),
    });
    let bytes = serde_json::to_vec(&data).map_err(|e| e.to_string())?;
    let settings = PdfSettings {
        ident: format!("amparo-register-{}-{}", report.law.id(), report.period.from),
        creator: "Amparo register".to_string(),
        tagged: true,
    };
    amparo_typeset::pdf(TEMPLATE, &[], bytes, &settings).map_err(|e| match e {
        amparo_typeset::TypesetError::Layout(d) => format!("typesetting the report: {d}"),
        other => other.to_string(),
    })
}
