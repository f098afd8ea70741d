//! The staff server on both databases: each role blocked from what it may not do, CSRF and cross-site
//! refusals, sign-in limits, the session cookie, API tokens, reads logged, corrections reviewed by another
//! supervisor, and concurrent clerks.

mod common;

use amparo_register::Register;
use amparo_register::auth::{self, Role};
use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use sqlx::Row;
use tower::ServiceExt;

const PASSWORD: &str = "a long enough password";

struct Resp {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

async fn send(app: &Router, req: Request<Body>) -> Resp {
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = String::from_utf8_lossy(&res.into_body().collect().await.unwrap().to_bytes()).into_owned();
    Resp { status, headers, body }
}

fn get(path: &str, cookie: Option<&str>) -> Request<Body> {
    let mut b = Request::get(path);
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, format!("amparo_register_session={c}"));
    }
    b.body(Body::empty()).unwrap()
}

fn post_form(path: &str, cookie: Option<&str>, form: &[(&str, &str)]) -> Request<Body> {
    let body = form
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&");
    let mut b = Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, format!("amparo_register_session={c}"));
    }
    b.body(Body::from(body)).unwrap()
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn api(method: &str, path: &str, token: &str, body: &str) -> Request<Body> {
    Request::builder()
        .method(method)
        .uri(path)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/x-ndjson")
        .body(Body::from(body.to_owned()))
        .unwrap()
}

/// Signs in; returns (cookie, csrf).
async fn sign_in(app: &Router, name: &str) -> (String, String) {
    let r = send(
        app,
        post_form("/login", None, &[("name", name), ("password", PASSWORD)]),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "sign in {name}: {}", r.body);
    let set = r.headers.get(header::SET_COOKIE).unwrap().to_str().unwrap().to_owned();
    let cookie = set.split(';').next().unwrap().split_once('=').unwrap().1.to_owned();
    let home = send(app, get("/", Some(&cookie))).await;
    let csrf = home
        .body
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    (cookie, csrf)
}

async fn staff(reg: &Register) {
    for (name, role) in [
        ("clerk", Role::Clerk),
        ("clerk2", Role::Clerk),
        ("super", Role::Supervisor),
        ("super2", Role::Supervisor),
        ("audit", Role::Auditor),
        ("admin", Role::Admin),
    ] {
        auth::create_account(reg, "cli:test", name, role, Some(PASSWORD))
            .await
            .unwrap();
    }
}

/// A register with the staff accounts of [`staff`], these lines imported, and the staff server over it.
async fn staffed(db: &common::TestDb, lines: &[String]) -> (Register, Router) {
    let reg = db.create().await;
    staff(&reg).await;
    if !lines.is_empty() {
        let (_, refused) = common::import_lines(&reg, lines).await;
        assert!(refused.is_empty(), "{refused:?}");
    }
    let app = amparo_register::server::router(reg.clone(), true);
    (reg, app)
}

/// Request D-1: a DOC detainer from ICE for P-1 received 2025-08-01 (final order), with these case facts.
fn d1(facts: &str) -> String {
    common::det("D-1", "2025-08-01", "doc", "ice", "P-1", "removal_order", facts)
}

/// The correction form of request D-1 (a DOC detainer from ICE for P-1) as a clerk fills it in.
fn correction_form<'a>(
    csrf: &'a str,
    basis: &'a str,
    received_at: &'a str,
    reason: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("target", "request"),
        ("type", "detainer"),
        ("received_at", received_at),
        ("agency", "doc"),
        ("requested_by", "ice"),
        ("person", "P-1"),
        ("basis", basis),
        ("arrest_date", "2025-08-01"),
        ("convictions", ""),
        ("reason", reason),
    ]
}

fn detainer_form<'a>(csrf: &'a str, id: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("type", "detainer"),
        ("id", id),
        ("received_at", "2025-08-01T10:00"),
        ("agency", "doc"),
        ("requested_by", "ice"),
        ("person", "P-1"),
        ("basis", "removal_order"),
        ("i247a_boxes", "final_order"),
        ("arrest_date", "2025-07-30"),
        ("judicial_warrant", "true"),
        ("convictions", "PL 120.05 | felony | 2021-03-01"),
    ]
}

both!(
    each_role_is_blocked_from_what_it_may_not_do,
    |db: common::TestDb| async move {
        let (reg, app) = staffed(&db, &[]).await;
        // Each case: what each of ROLES may do, in that order.
        const ROLES: [&str; 4] = ["clerk", "super", "audit", "admin"];
        let status = |allowed: bool, ok: StatusCode| if allowed { ok } else { StatusCode::FORBIDDEN };
        let mut s = std::collections::HashMap::new();
        for name in ROLES {
            s.insert(name, sign_in(&app, name).await);
        }
        // Recording: clerk and supervisor.
        for (name, allowed) in ROLES.into_iter().zip([true, true, false, false]) {
            let (cookie, csrf) = &s[name];
            let id = format!("D-{name}");
            let r = send(&app, post_form("/requests", Some(cookie), &detainer_form(csrf, &id))).await;
            assert_eq!(
                r.status,
                status(allowed, StatusCode::SEE_OTHER),
                "{name} POST /requests: {}",
                r.body
            );
            let r = send(&app, get("/requests/new?type=detainer", Some(cookie))).await;
            assert_eq!(r.status, status(allowed, StatusCode::OK), "{name} GET /requests/new");
        }
        let cases: &[(&str, [bool; 4])] = &[
            // path: clerk, supervisor, auditor, admin
            ("/requests/D-clerk", [true, true, true, false]),
            ("/proposals", [false, true, false, false]),
            ("/reports", [false, true, true, false]),
            (
                "/reports/run?law=9-131&period=2026&format=json",
                [false, true, true, false],
            ),
            ("/log", [false, false, true, false]),
            ("/accounts", [false, false, false, true]),
        ];
        for (path, allowed) in cases {
            for (name, allowed) in ROLES.into_iter().zip(*allowed) {
                let r = send(&app, get(path, Some(&s[name].0))).await;
                assert_eq!(r.status, status(allowed, StatusCode::OK), "{name} GET {path}");
            }
        }
        // Account management: admin only.
        for (name, allowed) in ROLES.into_iter().zip([false, false, false, true]) {
            let (cookie, csrf) = &s[name];
            let new = format!("made-by-{name}");
            let r = send(
                &app,
                post_form(
                    "/accounts",
                    Some(cookie),
                    &[
                        ("csrf", csrf),
                        ("name", &new),
                        ("role", "admin"),
                        ("password", PASSWORD),
                    ],
                ),
            )
            .await;
            assert_eq!(
                r.status,
                status(allowed, StatusCode::SEE_OTHER),
                "{name} POST /accounts"
            );
        }
        // Verify: auditor only.
        for (name, allowed) in ROLES.into_iter().zip([false, false, true, false]) {
            let (cookie, csrf) = &s[name];
            let r = send(&app, post_form("/verify", Some(cookie), &[("csrf", csrf)])).await;
            assert_eq!(r.status, status(allowed, StatusCode::OK), "{name} POST /verify");
        }
        // The same roles through API tokens.
        let mut tokens = std::collections::HashMap::new();
        for name in ROLES {
            tokens.insert(name, auth::create_token(&reg, "cli:test", name, "test").await.unwrap());
        }
        let line = common::det("D-api", "2025-08-02T10:00", "doc", "ice", "P-2", "null", "");
        let api_cases: &[(&str, &str, &str, [bool; 4])] = &[
            ("POST", "/api/v1/events", &line, [true, true, false, false]),
            ("GET", "/api/v1/requests/D-clerk", "", [true, true, true, false]),
            (
                "GET",
                "/api/v1/reports/9-131?period=2026",
                "",
                [false, true, true, false],
            ),
            ("GET", "/api/v1/verify", "", [false, false, true, false]),
        ];
        for (method, path, body, allowed) in api_cases {
            for (name, allowed) in ROLES.into_iter().zip(*allowed) {
                let r = send(&app, api(method, path, &tokens[name], body)).await;
                assert_eq!(
                    r.status,
                    status(allowed, StatusCode::OK),
                    "{name} {method} {path}: {}",
                    r.body
                );
            }
        }
        // Without a session or a token.
        assert_eq!(send(&app, get("/", None)).await.status, StatusCode::SEE_OTHER);
        assert_eq!(
            send(&app, get("/requests/D-clerk", None)).await.status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            send(&app, api("GET", "/api/v1/verify", "amparo_nope_nope", ""))
                .await
                .status,
            StatusCode::UNAUTHORIZED
        );
        let r = send(&app, Request::get("/api/v1/verify").body(Body::empty()).unwrap()).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        // A revoked token stops working.
        let t = auth::tokens(&reg).await.unwrap();
        let audit_token = t.iter().find(|(_, account, ..)| account == "audit").unwrap().0.clone();
        auth::revoke_token(&reg, "cli:test", &audit_token).await.unwrap();
        assert_eq!(
            send(&app, api("GET", "/api/v1/verify", &tokens["audit"], ""))
                .await
                .status,
            StatusCode::UNAUTHORIZED
        );
        // The OpenAPI document needs no token and lists every API route.
        let doc = send(&app, Request::get("/api/v1/openapi.json").body(Body::empty()).unwrap()).await;
        assert_eq!(doc.status, StatusCode::OK);
        let doc: serde_json::Value = serde_json::from_str(&doc.body).unwrap();
        for p in [
            "/events",
            "/requests/{id}",
            "/reports/{law}",
            "/verify",
            "/openapi.json",
        ] {
            assert!(doc["paths"].get(p).is_some(), "openapi.json lacks {p}");
        }
        common::assert_verified(&reg).await;
    }
);

both!(
    forms_without_the_csrf_token_and_cross_site_posts_are_refused,
    |db: common::TestDb| async move {
        let (reg, app) = staffed(&db, &[]).await;
        let (cookie, csrf) = sign_in(&app, "clerk").await;
        let mut form = detainer_form(&csrf, "D-1");
        form.retain(|(k, _)| *k != "csrf");
        assert_eq!(
            send(&app, post_form("/requests", Some(&cookie), &form)).await.status,
            StatusCode::FORBIDDEN
        );
        let mut wrong = detainer_form("0000", "D-1");
        wrong[0].1 = "0000";
        assert_eq!(
            send(&app, post_form("/requests", Some(&cookie), &wrong)).await.status,
            StatusCode::FORBIDDEN
        );
        let mut req = post_form("/requests", Some(&cookie), &detainer_form(&csrf, "D-1"));
        req.headers_mut()
            .insert(header::ORIGIN, "http://evil.example".parse().unwrap());
        req.headers_mut()
            .insert(header::HOST, "127.0.0.1:8617".parse().unwrap());
        assert_eq!(send(&app, req).await.status, StatusCode::FORBIDDEN);
        let mut req = post_form("/requests", Some(&cookie), &detainer_form(&csrf, "D-1"));
        req.headers_mut()
            .insert("sec-fetch-site", "cross-site".parse().unwrap());
        assert_eq!(send(&app, req).await.status, StatusCode::FORBIDDEN);
        // Nothing was recorded; the same form from the page itself is.
        assert!(amparo_register::view::request(&reg, "D-1").await.is_err());
        let mut req = post_form("/requests", Some(&cookie), &detainer_form(&csrf, "D-1"));
        req.headers_mut()
            .insert(header::ORIGIN, "http://127.0.0.1:8617".parse().unwrap());
        req.headers_mut()
            .insert(header::HOST, "127.0.0.1:8617".parse().unwrap());
        req.headers_mut()
            .insert("sec-fetch-site", "same-origin".parse().unwrap());
        assert_eq!(send(&app, req).await.status, StatusCode::SEE_OTHER);
        let v = amparo_register::view::request(&reg, "D-1").await.unwrap();
        let out: serde_json::Value = serde_json::from_str(v.versions[0].decision.as_ref().unwrap().get()).unwrap();
        assert_eq!(out["decision"], "honor", "the form's facts reached the engine");
        assert_eq!(v.versions[0].record["i247a_boxes"][0], "final_order");
        // A bad form comes back with the field named, and records nothing.
        let mut bad = detainer_form(&csrf, "D-2");
        bad.push(("convictions", "PL 120.05 felony"));
        bad.retain(|(k, v)| *k != "convictions" || *v == "PL 120.05 felony");
        let r = send(&app, post_form("/requests", Some(&cookie), &bad)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains(r#"id="convictions-error""#), "{}", r.body);
        assert!(r.body.contains("line 1: write: statute"), "{}", r.body);
        // Several fields at fault: each is shown, and nothing is recorded.
        let mut bad = detainer_form(&csrf, "D 3");
        bad.retain(|(k, _)| !matches!(*k, "received_at" | "basis"));
        bad.push(("received_at", "2099-01-01"));
        bad.push(("basis", "hunch"));
        let r = send(&app, post_form("/requests", Some(&cookie), &bad)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        for f in ["id", "received_at", "basis"] {
            assert!(r.body.contains(&format!(r#"id="{f}-error""#)), "{f}: {}", r.body);
        }
        assert!(r.body.contains("is in the future"), "{}", r.body);
        assert!(amparo_register::view::request(&reg, "D 3").await.is_err());
    }
);

both!(
    sign_in_is_rate_limited_and_the_cookie_is_strict,
    |db: common::TestDb| async move {
        let (reg, app) = staffed(&db, &[]).await;
        let r = send(
            &app,
            post_form("/login", None, &[("name", "clerk"), ("password", PASSWORD)]),
        )
        .await;
        let set = r.headers.get(header::SET_COOKIE).unwrap().to_str().unwrap().to_owned();
        for attr in ["HttpOnly", "SameSite=Strict", "Secure", "Path=/"] {
            assert!(set.contains(attr), "{set}");
        }
        assert!(r.headers.get(header::CONTENT_SECURITY_POLICY).is_some());
        for _ in 0..5 {
            let r = send(
                &app,
                post_form("/login", None, &[("name", "super"), ("password", "wrong wrong wrong")]),
            )
            .await;
            assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        }
        let r = send(
            &app,
            post_form("/login", None, &[("name", "super"), ("password", PASSWORD)]),
        )
        .await;
        assert_eq!(
            r.status,
            StatusCode::TOO_MANY_REQUESTS,
            "the right password is refused too while blocked"
        );
        assert!(r.headers.get(header::RETRY_AFTER).is_some());
        // Another account is not blocked by it.
        let (cookie, csrf) = sign_in(&app, "audit").await;
        // Signing out ends the session on the server.
        let r = send(&app, post_form("/logout", Some(&cookie), &[("csrf", &csrf)])).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(
            send(&app, get("/log", Some(&cookie))).await.status,
            StatusCode::SEE_OTHER
        );
        // A disabled account's session ends.
        let (cookie, _) = sign_in(&app, "clerk2").await;
        auth::set_disabled(&reg, "cli:test", "clerk2", true).await.unwrap();
        assert_eq!(send(&app, get("/", Some(&cookie))).await.status, StatusCode::SEE_OTHER);
    }
);

both!(
    every_read_of_a_persons_records_is_logged,
    |db: common::TestDb| async move {
        let (reg, app) = staffed(
            &db,
            &[common::det("D-1", "2025-08-01", "doc", "ice", "P-7", "null", "")],
        )
        .await;
        let (cookie, _) = sign_in(&app, "clerk").await;
        let r = send(&app, get("/requests/D-1", Some(&cookie))).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains("P-7") && r.body.contains("DECLINE"), "{}", r.body);
        let r = send(&app, get("/requests?q=P-7", Some(&cookie))).await;
        assert!(r.body.contains("D-1"));
        let token = auth::create_token(&reg, "cli:test", "audit", "t").await.unwrap();
        assert_eq!(
            send(&app, api("GET", "/api/v1/requests/D-1", &token, "")).await.status,
            StatusCode::OK
        );
        let reads = sqlx::query("SELECT actor, subject, body FROM log WHERE kind = 'read' ORDER BY seq")
            .fetch_all(reg.pool())
            .await
            .unwrap();
        let reads: Vec<(String, String, String)> = reads
            .iter()
            .map(|r| (r.try_get(0).unwrap(), r.try_get(1).unwrap(), r.try_get(2).unwrap()))
            .collect();
        assert_eq!(reads.len(), 3, "{reads:?}");
        assert_eq!((reads[0].0.as_str(), reads[0].1.as_str()), ("staff:clerk", "D-1"));
        assert!(reads[1].2.contains("\"person\"") && reads[1].1 == "P-7");
        assert!(reads[2].0.starts_with("token:") && reads[2].2.contains("\"api\""));
        // The home page lists requests without person ids, and is not a read.
        let home = send(&app, get("/", Some(&cookie))).await;
        assert!(home.body.contains("D-1") && !home.body.contains("P-7"));
        common::assert_verified(&reg).await;
    }
);

both!(
    a_correction_takes_effect_when_another_supervisor_approves,
    |db: common::TestDb| async move {
        let (reg, app) = staffed(&db, &[d1("")]).await;
        let (clerk, clerk_csrf) = sign_in(&app, "clerk").await;
        let r = send(
            &app,
            post_form(
                "/requests/D-1/corrections",
                Some(&clerk),
                &correction_form(&clerk_csrf, "warrant_of_arrest", "2025-08-01", "basis misread"),
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let v = amparo_register::view::request(&reg, "D-1").await.unwrap();
        assert_eq!(v.versions.len(), 1, "a proposal changes nothing yet");
        let seq = v.proposals[0].seq.to_string();
        // The clerk cannot review; the supervisor can.
        let r = send(
            &app,
            post_form(
                &format!("/proposals/{seq}/review"),
                Some(&clerk),
                &[("csrf", &clerk_csrf), ("approve", "yes")],
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let (sup, sup_csrf) = sign_in(&app, "super").await;
        let r = send(
            &app,
            post_form(
                &format!("/proposals/{seq}/review"),
                Some(&sup),
                &[("csrf", &sup_csrf), ("approve", "yes")],
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let v = amparo_register::view::request(&reg, "D-1").await.unwrap();
        assert_eq!(v.versions.len(), 2);
        assert_eq!(v.versions[1].record["basis"], "warrant_of_arrest");
        assert_eq!(v.versions[0].record["basis"], "removal_order");
        assert!(v.versions[1].approval.is_some());
        // A supervisor's own proposal needs another supervisor.
        send(
            &app,
            post_form(
                "/requests/D-1/corrections",
                Some(&sup),
                &correction_form(&sup_csrf, "reason_to_believe", "2025-08-01", "no"),
            ),
        )
        .await;
        let v = amparo_register::view::request(&reg, "D-1").await.unwrap();
        let seq = v
            .proposals
            .iter()
            .find(|p| p.reviewed.is_none())
            .unwrap()
            .seq
            .to_string();
        let r = send(
            &app,
            post_form(
                &format!("/proposals/{seq}/review"),
                Some(&sup),
                &[("csrf", &sup_csrf), ("approve", "yes")],
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
        let (sup2, sup2_csrf) = sign_in(&app, "super2").await;
        let r = send(
            &app,
            post_form(
                &format!("/proposals/{seq}/review"),
                Some(&sup2),
                &[("csrf", &sup2_csrf), ("approve", "no")],
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let v = amparo_register::view::request(&reg, "D-1").await.unwrap();
        assert_eq!(v.versions.len(), 2, "a rejected correction changes nothing");
        common::assert_verified(&reg).await;
    }
);

both!(concurrent_clerks_lose_nothing, |db: common::TestDb| async move {
    let reg = db.create().await;
    const CLERKS: usize = 8;
    const EACH: usize = 40;
    let mut tokens = Vec::new();
    for i in 0..CLERKS {
        let name = format!("clerk{i}");
        auth::create_account(&reg, "cli:test", &name, Role::Clerk, None)
            .await
            .unwrap();
        tokens.push(auth::create_token(&reg, "cli:test", &name, "load").await.unwrap());
    }
    let app = amparo_register::server::router(reg.clone(), true);
    let mut tasks = Vec::new();
    for (i, token) in tokens.into_iter().enumerate() {
        let app = app.clone();
        tasks.push(tokio::spawn(async move {
            let mut recorded = 0;
            for j in 0..EACH {
                let id = format!("D-{i}-{j}");
                // One request at a time, then its action, as a clerk would; and a read of it.
                let body = format!(
                    "{}\n{}\n",
                    common::det(&id, "2025-08-01T10:00", "doc", "ice", &format!("P-{i}-{j}"), "null", ""),
                    common::action(&id, "2025-08-02", "declined")
                );
                let r = send(&app, api("POST", "/api/v1/events", &token, &body)).await;
                assert_eq!(r.status, StatusCode::OK, "{}", r.body);
                let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
                recorded += v["recorded"].as_u64().unwrap();
                let r = send(&app, api("GET", &format!("/api/v1/requests/{id}"), &token, "")).await;
                assert_eq!(r.status, StatusCode::OK);
            }
            recorded
        }));
    }
    let mut total = 0;
    for t in tasks {
        total += t.await.unwrap();
    }
    assert_eq!(total as usize, CLERKS * EACH * 2);
    let n: i64 = sqlx::query("SELECT COUNT(*) FROM requests")
        .fetch_one(reg.pool())
        .await
        .unwrap()
        .try_get(0)
        .unwrap();
    assert_eq!(n as usize, CLERKS * EACH);
    let v = common::assert_verified(&reg).await;
    // init + accounts + tokens + a request, an action and a read for each.
    assert_eq!(v.entries as usize, 1 + 2 * CLERKS + 3 * CLERKS * EACH);
});

both!(
    corrections_are_proposed_in_form_fields_with_errors_at_the_field,
    |db: common::TestDb| async move {
        let (reg, app) = staffed(
            &db,
            &[
                d1(common::WARRANT_CONVICTED),
                common::action("D-1", "2025-08-02", "declined"),
            ],
        )
        .await;
        let (clerk, csrf) = sign_in(&app, "clerk").await;
        // The form is filled in from the record in force: fields, not JSON.
        let r = send(&app, get("/requests/D-1/correct", Some(&clerk))).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(
            r.body.contains(r#"name="received_at" value="2025-08-01""#),
            "{}",
            r.body
        );
        assert!(
            r.body.contains(r#"<option value="removal_order" selected>"#),
            "{}",
            r.body
        );
        assert!(
            r.body.contains(r#"name="judicial_warrant" value="true" checked"#),
            "{}",
            r.body
        );
        assert!(r.body.contains("PL 120.05 | felony | 2021-03-01"), "{}", r.body);
        assert!(!r.body.contains("<textarea id=\"record\""), "no JSON textarea");
        // The request page offers the action's correction in its fields too.
        let page = send(&app, get("/requests/D-1", Some(&clerk))).await;
        assert!(page.body.contains("/requests/D-1/correct"));
        assert!(page.body.contains(r#"name="by" value="officer 7""#), "{}", page.body);
        // A bad date comes back at its field, with what was typed kept.
        let r = send(
            &app,
            post_form(
                "/requests/D-1/corrections",
                Some(&clerk),
                &correction_form(&csrf, "warrant_of_arrest", "2025-13-01", "basis misread"),
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
        assert!(r.body.contains(r#"id="received_at-error""#), "{}", r.body);
        assert!(r.body.contains(r#"aria-describedby="received_at-error""#), "{}", r.body);
        assert!(r.body.contains(r#"value="2025-13-01""#));
        assert!(r.body.contains(r#"<option value="warrant_of_arrest" selected>"#));
        assert!(!r.body.contains(r#"id="person-error""#), "only the field at fault");
        // A bad conviction line, at the convictions field.
        let mut form = correction_form(&csrf, "warrant_of_arrest", "2025-08-01", "basis misread");
        form.retain(|(k, _)| *k != "convictions");
        form.push(("convictions", "PL 120.05 | maybe | 2021-03-01"));
        let r = send(&app, post_form("/requests/D-1/corrections", Some(&clerk), &form)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
        assert!(r.body.contains(r#"id="convictions-error""#), "{}", r.body);
        // A missing reason, at the reason field.
        let r = send(
            &app,
            post_form(
                "/requests/D-1/corrections",
                Some(&clerk),
                &correction_form(&csrf, "warrant_of_arrest", "2025-08-01", ""),
            ),
        )
        .await;
        assert!(r.body.contains(r#"id="reason-error""#), "{}", r.body);
        // Every field at fault at once: a bad date, an empty person, two bad conviction lines (of three), no
        // reason; each at its field, the lines by number, and the fields named at the top.
        let mut form = correction_form(&csrf, "warrant_of_arrest", "2025-13-01", "");
        form.retain(|(k, _)| !matches!(*k, "convictions" | "person"));
        form.push(("person", ""));
        form.push((
            "convictions",
            "PL 120.05 | maybe | 2021-03-01\nPL 160.15 | felony | 2020-01-01\nPL 155.30 felony",
        ));
        let r = send(&app, post_form("/requests/D-1/corrections", Some(&clerk), &form)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
        for f in ["received_at", "person", "convictions", "reason"] {
            assert!(r.body.contains(&format!(r#"id="{f}-error""#)), "{f}: {}", r.body);
            assert!(
                r.body.contains(&format!(r#"aria-describedby="{f}-error""#)),
                "{f}: {}",
                r.body
            );
        }
        assert!(r.body.contains("line 1: the second part is"), "{}", r.body);
        assert!(r.body.contains("line 3: write: statute"), "{}", r.body);
        assert!(!r.body.contains("line 2:"), "the good line is not marked: {}", r.body);
        assert!(r.body.contains("see the 5 fields marked below"), "{}", r.body);
        assert!(!r.body.contains(r#"id="basis-error""#), "only the fields at fault");
        assert!(r.body.contains(r#"value="2025-13-01""#), "what was typed is kept");
        let v = amparo_register::view::request(&reg, "D-1").await.unwrap();
        assert!(v.proposals.is_empty(), "nothing refused was proposed");
        // An action corrected in its fields.
        let act = v.actions[0].seq.to_string();
        let r = send(
            &app,
            post_form(
                "/requests/D-1/corrections",
                Some(&clerk),
                &[
                    ("csrf", &csrf),
                    ("target", &act),
                    ("op", "replace"),
                    ("action", "held_past_release"),
                    ("at", "2025-08-02T09:00"),
                    ("by", "officer 7"),
                    ("note", ""),
                    ("reason", "was held, not declined"),
                ],
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let v = amparo_register::view::request(&reg, "D-1").await.unwrap();
        let c = &v.proposals[0].correction;
        assert_eq!(c["record"]["action"], "held_past_release");
        assert_eq!(c["action_seq"].as_i64(), Some(v.actions[0].seq));
        common::assert_verified(&reg).await;
    }
);

both!(
    a_request_is_withdrawn_when_a_second_supervisor_approves,
    |db: common::TestDb| async move {
        let (reg, app) = staffed(&db, &[d1("")]).await;
        let withdraw = |csrf: &str, reason: &str| {
            post_form(
                "/requests/D-1/corrections",
                None,
                &[("csrf", csrf), ("target", "withdraw"), ("reason", reason)],
            )
        };
        let with_cookie = |mut req: Request<Body>, cookie: &str| {
            req.headers_mut().insert(
                header::COOKIE,
                format!("amparo_register_session={cookie}").parse().unwrap(),
            );
            req
        };
        // An auditor may not propose it.
        let (audit, audit_csrf) = sign_in(&app, "audit").await;
        let r = send(&app, with_cookie(withdraw(&audit_csrf, "entered twice"), &audit)).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        // A clerk proposes it; it needs a reason; nothing changes until a supervisor approves.
        let (clerk, clerk_csrf) = sign_in(&app, "clerk").await;
        let page = send(&app, get("/requests/D-1", Some(&clerk))).await;
        assert!(page.body.contains(r#"name="target" value="withdraw""#));
        let r = send(&app, with_cookie(withdraw(&clerk_csrf, ""), &clerk)).await;
        assert_ne!(
            r.status,
            StatusCode::SEE_OTHER,
            "a withdrawal without a reason is refused"
        );
        let r = send(&app, with_cookie(withdraw(&clerk_csrf, "entered twice"), &clerk)).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let v = amparo_register::view::request(&reg, "D-1").await.unwrap();
        assert_eq!(v.versions.len(), 1);
        let seq = v.proposals[0].seq.to_string();
        let review = |csrf: &str| {
            post_form(
                &format!("/proposals/{seq}/review"),
                None,
                &[("csrf", csrf), ("approve", "yes")],
            )
        };
        let r = send(&app, with_cookie(review(&clerk_csrf), &clerk)).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "a clerk does not approve");
        let (sup, sup_csrf) = sign_in(&app, "super").await;
        let r = send(&app, with_cookie(review(&sup_csrf), &sup)).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let v = amparo_register::view::request(&reg, "D-1").await.unwrap();
        assert_eq!(v.versions.len(), 2);
        assert!(v.versions[1].withdrawn);
        assert!(v.versions[1].approval.is_some());
        assert_eq!(v.versions[1].reason.as_deref(), Some("entered twice"));
        // Shown as withdrawn; no action form; an action is refused.
        let page = send(&app, get("/requests/D-1", Some(&clerk))).await;
        assert!(page.body.contains("Withdrawn as recorded in error"), "{}", page.body);
        assert!(!page.body.contains("Record the action"));
        assert!(
            page.body.contains("DECLINE"),
            "the decision given on entry is still shown"
        );
        let home = send(&app, get("/", Some(&clerk))).await;
        assert!(home.body.contains("withdrawn"), "{}", home.body);
        let r = send(
            &app,
            post_form(
                "/requests/D-1/actions",
                Some(&clerk),
                &[
                    ("csrf", &clerk_csrf),
                    ("action", "transferred"),
                    ("at", "2025-08-03T10:00"),
                    ("by", "officer 7"),
                ],
            ),
        )
        .await;
        assert!(r.body.contains("withdrawn"), "{}", r.body);
        assert_eq!(
            amparo_register::view::request(&reg, "D-1").await.unwrap().actions.len(),
            0
        );
        common::assert_verified(&reg).await;
    }
);

both!(sign_in_limits_survive_a_restart, |db: common::TestDb| async move {
    let (reg, app) = staffed(&db, &[]).await;
    for _ in 0..5 {
        let r = send(
            &app,
            post_form("/login", None, &[("name", "super"), ("password", "wrong wrong wrong")]),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    }
    // The server stops; a new one starts on the same database (a new process would open it again).
    drop(app);
    reg.close().await;
    let reg = db.open().await;
    let app = amparo_register::server::router(reg.clone(), true);
    let r = send(
        &app,
        post_form("/login", None, &[("name", "super"), ("password", PASSWORD)]),
    )
    .await;
    assert_eq!(
        r.status,
        StatusCode::TOO_MANY_REQUESTS,
        "the failures before the restart still count"
    );
    let wait: u64 = r.headers[header::RETRY_AFTER].to_str().unwrap().parse().unwrap();
    assert!(wait > 0 && wait <= 15 * 60, "{wait}");
    // Another name is not blocked; its success does not clear the blocked one.
    sign_in(&app, "clerk").await;
    let r = send(
        &app,
        post_form("/login", None, &[("name", "super"), ("password", PASSWORD)]),
    )
    .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
});

both!(
    an_api_token_proposes_corrections_and_withdrawals_it_does_not_apply_them,
    |db: common::TestDb| async move {
        let (reg, app) = staffed(&db, &[d1("")]).await;
        let token = auth::create_token(&reg, "cli:test", "clerk", "system").await.unwrap();
        let body = r#"{"type":"correction","ref":"D-1","reason":"entered twice","record":null}"#;
        let r = send(&app, api("POST", "/api/v1/events", &token, body)).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let v = amparo_register::view::request(&reg, "D-1").await.unwrap();
        assert_eq!(
            v.versions.len(),
            1,
            "a clerk's token does not withdraw a request by itself"
        );
        assert_eq!(v.proposals.len(), 1);
        assert!(v.proposals[0].correction["record"].is_null());
        common::assert_verified(&reg).await;
    }
);
