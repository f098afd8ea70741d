//! "Speak for me" (`/{lang}/speak`) in headless Chromium, as a person at the door uses it:
//!
//! 1. with JavaScript, in Spanish and Arabic: one line shows at a time; a tap on it makes the page call
//!    `speechSynthesis.speak` with the line's English and an English voice (`lang` en-US; the test replaces
//!    `speak` in the page to record each utterance, so nothing is played); "next", "previous" and the play
//!    button move and speak; axe-core finds no serious violation (light and dark);
//! 2. without JavaScript, in the same locales: every line shows, its English and its translation.

use std::time::{Duration, Instant};

use amparo_guide::Guide;
use common::*;
use serde_json::{Value, json};
use thirtyfour::prelude::*;

mod common;

const LOCALES: [&str; 2] = ["es", "ar"];

/// Replace the page's speech output with a recorder: each utterance's `lang`, text and voice language.
const STUB_SPEECH: &str = r#"
window.__spoken = [];
speechSynthesis.speak = function (u) {
  window.__spoken.push({ lang: u.lang, text: u.text, voice: u.voice ? u.voice.lang : null });
};
speechSynthesis.cancel = function () {};
return true;
"#;

/// The English lines and their translations, in order.
fn lines(locale: &str) -> Vec<(String, String)> {
    Guide::get()
        .speak(locale)
        .expect("the speak lines")
        .iter()
        .map(|l| {
            let s = l.say().expect("a line to say");
            (s.english.clone(), s.text.clone())
        })
        .collect()
}

async fn shown_lines(d: &WebDriver) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, li) in d
        .find_all(By::Css("ol.speak > li"))
        .await
        .expect("lines")
        .iter()
        .enumerate()
    {
        if li.is_displayed().await.expect("displayed?") {
            out.push(i);
        }
    }
    out
}

async fn spoken(d: &WebDriver) -> Vec<Value> {
    js(d, "return window.__spoken;")
        .await
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// Wait until the page has recorded `n` utterances, and return them.
async fn wait_spoken(d: &WebDriver, n: usize) -> Vec<Value> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let s = spoken(d).await;
        if s.len() >= n {
            return s;
        }
        assert!(Instant::now() < deadline, "{} utterances, wanted {n}: {s:?}", s.len());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn assert_english(u: &Value, text: &str, what: &str) {
    assert_eq!(u["text"], json!(text), "{what}: the text spoken");
    assert_eq!(u["lang"], json!("en-US"), "{what}: the utterance's language");
    if let Some(v) = u["voice"].as_str() {
        assert!(v.to_lowercase().starts_with("en"), "{what}: a voice for {v}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn speak_for_me_in_chromium() {
    require_browser();
    let axe = axe_source();
    let _ = app();
    let server = Server::start().await;
    Browser::start()
        .await
        .run(|d| async move {
            step("1 with JavaScript: one line, a tap speaks English", async {
                for l in LOCALES {
                    let want = lines(l);
                    goto(&d, &server.url(&format!("/{l}/speak"))).await;
                    assert_eq!(html_attr(&d, "lang").await, l);
                    // speak.js runs after parsing (defer): wait for its one-line view.
                    let deadline = Instant::now() + Duration::from_secs(10);
                    while count(&d, "ol.speak.one").await == 0 {
                        assert!(Instant::now() < deadline, "/{l}/speak: speak.js did not start");
                        tokio::time::sleep(Duration::from_millis(100)).await;
                    }
                    assert_eq!(shown_lines(&d).await, [0], "/{l}/speak: only the first line shows");
                    assert!(find(&d, "#speaknav").await.is_displayed().await.expect("nav"), "/{l}/speak: no buttons");
                    assert_eq!(js(&d, STUB_SPEECH).await, json!(true));

                    // A tap on the line says its English.
                    click(&d, "ol.speak > li.on p.en").await;
                    let s = wait_spoken(&d, 1).await;
                    assert_english(&s[0], &want[0].0, &format!("/{l}/speak: tap on line 1"));
                    // A tap on its translation too (the whole line is the target).
                    click(&d, "ol.speak > li.on p.tr").await;
                    assert_english(&wait_spoken(&d, 2).await[1], &want[0].0, &format!("/{l}/speak: tap on the translation"));

                    // Next: the second line, and only it; a tap says the second English.
                    click(&d, "#next").await;
                    assert_eq!(shown_lines(&d).await, [1], "/{l}/speak: next");
                    click(&d, "ol.speak > li.on p.en").await;
                    assert_english(&wait_spoken(&d, 3).await[2], &want[1].0, &format!("/{l}/speak: line 2"));

                    // Previous twice wraps round to the last line; the play button says it.
                    click(&d, "#prev").await;
                    click(&d, "#prev").await;
                    assert_eq!(shown_lines(&d).await, [want.len() - 1], "/{l}/speak: previous wraps round");
                    click(&d, "#play").await;
                    let last = &want[want.len() - 1].0;
                    assert_english(&wait_spoken(&d, 4).await[3], last, &format!("/{l}/speak: play"));
                    let shown = find(&d, "ol.speak > li.on p.en").await.text().await.expect("text");
                    assert_eq!(shown.trim(), last, "/{l}/speak: the line shown is the one spoken");

                    // AMPARO_E2E_SCREENSHOTS=DIR keeps a picture of the page for a person to look at.
                    if let Some(dir) = std::env::var_os("AMPARO_E2E_SCREENSHOTS") {
                        let file = std::path::Path::new(&dir).join(format!("{l}-speak.png"));
                        d.screenshot(&file).await.expect("screenshot");
                    }
                    for scheme in ["light", "dark"] {
                        set_colour_scheme(&d, scheme).await;
                        let serious: Vec<_> = axe_violations(&d, &axe)
                            .await
                            .into_iter()
                            .filter(|v| v["impact"] == "serious" || v["impact"] == "critical")
                            .collect();
                        assert!(serious.is_empty(), "/{l}/speak ({scheme}): {serious:#?}");
                    }
                    set_colour_scheme(&d, "light").await;
                }
            })
            .await;

            step("2 without JavaScript: every line, large", async {
                d.cdp()
                    .send_raw("Emulation.setScriptExecutionDisabled", json!({ "value": true }))
                    .await
                    .expect("disable JavaScript");
                for l in LOCALES {
                    let want = lines(l);
                    goto(&d, &server.url(&format!("/{l}/speak"))).await;
                    assert_eq!(count(&d, "ol.speak.one").await, 0, "/{l}/speak: JavaScript still runs");
                    assert!(!find(&d, "#speaknav").await.is_displayed().await.expect("nav"), "/{l}/speak: buttons without JavaScript");
                    let all: Vec<usize> = (0..want.len()).collect();
                    assert_eq!(shown_lines(&d).await, all, "/{l}/speak: every line shows");
                    let en = d.find_all(By::Css("ol.speak > li p.en")).await.expect("English");
                    let tr = d.find_all(By::Css("ol.speak > li p.tr")).await.expect("translations");
                    assert_eq!((en.len(), tr.len()), (want.len(), want.len()), "/{l}/speak");
                    for (i, (english, text)) in want.iter().enumerate() {
                        assert_eq!(en[i].text().await.expect("text").trim(), english, "/{l}/speak: line {i}");
                        assert_eq!(en[i].attr("lang").await.expect("lang").as_deref(), Some("en"));
                        assert_eq!(tr[i].text().await.expect("text").trim(), text.trim(), "/{l}/speak: line {i}");
                        // Large type: the English for the officer is bigger than the page's text.
                        let size = js(
                            &d,
                            &format!("return parseFloat(getComputedStyle(document.querySelectorAll('ol.speak p.en')[{i}]).fontSize);"),
                        )
                        .await;
                        assert!(size.as_f64().unwrap_or_default() >= 28.0, "/{l}/speak: line {i} is {size}px");
                    }
                }
                d.cdp()
                    .send_raw("Emulation.setScriptExecutionDisabled", json!({ "value": false }))
                    .await
                    .expect("enable JavaScript");
            })
            .await;
        })
        .await;
}
