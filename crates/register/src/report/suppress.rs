//! The small-cell rule of anonymized reports ([`SUPPRESSION_RULE`], stated in every such report) and the
//! keyed digest that replaces record ids in them.

use std::collections::BTreeSet;

use super::{Item, Value_};

/// The rule anonymized reports apply, as every such report states it.
pub const SUPPRESSION_RULE: &str = "A count from 1 to (min_cell - 1) is suppressed: shown as null with \"suppressed\": true. Where a breakdown (the counts sharing one parent) then has exactly one suppressed count, the smallest other non-zero count of that breakdown is suppressed too, so that the hidden count cannot be recovered by subtracting the others from the total. Zero is shown. Dollar amounts are not suppressed. No record ids are listed: each shown count carries records_digest, the SHA-256 of the register's secret key and the sorted record ids, which an auditor with access to the register can recompute; suppressed counts carry none.";

/// The default smallest count shown in an anonymized report.
pub const DEFAULT_MIN_CELL: u64 = 10;

/// Applies the small-cell rule (see [`SUPPRESSION_RULE`]) and replaces record lists by digests.
pub fn anonymize(items: &mut [Item], min_cell: u64, secret: &str) {
    for item in items.iter_mut() {
        for f in item.figures.iter_mut() {
            if let Value_::Count(n) = f.value
                && n > 0
                && n < min_cell
            {
                f.suppressed = true;
            }
        }
        // Breakdowns: figures sharing a parent path.
        let parents: BTreeSet<Vec<String>> = item
            .figures
            .iter()
            .filter(|f| f.path.len() > 1)
            .map(|f| f.path[..f.path.len() - 1].to_vec())
            .collect();
        for parent in parents {
            let members: Vec<usize> = (0..item.figures.len())
                .filter(|&i| {
                    let p = &item.figures[i].path;
                    p.len() == parent.len() + 1 && p[..parent.len()] == parent[..]
                })
                .collect();
            let suppressed = members.iter().filter(|&&i| item.figures[i].suppressed).count();
            if suppressed == 1 && members.len() > 1 {
                let other = members
                    .iter()
                    .copied()
                    .filter(|&i| {
                        !item.figures[i].suppressed && matches!(item.figures[i].value, Value_::Count(n) if n > 0)
                    })
                    .min_by_key(|&i| match item.figures[i].value {
                        Value_::Count(n) => n,
                        Value_::Cents(_) | Value_::NotRecorded => u64::MAX,
                    });
                if let Some(i) = other {
                    item.figures[i].suppressed = true;
                }
            }
        }
        for f in item.figures.iter_mut() {
            f.digest = (!f.suppressed).then(|| records_digest(secret, &f.records));
        }
    }
}

/// SHA-256 of the secret and the sorted record ids, one a line.
pub fn records_digest(secret: &str, records: &[String]) -> String {
    let mut text = String::with_capacity(secret.len() + records.len() * 12);
    text.push_str(secret);
    text.push('\n');
    for r in records {
        text.push_str(r);
        text.push('\n');
    }
    crate::chain::sha256_hex(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::super::{Figure, Law, Options, Period, Report};
    use super::*;
    use serde_json::Value;

    fn fig(path: &[&str], n: u64) -> Figure {
        Figure {
            path: path.iter().map(|s| s.to_string()).collect(),
            value: Value_::Count(n),
            unit: "requests",
            records: (0..n).map(|i| format!("R-{i}")).collect(),
            suppressed: false,
            digest: None,
        }
    }

    #[test]
    fn small_cells_are_suppressed_and_cannot_be_recovered_by_subtraction() {
        let mut items = vec![Item {
            key: "d".into(),
            citation: None,
            text: String::new(),
            unit: "requests".into(),
            figures: vec![
                fig(&["total"], 40),
                fig(&["by", "a"], 25),
                fig(&["by", "b"], 12),
                fig(&["by", "c"], 3),
                fig(&["by", "d"], 0),
                fig(&["other", "x"], 4),
                fig(&["other", "y"], 6),
            ],
        }];
        anonymize(&mut items, 10, "k");
        let s: Vec<bool> = items[0].figures.iter().map(|f| f.suppressed).collect();
        // 3 is small; then 12 (the smallest other non-zero) goes too; 0 stays; in "other" both are small.
        assert_eq!(s, [false, false, true, true, false, true, true]);
        assert!(items[0].figures[0].digest.is_some() && items[0].figures[3].digest.is_none());
        let r = Report {
            law: Law::Assistance,
            period: Period::parse(Law::Assistance, "2026Q1").unwrap(),
            generated_at: String::new(),
            register_id: String::new(),
            head_seq: 0,
            head_hash: String::new(),
            options: Options {
                anonymize: true,
                min_cell: 10,
            },
            counting: vec![],
            law_in_force: Value::Null,
            notes: vec![],
            items,
            review: vec![],
        };
        let j = r.to_json();
        assert_eq!(j["items"]["d"]["by"]["c"]["count"], Value::Null);
        assert_eq!(j["items"]["d"]["by"]["c"]["suppressed"], true);
        assert!(
            j["items"]["d"]["total"]["records"].is_null(),
            "no record ids in an anonymized report"
        );
        assert_eq!(j["items"]["d"]["total"]["count"], 40);
    }
}
