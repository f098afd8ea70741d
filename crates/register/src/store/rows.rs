//! Rows as plain values, so that one writer and one reader serve every table (and verify compares them): a
//! column's value, a projection table, the log's own table, and rows inserted in bulk.

use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

use super::{Backend, built};
use crate::chain::Entry;
use crate::error::Result;

/// A column's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Val {
    Int(Option<i64>),
    Text(Option<String>),
}

impl Val {
    pub fn int(v: i64) -> Val {
        Val::Int(Some(v))
    }
    pub fn text(v: impl Into<String>) -> Val {
        Val::Text(Some(v.into()))
    }
    pub fn opt_text(v: Option<impl Into<String>>) -> Val {
        Val::Text(v.map(Into::into))
    }
    pub fn opt_bool(v: Option<bool>) -> Val {
        Val::Int(v.map(i64::from))
    }
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Val::Text(t) => t.as_deref(),
            Val::Int(_) => None,
        }
    }
    pub fn as_int(&self) -> Option<i64> {
        match self {
            Val::Int(i) => *i,
            Val::Text(_) => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    Int,
    Text,
}

/// A projection table: its name and columns (the first is `seq`, the log entry).
#[derive(Debug)]
pub struct Table {
    pub name: &'static str,
    pub columns: &'static [(&'static str, Ty)],
}

impl Table {
    pub fn column_list(&self) -> String {
        self.columns.iter().map(|(c, _)| *c).collect::<Vec<_>>().join(", ")
    }

    /// Reads one row of this table's columns (in order).
    pub fn read(&self, row: &AnyRow) -> Result<Vec<Val>> {
        self.columns
            .iter()
            .enumerate()
            .map(|(i, (_, ty))| {
                Ok(match ty {
                    Ty::Int => Val::Int(row.try_get(i)?),
                    Ty::Text => Val::Text(row.try_get(i)?),
                })
            })
            .collect()
    }
}

/// A row to write: its table and values.
#[derive(Debug, Clone)]
pub struct PendingRow {
    pub table: &'static Table,
    pub values: Vec<Val>,
}

/// Inserts rows of one table in as few statements as the databases' parameter limits allow. SQLite gets
/// anonymous `?` placeholders: sqlx looks up each numbered one by name, which SQLite answers by a linear
/// scan, so thousands of `$N` in one statement cost quadratic time (41 % of an import's CPU, measured).
pub(super) async fn insert_rows(
    tx: &mut Transaction<'static, Any>,
    backend: Backend,
    table: &Table,
    rows: Vec<Vec<Val>>,
) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let width = table.columns.len();
    // SQLite allows 32,766 parameters a statement, PostgreSQL 65,535.
    let per_statement = (30_000 / width).max(1);
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<Vec<Val>> = rows.by_ref().take(per_statement).collect();
        let mut sql = format!("INSERT INTO {} ({}) VALUES ", table.name, table.column_list());
        let mut n = 0;
        for r in 0..chunk.len() {
            if r > 0 {
                sql.push(',');
            }
            sql.push('(');
            for c in 0..width {
                if c > 0 {
                    sql.push(',');
                }
                n += 1;
                match backend {
                    Backend::Sqlite => sql.push('?'),
                    Backend::Postgres => {
                        sql.push('$');
                        sql.push_str(&n.to_string());
                    }
                }
            }
            sql.push(')');
        }
        let mut q = sqlx::query(built(sql));
        for row in chunk {
            for v in row {
                q = match v {
                    Val::Int(i) => q.bind(i),
                    Val::Text(t) => q.bind(t),
                };
            }
        }
        q.execute(&mut **tx).await?;
    }
    Ok(())
}

pub static LOG: Table = Table {
    name: "log",
    columns: &[
        ("seq", Ty::Int),
        ("at", Ty::Text),
        ("actor", Ty::Text),
        ("kind", Ty::Text),
        ("subject", Ty::Text),
        ("body", Ty::Text),
        ("prev", Ty::Text),
        ("hash", Ty::Text),
    ],
};

pub(super) fn entry_values(e: Entry) -> Vec<Val> {
    vec![
        Val::int(e.seq),
        Val::text(e.at),
        Val::text(e.actor),
        Val::text(e.kind),
        Val::text(e.subject),
        Val::text(e.body),
        Val::text(e.prev),
        Val::text(e.hash),
    ]
}

/// Reads a log row (columns of [`LOG`], in order).
pub fn entry_from_row(row: &AnyRow) -> Result<Entry> {
    Ok(Entry {
        seq: row.try_get(0)?,
        at: row.try_get(1)?,
        actor: row.try_get(2)?,
        kind: row.try_get(3)?,
        subject: row.try_get(4)?,
        body: row.try_get(5)?,
        prev: row.try_get(6)?,
        hash: row.try_get(7)?,
    })
}
