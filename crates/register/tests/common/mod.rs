//! The same tests on both databases. `both!(name, |db| async move { … })` makes `name::sqlite` (a file in a
//! temporary directory) and `name::postgres` (a new database on the server named by
//! `AMPARO_TEST_POSTGRES`, dropped afterwards).
//!
//! Without `AMPARO_TEST_POSTGRES`, the PostgreSQL half fails if `CI` or `AMPARO_REQUIRE_POSTGRES` is set
//! (scripts/test sets the latter: CI must run it) and otherwise
//! prints why it is skipped.

#![allow(dead_code)]

use std::sync::atomic::{AtomicU32, Ordering};

use amparo_register::Register;

pub(crate) const PG_VAR: &str = "AMPARO_TEST_POSTGRES";

/// A fresh, empty database and its URL; removed when dropped.
pub(crate) struct TestDb {
    pub(crate) url: String,
    pub(crate) backend: &'static str,
    _dir: Option<tempfile::TempDir>,
    pg: Option<(String, String)>,
}

impl TestDb {
    pub(crate) async fn create(&self) -> Register {
        Register::create(&self.url).await.expect("create the register")
    }

    pub(crate) async fn open(&self) -> Register {
        Register::open(&self.url).await.expect("open the register")
    }

    /// Another empty database of the same kind (for restores).
    pub(crate) async fn sibling(&self) -> TestDb {
        match self.backend {
            "sqlite" => sqlite(),
            _ => postgres().await.expect("postgres"),
        }
    }
}

pub(crate) fn sqlite() -> TestDb {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite:{}", dir.path().join("register.db").display());
    TestDb {
        url,
        backend: "sqlite",
        _dir: Some(dir),
        pg: None,
    }
}

/// A new PostgreSQL database, or None (with the reason printed) where none is configured outside CI.
pub(crate) async fn postgres() -> Option<TestDb> {
    let Ok(admin) = std::env::var(PG_VAR) else {
        if std::env::var_os("CI").is_some() || std::env::var_os("AMPARO_REQUIRE_POSTGRES").is_some() {
            panic!("{PG_VAR} is not set, but CI is: scripts/test starts a PostgreSQL for these tests");
        }
        eprintln!("skipped: {PG_VAR} is not set (scripts/test sets it; see README, \"The register\")");
        return None;
    };
    static N: AtomicU32 = AtomicU32::new(0);
    let name = format!(
        "amparo_test_{}_{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed),
        chrono::Utc::now().timestamp_micros() % 1_000_000
    );
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&admin)
        .await
        .unwrap_or_else(|e| panic!("{PG_VAR} is set but PostgreSQL cannot be reached: {e}"));
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&pool)
        .await
        .expect("create a test database");
    pool.close().await;
    Some(TestDb {
        url: with_database(&admin, &name),
        backend: "postgres",
        _dir: None,
        pg: Some((admin, name)),
    })
}

/// The admin URL with its database replaced.
fn with_database(url: &str, db: &str) -> String {
    let (base, query) = url.split_once('?').map(|(b, q)| (b, Some(q))).unwrap_or((url, None));
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let host_end = base[scheme_end..]
        .find('/')
        .map(|i| i + scheme_end)
        .unwrap_or(base.len());
    let mut out = format!("{}/{db}", &base[..host_end]);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin, name)) = self.pg.take() {
            // Dropped from a thread of its own: the test's runtime may be shutting down.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .ok()?;
                rt.block_on(async {
                    let pool = sqlx::AnyPool::connect(&admin).await.ok()?;
                    sqlx::query(sqlx::AssertSqlSafe(format!(
                        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                    )))
                    .execute(&pool)
                    .await
                    .ok()?;
                    pool.close().await;
                    Some(())
                })
            })
            .join();
        }
    }
}

/// Runs a test body on SQLite and on PostgreSQL.
#[macro_export]
macro_rules! both {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let db = $crate::common::sqlite();
                ($body)(db).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let Some(db) = $crate::common::postgres().await else {
                    return;
                };
                ($body)(db).await;
            }
        }
    };
}

/// A detainer line; `facts` adds case fields of `amparo detainer` (`,"judicial_warrant":true`, …). The
/// arrest is on the day received.
pub(crate) fn det(id: &str, at: &str, agency: &str, by: &str, person: &str, basis: &str, facts: &str) -> String {
    let basis = if basis == "null" {
        "null".into()
    } else {
        format!("\"{basis}\"")
    };
    let arrest = &at[..10];
    format!(
        r#"{{"type":"detainer","id":"{id}","received_at":"{at}","agency":"{agency}","requested_by":"{by}","person":"{person}","basis":{basis},"arrest_date":"{arrest}"{facts}}}"#
    )
}

/// Case facts: a judicial warrant, and a conviction for assault in the second degree (listed) in 2021.
pub(crate) const WARRANT_CONVICTED: &str =
    r#","judicial_warrant":true,"convictions":[{"statute":"PL 120.05","felony":true,"judgment_date":"2021-03-01"}]"#;

pub(crate) fn action(reference: &str, at: &str, action: &str) -> String {
    format!(r#"{{"type":"action","ref":"{reference}","at":"{at}","action":"{action}","by":"officer 7"}}"#)
}

/// Imports lines (as JSON lines) quietly; returns the stats and the refusals.
pub(crate) async fn import_lines(
    reg: &Register,
    lines: &[String],
) -> (amparo_register::import::Stats, Vec<amparo_register::LineError>) {
    struct Keep(Vec<amparo_register::LineError>);
    impl amparo_register::import::Progress for Keep {
        fn refused(&mut self, e: &amparo_register::LineError) {
            self.0.push(e.clone());
        }
    }
    let text = lines.join("\n");
    let mut keep = Keep(Vec::new());
    let stats = amparo_register::import::import(
        reg,
        std::io::Cursor::new(text.into_bytes()),
        amparo_register::import::Format::JsonLines,
        "cli:test",
        amparo_register::import::Batching::default(),
        &mut keep,
    )
    .await
    .expect("import");
    (stats, keep.0)
}

/// Verify must pass (the problems are shown if not).
pub(crate) async fn assert_verified(reg: &Register) -> amparo_register::verify::Verified {
    let v = amparo_register::verify::verify(reg, None).await.expect("verify runs");
    assert!(v.ok, "verify found: {:#?}", v.problems);
    v
}
