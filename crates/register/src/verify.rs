//! `amparo register verify`: recompute the chain and rebuild every projection row from its entry.
//!
//! Detected: an edited entry (its hash no longer matches), a removed or inserted entry (a gap, or a `prev`
//! that is not the previous hash), entries removed from the end (the chain head names a later entry), an
//! edited, removed or added row in any record table (it differs from what its entry implies). Not
//! detectable from inside the database: someone with write access who rewrites the whole chain from the
//! edit onwards. Against that, publish the head (every report carries it) and check an older head with
//! `--expect SEQ:HASH`.

use sqlx::Row;

use crate::chain::{Entry, GENESIS};
use crate::error::{RegisterError, Result};
use crate::projection::{PROJECTIONS, row_for_entry};
use crate::store::{LOG, Register, Table, Val, built, entry_from_row};

/// What verify found.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Verified {
    pub ok: bool,
    pub entries: i64,
    pub head_seq: i64,
    pub head_hash: String,
    /// The first problems found (at most [`MAX_PROBLEMS`]), each naming the entry.
    pub problems: Vec<String>,
    /// All problems, if more than were listed.
    pub problem_count: usize,
}

pub const MAX_PROBLEMS: usize = 50;

/// Entries checked per round trip.
const CHUNK: i64 = 20_000;

/// Verifies the whole register. `expect`: an earlier head (seq and hash) that must still be in the chain.
pub async fn verify(reg: &Register, expect: Option<(i64, &str)>) -> Result<Verified> {
    // One snapshot for the whole check, while clerks go on writing.
    let (mut tx, (head_seq, head_hash)) = reg.snapshot().await?;
    let mut max_seq: i64 = sqlx::query("SELECT CAST(COALESCE(MAX(seq), 0) AS BIGINT) FROM log")
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
    for t in PROJECTIONS {
        let m: i64 = sqlx::query(built(format!(
            "SELECT CAST(COALESCE(MAX(seq), 0) AS BIGINT) FROM {}",
            t.name
        )))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        max_seq = max_seq.max(m);
    }
    let mut problems = Vec::new();
    let mut note = |p: String| problems.push(p);
    let mut prev_seq = 0i64;
    let mut prev_hash = GENESIS.to_owned();
    let mut entries = 0i64;
    let mut start = 1i64;
    while start <= max_seq {
        let end = start + CHUNK;
        let log = sqlx::query(built(format!(
            "SELECT {} FROM log WHERE seq >= $1 AND seq < $2 ORDER BY seq",
            LOG.column_list()
        )))
        .bind(start)
        .bind(end)
        .fetch_all(&mut *tx)
        .await?;
        let mut expected: Vec<(&'static Table, i64, Vec<Val>)> = Vec::new();
        for row in &log {
            let e = entry_from_row(row)?;
            entries += 1;
            check_entry(&e, prev_seq, &prev_hash, &mut note);
            match row_for_entry(e.seq, &e.kind, &e.actor, &e.at, &e.body) {
                Ok(Some((t, v))) => expected.push((t, e.seq, v)),
                Ok(None) => {}
                Err(p) => note(p),
            }
            prev_seq = e.seq;
            prev_hash = e.hash;
        }
        for t in PROJECTIONS {
            let rows = sqlx::query(built(format!(
                "SELECT {} FROM {} WHERE seq >= $1 AND seq < $2 ORDER BY seq",
                t.column_list(),
                t.name
            )))
            .bind(start)
            .bind(end)
            .fetch_all(&mut *tx)
            .await?;
            let mut want = expected.iter().filter(|(et, _, _)| et.name == t.name).peekable();
            for row in &rows {
                let got = t.read(row)?;
                let seq = got[0].as_int().unwrap_or(0);
                while let Some((_, s, _)) = want.peek()
                    && *s < seq
                {
                    note(format!("{}: the row of entry {s} is missing (deleted?)", t.name));
                    want.next();
                }
                match want.peek() {
                    Some((_, s, v)) if *s == seq => {
                        if let Some(diff) = first_difference(t, v, &got) {
                            note(format!(
                                "{}: the row of entry {seq} differs from its entry ({diff}) (edited?)",
                                t.name
                            ));
                        }
                        want.next();
                    }
                    _ => note(format!(
                        "{}: a row claims entry {seq}, which implies no such row (inserted?)",
                        t.name
                    )),
                }
            }
            for (_, s, _) in want {
                note(format!("{}: the row of entry {s} is missing (deleted?)", t.name));
            }
        }
        start = end;
    }
    if prev_seq != head_seq || prev_hash != head_hash {
        note(format!(
            "the chain head names entry {head_seq}, but the last entry is {prev_seq}{}",
            if prev_seq < head_seq {
                " (entries removed from the end?)"
            } else {
                ""
            }
        ));
    }
    if let Some((seq, hash)) = expect {
        let row = sqlx::query("SELECT hash FROM log WHERE seq = $1")
            .bind(seq)
            .fetch_optional(&mut *tx)
            .await?;
        match row.map(|r| r.try_get::<String, _>(0)).transpose()? {
            Some(h) if h == hash => {}
            Some(h) => note(format!(
                "entry {seq} has hash {h}, not the expected {hash} (the chain was rewritten?)"
            )),
            None => note(format!("entry {seq}, expected with hash {hash}, is not in the log")),
        }
    }
    let init = sqlx::query("SELECT body FROM log WHERE seq = 1")
        .fetch_optional(&mut *tx)
        .await?;
    match init.map(|r| r.try_get::<String, _>(0)).transpose()? {
        Some(body) if body.contains(&format!("\"register_id\":\"{}\"", reg.register_id())) => {}
        Some(_) => note("entry 1 names another register than register_meta does".to_owned()),
        None if entries > 0 => note("entry 1 (the register's first entry) is missing".to_owned()),
        None => {}
    }
    tx.commit().await?;
    let problem_count = problems.len();
    problems.truncate(MAX_PROBLEMS);
    Ok(Verified {
        ok: problem_count == 0,
        entries,
        head_seq,
        head_hash,
        problems,
        problem_count,
    })
}

fn check_entry(e: &Entry, prev_seq: i64, prev_hash: &str, note: &mut impl FnMut(String)) {
    if e.seq != prev_seq + 1 {
        note(format!("entries {}–{} are missing (removed?)", prev_seq + 1, e.seq - 1));
    }
    if e.prev != prev_hash {
        note(format!(
            "entry {}: its prev hash is not the hash of the entry before it",
            e.seq
        ));
    }
    if e.hash != e.expected_hash() {
        note(format!(
            "entry {}: its hash does not match its contents (edited?)",
            e.seq
        ));
    }
}

fn first_difference(t: &Table, want: &[Val], got: &[Val]) -> Option<String> {
    want.iter()
        .zip(got)
        .zip(t.columns)
        .find(|((w, g), _)| w != g)
        .map(|((w, g), (c, _))| {
            let show = |v: &Val| match v {
                Val::Int(Some(i)) => i.to_string(),
                Val::Text(Some(s)) => format!("{:?}", s.chars().take(40).collect::<String>()),
                _ => "null".to_owned(),
            };
            format!("{c}: {} in the entry, {} in the row", show(w), show(g))
        })
}

impl Verified {
    /// The error to return when verification failed.
    pub fn into_result(self) -> Result<Verified> {
        if self.ok {
            Ok(self)
        } else {
            Err(RegisterError::Integrity(format!(
                "{} problem(s); first: {}",
                self.problem_count,
                self.problems.first().cloned().unwrap_or_default()
            )))
        }
    }
}
