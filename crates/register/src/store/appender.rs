//! The [`Appender`]: one write transaction, holding the chain head, that hashes and appends log entries and
//! the projection rows they imply, then moves the head and commits.

use chrono::Utc;
use sqlx::{Any, Transaction};

use super::Backend;
use super::rows::{LOG, PendingRow, Table, Val, entry_values, insert_rows};
use crate::chain::{self, Entry};
use crate::error::Result;
use crate::time::stamp;

/// One write transaction (see the module docs). Entries and rows are buffered and written in bulk by
/// [`Appender::flush`] (and by [`Appender::commit`]).
pub struct Appender {
    pub(super) tx: Transaction<'static, Any>,
    pub(super) backend: Backend,
    pub(super) head_seq: i64,
    pub(super) head_hash: String,
    pub(super) log: Vec<Entry>,
    pub(super) rows: Vec<PendingRow>,
    /// SQLite: this writer's turn (see `Register::writers`); last, so that it is released after the
    /// transaction ends (commit, or rollback on drop).
    pub(super) _turn: Option<tokio::sync::OwnedMutexGuard<()>>,
}

impl Appender {
    /// Appends an entry (hashed now, written at the next flush); returns its number.
    pub fn push(&mut self, actor: &str, kind: &str, subject: &str, body: String) -> i64 {
        let seq = self.head_seq + 1;
        let at = stamp(Utc::now());
        let hash = chain::hash(&self.head_hash, seq, &at, actor, kind, subject, &body);
        let entry = Entry {
            seq,
            at,
            actor: actor.to_owned(),
            kind: kind.to_owned(),
            subject: subject.to_owned(),
            body,
            prev: std::mem::replace(&mut self.head_hash, hash.clone()),
            hash,
        };
        self.head_seq = seq;
        self.log.push(entry);
        seq
    }

    /// Appends a restored entry as it was (restore checks its hash first).
    pub(crate) fn push_entry(&mut self, e: Entry) {
        self.head_seq = e.seq;
        self.head_hash = e.hash.clone();
        self.log.push(e);
    }

    /// Queues a projection row (written after the log entries it belongs to).
    pub fn row(&mut self, table: &'static Table, values: Vec<Val>) {
        self.rows.push(PendingRow { table, values });
    }

    /// The entries not yet written.
    pub fn pending_entries(&self) -> &[Entry] {
        &self.log
    }

    /// The number the next entry will get.
    pub fn next_seq(&self) -> i64 {
        self.head_seq + 1
    }

    /// The transaction, for reads that must see this write's state.
    pub fn tx(&mut self) -> &mut Transaction<'static, Any> {
        &mut self.tx
    }

    /// Writes the buffered entries, then the buffered rows (grouped by table, in order).
    pub async fn flush(&mut self) -> Result<()> {
        let entries: Vec<Vec<Val>> = self.log.drain(..).map(entry_values).collect();
        insert_rows(&mut self.tx, self.backend, &LOG, entries).await?;
        // Rows of consecutive entries of one table go in together (order across tables is kept).
        let mut rows = std::mem::take(&mut self.rows).into_iter().peekable();
        while let Some(first) = rows.next() {
            let table = first.table;
            let mut group = vec![first.values];
            while let Some(next) = rows.next_if(|r| r.table.name == table.name) {
                group.push(next.values);
            }
            insert_rows(&mut self.tx, self.backend, table, group).await?;
        }
        Ok(())
    }

    /// Writes everything, moves the chain head and commits. Returns the new head.
    pub async fn commit(mut self) -> Result<(i64, String)> {
        self.flush().await?;
        sqlx::query("UPDATE chain_head SET seq = $1, hash = $2 WHERE id = 1")
            .bind(self.head_seq)
            .bind(self.head_hash.clone())
            .execute(&mut *self.tx)
            .await?;
        self.tx.commit().await?;
        Ok((self.head_seq, self.head_hash))
    }
}
