//! The harness the browser tests share: the real router in-process on 127.0.0.1 (an ephemeral port), Debian's
//! `chromedriver` driving Debian's `chromium` with a fresh profile on a phone-sized screen, and small helpers.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use amparo_web::{App, router};
use serde_json::{Value, json};
use thirtyfour::LoggingPrefsLogLevel;
use thirtyfour::prelude::*;
use tokio::sync::oneshot;

pub(crate) const CHROMIUM: &str = "/usr/bin/chromium";
pub(crate) const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Every locale of the guide; Arabic and Urdu are right-to-left.
pub(crate) const LOCALES: [&str; 12] = [
    "en", "es", "zh-Hans", "zh-Hant", "ru", "bn", "ht", "ko", "ar", "ur", "fr", "pl",
];
pub(crate) const RTL: [&str; 2] = ["ar", "ur"];

/// A phone's screen: the people Amparo serves use one.
pub(crate) const PHONE: (u32, u32) = (412, 915);

pub(crate) fn app() -> Arc<App> {
    static APP: OnceLock<Arc<App>> = OnceLock::new();
    APP.get_or_init(|| Arc::new(App::new().expect("the site builds")))
        .clone()
}

// ---------------------------------------------------------------------------------------------------------
// Harness: the server, chromedriver, the browser.

/// `amparo serve`, in-process on an ephemeral port.
pub(crate) struct Server {
    pub(crate) addr: SocketAddr,
    pub(crate) origin: String,
    stop: oneshot::Sender<()>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Server {
    pub(crate) async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("local address");
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            axum::serve(listener, router(app()))
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await
        });
        Self {
            addr,
            origin: format!("http://{addr}"),
            stop,
            task,
        }
    }

    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }

    /// Stop serving and close every connection (the browser's kept-alive ones too), then make sure the port
    /// refuses connections.
    pub(crate) async fn stop(self) {
        let _ = self.stop.send(());
        tokio::time::timeout(Duration::from_secs(15), self.task)
            .await
            .expect("the server stops within 15 s")
            .expect("server task")
            .expect("server ran");
        assert!(
            tokio::net::TcpStream::connect(self.addr).await.is_err(),
            "the stopped server's port still accepts connections"
        );
    }
}

/// chromedriver on a free local port, and one Chromium session with a fresh profile.
pub(crate) struct Browser {
    driver: WebDriver,
    chromedriver: tokio::process::Child,
    _profile: tempfile::TempDir,
}

pub(crate) fn require_browser() {
    for bin in [CHROMIUM, CHROMEDRIVER] {
        assert!(
            Path::new(bin).exists(),
            "{bin} is missing: the browser tests need Debian's chromium and chromium-driver \
             (`apt-get install chromium chromium-driver` as root; scripts/test installs them)"
        );
    }
}

pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

impl Browser {
    pub(crate) async fn start() -> Self {
        require_browser();
        let port = free_port();
        let chromedriver = tokio::process::Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("start chromedriver");
        let deadline = Instant::now() + Duration::from_secs(20);
        while tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_err() {
            assert!(
                Instant::now() < deadline,
                "chromedriver did not listen on port {port} within 20 s"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let profile = tempfile::tempdir().expect("profile dir");
        let mut caps = DesiredCapabilities::chrome();
        caps.set_binary(CHROMIUM).expect("binary");
        for arg in [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            // The date fields are typed as an en-US user types them (month, day, year).
            "--lang=en-US",
            &format!("--user-data-dir={}", profile.path().display()),
        ] {
            caps.add_arg(arg).expect("argument");
        }
        // Chrome's network log: every request the page makes (step 3).
        caps.set_logging_prefs("performance", LoggingPrefsLogLevel::All)
            .expect("logging prefs");
        let driver = WebDriver::new(format!("http://127.0.0.1:{port}"), caps)
            .await
            .expect("a Chromium session (is /usr/bin/chromium a working Chromium?)");
        // A phone's screen (a desktop window cannot be made this narrow).
        driver
            .cdp()
            .send_raw(
                "Emulation.setDeviceMetricsOverride",
                json!({ "width": PHONE.0, "height": PHONE.1, "deviceScaleFactor": 1, "mobile": true }),
            )
            .await
            .expect("phone screen");
        driver
            .set_script_timeout(Duration::from_secs(60))
            .await
            .expect("script timeout");
        Self {
            driver,
            chromedriver,
            _profile: profile,
        }
    }

    /// Run `steps` with the browser, then quit it (also when a step panics) and stop chromedriver.
    pub(crate) async fn run<F, Fut>(self, steps: F)
    where
        F: FnOnce(WebDriver) -> Fut,
        Fut: Future<Output = ()>,
    {
        let Self {
            driver,
            mut chromedriver,
            _profile,
        } = self;
        let result = driver
            .run_and_quit(|d| async move {
                steps(d).await;
                Ok::<(), WebDriverError>(())
            })
            .await;
        let _ = chromedriver.kill().await;
        result.expect("the browser session quits cleanly");
    }
}

/// Time a step and say so (visible with `--nocapture` or in nextest's output of a failing test).
pub(crate) async fn step<Fut: Future<Output = ()>>(name: &str, f: Fut) {
    let t = Instant::now();
    f.await;
    eprintln!("e2e: {name}: ok in {:.2?}", t.elapsed());
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers.

pub(crate) async fn js(d: &WebDriver, script: &str) -> Value {
    d.execute(script, Vec::<Value>::new())
        .await
        .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
        .json()
        .clone()
}

pub(crate) async fn js_async(d: &WebDriver, script: &str) -> Value {
    d.execute_async(script, Vec::<Value>::new())
        .await
        .unwrap_or_else(|e| panic!("async script failed: {e}\n{script}"))
        .json()
        .clone()
}

pub(crate) async fn goto(d: &WebDriver, url: &str) {
    d.goto(url).await.unwrap_or_else(|e| panic!("load {url}: {e}"));
}

pub(crate) async fn html_attr(d: &WebDriver, name: &str) -> String {
    d.find(By::Tag("html"))
        .await
        .expect("<html>")
        .attr(name)
        .await
        .expect("attribute")
        .unwrap_or_default()
}

pub(crate) async fn find(d: &WebDriver, css: &str) -> WebElement {
    let url = d.current_url().await.map(|u| u.to_string()).unwrap_or_default();
    d.find(By::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{url}: no element {css}: {e}"))
}

pub(crate) async fn count(d: &WebDriver, css: &str) -> usize {
    d.find_all(By::Css(css)).await.expect("find_all").len()
}

/// Wait (up to `secs`) for an element, e.g. the result of a form submission.
pub(crate) async fn wait_for(d: &WebDriver, css: &str, secs: u64) -> WebElement {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        if let Ok(e) = d.find(By::Css(css)).await {
            return e;
        }
        if Instant::now() > deadline {
            let url = d.current_url().await.map(|u| u.to_string()).unwrap_or_default();
            let body = d.source().await.unwrap_or_default();
            panic!("{url}: {css} did not appear within {secs} s; page:\n{body}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub(crate) async fn type_into(d: &WebDriver, css: &str, text: &str) {
    find(d, css)
        .await
        .send_keys(text)
        .await
        .unwrap_or_else(|e| panic!("type into {css}: {e}"));
}

pub(crate) async fn click(d: &WebDriver, css: &str) {
    find(d, css)
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("click {css}: {e}"));
}

/// Whether the read-aloud button shows: `app.js` unhides it, so it shows exactly when scripts run (Chromium
/// has speech synthesis; step 1 checks that it shows with JavaScript on).
pub(crate) async fn read_aloud_shown(d: &WebDriver) -> bool {
    find(d, "#speak").await.is_displayed().await.expect("displayed?")
}

// ---------------------------------------------------------------------------------------------------------
// axe-core (npm, crates/e2e/package.json).

pub(crate) fn axe_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js")
}

pub(crate) fn axe_source() -> String {
    std::fs::read_to_string(axe_path()).unwrap_or_else(|e| {
        panic!(
            "{}: {e}. axe-core is not installed: run `npm ci --prefix crates/e2e` (scripts/test does)",
            axe_path().display()
        )
    })
}

pub(crate) async fn set_colour_scheme(d: &WebDriver, scheme: &str) {
    d.cdp()
        .send_raw(
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }),
        )
        .await
        .expect("emulate a colour scheme");
}

/// Run axe-core on the current page (injected through WebDriver: the page's CSP would refuse a <script>).
pub(crate) async fn axe_violations(d: &WebDriver, axe: &str) -> Vec<Value> {
    let url = d.current_url().await.map(|u| u.to_string()).unwrap_or_default();
    let loaded = js(d, &format!("{axe}\n;return typeof window.axe;")).await;
    assert_eq!(loaded, json!("object"), "{url}: axe-core did not load");
    let violations = js_async(
        d,
        r#"
        const done = arguments[arguments.length - 1];
        axe.run(document, { resultTypes: ["violations"] })
          .then(r => done(r.violations.map(v => ({
              id: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + " — " + (n.failureSummary || "").replace(/\s+/g, " "))
          }))))
          .catch(e => done({ error: String(e) }));
        "#,
    )
    .await;
    match violations {
        Value::Array(v) => v,
        other => panic!("{url}: axe-core failed: {other}"),
    }
}
