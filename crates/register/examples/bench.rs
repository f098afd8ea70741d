//! The register's benchmark (run by scripts/bench-register, in release): on one database,
//! import an import file, measure the database's size, make every report over it, verify the chain,
//! back it up; then a load test of the JSON API with concurrent clerks over real TCP connections.
//!
//!   bench DATABASE_URL FILE.jsonl [--clerks K --each M] [--backup-file PATH --restore-into URL]
//!
//! With `--backup-file` and `--restore-into`, the backup is written to that file and restored into that new
//! database, and the restored register is verified (the same head).
//!
//! Prints one JSON object per measurement on standard output.

use std::io::BufReader;
use std::time::{Duration, Instant};

use amparo_register::Register;
use amparo_register::auth::{self, Role};
use amparo_register::import::{self, Batching, Format, Progress, Stats};
use amparo_register::report::{self, Law, Options, Period};
use serde_json::json;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};

struct Ticker(Instant);

impl Progress for Ticker {
    fn committed(&mut self, through: u64, s: &Stats) {
        if self.0.elapsed() > Duration::from_secs(10) {
            eprintln!("  … line {through}: {} recorded", s.recorded);
            self.0 = Instant::now();
        }
    }
}

/// This process's CPU time (user + system, all threads) in seconds, from /proc (Linux); the machine is
/// shared, so wall time alone says little.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    // Fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the command name; 100 ticks/s.
    (ticks(11) + ticks(12)) / 100.0
}

fn arg(args: &[String], name: &str, default: usize) -> usize {
    text_arg(args, name).and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn text_arg<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (url, file) = (args[0].clone(), args[1].clone());
    let clerks = arg(&args, "--clerks", 16);
    let each = arg(&args, "--each", 100);
    // --reports-only: an existing register (from an earlier run): the reports only.
    if args.iter().any(|a| a == "--reports-only") {
        return reports(&Register::open(&url).await?).await;
    }
    let reg = Register::create(&url).await?;

    let started = Instant::now();
    let cpu0 = cpu_seconds();
    let input = BufReader::with_capacity(1 << 20, std::fs::File::open(&file)?);
    let stats = import::import(
        &reg,
        input,
        Format::JsonLines,
        "cli:bench",
        Batching::default(),
        &mut Ticker(Instant::now()),
    )
    .await?;
    let secs = started.elapsed().as_secs_f64();
    let cpu = cpu_seconds() - cpu0;
    let requests: i64 = sqlx::Row::try_get(
        &sqlx::query("SELECT COUNT(*) FROM requests")
            .fetch_one(reg.pool())
            .await?,
        0,
    )?;
    println!(
        "{}",
        json!({ "what": "import", "lines": stats.lines, "recorded": stats.recorded, "refused": stats.refused,
                "requests": requests, "seconds": secs, "lines_per_s": stats.lines as f64 / secs, "requests_per_s": requests as f64 / secs,
                "cpu_seconds": cpu, "lines_per_cpu_s": stats.lines as f64 / cpu.max(1e-9) })
    );
    if backend_is_sqlite(&url) {
        // Fold the WAL into the file so that the size is the file's.
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(reg.pool())
            .await?;
    }
    println!(
        "{}",
        json!({ "what": "size", "bytes": reg.size_bytes().await?, "per_request": reg.size_bytes().await? as f64 / requests.max(1) as f64 })
    );

    reports(&reg).await?;

    let t = Instant::now();
    let c = cpu_seconds();
    let v = amparo_register::verify::verify(&reg, None).await?;
    println!(
        "{}",
        json!({ "what": "verify", "ok": v.ok, "entries": v.entries, "seconds": t.elapsed().as_secs_f64(), "cpu_seconds": cpu_seconds() - c })
    );

    load_test(&reg, clerks, each).await?;
    let t = Instant::now();
    let file = text_arg(&args, "--backup-file");
    let mut out: Box<dyn std::io::Write> = match file {
        Some(path) => Box::new(std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(path)?)),
        None => Box::new(std::io::sink()),
    };
    let mut counting = CountingWriter(&mut out, 0);
    let copied = amparo_register::backup::backup(&reg, &mut counting).await?;
    std::io::Write::flush(&mut counting)?;
    let bytes = counting.1;
    drop(out);
    println!(
        "{}",
        json!({ "what": "backup", "entries": copied.entries, "bytes": bytes, "seconds": t.elapsed().as_secs_f64() })
    );
    if let (Some(path), Some(into)) = (file, text_arg(&args, "--restore-into")) {
        // The original SQLite file goes first (its backup holds it all): disk for one copy at a time.
        reg.close().await;
        if let Some(db) = url.strip_prefix("sqlite:") {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{db}{suffix}"));
            }
        }
        let t = Instant::now();
        let c = cpu_seconds();
        let input = BufReader::with_capacity(1 << 20, std::fs::File::open(path)?);
        let restored = amparo_register::backup::restore(into, input).await?;
        let restore_secs = t.elapsed().as_secs_f64();
        let restore_cpu = cpu_seconds() - c;
        std::fs::remove_file(path)?;
        let t = Instant::now();
        let again = Register::open(into).await?;
        let v = amparo_register::verify::verify(&again, Some((copied.head_seq, &copied.head_hash))).await?;
        println!(
            "{}",
            json!({ "what": "restore", "entries": restored.entries, "seconds": restore_secs, "cpu_seconds": restore_cpu,
                    "same_head": (restored.head_seq, &restored.head_hash) == (copied.head_seq, &copied.head_hash),
                    "verify_ok": v.ok, "verify_seconds": t.elapsed().as_secs_f64() })
        );
        again.close().await;
    }

    Ok(())
}

/// Each report over the data set's last statutory year (and a quarter for § 10-178(d)).
async fn reports(reg: &Register) -> Result<(), Box<dyn std::error::Error>> {
    for (law, period) in [
        (Law::Doc, "2026"),
        (Law::Nypd, "2026"),
        (Law::Probation, "2026"),
        (Law::Assistance, "2026Q1"),
    ] {
        let t = Instant::now();
        let c = cpu_seconds();
        let r = report::compute::build(
            reg,
            law,
            Period::parse(law, period)?,
            Options::for_law(law),
            "cli:bench",
        )
        .await?;
        let json = report::render(&r, report::Format::Json)?;
        let first = r
            .items
            .first()
            .and_then(|i| i.figures.first())
            .map(|f| format!("{:?}", f.value));
        println!(
            "{}",
            json!({ "what": "report", "law": law.id(), "period": period, "seconds": t.elapsed().as_secs_f64(), "cpu_seconds": cpu_seconds() - c,
                    "json_bytes": json.len(), "first_total": first })
        );
    }
    Ok(())
}

fn backend_is_sqlite(url: &str) -> bool {
    url.starts_with("sqlite:")
}

struct CountingWriter<'a, W: std::io::Write>(&'a mut W, u64);

impl<W: std::io::Write> std::io::Write for CountingWriter<'_, W> {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.1 += b.len() as u64;
        self.0.write(b)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

/// One HTTP/1.1 request on a kept-alive connection; returns the status.
async fn http(
    conn: &mut tokio::io::BufStream<tokio::net::TcpStream>,
    method: &str,
    path: &str,
    token: &str,
    body: &str,
) -> std::io::Result<u16> {
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: bench\r\nAuthorization: Bearer {token}\r\nContent-Type: application/x-ndjson\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    conn.write_all(head.as_bytes()).await?;
    conn.write_all(body.as_bytes()).await?;
    conn.flush().await?;
    let mut line = String::new();
    conn.read_line(&mut line).await?;
    let status: u16 = line.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let mut length = 0usize;
    loop {
        line.clear();
        conn.read_line(&mut line).await?;
        if line == "\r\n" || line.is_empty() {
            break;
        }
        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        }
    }
    let mut buf = vec![0u8; length];
    conn.read_exact(&mut buf).await?;
    Ok(status)
}

/// K clerks at once, each recording M requests (a detainer and its action, one call) and reading each
/// back (a logged read), over real connections to the staff server.
async fn load_test(reg: &Register, clerks: usize, each: usize) -> Result<(), Box<dyn std::error::Error>> {
    let mut tokens = Vec::new();
    for i in 0..clerks {
        let name = format!("bench-clerk-{i}");
        auth::create_account(reg, "cli:bench", &name, Role::Clerk, None).await?;
        tokens.push(auth::create_token(reg, "cli:bench", &name, "bench").await?);
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let app = amparo_register::server::router(reg.clone(), true);
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let started = Instant::now();
    let c = cpu_seconds();
    let mut tasks = Vec::new();
    for (i, token) in tokens.into_iter().enumerate() {
        tasks.push(tokio::spawn(async move {
            let mut conn = tokio::io::BufStream::new(tokio::net::TcpStream::connect(addr).await?);
            let mut latencies = Vec::with_capacity(each * 2);
            for j in 0..each {
                let id = format!("LOAD-{i}-{j}");
                let body = format!(
                    "{{\"type\":\"detainer\",\"id\":\"{id}\",\"received_at\":\"2026-05-01T10:00\",\"agency\":\"doc\",\"requested_by\":\"ice\",\"person\":\"LP-{i}-{j}\",\"basis\":\"removal_order\",\"arrest_date\":\"2026-04-30\",\"convictions\":[{{\"statute\":\"PL 120.05\",\"felony\":true,\"judgment_date\":\"2022-01-01\"}}]}}\n{{\"type\":\"action\",\"ref\":\"{id}\",\"at\":\"2026-05-01T12:00\",\"action\":\"declined\",\"by\":\"clerk {i}\"}}\n"
                );
                let t = Instant::now();
                let s = http(&mut conn, "POST", "/api/v1/events", &token, &body).await?;
                latencies.push(t.elapsed());
                assert_eq!(s, 200, "POST /api/v1/events");
                let t = Instant::now();
                let s = http(&mut conn, "GET", &format!("/api/v1/requests/{id}"), &token, "").await?;
                latencies.push(t.elapsed());
                assert_eq!(s, 200, "GET /api/v1/requests");
            }
            Ok::<_, std::io::Error>(latencies)
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await??);
    }
    let secs = started.elapsed().as_secs_f64();
    all.sort();
    let pct = |p: f64| all[((all.len() as f64 - 1.0) * p) as usize].as_secs_f64() * 1000.0;
    let v = amparo_register::verify::verify(reg, None).await?;
    println!(
        "{}",
        json!({ "what": "api_load", "clerks": clerks, "calls": all.len(), "seconds": secs, "calls_per_s": all.len() as f64 / secs, "cpu_seconds": cpu_seconds() - c,
                "p50_ms": pct(0.5), "p95_ms": pct(0.95), "p99_ms": pct(0.99), "max_ms": pct(1.0), "verify_ok": v.ok })
    );
    server.abort();
    Ok(())
}
