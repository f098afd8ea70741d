//! The warrant check on the phone itself (issue 15), in headless Chromium against the real server:
//! 1. the warrant page offers it (WebAssembly is there), and "keep for offline" has the service worker keep the
//!    check and the photo reader (every file fetched with its integrity checked);
//! 2. the network is cut (CDP `Network.emulateNetworkConditions` offline, and the server stopped);
//! 3. the page, reloaded from the service worker, checks a typed paper and a photo of every kind on the device,
//!    and each answer (kind, judicial, home entry) is the server's on the same paper at the same instant
//!    (`amparo_documents::check_bytes`, the server's own path, with the same Tesseract model);
//! 4. Chromium's network log of the whole session shows no request with a body, and none but GETs.
//!
//! Accuracy on the photos (kind and judicial against the specimens' truth, dangerous errors) and the time per
//! photo are printed for both; `scripts/bench-ondevice` runs this with 12 MP photos and the CLI beside it.
mod common;

use std::time::{Duration, Instant};

use amparo_documents::{Limits, check_bytes, check_text};
use amparo_law::warrant::{Judicial, Kind, Situation};
use amparo_specimens::render;
use amparo_specimens::specimen::specimen;
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
    // One specimen of each kind: its text, a phone-like photo of it, and the server's answers on both.
    let mut papers = Vec::new();
    let mut server_photo_time = Duration::ZERO;
    for kind in Kind::ALL {
        let s = specimen(kind, 0);
        let photo = render::photo_sized(&s, Some(&font), big);
        let path = dir.join(format!("{}.jpg", kind.id()));
        std::fs::write(&path, &photo).expect("write the photo");
        let text = s.text();
        let on_text = check_text(&text, &situation());
        let t = Instant::now();
        let on_photo = check_bytes(&photo, &situation(), &Limits::default()).expect("the server reads the photo");
        server_photo_time += t.elapsed();
        papers.push((s, text, path, server_ids(&on_text), server_ids(&on_photo)));
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
                for (s, text, _, want, _) in &papers {
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
            step("3b photos of every kind, on the device", async {
                for (s, _, path, _, want) in &papers {
                    clear_result(&d).await;
                    type_into(&d, "#od-form input[name=photo]", &path.display().to_string()).await;
                    let t = Instant::now();
                    click(&d, "#od-form button[type=submit]").await;
                    let got = device_answer(&d, 300).await;
                    device_time += t.elapsed();
                    assert_eq!(got["ran"], "device", "{}: {got}", s.id);
                    let ids = device_ids(&got);
                    assert_eq!(&ids, want, "{}: photo, device vs server", s.id);
                    let truth = (s.truth.kind.id(), s.truth.judicial.id());
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
            let n = papers.len() as u32;
            eprintln!(
                "e2e:   photos ({}): device kind {right_device}/{n}, judicial {judicial_device}/{n}, dangerous {dangerous_device}; \
                 server kind {right_server}/{n}, judicial {judicial_server}/{n}, dangerous {dangerous_server}",
                if big { "12 MP" } else { "phone-like" }
            );
            eprintln!(
                "e2e:   time per photo: device {:.2} s (headless Chromium, WebAssembly), server path in-process {:.2} s (debug build)",
                device_time.as_secs_f64() / f64::from(n),
                server_photo_time.as_secs_f64() / f64::from(n)
            );
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
