//! The tools before and after in headless Chromium, as a person uses them: with JavaScript off, each form is
//! filled in and each paper it makes is downloaded and read back with `pdftotext` — what was typed must be in
//! it, in English and in Arabic (right-to-left) pages; then, with JavaScript on, a draft is saved on the phone
//! encrypted with a passphrase, opened again after a reload, refused with a wrong passphrase, and deleted; and
//! axe-core finds no serious accessibility problem on the tool pages, a page of problems or a result.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use amparo_specimens::pdf_text::{pdftotext, squash};
use common::*;
use serde_json::{Value, json};
use thirtyfour::prelude::*;

mod common;

fn letter_counts(s: &str) -> HashMap<char, usize> {
    let mut m = HashMap::new();
    for c in s.chars().filter(|c| c.is_alphanumeric()) {
        *m.entry(c).or_default() += 1;
    }
    m
}

/// Whether `text` holds `value`: exactly (whitespace aside) for Latin script; for Arabic script, where poppler
/// reorders the letters of joined glyphs, every letter of the value at least as often.
fn holds(text: &str, value: &str) -> bool {
    if squash(text).contains(&squash(value)) {
        return true;
    }
    if value.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)) {
        let have = letter_counts(text);
        return letter_counts(value)
            .iter()
            .all(|(c, n)| have.get(c).copied().unwrap_or(0) >= *n);
    }
    false
}

/// Downloads go to `dir`; returns the bytes of `name` once Chromium has finished writing it.
async fn downloaded(dir: &Path, name: &str) -> Vec<u8> {
    let path = dir.join(name);
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let partial = std::fs::read_dir(dir)
            .map(|r| {
                r.filter_map(Result::ok)
                    .any(|e| e.path().extension().is_some_and(|x| x == "crdownload"))
            })
            .unwrap_or(false);
        if path.is_file() && !partial {
            let bytes = std::fs::read(&path).expect("read the download");
            if bytes.ends_with(b"%%EOF\n") || bytes.ends_with(b"%%EOF") || bytes.ends_with(b"}") {
                std::fs::remove_file(&path).expect("remove the download");
                return bytes;
            }
        }
        assert!(Instant::now() < deadline, "{name} was not downloaded within 60 s");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn allow_downloads(d: &WebDriver, dir: &Path) {
    let params = json!({ "behavior": "allow", "downloadPath": dir.display().to_string() });
    if d.cdp()
        .send_raw("Browser.setDownloadBehavior", params.clone())
        .await
        .is_err()
    {
        d.cdp()
            .send_raw("Page.setDownloadBehavior", params)
            .await
            .expect("allow downloads");
    }
}

async fn scripts(d: &WebDriver, on: bool) {
    d.cdp()
        .send_raw("Emulation.setScriptExecutionDisabled", json!({ "value": !on }))
        .await
        .expect("toggle JavaScript");
}

async fn fill(d: &WebDriver, name: &str, value: &str) {
    let css = format!(r#"[name="{name}"]"#);
    let e = find(d, &css).await;
    e.clear().await.unwrap_or_else(|e| panic!("clear {name}: {e}"));
    e.send_keys(value)
        .await
        .unwrap_or_else(|e| panic!("type into {name}: {e}"));
}

async fn choose(d: &WebDriver, name: &str, value: &str) {
    click(d, &format!(r#"select[name="{name}"] option[value="{value}"]"#)).await;
}

async fn make(d: &WebDriver, value: &str) {
    // Scrolled to first: a long label wraps the button onto two lines on a phone's width, and a click sent
    // to a button below the fold did not reach it (the "someone was taken" button on the plan form).
    let css = format!(r#"button[name="make"][value="{value}"]"#);
    let button = find(d, &css).await;
    button
        .scroll_into_view()
        .await
        .unwrap_or_else(|e| panic!("scroll to {css}: {e}"));
    button.click().await.unwrap_or_else(|e| panic!("click {css}: {e}"));
}

/// The page is as wide as the phone, no wider: a wider page is zoomed out to fit (small text for the person)
/// and WebDriver's clicks land beside the buttons. (The taken page was 577 px wide on a 412 px screen while a
/// contact's long web address could not wrap: its button "started no download" because the click missed it.)
async fn fits_phone(d: &WebDriver, what: &str) {
    let got = js(
        d,
        "return [window.innerWidth, document.documentElement.scrollWidth, \
         Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.visualViewport.width + 1).slice(0, 3).map(e => e.outerHTML.slice(0, 120))];",
    )
    .await;
    let width = i64::from(PHONE.0);
    assert!(
        got[0] == json!(width) && got[1].as_i64().is_some_and(|w| w <= width),
        "{what}: the page is wider than the phone ({width} px): [innerWidth, scrollWidth, too wide] = {got:#}"
    );
}

fn assert_holds(what: &str, text: &str, values: &[&str]) {
    for v in values {
        assert!(
            holds(text, v),
            "{what}: the paper lacks {v:?}\n--- pdftotext ---\n{text}"
        );
    }
}

/// One locale's papers: the person's name in that locale's script.
async fn papers(d: &WebDriver, s: &Server, dir: &Path, locale: &str, name: &str) {
    // The family plan, the wallet card and the "someone was taken" sheet from one form.
    goto(d, &s.url(&format!("/{locale}/plan"))).await;
    fits_phone(d, &format!("/{locale}/plan")).await;
    assert!(
        !find(d, "#draft").await.is_displayed().await.expect("displayed?"),
        "no draft panel without JavaScript"
    );
    fill(d, "person.name", name).await;
    fill(d, "person.a_number", "A12345678").await;
    fill(d, "person.country_of_birth", "Morocco").await;
    fill(d, "contacts.0.name", "Rosa Perez").await;
    fill(d, "contacts.0.phone", "718-555-0142").await;
    fill(d, "lawyer.name", "Laura Green").await;
    fill(d, "lawyer.phone", "212-555-0163").await;
    click(d, r#"input[name="say_fear"]"#).await;
    let phone = "(718) 555-0142";
    for (button, file, extra) in [
        ("plan", format!("amparo-plan-{locale}.pdf"), "Laura Green"),
        (
            "card",
            format!("amparo-card-{locale}.pdf"),
            "I am afraid to return to my country.",
        ),
        ("taken", format!("amparo-taken-{locale}.pdf"), "1-800-898-7180"),
    ] {
        make(d, button).await;
        let text = pdftotext(&downloaded(dir, &file).await);
        assert_holds(&format!("{locale} {button}"), &text, &[name, "A 012-345-678", extra]);
        if button != "taken" {
            assert_holds(&format!("{locale} {button}"), &text, &["Rosa Perez", phone]);
        }
    }
    // The messages written ahead: a page of links to the phone's own apps.
    make(d, "messages").await;
    let link = wait_for(d, r#"a[href^="sms:+17185550142;?&body="]"#, 20).await;
    let href = link.attr("href").await.expect("href").unwrap_or_default();
    assert!(href.contains("A%20012-345-678"), "the A-number in the message: {href}");
    fits_phone(d, &format!("{locale}: the messages page")).await;

    // Proof of two years: the papers, the gap on the page, then the printable index.
    goto(d, &s.url(&format!("/{locale}/presence"))).await;
    fits_phone(d, &format!("/{locale}/presence")).await;
    choose(d, "papers.0.kind", "lease").await;
    fill(d, "papers.0.from", "01012024").await;
    fill(d, "papers.0.to", "01312025").await;
    fill(d, "papers.0.description", name).await;
    choose(d, "papers.1.kind", "pay_stub").await;
    fill(d, "papers.1.date", "06012025").await;
    fill(d, "papers.1.description", "Best Bakery").await;
    make(d, "check").await;
    let result = wait_for(d, ".result", 20).await.text().await.expect("text");
    assert!(!result.trim().is_empty());
    let page = find(d, "main").await.text().await.expect("text");
    assert!(
        page.contains("2025-02-01") && page.contains("2025-05-31"),
        "{locale}: the gap is shown:\n{page}"
    );
    fits_phone(d, &format!("{locale}: the presence result")).await;
    make(d, "pdf").await;
    let text = pdftotext(&downloaded(dir, &format!("amparo-presence-{locale}.pdf")).await);
    assert_holds(
        &format!("{locale} presence"),
        &text,
        &[name, "Best Bakery", "2025-02-01", "2025-05-31"],
    );

    // The encounter record.
    goto(d, &s.url(&format!("/{locale}/record"))).await;
    fits_phone(d, &format!("/{locale}/record")).await;
    let when = find(d, r#"[name="when"]"#).await;
    when.send_keys("11302026").await.expect("date");
    when.send_keys(Key::Tab).await.expect("tab");
    when.send_keys("0740AM").await.expect("time");
    fill(d, "where", "Roosevelt Ave and 74th St").await;
    fill(d, "agency", "ICE").await;
    fill(d, "officers.0.name", "J. Smith").await;
    fill(d, "officers.0.badge", "4471").await;
    fill(d, "vehicles.0.plate", "ABC 1234").await;
    fill(d, "what_happened", name).await;
    choose(d, "paper_shown", "yes").await;
    make(d, "pdf").await;
    let text = pdftotext(&downloaded(dir, &format!("amparo-record-{locale}.pdf")).await);
    assert_holds(
        &format!("{locale} record"),
        &text,
        &[
            name,
            "2026-11-30 07:40",
            "Roosevelt Ave and 74th St",
            "J. Smith",
            "4471",
            "ABC 1234",
        ],
    );

    // Someone was taken, typed on its own page.
    goto(d, &s.url(&format!("/{locale}/taken"))).await;
    fits_phone(d, &format!("/{locale}/taken")).await;
    fill(d, "name", name).await;
    fill(d, "a_number", "123-456-789").await;
    fill(d, "country_of_birth", "Morocco").await;
    fill(d, "lawyer", "Laura Green").await;
    make(d, "pdf").await;
    let text = pdftotext(&downloaded(dir, &format!("amparo-taken-{locale}.pdf")).await);
    assert_holds(
        &format!("{locale} taken"),
        &text,
        &[
            name,
            "A 123-456-789",
            "Morocco",
            "Laura Green",
            "locator.ice.gov",
            "1-800-898-7180",
        ],
    );
}

/// The encrypted draft on the phone (JavaScript on).
async fn draft(d: &WebDriver, s: &Server) {
    let status = async |d: &WebDriver, want: &str| {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let got = find(d, "#draft-status").await.text().await.unwrap_or_default();
            if got == want {
                return;
            }
            assert!(Instant::now() < deadline, "draft status {got:?}, want {want:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    };
    let word = async |d: &WebDriver, key: &str| -> String {
        find(d, "#draft")
            .await
            .attr(&format!("data-{key}"))
            .await
            .expect("attr")
            .unwrap_or_default()
    };
    let secret = "Fatima Secretname";
    goto(d, &s.url("/en/plan")).await;
    let panel = wait_for(d, "#draft", 10).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while !panel.is_displayed().await.expect("displayed?") {
        assert!(
            Instant::now() < deadline,
            "draft.js did not show the panel (no WebCrypto?)"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    fill(d, "person.name", secret).await;
    fill(d, "contacts.1.phone", "718-555-0142").await;
    type_into(d, "#draft-pass", "short").await;
    click(d, "#draft-save").await;
    status(d, &word(d, "short").await).await;
    find(d, "#draft-pass").await.clear().await.expect("clear");
    type_into(d, "#draft-pass", "correct horse battery").await;
    click(d, "#draft-save").await;
    status(d, &word(d, "saved").await).await;
    let stored = js(d, r#"return localStorage.getItem("amparo-draft:plan");"#).await;
    let stored = stored.as_str().expect("a draft is stored").to_owned();
    let v: Value = serde_json::from_str(&stored).expect("JSON");
    assert_eq!(
        (v["kdf"].as_str(), v["iterations"].as_u64()),
        (Some("PBKDF2-HMAC-SHA-256"), Some(600_000))
    );
    assert!(
        !stored.contains("Fatima") && !stored.contains("555-0142"),
        "the draft is encrypted: {stored}"
    );

    // A reload forgets the form; the draft brings it back with the passphrase, and not without it.
    goto(d, &s.url("/en/plan")).await;
    wait_for(d, "#draft:not([hidden])", 10).await;
    let empty = find(d, r#"[name="person.name"]"#)
        .await
        .prop("value")
        .await
        .expect("value");
    assert_eq!(empty.as_deref(), Some(""));
    type_into(d, "#draft-pass", "wrong horse battery").await;
    click(d, "#draft-open").await;
    status(d, &word(d, "wrong").await).await;
    find(d, "#draft-pass").await.clear().await.expect("clear");
    type_into(d, "#draft-pass", "correct horse battery").await;
    click(d, "#draft-open").await;
    status(d, &word(d, "opened").await).await;
    let name = find(d, r#"[name="person.name"]"#)
        .await
        .prop("value")
        .await
        .expect("value");
    assert_eq!(name.as_deref(), Some(secret));
    let phone = find(d, r#"[name="contacts.1.phone"]"#)
        .await
        .prop("value")
        .await
        .expect("value");
    assert_eq!(phone.as_deref(), Some("718-555-0142"));

    click(d, "#draft-delete").await;
    status(d, &word(d, "deleted").await).await;
    assert_eq!(
        js(d, r#"return localStorage.getItem("amparo-draft:plan");"#).await,
        Value::Null
    );
    click(d, "#draft-open").await;
    status(d, &word(d, "none").await).await;
}

/// axe-core on every tool page (English and Arabic), a page of problems and a presence result: no serious or
/// critical violation, light and dark.
async fn accessibility(d: &WebDriver, s: &Server) {
    let axe = axe_source();
    let mut serious = Vec::new();
    let mut check = async |what: String| {
        for v in axe_violations(d, &axe).await {
            if v["impact"] == "serious" || v["impact"] == "critical" {
                serious.push(format!("{what}: {v:#}"));
            }
        }
    };
    for scheme in ["light", "dark"] {
        set_colour_scheme(d, scheme).await;
        for l in ["en", "ar"] {
            for tool in ["plan", "taken", "presence", "record"] {
                goto(d, &s.url(&format!("/{l}/{tool}"))).await;
                fits_phone(d, &format!("/{l}/{tool} (JavaScript on)")).await;
                check(format!("/{l}/{tool} ({scheme})")).await;
            }
        }
        goto(d, &s.url("/en/plan")).await;
        // With JavaScript the browser checks `required` itself; the server finds the rest.
        fill(d, "person.name", "Ana").await;
        fill(d, "person.a_number", "12").await;
        make(d, "plan").await;
        wait_for(d, "#problems", 20).await;
        fits_phone(d, "the problems page").await;
        check(format!("the problems page ({scheme})")).await;
        goto(d, &s.url("/ar/presence")).await;
        choose(d, "papers.0.kind", "lease").await;
        fill(d, "papers.0.from", "01012024").await;
        fill(d, "papers.0.to", "01312025").await;
        make(d, "check").await;
        wait_for(d, ".result", 20).await;
        check(format!("a presence result ({scheme})")).await;
    }
    set_colour_scheme(d, "light").await;
    assert!(serious.is_empty(), "axe-core:\n{}", serious.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_tools_in_chromium() {
    require_browser();
    let server = Server::start().await;
    let downloads = tempfile::tempdir().expect("download dir");
    let dir: PathBuf = downloads.path().to_path_buf();
    Browser::start()
        .await
        .run(|d| async move {
            allow_downloads(&d, &dir).await;
            scripts(&d, false).await;
            step(
                "papers in English, without JavaScript",
                papers(&d, &server, &dir, "en", "Fatima Zahra Benali"),
            )
            .await;
            step(
                "papers in Arabic (right-to-left), without JavaScript",
                papers(&d, &server, &dir, "ar", "فاطمة الزهراء"),
            )
            .await;
            scripts(&d, true).await;
            step("the encrypted draft on the phone", draft(&d, &server)).await;
            step("accessibility of the tool pages (axe-core)", accessibility(&d, &server)).await;
        })
        .await;
}
