//! The "Get help" and "What changed" pages, and the contact blocks other pages show, through the router.

use std::sync::{Arc, OnceLock};

use amparo_guide::Guide;
use amparo_web::{App, router};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

fn app() -> Arc<App> {
    static APP: OnceLock<Arc<App>> = OnceLock::new();
    APP.get_or_init(|| Arc::new(App::new().expect("the site builds")))
        .clone()
}

async fn get(path: &str) -> (StatusCode, String) {
    let req = Request::get(path).body(Body::empty()).expect("request");
    let res = router(app()).oneshot(req).await.expect("infallible");
    let status = res.status();
    let body = res.into_body().collect().await.expect("body").to_bytes().to_vec();
    (status, String::from_utf8(body).expect("utf-8"))
}

/// Every `href="/…"` of a page (the site's own links), without the fragment.
fn own_links(html: &str) -> Vec<String> {
    html.split("href=\"/")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|l| format!("/{}", l.split('#').next().unwrap_or("")))
        .collect()
}

#[tokio::test]
async fn the_help_page_lists_every_confirmed_number_with_its_date_in_every_locale() {
    let guide = Guide::get();
    for locale in guide.locale_ids() {
        let (status, html) = get(&format!("/{locale}/help")).await;
        assert_eq!(status, StatusCode::OK, "{locale}");
        for c in amparo_guide::contacts::all() {
            assert!(html.contains(&format!("id=\"contact-{}\"", c.id)), "{locale}: {}", c.id);
            if let Some(tel) = c.tel() {
                assert!(html.contains(&format!("href=\"{tel}\"")), "{locale}: {tel}");
            }
        }
        assert!(html.contains("2026-12-01"), "{locale}: the verification date");
        for hidden in amparo_guide::contacts::hidden() {
            if let Some(p) = &hidden.phone {
                assert!(!html.contains(p.as_str()), "{locale}: hidden number {p} is shown");
            }
        }
        let title = guide.message(locale, "help-title").expect("title");
        assert!(html.contains(&title), "{locale}: in its own words");
    }
}

#[tokio::test]
async fn scenarios_with_a_block_show_their_contacts_and_the_door_page_its_line() {
    for scenario in ["detained", "court", "after"] {
        let (_, html) = get(&format!("/ko/{scenario}")).await;
        assert!(html.contains("<section id=\"help\">"), "{scenario}");
        assert!(html.contains("href=\"/ko/help\""), "{scenario}");
    }
    let (_, detained) = get("/en/detained").await;
    assert!(detained.contains("https://locator.ice.gov/odls/") && detained.contains("tel:+17182540700"));
    let (_, home) = get("/en/home").await;
    assert!(
        !home.contains("<section id=\"help\">"),
        "no block where the data lists none"
    );
    for locale in ["en", "ar", "zh-Hant"] {
        let (_, door) = get(&format!("/{locale}/door")).await;
        assert!(door.contains("href=\"tel:311\""), "{locale}: the door line");
        assert!(door.contains(&format!("href=\"/{locale}/help\"")), "{locale}");
    }
}

#[tokio::test]
async fn every_page_links_help_and_what_changed() {
    let (_, html) = get("/es/street").await;
    assert!(html.contains("href=\"/es/help\"") && html.contains("href=\"/es/changes\""));
}

#[tokio::test]
async fn the_changes_page_lists_every_change_newest_first_and_its_links_resolve() {
    let guide = Guide::get();
    for locale in guide.locale_ids() {
        let (status, html) = get(&format!("/{locale}/changes")).await;
        assert_eq!(status, StatusCode::OK, "{locale}");
        let changes = guide.changes(locale).expect("changes");
        let mut last = 0;
        for c in &changes {
            let at = html
                .find(&format!("id=\"{}\"", c.id))
                .unwrap_or_else(|| panic!("{locale}: {} is missing", c.id));
            assert!(at >= last, "{locale}: {} is out of order", c.id);
            last = at;
            assert!(
                html.contains(&c.summary.replace('"', "&quot;")) || html.contains(&c.summary),
                "{locale}: {}",
                c.id
            );
        }
    }
    let (_, html) = get("/en/changes").await;
    let links = own_links(&html);
    assert!(
        links.iter().any(|l| l == "/en/home"),
        "a change links the home scenario: {links:?}"
    );
    for link in links {
        let (status, _) = get(&link).await;
        assert_eq!(status, StatusCode::OK, "{link}");
    }
}
