//! The warrant check on the phone itself (issue 15), in headless Chromium against the real server:
//! 1. the warrant page offers it (WebAssembly is there), and "keep for offline" has the service worker keep the
//!    check and the photo reader (every file fetched with its integrity checked);
//! 2. the network is cut (CDP `Network.emulateNetworkConditions` offline, and the server stopped);
//! 3. the page, reloaded from the service worker, checks a typed paper and a photo of every kind on the device,
//!    and each answer (kind, judicial, home entry) is the server's on the same paper at the same instant
//!    (`amparo_documents::check_bytes`, the server's own path, with the same Tesseract model), except on a
//!    photo where the device's answer is the one on the paper's own text and the server's is not (the two
//!    Tesseract builds read a few letters differently on the hardest photos); the readers read in the layout
//!    asked for (`--psm 6` for the signature part: tesseract-wasm resets it when an image is loaded);
//! 4. Chromium's network log of the whole session shows no request with a body, and none but GETs.
//!
//! Accuracy on the photos (kind and judicial against the specimens' truth, dangerous errors) and the time per
//! photo are printed for both, with where the device's time went (preparation, waiting for the readers, the
//! readings in the workers). `scripts/bench-ondevice` runs this with 12 MP photos and the release
//! `amparo check-warrant` as the server. Set by the environment:
//! - `AMPARO_ONDEVICE_BIG=1`: 12-megapixel photos (3024 × 4032) instead of phone-like ones;
//! - `AMPARO_ONDEVICE_CORPUS=N`: photos of the first N variants of every kind (12: the whole corpus, 168
//!   photos) instead of one of each;
//! - `AMPARO_ONDEVICE_CLI=path`: the server's answer and time on each photo from that `amparo` binary
//!   (`check-warrant --format json`, one process a photo) instead of in-process;
//! - `AMPARO_ONDEVICE_PHOTOS=dir`: where the photos are written (kept).
mod common;

use std::time::{Duration, Instant};

use amparo_documents::{Limits, check_bytes, check_text};
use amparo_law::warrant::{Judicial, Kind, Situation};
use amparo_specimens::render;
use amparo_specimens::specimen::{VARIANTS, specimen};
use common::*;
use serde_json::{Value, json};
use thirtyfour::prelude::*;

/// The instant both checks are made at (the page's `data-now`; the server's `Situation::now`).
const NOW: &str = "2026-03-05T14:30:00-05:00";

fn situation() -> Situation {
    let now = chrono::DateTime::parse_from_rfc3339(NOW).expect("a time");
    Situation {
        name: None,
        address: None,
        now: Some(amparo_documents::in_new_york(now)),
    }
}

/// What a check on the device showed: `data-ran`, `data-kind`, `data-judicial`, `data-entry` of the answer.
async fn device_answer(d: &WebDriver, secs: u64) -> Value {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        let v = js(
            d,
            r##"const r = document.querySelector("#od-result .result");
               const busy = !document.getElementById("od-busy").hidden;
               return r && !busy ? { ran: r.dataset.ran || null, kind: r.dataset.kind || null,
                 judicial: r.dataset.judicial || null, entry: r.dataset.entry || null,
                 said: (r.querySelector(".ran") || {}).textContent || null }
                 : { pending: true, text: document.getElementById("od-result").textContent };"##,
        )
        .await;
        if v.get("pending").is_none() {
            return v;
        }
        assert!(
            Instant::now() < deadline,
            "no answer on the device within {secs} s: {v}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn clear_result(d: &WebDriver) {
    js(
        d,
        r##"const o = document.getElementById("od-result"); o.innerHTML = ""; o.hidden = true;
           document.querySelector("#od-form textarea").value = "";
           const f = document.querySelector("#od-form input[name=photo]"); if (f) f.value = "";
           return null;"##,
    )
    .await;
}

fn server_ids(r: &amparo_documents::Report) -> (String, String, String) {
    let a = &r.assessment;
    (
        a.kind.id().to_owned(),
        a.judicial.id().to_owned(),
        a.authorizes_home_entry.id().to_owned(),
    )
}

/// The server's answer on a photo, and how long it took: the `amparo` binary named by `AMPARO_ONDEVICE_CLI`
/// (as a person's `amparo check-warrant` runs it: a process, the photo read from its file), else the
/// server's own function in this process.
fn server_on_photo(photo: &[u8], path: &std::path::Path) -> ((String, String, String), Duration) {
    let t = Instant::now();
    let Some(cli) = std::env::var_os("AMPARO_ONDEVICE_CLI") else {
        let r = check_bytes(photo, &situation(), &Limits::default()).expect("the server reads the photo");
        return (server_ids(&r), t.elapsed());
    };
    let out = std::process::Command::new(&cli)
        .args(["check-warrant", "--format", "json", "--now", NOW])
        .arg(path)
        .output()
        .expect("run AMPARO_ONDEVICE_CLI");
    let took = t.elapsed();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{}: not JSON ({e}): {}",
            path.display(),
            String::from_utf8_lossy(&out.stdout)
        )
    });
    let s = |k: &str| v[k].as_str().unwrap_or("").to_owned();
    ((s("kind"), s("judicial"), s("authorizes_home_entry")), took)
}

/// Where the device's time on the last photo went (ms), from `ocr.js`'s `timings()`: the preparation, the
/// wait for the readers, and over its readings the time in the workers (`ocr`: Tesseract reading;
/// `handover`: the pixels copied out of the WebAssembly, to RGBA and into Tesseract) and the longest reading.
#[derive(Default, Debug, Clone, Copy)]
struct Spent {
    prepare: f64,
    wait: f64,
    reads: u32,
    /// Readings as one block (`--psm 6`: the signature part read again), as the worker reports the mode it
    /// read in (it refuses any other than the one asked for).
    blocks: u32,
    ocr: f64,
    handover: f64,
}

impl Spent {
    fn of(log: &Value) -> Spent {
        let mut s = Spent::default();
        let f = |v: &Value, k: &str| v[k].as_f64().unwrap_or(0.0);
        for e in log.as_array().into_iter().flatten() {
            if e.get("prepare").is_some() {
                s.prepare += f(e, "prepare");
                s.wait += f(e, "wait") + f(e, "fetch");
            } else {
                s.reads += 1;
                s.blocks += u32::from(e["psm"] == 6);
                s.ocr += f(e, "ocr");
                s.handover += f(e, "copy") + f(e, "rgba") + f(e, "load");
            }
        }
        s
    }

    fn add(&mut self, o: Spent) {
        self.prepare += o.prepare;
        self.wait += o.wait;
        self.reads += o.reads;
        self.blocks += o.blocks;
        self.ocr += o.ocr;
        self.handover += o.handover;
    }
}

fn device_ids(v: &Value) -> (String, String, String) {
    let s = |k: &str| v[k].as_str().unwrap_or("").to_owned();
    (s("kind"), s("judicial"), s("entry"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_warrant_check_runs_on_the_phone_offline_and_sends_nothing() {
    require_browser();
    let big = std::env::var_os("AMPARO_ONDEVICE_BIG").is_some();
    let font = render::font_for_ocr().expect("the specimens' font (fonts-dejavu-core)");
    let dir = match std::env::var_os("AMPARO_ONDEVICE_PHOTOS") {
        Some(d) => std::path::PathBuf::from(d),
        None => std::env::temp_dir().join(format!("amparo-ondevice-{}", std::process::id())),
    };
    std::fs::create_dir_all(&dir).expect("photo dir");
    // The typed papers: one specimen of each kind, and the server's answer on its text.
    let typed: Vec<_> = Kind::ALL
        .iter()
        .map(|&kind| {
            let s = specimen(kind, 0);
            let text = s.text();
            let want = server_ids(&check_text(&text, &situation()));
            (s, text, want)
        })
        .collect();
    // The photos: a phone-like (or 12 MP) photo of each specimen, and the server's answer on it, timed.
    let variants = std::env::var("AMPARO_ONDEVICE_CORPUS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(1)
        .clamp(1, VARIANTS);
    let mut papers = Vec::new();
    let mut server_photo_time = Duration::ZERO;
    for v in 0..variants {
        for kind in Kind::ALL {
            let s = specimen(kind, v);
            let photo = render::photo_sized(&s, Some(&font), big);
            let path = dir.join(format!("{}.jpg", s.id));
            std::fs::write(&path, &photo).expect("write the photo");
            let (on_photo, took) = server_on_photo(&photo, &path);
            server_photo_time += took;
            papers.push((s, path, on_photo, took));
        }
    }
    let server = Server::start().await;
    let origin = server.origin.clone();
    let mut server = Some(server);
    Browser::start()
        .await
        .run(|d| async move {
            step("1 offered, kept for offline", async {
                goto(&d, &format!("{origin}/en/warrant")).await;
                // The first load registers the service worker; the second is controlled by it.
                let deadline = Instant::now() + Duration::from_secs(30);
                while js(&d, "return !!navigator.serviceWorker.controller;").await != json!(true) {
                    assert!(Instant::now() < deadline, "the service worker did not take control");
                    tokio::time::sleep(Duration::from_millis(300)).await;
                    goto(&d, &format!("{origin}/en/warrant")).await;
                }
                assert!(find(&d, "#ondevice").await.is_displayed().await.expect("shown?"), "not offered");
                let size = find(&d, "#od-size").await.text().await.expect("size");
                assert!(size.contains("MB"), "the sizes are stated before download: {size}");
                eprintln!("e2e:   downloaded once for offline use (brotli, as served; text check + photos): {size}");
                click(&d, "#od-keep").await;
                let deadline = Instant::now() + Duration::from_secs(120);
                while !find(&d, "#od-kept").await.is_displayed().await.expect("shown?") {
                    assert!(Instant::now() < deadline, "not kept for offline within 120 s");
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            })
            .await;
            step("2 network cut", async {
                d.cdp()
                    .send_raw("Network.enable", json!({}))
                    .await
                    .expect("Network.enable");
                d.cdp()
                    .send_raw(
                        "Network.emulateNetworkConditions",
                        json!({ "offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
                    )
                    .await
                    .expect("offline");
                if let Some(s) = server.take() {
                    s.stop().await;
                }
                goto(&d, &format!("{origin}/en/warrant")).await;
                assert!(find(&d, "#ondevice").await.is_displayed().await.expect("shown?"), "not offered offline");
                js(&d, &format!("document.getElementById('ondevice').dataset.now = '{NOW}'; return null;")).await;
            })
            .await;
            step("3a typed papers of every kind, on the device", async {
                for (s, text, want) in &typed {
                    clear_result(&d).await;
                    d.execute(
                        "document.querySelector('#od-form textarea').value = arguments[0]; return null;",
                        vec![json!(text)],
                    )
                    .await
                    .expect("type the paper");
                    click(&d, "#od-form button[type=submit]").await;
                    let got = device_answer(&d, 30).await;
                    assert_eq!(got["ran"], "device", "{}: {got}", s.id);
                    assert_eq!(&device_ids(&got), want, "{}: typed text, device vs server", s.id);
                }
            })
            .await;
            let mut device_time = Duration::ZERO;
            let (mut right_device, mut right_server, mut judicial_device, mut judicial_server) = (0, 0, 0, 0);
            let (mut dangerous_device, mut dangerous_server) = (0, 0);
            let (mut differ, mut device_better) = (Vec::new(), Vec::new());
            let mut spent = Spent::default();
            step("3b photos of every kind, on the device", async {
                for (s, path, want, server_took) in &papers {
                    clear_result(&d).await;
                    type_into(&d, "#od-form input[name=photo]", &path.display().to_string()).await;
                    let t = Instant::now();
                    click(&d, "#od-form button[type=submit]").await;
                    let got = device_answer(&d, 300).await;
                    let took = t.elapsed();
                    device_time += took;
                    assert_eq!(got["ran"], "device", "{}: {got}", s.id);
                    let log = js(&d, "return import('/ondevice/ocr.js').then((m) => m.timings());").await;
                    let this = Spent::of(&log);
                    spent.add(this);
                    let ids = device_ids(&got);
                    eprintln!(
                        "e2e:     {}: device {:.2} s (prepare {:.2}, readers {:.2}, {} readings: OCR {:.2}, hand-over {:.2}), \
                         server {:.2} s; {} {} {}{}",
                        s.id,
                        took.as_secs_f64(),
                        this.prepare / 1e3,
                        this.wait / 1e3,
                        this.reads,
                        this.ocr / 1e3,
                        this.handover / 1e3,
                        server_took.as_secs_f64(),
                        ids.0,
                        ids.1,
                        ids.2,
                        if &ids == want { String::new() } else { format!(" (server: {} {} {})", want.0, want.1, want.2) }
                    );
                    let truth = (s.truth.kind.id(), s.truth.judicial.id());
                    if &ids != want {
                        // The two Tesseract builds read a few letters differently on the hardest photos: a
                        // difference is allowed only where the device's answer is the one on the paper's own
                        // text at the same instant (kind, judicial, home entry: what a perfect reading gives)
                        // and the server's is not.
                        let on_text = server_ids(&check_text(&s.text(), &situation()));
                        let right = |a: &(String, String, String)| *a == on_text;
                        let line = format!("{}: device {ids:?}, server {want:?}", s.id);
                        if right(&ids) && !right(want) {
                            device_better.push(line);
                        } else {
                            differ.push(line);
                        }
                    }
                    right_device += u32::from(ids.0 == truth.0);
                    right_server += u32::from(want.0 == truth.0);
                    judicial_device += u32::from(ids.1 == truth.1);
                    judicial_server += u32::from(want.1 == truth.1);
                    let yes = Judicial::Yes.id();
                    dangerous_device += u32::from(ids.1 == yes && truth.1 != yes);
                    dangerous_server += u32::from(want.1 == yes && truth.1 != yes);
                }
            })
            .await;
            step("3c the readers read in the layout asked for (--psm 6 for the signature part)", async {
                // tesseract-wasm's loadImage resets the layout to automatic: a mode set before it is lost,
                // and the worker refuses such a reading (ocr-worker.js). A blank page read as one block.
                let got = js(
                    &d,
                    "return (async () => {
                       const m = await import('/ondevice/ocr.js');
                       const r = await (await m.readers(document.getElementById('ondevice').dataset)).ready;
                       const w = 240, h = 80, grey = new Uint8Array(w * h).fill(255);
                       const page = { grey: () => grey.slice(), width: () => w, height: () => h };
                       try { await r[0].read(page, 6); await r[1].read(page); }
                       catch (e) { return 'refused: ' + e.message; }
                       return m.timings().slice(-2).map((t) => t.psm);
                     })();",
                )
                .await;
                assert_eq!(got, json!([6, 3]), "the modes the two readers read in");
            })
            .await;
            let n = papers.len() as u32;
            let per = |ms: f64| ms / 1e3 / f64::from(n);
            eprintln!(
                "e2e:   photos ({n}, {}): device kind {right_device}/{n}, judicial {judicial_device}/{n}, dangerous {dangerous_device}; \
                 server kind {right_server}/{n}, judicial {judicial_server}/{n}, dangerous {dangerous_server}; \
                 device and server differ on {} (kind, judicial or home entry), {} of them with the device's answer \
                 the one on the paper's text and the server's not: {device_better:?}",
                if big { "12 MP" } else { "phone-like" },
                differ.len() + device_better.len(),
                device_better.len()
            );
            let (device, server_per) = (
                device_time.as_secs_f64() / f64::from(n),
                server_photo_time.as_secs_f64() / f64::from(n),
            );
            eprintln!(
                "e2e:   time per photo: device {device:.2} s (headless Chromium, WebAssembly), server {server_per:.2} s ({}); \
                 device/server {:.1}x",
                if std::env::var_os("AMPARO_ONDEVICE_CLI").is_some() {
                    "amparo check-warrant, one process a photo"
                } else {
                    "in-process, this test's build"
                },
                device / server_per
            );
            eprintln!(
                "e2e:   device per photo: prepare {:.2} s, waiting for the readers {:.2} s, {:.1} readings: OCR {:.2} s \
                 and hand-over {:.2} s in the workers (summed over both); {} of {} readings as one block (--psm 6)",
                per(spent.prepare),
                per(spent.wait),
                f64::from(spent.reads) / f64::from(n),
                per(spent.ocr),
                per(spent.handover),
                spent.blocks,
                spent.reads
            );
            assert!(differ.is_empty(), "photos where the device and the server differ, the device not the one right: {differ:#?}");
            assert_eq!(dangerous_device, 0, "a non-judicial paper was reported judicial on the device");
            step("4 no request with a body left the page", async {
                let log = d.get_log("performance").await.expect("network log");
                let mut sent = Vec::new();
                for entry in &log {
                    let m: Value = serde_json::from_str(&entry.message).expect("a log entry is JSON");
                    if m["message"]["method"] == "Network.requestWillBeSent" {
                        let r = &m["message"]["params"]["request"];
                        let body = r["hasPostData"] == json!(true) || r.get("postData").is_some();
                        if body || r["method"] != "GET" {
                            sent.push(format!("{} {}", r["method"], r["url"]));
                        }
                    }
                }
                assert!(sent.is_empty(), "requests with a body (or not GET) left the page: {sent:#?}");
            })
            .await;
        })
        .await;
    if std::env::var_os("AMPARO_ONDEVICE_PHOTOS").is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    }
}
