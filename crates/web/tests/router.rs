//! The web app through its router, as a browser and an API client use it.

use std::io::Read;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::*;

mod common;

fn html_paths() -> Vec<String> {
    let mut v: Vec<String> = app()
        .site
        .assets
        .iter()
        .filter(|(_, a)| a.content_type.starts_with("text/html"))
        .map(|(p, _)| p.clone())
        .collect();
    v.sort();
    v
}

#[tokio::test]
async fn every_page_of_every_locale_renders_with_lang_and_dir() {
    let locales = amparo_guide::Guide::get().locale_ids();
    assert_eq!(locales.len(), 12);
    for l in &locales {
        for path in amparo_web::site::locale_paths(amparo_guide::Guide::get(), l) {
            let r = get(&path).await;
            assert_eq!(r.status, StatusCode::OK, "{path}");
            let html = r.text();
            let dir = if *l == "ar" || *l == "ur" { "rtl" } else { "ltr" };
            assert!(
                html.contains(&format!(r#"<html lang="{l}" dir="{dir}">"#)),
                "{path}: lang/dir"
            );
            assert!(html.contains("<main"), "{path}");
        }
    }
    let picker = get("/").await.text();
    for l in &locales {
        assert!(picker.contains(&format!(r#"href="/{l}/""#)), "picker links {l}");
    }
}

#[tokio::test]
async fn every_html_page_fits_in_14_kib_compressed_with_everything_it_needs() {
    for path in html_paths() {
        let asset = &app().site.assets[&path];
        // Everything needed to render is inline (the CSS); app.js is an optional enhancement.
        assert!(asset.br.len() <= 14 * 1024, "{path}: {} bytes brotli", asset.br.len());
        assert!(asset.gzip.len() <= 14 * 1024, "{path}: {} bytes gzip", asset.gzip.len());
        let mut back = Vec::new();
        brotli_decompress(&asset.br, &mut back);
        assert_eq!(back, asset.identity.to_vec(), "{path}: brotli round trip");
    }
}

fn brotli_decompress(data: &[u8], out: &mut Vec<u8>) {
    let mut r = brotli_reader(data);
    r.read_to_end(out).expect("valid brotli");
}

fn brotli_reader(data: &[u8]) -> impl Read + '_ {
    brotli_decompressor_shim::Reader::new(data)
}

mod brotli_decompressor_shim {
    pub(crate) use brotli::Decompressor;
    pub(crate) struct Reader<'a>(Decompressor<&'a [u8]>);
    impl<'a> Reader<'a> {
        pub(crate) fn new(d: &'a [u8]) -> Self {
            Self(Decompressor::new(d, 4096))
        }
    }
    impl std::io::Read for Reader<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            self.0.read(buf)
        }
    }
}

#[tokio::test]
async fn pages_load_nothing_from_another_origin() {
    for path in html_paths() {
        let html = app().site.assets[&path].identity.clone();
        let html = std::str::from_utf8(&html).expect("utf-8");
        for attr in [
            "src=\"",
            "action=\"",
            "rel=\"manifest\" href=\"",
            "rel=\"stylesheet\" href=\"",
        ] {
            for (i, _) in html.match_indices(attr) {
                let rest = &html[i + attr.len()..];
                assert!(
                    rest.starts_with('/'),
                    "{path}: {attr}{} is not same-origin",
                    &rest[..rest.len().min(40)]
                );
            }
        }
        assert!(!html.contains("<iframe") && !html.contains("<img src=\"http"), "{path}");
    }
}

#[tokio::test]
async fn every_response_carries_the_security_headers_and_no_cookie() {
    let json = r#"{"agency":"doc","arrest_date":"2026-11-20"}"#;
    let replies = [
        get("/").await,
        get("/es/home").await,
        get("/nope").await,
        get("/api/v1/guide/en/home").await,
        send(
            Request::post("/api/v1/detainer")
                .header("content-type", "application/json")
                .body(Body::from(json))
                .expect("req"),
        )
        .await,
    ];
    for r in replies {
        let csp = r
            .headers
            .get(header::CONTENT_SECURITY_POLICY)
            .expect("CSP")
            .to_str()
            .expect("ascii");
        assert!(csp.starts_with("default-src 'none';"), "{csp}");
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("form-action 'self'"));
        assert!(!csp.contains("unsafe-inline") && !csp.contains("http"), "{csp}");
        assert_eq!(
            r.headers.get("x-content-type-options").map(|v| v.as_bytes()),
            Some(&b"nosniff"[..])
        );
        assert_eq!(
            r.headers.get("referrer-policy").map(|v| v.as_bytes()),
            Some(&b"no-referrer"[..])
        );
        assert!(r.headers.get(header::SET_COOKIE).is_none());
    }
}

#[tokio::test]
async fn the_inline_style_matches_the_csp_hash() {
    use base64::Engine;
    use sha2::Digest;
    let r = get("/en/").await;
    let html = r.text();
    let start = html.find("<style>").expect("inline style") + "<style>".len();
    let end = html[start..].find("</style>").expect("end") + start;
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(&html.as_bytes()[start..end]));
    let csp = r
        .headers
        .get(header::CONTENT_SECURITY_POLICY)
        .expect("CSP")
        .to_str()
        .expect("ascii")
        .to_owned();
    assert!(
        csp.contains(&format!("'sha256-{hash}'")),
        "the browser would refuse the page's own CSS"
    );
}

#[tokio::test]
async fn compressed_bodies_and_revalidation() {
    let r = send(
        Request::get("/fr/home")
            .header(header::ACCEPT_ENCODING, "gzip, br")
            .body(Body::empty())
            .expect("req"),
    )
    .await;
    assert_eq!(
        r.headers.get(header::CONTENT_ENCODING).map(|v| v.as_bytes()),
        Some(&b"br"[..])
    );
    let etag = r.headers.get(header::ETAG).expect("etag").clone();
    let again = send(
        Request::get("/fr/home")
            .header(header::IF_NONE_MATCH, etag)
            .body(Body::empty())
            .expect("req"),
    )
    .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    let gz = send(
        Request::get("/fr/home")
            .header(header::ACCEPT_ENCODING, "gzip, br;q=0")
            .body(Body::empty())
            .expect("req"),
    )
    .await;
    assert_eq!(
        gz.headers.get(header::CONTENT_ENCODING).map(|v| v.as_bytes()),
        Some(&b"gzip"[..])
    );
    let plain = get("/fr/home").await;
    assert!(plain.headers.get(header::CONTENT_ENCODING).is_none());
    assert!(plain.text().contains("<html lang=\"fr\""));
}

#[tokio::test]
async fn unknown_pages_are_404_in_the_right_language_and_locale_roots_redirect() {
    let r = get("/es/no-such-page").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.text().contains(r#"<html lang="es""#));
    let r = get("/es").await;
    assert_eq!(r.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(
        r.headers.get(header::LOCATION).map(|v| v.as_bytes()),
        Some(&b"/es/"[..])
    );
    let r = send(Request::delete("/es/").body(Body::empty()).expect("req")).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn the_detainer_api_follows_the_cli_contract() {
    let case = r#"{"agency":"nypd","as_of":"2026-11-26","arrest_date":"2026-11-20","reentered_after_removal":true,"convictions":[{"statute":"PL 140.30","felony":true,"judgment_date":"2010-03-02"}]}"#;
    let r = send(
        Request::post("/api/v1/detainer")
            .header("content-type", "application/json")
            .body(Body::from(case))
            .expect("req"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_slice(&r.body).expect("JSON");
    let expected = amparo_law::detainer::evaluate(
        &amparo_law::detainer::Case::from_json(case).expect("case"),
        chrono::NaiveDate::from_ymd_opt(2026, 11, 26).expect("date"),
    )
    .expect("decides");
    assert_eq!(v, serde_json::to_value(&expected).expect("json"));
    assert_eq!(v["decision"], "hold_48h_pending_judicial_warrant");

    let bad = r#"{"agency":"doc","arrest_date":"2026-11-20","convictions":[{"statute":"PL 999.99","felony":true,"judgment_date":"2020-01-01"}]}"#;
    let r = send(Request::post("/api/v1/detainer").body(Body::from(bad)).expect("req")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let v: serde_json::Value = serde_json::from_slice(&r.body).expect("JSON");
    assert_eq!(v["error"]["field"], "convictions[0].statute");

    let huge = vec![b' '; amparo_web::MAX_FORM_BYTES + 1];
    let r = send(Request::post("/api/v1/detainer").body(Body::from(huge)).expect("req")).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn the_detainer_form_works_without_javascript() {
    let form = "agency=doc&arrest_date=2026-11-20&as_of=2026-11-26&judicial_warrant=on&c0_statute=PL+265.02%283%29&c0_judgment_date=2023-04-11&c0_felony=on&c1_statute=";
    let r = send(form_post("/en/detainer").body(Body::from(form)).expect("req")).await;
    assert_eq!(r.status, StatusCode::OK);
    let html = r.text();
    assert!(html.contains("<h1>Honor</h1>"), "{html}");
    assert!(html.contains("NYC Admin. Code § 9-131(b)(1)"));
    assert!(
        html.contains(r#"value="PL 265.02(3)""#),
        "the form keeps what was typed"
    );

    let bad = "agency=doc&c0_statute=PL+999.99&c0_judgment_date=2020-01-01&c0_felony=on";
    let r = send(form_post("/es/detainer").body(Body::from(bad)).expect("req")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().contains("arrest_date: missing field"));
}

#[tokio::test]
async fn the_detainer_form_takes_the_requester_and_the_predicate_felony_test() {
    let form = "agency=doc&arrest_date=2025-06-01&as_of=2025-06-10&requested_by=fbi&judicial_warrant=on&c0_statute=N.J.S.A.+2C%3A15-1&c0_jurisdiction=other&c0_state=NJ&c0_ny_equivalent=PL+160.15&c0_felony=on&c0_sentence_over_one_year_authorized=true&c0_judgment_date=2024-05-06";
    let r = send(form_post("/en/detainer").body(Body::from(form)).expect("req")).await;
    assert_eq!(r.status, StatusCode::OK);
    let html = r.text();
    assert!(html.contains("<h1>Honor</h1>"), "{html}");
    assert!(
        html.contains("outside the definition of"),
        "the FBI was outside the 2014 definition"
    );
    assert!(
        html.contains(r#"<option value="fbi" selected>"#),
        "the form keeps the requester"
    );
    assert!(html.contains("version doc-2014"));
}

#[tokio::test]
async fn the_guide_api_serves_every_scenario_with_citations() {
    let r = get("/api/v1/guide/ur/home").await;
    assert_eq!(r.status, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_slice(&r.body).expect("JSON");
    assert_eq!(v["direction"], "rtl");
    for sec in v["sections"].as_array().expect("sections") {
        for st in sec["statements"].as_array().expect("statements") {
            assert!(!st["citations"].as_array().expect("citations").is_empty());
        }
    }
    assert_eq!(get("/api/v1/guide/xx/home").await.status, StatusCode::NOT_FOUND);
    assert_eq!(get("/api/v1/guide/en/nowhere").await.status, StatusCode::NOT_FOUND);
    let spec: serde_json::Value =
        serde_json::from_slice(&get("/api/v1/openapi.json").await.body).expect("OpenAPI JSON");
    assert_eq!(spec["openapi"], "3.1.0");
    for path in [
        "/api/v1/detainer",
        "/api/v1/warrant-check",
        "/api/v1/guide/{lang}/{scenario}",
    ] {
        assert!(spec["paths"][path].is_object(), "OpenAPI documents {path}");
    }
}

#[tokio::test]
async fn scenario_pages_tell_how_certain_each_statement_is() {
    let r = get("/ar/immigration-court").await;
    assert_eq!(r.status, StatusCode::OK);
    let html = r.text();
    // A statement a court is deciding: the status in Arabic, next to the statement, with the case linked.
    assert!(
        html.contains("<p class=\"status\" data-status=\"in_litigation\">"),
        "no status paragraph"
    );
    assert!(html.contains("المحاكم لم تحسم هذا بعد."));
    assert!(html.contains("القضية: <span lang=\"en\" dir=\"ltr\"><a href=\"https://api.courthousenews.com/"));
    // Settled statements say so with their sources, not next to the text.
    assert!(!html.contains("data-status=\"settled\""));
    assert!(html.contains("<p>هذا ليس محل خلاف.</p>"));
    let api = get("/api/v1/guide/en/criminal").await;
    assert_eq!(api.status, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_slice(&api.body).expect("JSON");
    for sec in v["sections"].as_array().expect("sections") {
        for st in sec["statements"].as_array().expect("statements") {
            let id = st["status"]["id"].as_str().expect("status id");
            assert!(["settled", "contested", "in_litigation", "reported"].contains(&id));
            match id {
                "in_litigation" => assert!(st["status"]["case"]["citation"].is_string(), "{}", st["id"]),
                "settled" | "reported" => assert!(st["status"].get("case").is_none(), "{}", st["id"]),
                _ => {}
            }
        }
    }
}

#[tokio::test]
async fn offline_support_lists_every_page_of_each_locale() {
    let sw = get("/sw.js").await.text();
    for path in amparo_web::site::locale_paths(amparo_guide::Guide::get(), "bn") {
        assert!(sw.contains(&format!("\"{path}\"")), "service worker misses {path}");
    }
    let manifest: serde_json::Value = serde_json::from_slice(&get("/manifest.webmanifest").await.body).expect("JSON");
    assert_eq!(manifest["start_url"], "/");
}

#[test]
fn export_site_writes_every_page_with_compressed_twins() {
    let dir = tempfile::tempdir().expect("temp dir");
    let n = app().site.export(dir.path()).expect("export");
    assert_eq!(n, app().site.assets.len());
    for rel in [
        "index.html",
        "es/index.html",
        "ar/home.html",
        "sw.js",
        "api/v1/openapi.json",
    ] {
        let p = dir.path().join(rel);
        assert!(p.is_file(), "{rel}");
        assert!(dir.path().join(format!("{rel}.br")).is_file(), "{rel}.br");
        assert!(dir.path().join(format!("{rel}.gz")).is_file(), "{rel}.gz");
    }
}

/// Every locale has its home, door, warrant, privacy, detainer, help, changes and scenario pages, plus the picker; prints
/// the largest compressed page (run with --nocapture).
#[test]
fn the_site_has_every_page_and_reports_sizes() {
    let mut sizes: Vec<(usize, usize, String)> = html_paths()
        .into_iter()
        .map(|p| {
            let a = &app().site.assets[&p];
            (a.br.len(), a.identity.len(), p)
        })
        .collect();
    sizes.sort();
    let (br, raw, path) = sizes.last().cloned().unwrap_or_default();
    println!(
        "{} HTML pages; largest compressed: {path} {br} bytes brotli ({raw} raw)",
        sizes.len()
    );
    let guide = amparo_guide::Guide::get();
    // Every page a locale lists for offline use (locale_paths) is an HTML page, and nothing else is.
    let listed: usize = guide
        .locale_ids()
        .iter()
        .map(|l| amparo_web::site::locale_paths(guide, l).len())
        .sum();
    assert_eq!(sizes.len(), 1 + listed);
    // home, door, warrant, privacy, detainer, help, changes, speak; the scenarios; plan, taken, presence, record
    assert_eq!(listed, guide.locale_ids().len() * (8 + guide.scenario_ids().len() + 4));
}

// ---------------------------------------------------------------------------------------------------------
// The warrant check on the web

fn i200_text() -> String {
    amparo_specimens::specimen::specimen(amparo_law::warrant::Kind::IceArrestWarrant, 1).text()
}

fn federal_search_text() -> String {
    amparo_specimens::specimen::specimen(amparo_law::warrant::Kind::FederalSearchWarrant, 2).text()
}

fn ui(locale: &str, id: &str) -> String {
    amparo_guide::Guide::get().message(locale, id).expect("message")
}

#[tokio::test]
async fn the_guided_warrant_form_works_without_javascript() {
    // Choices (radio buttons) for heading, title and form; the title under the signature typed in.
    let form = "heading=dhs&title=warrant-for-arrest-of-alien&form=i-200&signer-other=Supervisory+Detention+and+Deportation+Officer&name=someone-else";
    let r = send(form_post("/es/warrant").body(Body::from(form)).expect("req")).await;
    assert_eq!(r.status, StatusCode::OK);
    let html = r.text();
    assert!(html.contains(&ui("es", "ui-kind-ice_arrest_warrant")), "{html}");
    assert!(html.contains(&ui("es", "ui-judicial-no")));
    assert!(html.contains(&ui("es", "ui-entry-no")));
    // The advice comes from the guide, in Spanish, with its sources.
    let guide = amparo_guide::Guide::get();
    assert!(html.contains(&guide.advice("door-keep-closed", "es").expect("advice")));
    assert!(html.contains(&guide.advice("not-named-person", "es").expect("advice")));
    // The form keeps the answers: the chosen radio buttons and the words typed.
    assert!(
        html.contains(r#"name="heading" value="dhs" checked"#),
        "the form keeps the choices"
    );
    assert!(
        html.contains("Supervisory Detention and Deportation Officer"),
        "the form keeps the answers"
    );
}

/// The guided check is choices, in every locale, with a drawing of where to look: a plain HTML form (radio
/// buttons), which works without JavaScript.
#[tokio::test]
async fn the_guided_questions_are_choices_in_every_locale() {
    let guide = amparo_guide::Guide::get();
    for locale in guide.locale_ids() {
        let html = get(&format!("/{locale}/warrant")).await.text();
        assert!(
            html.contains(&format!(r#"<form method="post" action="/{locale}/warrant">"#)),
            "{locale}"
        );
        for q in amparo_documents::QUESTIONS {
            assert!(
                html.contains(&guide.message(locale, q.message).expect("question")),
                "{locale}: {}",
                q.id
            );
            for c in q.choices {
                assert!(
                    html.contains(&format!(r#"name="{}" value="{}""#, q.id, c.id)),
                    "{locale}: {} {}",
                    q.id,
                    c.id
                );
            }
        }
        // The printed words of a choice are shown in English, as on the paper, marked as English.
        assert!(html.contains(r#"<span lang="en" dir="ltr">SUPREME COURT OF THE STATE OF NEW YORK</span>"#));
        assert!(html.matches(r#"<svg class="where""#).count() > amparo_documents::QUESTIONS.len());
    }
}

#[tokio::test]
async fn an_uploaded_paper_is_checked_in_memory() {
    let boundary = "XYZamparo";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"paper\"; filename=\"paper.txt\"\r\nContent-Type: text/plain\r\n\r\n{}\r\n--{boundary}--\r\n",
        i200_text()
    );
    let r = send(
        Request::post("/en/warrant/upload")
            .header("content-type", format!("multipart/form-data; boundary={boundary}"))
            .body(Body::from(body))
            .expect("req"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let html = r.text();
    assert!(html.contains("It is NOT a judicial warrant"), "{html}");

    let junk = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"paper\"; filename=\"x.bin\"\r\n\r\n\u{0}\u{1}\u{2}\u{3}PK\u{3}\u{4}\r\n--{boundary}--\r\n"
    );
    let r = send(
        Request::post("/ar/warrant/upload")
            .header("content-type", format!("multipart/form-data; boundary={boundary}"))
            .body(Body::from(junk))
            .expect("req"),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().contains(&ui("ar", "ui-warrant-unavailable")));
}

#[tokio::test]
async fn the_warrant_check_api_follows_the_cli_contract() {
    let r = send(
        Request::post("/api/v1/warrant-check?lang=es")
            .header("content-type", "text/plain")
            .body(Body::from(i200_text()))
            .expect("req"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_slice(&r.body).expect("JSON");
    assert_eq!(v["kind"], "ice_arrest_warrant");
    assert_eq!(v["judicial"], "no");
    assert_eq!(v["authorizes_home_entry"], "no");
    assert!(v["names_person"].is_null(), "not asked");
    assert!(!v["citations"].as_array().expect("citations").is_empty());
    assert_eq!(
        v["advice"].as_array().map(Vec::len),
        v["advice_text"].as_array().map(Vec::len)
    );

    // A federal search warrant, checked against a name, an address and a time.
    let text = federal_search_text();
    let r = send(
        Request::post(
            "/api/v1/warrant-check?name=Nobody%20Else&address=1%20Nowhere%20Rd&now=2026-03-05T07:30:00-05:00",
        )
        .body(Body::from(text))
        .expect("req"),
    )
    .await;
    let v: serde_json::Value = serde_json::from_slice(&r.body).expect("JSON");
    assert_eq!(v["kind"], "federal_search_warrant");
    assert_eq!(v["names_address"], false);

    let r = send(
        Request::post("/api/v1/warrant-check?now=yesterday")
            .body(Body::from(i200_text()))
            .expect("req"),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = send(
        Request::post("/api/v1/warrant-check")
            .body(Body::from(vec![0u8, 159, 146, 150, 0, 1]))
            .expect("req"),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let v: serde_json::Value = serde_json::from_slice(&r.body).expect("JSON");
    assert_eq!(v["error"]["field"], "body");
    let huge = vec![b'a'; amparo_web::MAX_UPLOAD_BYTES + 100 * 1024];
    let r = send(
        Request::post("/api/v1/warrant-check")
            .body(Body::from(huge))
            .expect("req"),
    )
    .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn printable_cards_download_in_every_language() {
    let home = get("/ar/").await.text();
    assert!(
        home.contains(r#"href="/ar/cards/sheet-letter.pdf""#),
        "the home page offers the cards"
    );
    let r = get("/ar/cards/sheet-a4.pdf").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(
        r.headers.get(header::CONTENT_TYPE).map(|v| v.as_bytes()),
        Some(&b"application/pdf"[..])
    );
    assert!(r.body.starts_with(b"%PDF-"));
    let disposition = r
        .headers
        .get(header::CONTENT_DISPOSITION)
        .expect("attachment")
        .to_str()
        .expect("ascii");
    assert_eq!(disposition, r#"attachment; filename="amparo-ar-sheet-a4.pdf""#);
    // The second download is the same file, from memory.
    let again = get("/ar/cards/sheet-a4.pdf").await;
    assert_eq!(again.headers.get(header::ETAG), r.headers.get(header::ETAG));
    assert_eq!(get("/ar/cards/nothing.pdf").await.status, StatusCode::NOT_FOUND);
    assert_eq!(get("/xx/cards/sheet-a4.pdf").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn answers_made_per_request_are_compressed_and_within_the_page_budget() {
    let form = "agency=nypd&arrest_date=2026-11-20&reentered_after_removal=on&c0_statute=PL+265.02&c0_judgment_date=2023-01-01&c0_felony=on&c1_statute=PL+155.30&c1_judgment_date=2020-01-01&c1_felony=on&c2_statute=PL+160.15&c2_judgment_date=2010-01-01&c2_felony=on&c3_statute=VTL+600(2)(c)&c3_judgment_date=2015-01-01&c3_felony=on&c4_statute=PL+110/125.25&c4_judgment_date=2012-01-01&c4_felony=on";
    let r = send(
        form_post("/ru/detainer")
            .header(header::ACCEPT_ENCODING, "br")
            .body(Body::from(form))
            .expect("req"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(
        r.headers.get(header::CONTENT_ENCODING).map(|v| v.as_bytes()),
        Some(&b"br"[..])
    );
    assert!(
        r.body.len() <= 14 * 1024,
        "detainer result: {} bytes compressed",
        r.body.len()
    );
    let mut html = Vec::new();
    brotli_decompress(&r.body, &mut html);
    assert!(String::from_utf8(html).expect("utf-8").contains("<html lang=\"ru\""));

    let guided = "top=UNITED+STATES+DISTRICT+COURT+Search+and+Seizure+Warrant&bottom_corner=AO+93&under_signature=United+States+Magistrate+Judge&names=Maria+Garcia";
    let r = send(
        form_post("/bn/warrant")
            .header(header::ACCEPT_ENCODING, "gzip")
            .body(Body::from(guided))
            .expect("req"),
    )
    .await;
    assert_eq!(
        r.headers.get(header::CONTENT_ENCODING).map(|v| v.as_bytes()),
        Some(&b"gzip"[..])
    );
    assert!(
        r.body.len() <= 14 * 1024,
        "warrant result: {} bytes compressed",
        r.body.len()
    );
}

// ---------------------------------------------------------------------------------------------------------
// "Speak for me"

/// The texts of the elements `<p class="{class}"…>…</p>` in `html`, tags removed.
fn paragraphs(html: &str, class: &str) -> Vec<String> {
    let open = format!("<p class=\"{class}\"");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&open) {
        let from = i + rest[i..].find('>').expect("tag end") + 1;
        let to = from + rest[from..].find("</p>").expect("</p>");
        let mut text = String::new();
        let mut in_tag = false;
        for ch in rest[from..to].chars() {
            match ch {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        out.push(text.replace("&quot;", "\"").replace("&amp;", "&"));
        rest = &rest[to..];
    }
    out
}

#[tokio::test]
async fn speak_for_me_shows_every_line_in_english_and_in_each_language() {
    let guide = amparo_guide::Guide::get();
    let english: Vec<String> = guide
        .speak("en")
        .expect("lines")
        .iter()
        .map(|l| l.say().expect("say").english.clone())
        .collect();
    // The lines the issue names are there (and each is a statement's `say` line, with its authorities).
    for line in [
        "I do not consent to your entry.",
        "I am exercising my right to remain silent.",
        "I want to speak to a lawyer.",
        "I am afraid to return to my country.",
    ] {
        assert!(english.iter().any(|e| e == line), "missing {line:?}");
    }
    for l in guide.locale_ids() {
        let path = format!("/{l}/speak");
        let r = get(&path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        let html = r.text();
        assert!(html.contains(&format!("<html lang=\"{l}\"")), "{path}: lang");
        let lines = guide.speak(l).expect("lines");
        assert!(
            lines.iter().all(|x| !x.statement.citations.is_empty()),
            "{path}: a line without authority"
        );
        // The English for the officer, marked English, in the guide's order.
        assert_eq!(paragraphs(&html, "en"), english, "{path}: the English lines");
        assert_eq!(
            html.matches("<p class=\"en\" lang=\"en\" dir=\"ltr\">").count(),
            english.len(),
            "{path}: each English line is marked lang=\"en\""
        );
        // The reader's language under each (English pages have only the English).
        let translated = paragraphs(&html, "tr");
        if l == "en" {
            assert!(translated.is_empty(), "{path}: {translated:?}");
        } else {
            let want: Vec<String> = lines.iter().map(|x| x.say().expect("say").text.clone()).collect();
            assert_eq!(translated, want, "{path}: the lines in the reader's language");
            for t in &translated {
                assert!(!english.contains(t), "{path}: {t:?} is the English");
            }
        }
        assert_eq!(
            html.matches("<svg class=\"icon\"").count(),
            english.len() + 1,
            "{path}: a picture per line (and the play button)"
        );
        assert!(html.contains("<script src=\"/speak.js\" defer>"), "{path}: the script");
        // Reachable from the home page, the door page and a scenario with lines to say.
        for from in [format!("/{l}/"), format!("/{l}/door"), format!("/{l}/home")] {
            assert!(
                get(&from).await.text().contains(&format!("href=\"{path}\"")),
                "{from} does not link to {path}"
            );
        }
    }
    let js = get("/speak.js").await;
    assert!(
        js.headers[header::CONTENT_TYPE]
            .to_str()
            .expect("type")
            .starts_with("text/javascript")
    );
    assert!(js.text().contains("speechSynthesis.speak"));
    assert!(
        get("/sw.js").await.text().contains("\"/speak.js\""),
        "the service worker caches /speak.js"
    );
}

#[tokio::test]
async fn chinese_pages_use_full_width_punctuation_and_french_its_space() {
    let guide = amparo_guide::Guide::get();
    let home = get("/zh-Hans/").await.text();
    assert!(
        home.contains('（') && home.contains('）'),
        "the points count in full-width brackets"
    );
    assert!(!home.contains("<small>("), "an ASCII bracket around the points count");
    for (l, colon) in [
        ("zh-Hant", "\u{ff1a}"),
        ("zh-Hans", "\u{ff1a}"),
        ("fr", "\u{202f}: "),
        ("es", ": "),
    ] {
        let say = guide.labels(l).expect("labels").say;
        let page = get(&format!("/{l}/home")).await.text();
        assert!(
            page.contains(&format!("{say}{colon}<q>")),
            "/{l}/home: {say:?} then {colon:?}"
        );
    }
}
