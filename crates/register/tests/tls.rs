//! TLS to PostgreSQL, as an agency's remote server is reached: `sslmode` and `sslrootcert` are honoured.
//! One server without TLS (the suite's own) refuses `require`; one with TLS, made for this test by
//! `scripts/postgres-throwaway start --tls` (a CA and a certificate for "localhost" made with the openssl CLI
//! at start, nothing fetched), is reached with `verify-full` and that CA, and refused with another CA or a
//! name the certificate does not carry.

mod common;

use std::collections::HashMap;
use std::path::PathBuf;

use amparo_register::{Register, RegisterError};

fn with(url: &str, query: &str) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}{query}")
}

/// `sslmode` is honoured: `require` against a server without TLS (the throwaway test server has none) is
/// refused with a clear error, not a panic and not a silent plain-text connection; `disable` connects; an
/// unknown mode is refused before connecting.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_sslmode_require_is_refused_by_a_server_without_tls() {
    let Some(db) = common::postgres().await else {
        return;
    };
    for mode in ["require", "verify-full"] {
        let e = match Register::create(&with(&db.url, &format!("sslmode={mode}"))).await {
            Ok(_) => panic!("sslmode={mode} connected to a server without TLS"),
            Err(e) => e,
        };
        assert!(matches!(e, RegisterError::Tls { .. }), "{mode}: {e:?}");
        let text = e.to_string();
        assert!(text.contains(&format!("sslmode={mode}")), "{text}");
        assert!(text.contains("does not support TLS"), "{text}");
        assert!(!e.is_bad_input());
    }
    let reg = Register::create(&with(&db.url, "sslmode=disable")).await.unwrap();
    common::assert_verified(&reg).await;
    let e = Register::open(&with(&db.url, "sslmode=sometimes")).await.err().unwrap();
    assert!(
        e.is_bad_input() && e.to_string().contains("sslmode=sometimes is not one of"),
        "{e}"
    );
}

/// A throwaway cluster with TLS (its own, stopped and removed when dropped).
struct TlsServer {
    vars: HashMap<String, String>,
    script: PathBuf,
}

impl TlsServer {
    fn start() -> TlsServer {
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scripts/postgres-throwaway");
        let out = std::process::Command::new(&script)
            .args(["start", "--fast", "--tls"])
            .output()
            .expect("run scripts/postgres-throwaway");
        assert!(
            out.status.success(),
            "postgres-throwaway start --tls: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        // Lines of `export NAME='VALUE'`.
        let vars = String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| l.strip_prefix("export ")?.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.trim_matches('\'').to_owned()))
            .collect();
        TlsServer { vars, script }
    }

    fn var(&self, name: &str) -> &str {
        self.vars
            .get(name)
            .unwrap_or_else(|| panic!("postgres-throwaway --tls exported no {name}"))
    }

    /// The password in the TLS URL (never in a message).
    fn password(&self) -> &str {
        let url = self.var("AMPARO_TEST_POSTGRES_TLS");
        url.split_once("amparo:")
            .and_then(|(_, rest)| rest.split_once('@'))
            .map(|(p, _)| p)
            .expect("a password in the TLS URL")
    }

    /// The TLS URL with its host replaced and these options.
    fn url(&self, host: &str, query: &str) -> String {
        with(
            &self
                .var("AMPARO_TEST_POSTGRES_TLS")
                .replace("@localhost:", &format!("@{host}:")),
            query,
        )
    }
}

impl Drop for TlsServer {
    fn drop(&mut self) {
        if let Some(dir) = self.vars.get("AMPARO_PG_DIR") {
            let _ = std::process::Command::new(&self.script).args(["stop", dir]).status();
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_over_tls_with_verify_full_and_the_servers_ca() {
    // Run where the PostgreSQL half of the suite runs (the same server binaries make this cluster).
    if std::env::var_os(common::PG_VAR).is_none() {
        if std::env::var_os("CI").is_some() || std::env::var_os("AMPARO_REQUIRE_POSTGRES").is_some() {
            panic!(
                "{} is not set, but CI is: scripts/test starts a PostgreSQL",
                common::PG_VAR
            );
        }
        eprintln!("skipped: {} is not set (see README, \"The register\")", common::PG_VAR);
        return;
    }
    let server = TlsServer::start();
    let ca = server.var("AMPARO_PG_CA").to_owned();
    let other = server.var("AMPARO_PG_OTHER_CA").to_owned();

    // The server's CA, the name on its certificate: connected, over TLS.
    let good = server.url("localhost", &format!("sslmode=verify-full&sslrootcert={ca}"));
    let reg = Register::create(&good)
        .await
        .unwrap_or_else(|e| panic!("verify-full with the server's CA: {e}"));
    let row = sqlx::query("SELECT CAST(ssl AS TEXT), version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        .fetch_one(reg.pool())
        .await
        .unwrap();
    let (ssl, version): (String, String) = (
        sqlx::Row::try_get(&row, 0).unwrap(),
        sqlx::Row::try_get(&row, 1).unwrap(),
    );
    assert_eq!(ssl, "true", "the session is encrypted");
    assert!(version.starts_with("TLSv1."), "{version}");
    common::assert_verified(&reg).await;
    assert!(!reg.shown().contains(server.password()), "the password is not shown");
    reg.close().await;

    // verify-ca checks the CA, not the name: the address 127.0.0.1, which the certificate does not name.
    let reg = Register::open(&server.url("127.0.0.1", &format!("sslmode=verify-ca&sslrootcert={ca}")))
        .await
        .unwrap_or_else(|e| panic!("verify-ca at 127.0.0.1: {e}"));
    common::assert_verified(&reg).await;
    reg.close().await;

    // Refused, each with an error that says TLS and the mode: a CA that did not sign the certificate; the
    // name not on it under verify-full.
    for (what, url) in [
        (
            "another CA",
            server.url("localhost", &format!("sslmode=verify-full&sslrootcert={other}")),
        ),
        (
            "a name not on the certificate",
            server.url("127.0.0.1", &format!("sslmode=verify-full&sslrootcert={ca}")),
        ),
    ] {
        let e = match Register::open(&url).await {
            Ok(_) => panic!("{what}: connected"),
            Err(e) => e,
        };
        assert!(matches!(e, RegisterError::Tls { .. }), "{what}: {e:?}");
        let text = e.to_string();
        assert!(text.contains("sslmode=verify-full"), "{what}: {text}");
        assert!(text.contains("certificate"), "{what}: {text}");
        assert!(
            !text.contains(server.password()),
            "{what}: the password is not shown: {text}"
        );
    }

    // The server takes no plain-text connection over TCP.
    assert!(
        Register::open(&server.url("localhost", "sslmode=disable"))
            .await
            .is_err()
    );
}
