//! Amparo's web app in headless Chromium, used as a person would use it.
//!
//! The real router runs in-process on 127.0.0.1 (an ephemeral port); Debian's `chromedriver` drives Debian's
//! `chromium` (both installed by `scripts/test`). One browser serves the whole check: the machine has two
//! cores, and starting Chromium is the slowest part. Steps, in order:
//!
//! 1. every locale's home page renders (`lang`, `dir`, title, the ten key points);
//! 2. with JavaScript off, every locale's door page is readable and the detainer form decides a case (and
//!    axe-core checks the result page);
//! 3. no request leaves the origin (Chrome's own network log);
//! 4. axe-core finds no serious or critical accessibility violation (en, ar, zh-Hans);
//! 5. a screenshot of an RTL page is a real picture, and its text is right-aligned;
//! 6. offline: after the server stops, the service worker serves the Spanish pages from its cache.
//!
//! The warrant check (guided form and upload) has its own test below.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use amparo_guide::Guide;
use common::*;
use serde_json::{Value, json};
use thirtyfour::prelude::*;

mod common;

// ---------------------------------------------------------------------------------------------------------
// The test.

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_web_app_in_chromium() {
    let started = Instant::now();
    require_browser();
    let axe = axe_source();
    let _ = app();
    eprintln!("e2e: site built in {:.2?}", started.elapsed());
    let server = Server::start().await;
    let browser = Browser::start().await;
    eprintln!("e2e: server and browser up at {:.2?}", started.elapsed());
    browser
        .run(|d| async move {
            step("1 home page of every locale", home_pages(&d, &server)).await;
            step(
                "2 without JavaScript: door pages, detainer form",
                without_javascript(&d, &server, &axe),
            )
            .await;
            step("3 no request leaves the origin", same_origin_only(&d, &server)).await;
            step("4 accessibility (axe-core)", accessibility(&d, &server, &axe)).await;
            step("5 RTL screenshot", rtl_screenshot(&d, &server)).await;
            step(
                "6 no English outside lang=\"en\" in any locale",
                no_stray_english(&d, &server),
            )
            .await;
            step("7 offline after the server stops", offline(&d, server)).await;
        })
        .await;
    eprintln!("e2e: all steps in {:.2?}", started.elapsed());
}

// 1. ------------------------------------------------------------------------------------------------------

async fn home_pages(d: &WebDriver, s: &Server) {
    assert_eq!(
        Guide::get().locale_ids(),
        LOCALES,
        "the guide's locales changed: update LOCALES"
    );
    for l in LOCALES {
        goto(d, &s.url(&format!("/{l}/"))).await;
        let dir = if RTL.contains(&l) { "rtl" } else { "ltr" };
        assert_eq!(html_attr(d, "lang").await, l, "/{l}/: <html lang>");
        assert_eq!(html_attr(d, "dir").await, dir, "/{l}/: <html dir>");
        let title = d.title().await.expect("title");
        assert!(
            !title.trim().is_empty() && title.trim() != "· Amparo",
            "/{l}/: empty title {title:?}"
        );
        assert!(
            !find(d, "h1").await.text().await.expect("h1").trim().is_empty(),
            "/{l}/: empty h1"
        );
        let key_points = d.find_all(By::Css("main ol.key > li")).await.expect("key points");
        assert_eq!(key_points.len(), 10, "/{l}/: the ten key points");
        for (i, k) in key_points.iter().enumerate() {
            assert!(
                k.is_displayed().await.expect("displayed"),
                "/{l}/: key point {i} hidden"
            );
            assert!(
                !k.text().await.expect("text").trim().is_empty(),
                "/{l}/: key point {i} empty"
            );
        }
        assert!(
            read_aloud_shown(d).await,
            "/{l}/: app.js did not show the read-aloud button"
        );
    }
}

// 2. ------------------------------------------------------------------------------------------------------

async fn without_javascript(d: &WebDriver, s: &Server, axe: &str) {
    // The page's scripts are off for this tab (WebDriver's own commands still work).
    d.cdp()
        .send_raw("Emulation.setScriptExecutionDisabled", json!({ "value": true }))
        .await
        .expect("disable JavaScript");

    // Someone at the door reads the door page, in every language.
    for l in LOCALES {
        goto(d, &s.url(&format!("/{l}/door"))).await;
        assert_eq!(html_attr(d, "lang").await, l, "/{l}/door: lang");
        let h1 = find(d, "h1").await;
        assert!(h1.is_displayed().await.expect("displayed"), "/{l}/door: h1 hidden");
        assert!(!h1.text().await.expect("h1").trim().is_empty(), "/{l}/door: empty h1");
        let lines = d.find_all(By::Css("main ol.key > li")).await.expect("lines");
        assert!(!lines.is_empty(), "/{l}/door: no lines");
        for li in &lines {
            assert!(
                li.is_displayed().await.expect("displayed"),
                "/{l}/door: a line is hidden"
            );
            assert!(
                !li.text().await.expect("text").trim().is_empty(),
                "/{l}/door: an empty line"
            );
        }
        assert!(count(d, "main q").await > 0, "/{l}/door: the English lines to say");
        assert!(!read_aloud_shown(d).await, "/{l}/door: JavaScript is still running");
        // The lines to act on and to read out fit one phone screen (checked where this machine has the
        // script's fonts; elsewhere missing glyphs would measure the fallback boxes, not the page).
        if ["en", "es", "fr", "pl", "ht", "ru"].contains(&l) {
            let says = d.find_all(By::Css("main li.say")).await.expect("say lines");
            let last = says.last().expect("a line to read out");
            let r = last.rect().await.expect("rect");
            let height = f64::from(PHONE.1);
            assert!(
                r.y + r.height <= height,
                "/{l}/door: the last line to read out ends at {:.0}px, below the {height:.0}px screen",
                r.y + r.height
            );
        }
    }

    // A lawyer decides a detainer: a judicial warrant came with it, and a violent felony conviction.
    goto(d, &s.url("/en/detainer")).await;
    assert!(!read_aloud_shown(d).await, "JavaScript is still running");
    type_into(d, "input[name=arrest_date]", "11202026").await;
    click(d, "input[name=judicial_warrant]").await;
    type_into(d, "input[name=c0_statute]", "PL 160.15").await;
    type_into(d, "input[name=c0_judgment_date]", "01012024").await;
    click(d, "input[name=c0_felony]").await;
    for (field, want) in [("arrest_date", "2026-11-20"), ("c0_judgment_date", "2024-01-01")] {
        let got = find(d, &format!("input[name={field}]"))
            .await
            .prop("value")
            .await
            .expect("value");
        assert_eq!(got.as_deref(), Some(want), "the date field {field} as typed");
    }
    click(d, "form[action='/en/detainer'] button[type=submit]").await;
    let decision = wait_for(d, ".result h1", 10).await.text().await.expect("decision");
    assert_eq!(
        decision.trim(),
        "Honor",
        "the decision for a judicial warrant and a PL 160.15 felony"
    );
    assert!(count(d, "table tbody tr").await > 0, "the result shows the trace");
    let statute = find(d, "input[name=c0_statute]")
        .await
        .prop("value")
        .await
        .expect("value");
    assert_eq!(statute.as_deref(), Some("PL 160.15"), "the form keeps what was entered");

    d.cdp()
        .send_raw("Emulation.setScriptExecutionDisabled", json!({ "value": false }))
        .await
        .expect("enable JavaScript");

    // The result page is made per request, so step 4's tour does not see it: check it here, light and dark.
    for scheme in ["light", "dark"] {
        set_colour_scheme(d, scheme).await;
        let serious: Vec<_> = axe_violations(d, axe)
            .await
            .into_iter()
            .filter(|v| v["impact"] == "serious" || v["impact"] == "critical")
            .collect();
        assert!(serious.is_empty(), "the detainer result page ({scheme}): {serious:#?}");
    }
    set_colour_scheme(d, "light").await;
}

// 3. ------------------------------------------------------------------------------------------------------

/// The pages a person visits, per locale.
const TOUR: [&str; 6] = ["/", "/home", "/door", "/warrant", "/detainer", "/privacy"];

async fn same_origin_only(d: &WebDriver, s: &Server) {
    d.get_log("performance").await.expect("drain the performance log");
    let mut visited = Vec::new();
    for l in ["en", "ar", "zh-Hans"] {
        for page in TOUR {
            let url = s.url(&format!("/{l}{page}"));
            goto(d, &url).await;
            // What the page itself saw load, as a second witness.
            let seen = js(d, r#"return performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource")).map(e => e.name);"#).await;
            for u in seen.as_array().expect("entries") {
                let u = u.as_str().unwrap_or_default();
                assert!(u.starts_with(&format!("{}/", s.origin)), "{url} loaded {u}");
            }
            visited.push(url);
        }
    }
    goto(d, &s.url("/")).await;
    visited.push(s.url("/"));
    // Let the service worker finish whatever the last page asked of it.
    tokio::time::sleep(Duration::from_millis(300)).await;

    let log = d.get_log("performance").await.expect("performance log");
    let mut requests = Vec::new();
    for entry in &log {
        let m: Value = serde_json::from_str(&entry.message).expect("a log entry is JSON");
        let method = m["message"]["method"].as_str().unwrap_or_default();
        let params = &m["message"]["params"];
        let url = match method {
            "Network.requestWillBeSent" => params["request"]["url"].as_str(),
            "Network.webSocketCreated" | "Network.webTransportCreated" => params["url"].as_str(),
            _ => None,
        };
        if let Some(u) = url {
            requests.push(u.to_owned());
        }
    }
    for url in &visited {
        assert!(requests.contains(url), "the network log misses the visit to {url}");
    }
    // `data:` URLs never leave the browser (Chromium's own date fields draw their calendar icon with one).
    let foreign: Vec<_> = requests
        .iter()
        .filter(|u| !u.starts_with(&format!("{}/", s.origin)) && !u.starts_with("data:"))
        .collect();
    assert!(foreign.is_empty(), "requests that left {}: {foreign:#?}", s.origin);
    eprintln!("e2e:   {} requests, all to {}", requests.len(), s.origin);
}

// 4. ------------------------------------------------------------------------------------------------------

async fn accessibility(d: &WebDriver, s: &Server, axe: &str) {
    let mut pages = vec!["/".to_owned()];
    for l in ["en", "ar", "zh-Hans"] {
        pages.extend(TOUR.iter().map(|p| format!("/{l}{p}")));
    }
    let mut serious = Vec::new();
    let mut minor = 0;
    let mut check = async |page: &str, scheme: &str| {
        goto(d, &s.url(page)).await;
        for v in axe_violations(d, axe).await {
            match v["impact"].as_str() {
                Some("serious" | "critical") => serious.push(format!("{page} ({scheme}): {v:#}")),
                _ => minor += 1,
            }
        }
    };
    for page in &pages {
        check(page, "light").await;
    }
    // The dark palette too (colour contrast), in English.
    set_colour_scheme(d, "dark").await;
    for page in TOUR {
        check(&format!("/en{page}"), "dark").await;
    }
    set_colour_scheme(d, "light").await;
    assert!(
        serious.is_empty(),
        "axe-core found serious or critical violations:\n{}",
        serious.join("\n")
    );

    // The check can fail: an image without a text alternative is a critical violation.
    js(
        d,
        r#"const i = document.createElement("img"); i.src = "/icon.svg"; document.querySelector("main").append(i);"#,
    )
    .await;
    let found = axe_violations(d, axe).await;
    assert!(
        found
            .iter()
            .any(|v| v["id"] == "image-alt" && v["impact"] == "critical"),
        "axe-core did not notice an image without alt text: {found:?}"
    );
    eprintln!(
        "e2e:   {} pages (and {} in dark mode), no serious violations ({minor} minor or moderate)",
        pages.len(),
        TOUR.len()
    );
}

// 5. ------------------------------------------------------------------------------------------------------

/// Where the first key point's text sits in its box.
const TEXT_POSITION: &str = r#"
    const li = document.querySelector("main ol.key > li");
    const cs = getComputedStyle(li);
    const r = li.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(li);
    const rects = Array.from(range.getClientRects()).filter(x => x.width > 0);
    return {
        direction: cs.direction,
        viewport: document.documentElement.clientWidth,
        left: r.left, right: r.right,
        contentLeft: r.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft),
        contentRight: r.right - parseFloat(cs.borderRightWidth) - parseFloat(cs.paddingRight),
        borderLeft: parseFloat(cs.borderLeftWidth), borderRight: parseFloat(cs.borderRightWidth),
        textLeft: Math.min(...rects.map(x => x.left)), textRight: Math.max(...rects.map(x => x.right)),
    };
"#;

fn num(v: &Value, k: &str) -> f64 {
    v[k].as_f64().unwrap_or_else(|| panic!("{k} in {v}"))
}

async fn rtl_screenshot(d: &WebDriver, s: &Server) {
    // Left-to-right first, so the right-to-left check is not a property of the page's width.
    goto(d, &s.url("/en/door")).await;
    let en = js(d, TEXT_POSITION).await;
    assert_eq!(en["direction"], "ltr");
    assert!(
        (num(&en, "textLeft") - num(&en, "contentLeft")).abs() < 2.0,
        "/en/door: text starts at the left: {en}"
    );

    goto(d, &s.url("/ar/door")).await;
    // AMPARO_E2E_SCREENSHOTS=DIR keeps the picture for a person to look at.
    let dir = tempfile::tempdir().expect("temp dir");
    let keep = std::env::var_os("AMPARO_E2E_SCREENSHOTS").map(PathBuf::from);
    let file = keep.as_deref().unwrap_or(dir.path()).join("ar-door.png");
    d.screenshot(&file).await.expect("screenshot");
    let png = std::fs::read(&file).expect("read the screenshot");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "the screenshot is a PNG");
    assert!(
        (8 * 1024..8 * 1024 * 1024).contains(&png.len()),
        "implausible screenshot size: {} bytes",
        png.len()
    );
    let (w, h, ink, colours) = png_ink(&png);
    assert!((w, h) == PHONE, "screenshot {w}×{h}");
    assert!(
        (0.01..0.9).contains(&ink),
        "screenshot: {:.1}% of pixels differ from the background",
        ink * 100.0
    );
    assert!(colours > 16, "screenshot has only {colours} colours");

    let ar = js(d, TEXT_POSITION).await;
    assert_eq!(ar["direction"], "rtl", "/ar/door: direction");
    // The accent bar is at the inline start, which is the right side.
    assert!(
        num(&ar, "borderRight") > 0.0 && num(&ar, "borderLeft") == 0.0,
        "/ar/door: accent bar on the right: {ar}"
    );
    assert!(
        (num(&ar, "textRight") - num(&ar, "contentRight")).abs() < 2.0,
        "/ar/door: text ends at the right: {ar}"
    );
    assert!(
        num(&ar, "viewport") - num(&ar, "right") < 40.0,
        "/ar/door: the key point reaches the right side of the page: {ar}"
    );
    eprintln!(
        "e2e:   /ar/door screenshot {w}×{h}, {} bytes, {:.0}% ink, first line's text ends at x={:.0} of {:.0}",
        png.len(),
        ink * 100.0,
        num(&ar, "textRight"),
        num(&ar, "viewport")
    );
}

/// Width, height, the share of pixels unlike the top-left one (the background), and how many colours.
fn png_ink(bytes: &[u8]) -> (u32, u32, f64, usize) {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().expect("PNG header");
    let mut buf = vec![0; reader.output_buffer_size().expect("buffer size")];
    let info = reader.next_frame(&mut buf).expect("PNG data");
    let channels = info.color_type.samples();
    let pixels: Vec<&[u8]> = buf[..info.buffer_size()].chunks_exact(channels).collect();
    let background = pixels[0];
    let ink = pixels.iter().filter(|p| **p != background).count() as f64 / pixels.len() as f64;
    let colours = pixels.iter().collect::<std::collections::HashSet<_>>().len();
    (info.width, info.height, ink, colours)
}

// 6. ------------------------------------------------------------------------------------------------------

/// The rendered text of the page outside elements marked `lang="en"` (the lines for the officers, sources,
/// the lawyer's trace): one string per element's own text.
const TEXT_OUTSIDE_ENGLISH: &str = r#"
const out = [];
const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walk.nextNode(); n; n = walk.nextNode()) {
  const el = n.parentElement;
  if (!el || el.closest("script, style")) continue;
  const l = el.closest("[lang]");
  const lang = l ? l.getAttribute("lang") : "";
  if (lang === "en" || lang.startsWith("en-")) continue;
  const t = n.nodeValue.replace(/\s+/g, " ").trim();
  if (t) out.push(t);
}
return out;
"#;

async fn no_stray_english(d: &WebDriver, s: &Server) {
    let guide = Guide::get();
    let mut found = Vec::new();
    let mut pages = 0;
    for l in LOCALES.iter().filter(|l| **l != "en") {
        for path in amparo_web::site::locale_paths(guide, l) {
            goto(d, &s.url(&path)).await;
            pages += 1;
            if let Value::Array(texts) = js(d, TEXT_OUTSIDE_ENGLISH).await {
                for t in texts.iter().filter_map(Value::as_str) {
                    if amparo_guide::script::looks_english(t) {
                        found.push(format!("{path}: {t}"));
                    }
                }
            }
        }
    }
    assert!(pages > 11 * 10, "{pages} pages walked");
    assert!(
        found.is_empty(),
        "{} English texts outside lang=en:\n{}",
        found.len(),
        found.join("\n")
    );
}

// 7. ------------------------------------------------------------------------------------------------------

async fn offline(d: &WebDriver, s: Server) {
    use amparo_web::site::OFFLINE_ASSETS;
    let guide = Guide::get();
    let es_paths = amparo_web::site::locale_paths(guide, "es");
    assert!(es_paths.contains(&"/es/home".to_owned()));
    goto(d, &s.url("/es/")).await;
    // Wait for the worker to be active and to have cached every Spanish page.
    let deadline = Instant::now() + Duration::from_secs(30);
    let cached = loop {
        let state = js_async(
            d,
            r#"
            const done = arguments[arguments.length - 1];
            (async () => {
                const reg = await navigator.serviceWorker.getRegistration();
                const active = reg && reg.active ? reg.active.state : null;
                const urls = [];
                for (const k of await caches.keys()) {
                    if (!k.endsWith(":es")) continue;
                    for (const r of await (await caches.open(k)).keys()) urls.push(new URL(r.url).pathname);
                }
                return { active, controlled: !!navigator.serviceWorker.controller, urls };
            })().then(done, e => done({ error: String(e) }));
            "#,
        )
        .await;
        let urls: Vec<String> = state["urls"]
            .as_array()
            .map(|a| a.iter().filter_map(|u| u.as_str().map(str::to_owned)).collect())
            .unwrap_or_default();
        if state["active"] == "activated"
            && es_paths.iter().all(|p| urls.contains(p))
            && OFFLINE_ASSETS.iter().all(|a| urls.iter().any(|u| u == a))
        {
            break urls;
        }
        assert!(
            Instant::now() < deadline,
            "the service worker did not cache the Spanish pages within 30 s: {state}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert!(
        cached
            .iter()
            .all(|u| u.starts_with("/es/") || OFFLINE_ASSETS.contains(&u.as_str())),
        "the Spanish cache holds only Spanish pages: {cached:?}"
    );

    let origin = s.origin.clone();
    s.stop().await;

    let home = guide.render("home", "es").expect("the Spanish home scenario");
    for path in ["/es/home", "/es/door", "/es/speak", "/es/"] {
        goto(d, &format!("{origin}{path}")).await;
        assert_eq!(html_attr(d, "lang").await, "es", "{path} offline: not the Spanish page");
        let h1 = find(d, "h1").await.text().await.expect("h1");
        assert!(!h1.trim().is_empty(), "{path} offline: empty h1");
        if path == "/es/home" {
            assert_eq!(h1.trim(), home.title.trim(), "{path} offline: the page's title");
        }
        let from_worker = js(d, "return !!navigator.serviceWorker.controller;").await;
        assert_eq!(
            from_worker,
            json!(true),
            "{path} offline: not served by the service worker"
        );
    }
    // A tool page offline, with its script: draft.js (from the cache) shows the draft panel.
    goto(d, &format!("{origin}/es/plan")).await;
    wait_for(d, "#draft:not([hidden])", 10).await;
}

// ---------------------------------------------------------------------------------------------------------
// The warrant check, as a person at the door uses it.

/// An ICE Form I-200 as text (what a scan's OCR or a typed copy gives).
const I200: &str = "U.S. DEPARTMENT OF HOMELAND SECURITY
Immigration and Customs Enforcement
WARRANT FOR ARREST OF ALIEN
File No. A123 456 789
Date: 11/02/2026

To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and
Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest
for immigration violations

I have determined that there is probable cause to believe that JUAN PEREZ is removable
from the United States. This determination is based upon:
[X] the execution of a charging document to initiate removal proceedings against the subject;

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration
and Nationality Act, the above-named alien.

/s/ John Smith
(Signature of Authorized Immigration Officer)
John Smith, Supervisory Detention and Deportation Officer
(Printed Name and Title of Authorized Immigration Officer)

Form I-200 (Rev. 09/16)
";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_warrant_check_in_chromium() {
    require_browser();
    let server = Server::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let paper = dir.path().join("i-200.txt");
    std::fs::write(&paper, I200).expect("write the paper");
    Browser::start()
        .await
        .run(|d| async move {
            step("upload", async {
                goto(&d, &server.url("/en/warrant")).await;
                type_into(&d, "input[type=file][name=paper]", &paper.display().to_string()).await;
                click(&d, "form[action='/en/warrant/upload'] button[type=submit]").await;
                assert_not_judicial(&d).await;
            })
            .await;
            step("guided questions", async {
                // Choices, as a person at the door picks them; the title under the signature typed in.
                goto(&d, &server.url("/en/warrant")).await;
                click(&d, "input[name=heading][value=dhs]").await;
                click(&d, "input[name=title][value=warrant-for-arrest-of-alien]").await;
                click(&d, "input[name=form][value=i-200]").await;
                type_into(
                    &d,
                    "input[name=signer-other]",
                    "John Smith, Supervisory Detention and Deportation Officer",
                )
                .await;
                click(&d, "form[action='/en/warrant'] button[type=submit]").await;
                assert_not_judicial(&d).await;
            })
            .await;
        })
        .await;
}

async fn assert_not_judicial(d: &WebDriver) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let text = find(d, "body").await.text().await.unwrap_or_default();
        if text.to_lowercase().contains("not a judicial warrant") {
            return;
        }
        if Instant::now() > deadline {
            let url = d.current_url().await.map(|u| u.to_string()).unwrap_or_default();
            panic!("{url}: the result does not say the I-200 is not a judicial warrant:\n{text}");
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}
