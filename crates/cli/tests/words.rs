//! One voice: for the same paper, `amparo check-warrant` and the web app give the same words, in every
//! locale — the answer (what the paper appears to be, whether it is judicial, what it allows) and every
//! advice item — because both take them from the guide through `Guide::warrant_words`.

use std::sync::{Arc, OnceLock};

use amparo_guide::Guide;
use amparo_web::{App, router};
use assert_cmd::Command;
use axum::body::Body;
use axum::http::Request;
use http_body_util::BodyExt;
use tower::ServiceExt;

/// Papers whose answer does not depend on the time of day (the web form reads its own clock).
const PAPERS: &[&str] = &[
    "U.S. DEPARTMENT OF HOMELAND SECURITY\nWARRANT FOR ARREST OF ALIEN\nDaniel Pruitt, Deportation Officer\nForm I-200 (Rev. 09/16)\n",
    "U.S. Department of Homeland Security\nWARRANT OF REMOVAL/DEPORTATION\nField Office Director\nForm I-205 (Rev. 08/01/07)\n",
    "AO 106 (Rev. 04/10) Application for a Search Warrant\nUNITED STATES DISTRICT COURT\nAPPLICATION FOR A SEARCH WARRANT\n\
     Judge's signature\nHon. Grace Liu, United States Magistrate Judge\n",
    "SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF BRONX\nSUPERIOR COURT WARRANT OF ARREST\n\
     An indictment having been filed with this Court\n/s/ Hon. Ana Ruiz\nHON. ANA RUIZ, J.S.C.\n",
    "RESIDENTIAL LEASE AGREEMENT\nTenant: Ana Torres\n",
];

fn app() -> Arc<App> {
    static APP: OnceLock<Arc<App>> = OnceLock::new();
    APP.get_or_init(|| Arc::new(App::new().expect("the site builds")))
        .clone()
}

async fn post(path: &str, content_type: &str, body: Vec<u8>) -> (u16, Vec<u8>) {
    let req = Request::post(path)
        .header("content-type", content_type)
        .body(Body::from(body))
        .expect("request");
    let res = router(app()).oneshot(req).await.expect("infallible");
    let status = res.status().as_u16();
    (
        status,
        res.into_body().collect().await.expect("body").to_bytes().to_vec(),
    )
}

fn cli(args: &[&str], paper: &str) -> Vec<u8> {
    Command::cargo_bin("amparo")
        .expect("binary")
        .args(["check-warrant", "-"])
        .args(args)
        .write_stdin(paper)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone()
}

/// maud's escaping of text, to find the CLI's words in the web page.
fn html_escaped(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[tokio::test]
async fn the_cli_and_the_web_give_the_same_words_in_every_locale() {
    let guide = Guide::get();
    for locale in guide.locale_ids() {
        for paper in PAPERS {
            // The JSON: the CLI's advice_text and the API's, word for word.
            let now = "2026-03-10T12:00:00-04:00";
            let cli_json: serde_json::Value =
                serde_json::from_slice(&cli(&["--format", "json", "--lang", locale, "--now", now], paper))
                    .expect("CLI JSON");
            let (status, api) = post(
                &format!("/api/v1/warrant-check?lang={locale}&now={}", now.replace('+', "%2B")),
                "text/plain",
                paper.as_bytes().to_vec(),
            )
            .await;
            assert_eq!(status, 200, "{locale}");
            let api: serde_json::Value = serde_json::from_slice(&api).expect("API JSON");
            assert_eq!(cli_json["advice_text"], api["advice_text"], "{locale}: {paper}");
            assert_eq!(cli_json["lang"], api["lang"], "{locale}");
            assert!(!cli_json["advice_text"].as_array().expect("texts").is_empty());

            // The page: every line of the CLI's answer in the reader's language is on the web page.
            let text = String::from_utf8(cli(&["--lang", locale], paper)).expect("utf-8");
            let answer: Vec<&str> = text.split("\n--- ").next().unwrap_or_default().lines().collect();
            let boundary = "amparo-test-boundary";
            let body = format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"paper\"; filename=\"paper.txt\"\r\n\
                 Content-Type: text/plain\r\n\r\n{paper}\r\n--{boundary}--\r\n"
            );
            let (status, page) = post(
                &format!("/{locale}/warrant/upload"),
                &format!("multipart/form-data; boundary={boundary}"),
                body.into_bytes(),
            )
            .await;
            assert_eq!(status, 200, "{locale}");
            let page = String::from_utf8(page).expect("utf-8");
            let words = guide
                .warrant_words(
                    &amparo_documents::check_text(paper, &Default::default()).assessment,
                    locale,
                )
                .expect("words");
            // The CLI printed the helper's words…
            assert!(answer[0].contains(&words.kind), "{locale}: {}", answer[0]);
            for line in [&words.judicial, &words.entry] {
                assert!(answer.contains(&line.as_str()), "{locale}: {line}");
            }
            for item in &words.advice {
                assert!(
                    answer.contains(&format!("  - {}", item.text).as_str()),
                    "{locale}: {}",
                    item.text
                );
            }
            // …and so did the web page.
            for line in [&words.kind, &words.judicial, &words.entry, &words.what_to_do] {
                assert!(page.contains(&html_escaped(line)), "{locale}: {line} not on the page");
            }
            // (The web marks the English lines inside a translated sentence with lang="en".)
            let unmarked = page.replace(r#"<span lang="en" dir="ltr">"#, "").replace("</span>", "");
            for item in &words.advice {
                assert!(
                    unmarked.contains(&html_escaped(&item.text)),
                    "{locale}: {} not on the page",
                    item.text
                );
                // How certain it is, where not settled law: said by both.
                if item.status.id.is_prominent() {
                    assert!(
                        page.contains(&html_escaped(&item.status.text)),
                        "{locale}: {} status",
                        item.id
                    );
                    assert!(text.contains(&item.status.text), "{locale}: {} status", item.id);
                }
            }
        }
    }
}
