//! No English where it should not be: on every page of every locale, and on the warrant check's results and
//! errors, every text outside an element marked `lang="en"` is in the page's language (the English lines for
//! the officers, the lawyer's trace and the detainer form are marked `lang="en"`). The same check the browser
//! walk makes, on the HTML the server sends (the pages need no JavaScript).

use std::sync::{Arc, OnceLock};

use amparo_guide::script::looks_english;
use amparo_web::{App, router};
use axum::body::Body;
use axum::http::Request;
use http_body_util::BodyExt;
use tower::ServiceExt;

fn app() -> Arc<App> {
    static APP: OnceLock<Arc<App>> = OnceLock::new();
    APP.get_or_init(|| Arc::new(App::new().expect("the site builds")))
        .clone()
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr",
];

/// The texts of `html` outside any element whose `lang` is English (each text between two tags, with the
/// document's `lang` as the start).
pub fn texts_outside_english(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack: Vec<(String, bool)> = Vec::new();
    let mut rest = html;
    let english = |stack: &[(String, bool)]| stack.last().is_some_and(|(_, en)| *en);
    while let Some(i) = rest.find('<') {
        let text = &rest[..i];
        let skip = stack.last().is_some_and(|(t, _)| t == "script" || t == "style");
        if !skip && !english(&stack) && !text.trim().is_empty() {
            out.push(unescape(text.trim()));
        }
        let Some(j) = rest[i..].find('>') else { break };
        let tag = &rest[i + 1..i + j];
        rest = &rest[i + j + 1..];
        if tag.starts_with('!') || tag.starts_with('?') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            if let Some(k) = stack.iter().rposition(|(t, _)| *t == name) {
                stack.truncate(k);
            }
            continue;
        }
        let name: String = tag
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if VOID.contains(&name.as_str()) || tag.ends_with('/') {
            continue;
        }
        let inherited = english(&stack);
        let en = match tag.find(" lang=\"") {
            Some(k) => {
                let v = &tag[k + 7..];
                let v = &v[..v.find('"').unwrap_or(v.len())];
                v == "en" || v.starts_with("en-")
            }
            None => inherited,
        };
        stack.push((name, en));
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

async fn body(req: Request<Body>) -> String {
    let res = router(app()).oneshot(req).await.expect("infallible");
    String::from_utf8(res.into_body().collect().await.expect("body").to_bytes().to_vec()).expect("utf-8")
}

fn stray(path: &str, html: &str) -> Vec<String> {
    texts_outside_english(html)
        .into_iter()
        .filter(|t| looks_english(t))
        .map(|t| format!("{path}: {t}"))
        .collect()
}

#[tokio::test]
async fn no_page_of_another_locale_shows_english_outside_lang_en() {
    let app = app();
    let mut paths: Vec<&String> = app
        .site
        .assets
        .iter()
        .filter(|(p, a)| a.content_type.starts_with("text/html") && p.as_str() != "/" && !p.starts_with("/en/"))
        .map(|(p, _)| p)
        .collect();
    paths.sort();
    assert!(paths.len() > 11 * 10, "{} pages", paths.len());
    let mut found = Vec::new();
    for p in paths {
        let html = String::from_utf8(app.site.assets[p].identity.to_vec()).expect("utf-8");
        found.extend(stray(p, &html));
    }
    assert!(found.is_empty(), "{} English texts:\n{}", found.len(), found.join("\n"));
}

#[tokio::test]
async fn warrant_results_and_errors_show_no_english_outside_lang_en() {
    let mut found = Vec::new();
    for l in ["es", "ar", "zh-Hans", "bn", "ht"] {
        let path = format!("/{l}/warrant");
        // A guided answer (an ICE administrative warrant, Form I-200) and an upload that is no document.
        let form = "heading=dhs&title=warrant-for-arrest-of-alien&form=i-200&signer-other=Supervisory+Detention+and+Deportation+Officer&name=someone-else";
        let req = Request::post(&path)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(form))
            .expect("request");
        found.extend(stray(&format!("POST {path} (guided)"), &body(req).await));
        let boundary = "XyZ";
        let upload = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"paper\"; filename=\"x.bin\"\r\n\r\n\u{0}\u{1}\u{2}\u{3}PK\u{3}\u{4}\r\n--{boundary}--\r\n"
        );
        let req = Request::post(format!("/{l}/warrant/upload"))
            .header("content-type", format!("multipart/form-data; boundary={boundary}"))
            .body(Body::from(upload))
            .expect("request");
        found.extend(stray(&format!("POST {path}/upload (bad file)"), &body(req).await));
    }
    assert!(found.is_empty(), "{} English texts:\n{}", found.len(), found.join("\n"));
}

#[test]
fn the_extractor_skips_english_and_finds_stray_english() {
    let html = r#"<html lang="es"><body><p>Hola</p><p lang="en">I do not consent.</p><p>Read from the top and bottom of the photo only</p><br><script>var x = "the and you";</script></body></html>"#;
    let texts = texts_outside_english(html);
    assert_eq!(texts, ["Hola", "Read from the top and bottom of the photo only"]);
    assert_eq!(stray("/es/x", html).len(), 1);
}
