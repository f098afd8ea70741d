//! The tools' pages through the router, as a browser without JavaScript uses them: every page in every locale,
//! the links to them, the papers they make, problems put beside their inputs, and answers that are never
//! stored (no cookie, `Cache-Control: no-store`).

use amparo_guide::Guide;
use axum::body::Body;
use axum::http::{StatusCode, header};
use common::*;

mod common;

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

async fn post(path: &str, fields: &[(&str, &str)]) -> Reply {
    let body = fields
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&");
    send(form_post(path).body(Body::from(body)).expect("request")).await
}

fn private(what: &str, r: &Reply) {
    assert!(r.headers.get(header::SET_COOKIE).is_none(), "{what}: a cookie");
    assert_eq!(r.header(header::CACHE_CONTROL), "no-store", "{what}");
    assert!(r.headers.get(header::CONTENT_SECURITY_POLICY).is_some(), "{what}: CSP");
}

fn message(locale: &str, id: &str) -> String {
    Guide::get().message(locale, id).expect("message")
}

#[tokio::test]
async fn every_tool_page_of_every_locale_is_a_form_without_javascript() {
    for l in Guide::get().locale_ids() {
        for (tool, title) in [
            ("plan", "tools-plan-title"),
            ("taken", "tools-taken-title"),
            ("presence", "tools-presence-title"),
            ("record", "tools-record-title"),
        ] {
            let path = format!("/{l}/{tool}");
            let r = get(&path).await;
            assert_eq!(r.status, StatusCode::OK, "{path}");
            let html = r.text();
            assert!(
                html.contains(&format!(
                    "<h1>{}</h1>",
                    maud::html! { (message(l, title)) }.into_string()
                )),
                "{path}: title"
            );
            assert!(
                html.contains(&format!(
                    r#"<form method="post" action="/{l}/{tool}" data-draft="{tool}">"#
                )),
                "{path}: form"
            );
            assert!(
                html.contains(r#"<section id="draft" hidden"#),
                "{path}: the draft panel is hidden until draft.js runs"
            );
            assert!(html.contains(r#"<script src="/draft.js" defer>"#), "{path}");
            let privacy = maud::html! { (message(l, "tools-privacy-server")) }.into_string();
            assert!(html.contains(&privacy), "{path}: says what is kept where");
        }
    }
    let js = get("/draft.js").await;
    assert_eq!(js.status, StatusCode::OK);
    assert!(js.text().contains("PBKDF2") && js.text().contains("AES-GCM") && !js.text().contains("fetch("));
}

#[tokio::test]
async fn the_home_page_and_three_scenarios_link_the_tools() {
    for l in Guide::get().locale_ids() {
        let home = get(&format!("/{l}/")).await.text();
        for tool in ["plan", "taken", "presence", "record"] {
            assert!(home.contains(&format!(r#"href="/{l}/{tool}""#)), "/{l}/: links {tool}");
        }
        for (scenario, tools) in [
            ("prepare", &["plan", "presence"][..]),
            ("detained", &["taken", "plan"]),
            ("after", &["record", "taken"]),
        ] {
            let page = get(&format!("/{l}/{scenario}")).await.text();
            for tool in tools {
                assert!(
                    page.contains(&format!(r#"href="/{l}/{tool}""#)),
                    "/{l}/{scenario}: links {tool}"
                );
            }
        }
        let street = get(&format!("/{l}/street")).await.text();
        assert!(
            !street.contains(&format!(r#"href="/{l}/record""#)),
            "/{l}/street: no tools section"
        );
    }
}

const PLAN: &[(&str, &str)] = &[
    ("person.name", "Fatima Zahra Benali"),
    ("person.a_number", "12345678"),
    ("person.country_of_birth", "Morocco"),
    ("children.1.name", "Yasmin"),
    ("children.1.pickup", "Rosa"),
    ("contacts.2.name", "Rosa"),
    ("contacts.2.phone", "718 555 0142"),
    ("contacts.2.email", "rosa@example.org"),
    ("lawyer.name", "L. Green"),
    ("lawyer.phone", "(212) 555-0163"),
    ("say_fear", "true"),
];

#[tokio::test]
async fn the_plan_form_makes_each_paper() {
    for (make, name) in [
        ("plan", "amparo-plan-ar.pdf"),
        ("card", "amparo-card-ar.pdf"),
        ("taken", "amparo-taken-ar.pdf"),
    ] {
        let mut fields = PLAN.to_vec();
        fields.push(("make", make));
        let r = post("/ar/plan", &fields).await;
        assert_eq!(r.status, StatusCode::OK, "{make}: {}", String::from_utf8_lossy(&r.body));
        assert_eq!(r.header(header::CONTENT_TYPE), "application/pdf", "{make}");
        assert_eq!(
            r.header(header::CONTENT_DISPOSITION),
            format!("attachment; filename=\"{name}\"")
        );
        assert!(r.body.starts_with(b"%PDF-"), "{make}");
        private(make, &r);
    }
    // The messages written ahead: links to the phone's own apps, the text encoded, nothing sent.
    let mut fields = PLAN.to_vec();
    fields.push(("make", "messages"));
    let r = post("/es/plan", &fields).await;
    assert_eq!(r.status, StatusCode::OK);
    private("messages", &r);
    let html = r.text();
    assert!(
        html.contains(r#"href="sms:+17185550142;?&amp;body=Inmigraci%C3%B3n%20me%20detuvo."#),
        "{html}"
    );
    assert!(html.contains(r#"href="mailto:rosa@example.org?subject=Me%20detuvieron&amp;body="#));
    assert!(html.contains("A 012-345-678"), "the A-number, with its 0, in the text");
}

#[tokio::test]
async fn a_problem_is_put_beside_its_input_and_nothing_is_lost() {
    let r = post(
        "/en/plan",
        &[
            ("person.name", "Ana"),
            ("person.a_number", "A12"),
            ("contacts.3.name", "Rosa"),
            ("contacts.3.phone", "call me"),
            ("children.0.date_of_birth", "2999-01-01"),
            ("make", "plan"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    private("bad plan", &r);
    let html = r.text();
    // The list at the top links each problem to its input, labelled as on the form.
    assert!(
        html.contains(r##"<a href="#f-contacts-3-phone">Emergency contact 4 — Phone</a>"##),
        "{html}"
    );
    assert!(html.contains(r##"<a href="#f-person-a_number">A-number</a>"##));
    assert!(html.contains(r##"<a href="#f-children-0-name">Child 1 — Name</a>: This is needed."##));
    // Each input says it is invalid and points to its message; what was typed is still there.
    assert!(html.contains(r#"id="f-contacts-3-phone" name="contacts.3.phone" value="call me" dir="auto" autocomplete="off" aria-invalid="true" aria-describedby="f-contacts-3-phone-error""#), "{html}");
    assert!(html.contains(r#"<p class="err" id="f-contacts-3-phone-error">&quot;call me&quot; is not a phone number"#));
    assert!(html.contains(r#"value="2999-01-01""#) && html.contains("2999-01-01 is in the future"));
    assert!(html.contains(r#"id="f-person-name" name="person.name" value="Ana""#));
    // In another language, the same problems in its words.
    let r = post("/fr/plan", &[("person.a_number", "A12"), ("make", "card")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.text().contains("n&apos;est pas un numéro A") || r.text().contains("n'est pas un numéro A"),
        "{}",
        r.text()
    );
}

#[tokio::test]
async fn presence_record_and_taken_make_their_papers() {
    let papers = [
        ("as_of", "2026-11-30"),
        ("papers.0.kind", "lease"),
        ("papers.0.from", "2024-01-01"),
        ("papers.0.to", "2025-01-31"),
        ("papers.4.kind", "utility_bill"),
        ("papers.4.from", "2025-06-01"),
        ("papers.4.to", "2026-11-30"),
        ("papers.4.description", "Con Ed"),
    ];
    let mut check = papers.to_vec();
    check.push(("make", "check"));
    let r = post("/ko/presence", &check).await;
    assert_eq!(r.status, StatusCode::OK);
    private("presence", &r);
    let html = r.text();
    assert!(
        html.contains("2025-02-01") && html.contains("2025-05-31") && html.contains(">120<"),
        "the gap: {html}"
    );
    assert!(html.contains(r#"value="Con Ed""#), "the form keeps the papers");
    let mut pdf = papers.to_vec();
    pdf.push(("make", "pdf"));
    let r = post("/ko/presence", &pdf).await;
    assert_eq!(
        (r.status, r.header(header::CONTENT_TYPE)),
        (StatusCode::OK, "application/pdf")
    );

    let bad = post(
        "/en/presence",
        &[
            ("papers.2.kind", "lease"),
            ("papers.2.from", "2025-01-01"),
            ("make", "check"),
        ],
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.text()
            .contains(r##"<a href="#f-papers-2-to">Paper 3 — To</a>: This is needed."##),
        "{}",
        bad.text()
    );

    let record = [
        ("when", "2026-11-30T07:40"),
        ("where", "Roosevelt Ave"),
        ("officers.1.badge", "4471"),
        ("vehicles.0.plate", "abc 1234"),
        ("what_happened", "Two officers took my neighbour."),
        ("paper_shown", "yes"),
        ("make", "json"),
    ];
    let r = post("/en/record", &record).await;
    assert_eq!(
        (r.status, r.header(header::CONTENT_TYPE)),
        (StatusCode::OK, "application/json")
    );
    private("record", &r);
    let v: serde_json::Value = serde_json::from_slice(&r.body).expect("JSON");
    assert_eq!(v["record"]["officers"][0]["badge"], "4471");
    assert_eq!(v["record"]["vehicles"][0]["plate"], "ABC 1234");
    assert_eq!(v["record"]["paper_shown"], true);
    assert_eq!(v["ny_ag_form"][0]["value"], "2026-11-30 07:40");

    let r = post(
        "/ur/taken",
        &[("name", "Rosa"), ("a_number", "A12345678"), ("make", "pdf")],
    )
    .await;
    assert_eq!(
        (r.status, r.header(header::CONTENT_TYPE)),
        (StatusCode::OK, "application/pdf")
    );
    let r = post("/ur/taken", &[("a_number", "nope")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        post("/xx/plan", &[("person.name", "A")]).await.status,
        StatusCode::NOT_FOUND
    );
}

/// The `src` of every `<script>` and the `href` of every `<link>` and the `src` of every `<img>` in a page
/// that points to this site (a path starting with one slash).
fn loaded_files(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (tag, attr) in [("<script", "src=\""), ("<link", "href=\""), ("<img", "src=\"")] {
        for (start, _) in html.match_indices(tag) {
            let rest = &html[start..];
            let Some(end) = rest.find('>') else { continue };
            let Some(at) = rest[..end].find(attr) else { continue };
            let value = &rest[at + attr.len()..end];
            let value = &value[..value.find('"').unwrap_or(value.len())];
            if value.starts_with('/') && !value.starts_with("//") {
                out.push(value.to_string());
            }
        }
    }
    out
}

#[tokio::test]
async fn the_offline_cache_holds_every_file_the_pages_load() {
    let sw = get("/sw.js").await.text();
    let site = &app().site;
    let guide = Guide::get();
    let mut seen = std::collections::BTreeSet::new();
    for locale in guide.locale_ids() {
        for path in amparo_web::site::locale_paths(guide, locale) {
            let html = String::from_utf8(site.assets[&path].identity.to_vec()).expect("utf-8");
            for file in loaded_files(&html) {
                assert!(
                    amparo_web::site::OFFLINE_ASSETS.contains(&file.as_str()),
                    "{path} loads {file}, which the service worker does not cache (site::OFFLINE_ASSETS)"
                );
                seen.insert(file);
            }
        }
    }
    // The tool pages load their draft script, and the check above saw it.
    assert!(seen.contains("/draft.js"), "no page loads /draft.js: {seen:?}");
    for file in amparo_web::site::OFFLINE_ASSETS {
        assert!(
            site.assets.contains_key(*file),
            "{file} is listed for offline use but not served"
        );
        assert!(sw.contains(&format!("\"{file}\"")), "the served sw.js lacks {file}");
    }
    assert!(
        !sw.contains("__ASSETS__") && !sw.contains("__PAGES__"),
        "sw.js placeholders left"
    );
}
