//! "Speak for me" (`/{lang}/speak`): the lines to say to officers ([`amparo_guide::Guide::speak`]), each in
//! large English for the officer with the reader's language beneath and a picture beside it.
//!
//! Without JavaScript it is a list of every line, in large type (show the phone, or read the line out). With
//! JavaScript (`assets/speak.js`, same origin, like every script here) it shows one line at a time with
//! "previous" and "next", and a tap on the line says its English through the device's own speech synthesis in
//! an English voice (`lang="en-US"`); nothing is sent anywhere.

use amparo_guide::{Guide, GuideError, SpeakLine};
use maud::{Markup, PreEscaped, html};

use crate::pages::{self, Chrome};

/// The page's path under a locale.
pub const PATH: &str = "speak";

/// The script that plays the lines (served at `/speak.js`).
pub const SCRIPT: &str = include_str!("../assets/speak.js");

/// The page's words (guide messages `speak-*`).
struct Words {
    intro: String,
    tap: String,
    play: String,
    previous: String,
    next: String,
    why: String,
}

/// The page title, in the locale ("Speak for me").
pub fn title(guide: &Guide, locale: &str) -> Result<String, GuideError> {
    guide.message(locale, "speak-title")
}

/// The page, rendered once for the site.
pub fn page(c: &Chrome<'_>, guide: &Guide) -> Result<Markup, GuideError> {
    let locale = c.locale.id;
    let lines = guide.speak(locale)?;
    let m = |id: &str| guide.message(locale, id);
    let w = Words {
        intro: m("speak-intro")?,
        tap: m("speak-tap")?,
        play: m("speak-play")?,
        previous: m("speak-previous")?,
        next: m("speak-next")?,
        why: m("speak-why")?,
    };
    Ok(pages::layout(
        c,
        html! {
            div.speakpage {
                h1 { (c.title) }
                p.lede.nojs { (w.intro) }
                p.lede.js hidden { (w.tap) }
                ol.speak id="lines" {
                    @for line in &lines { (one(locale, line, &w)) }
                }
                div.speaknav id="speaknav" hidden {
                    button id="prev" type="button" { "\u{2039} " (w.previous) }
                    button id="play" type="button" { (icon("play")) " " (w.play) }
                    button id="next" type="button" { (w.next) " \u{203a}" }
                }
            }
            script src="/speak.js" defer {}
        },
    ))
}

fn one(locale: &str, line: &SpeakLine, w: &Words) -> Markup {
    let Some(say) = line.say() else { return html! {} };
    let id = &line.statement.id;
    html! {
        li id={ "say-" (id) } {
            (icon(&line.icon))
            p.en lang="en" dir="ltr" { (say.english) }
            @if say.text != say.english { p.tr { (pages::guide_text(locale, &say.text)) } }
            @if let Some(sc) = &line.scenario {
                a.why href={ "/" (locale) "/" (sc) "#" (id) } { (w.why) }
            }
        }
    }
}

/// Every picture the guide's `[[speak]]` lines may name.
pub const ICONS: &[&str] = &[
    "silent", "door", "warrant", "badge", "search", "go", "lawyer", "sign", "fear",
];

/// The picture named `name`: a small inline SVG drawn in the text's colour (a "no" stroke in the warning
/// colour), hidden from screen readers (the line itself says it all). An unknown name draws a speech bubble.
pub fn icon(name: &str) -> Markup {
    const NO: &str = r#"<path class="no" d="M7 7l34 34"/>"#;
    let (body, no) = match name {
        // A speech bubble, crossed out: silence.
        "silent" => (r#"<path d="M7 9h34v23H23l-9 8v-8H7z"/>"#, true),
        // A closed door, crossed out: no entry.
        "door" => (
            r#"<path d="M12 44V5h24v39M6 44h36"/><circle cx="30" cy="25" r="1.8"/>"#,
            true,
        ),
        // A paper under a door.
        "warrant" => (
            r#"<path d="M10 4v26h28V4M4 30h40"/><path d="M14 34h20v10H14zM18 38h12"/>"#,
            false,
        ),
        // An ID badge with a question mark: who are you?
        "badge" => (
            r#"<rect x="6" y="9" width="36" height="30" rx="3"/><path d="M19 19a5 5 0 1 1 7 4.6c-1.6.8-2 1.6-2 3.4"/><circle cx="24" cy="32" r=".8"/>"#,
            false,
        ),
        // A magnifying glass, crossed out: no search.
        "search" => (r#"<circle cx="20" cy="20" r="11"/><path d="M28 28l13 13"/>"#, true),
        // An arrow out: am I free to go?
        "go" => (r#"<path d="M5 24h32M27 13l11 11-11 11"/><path d="M5 8v32"/>"#, false),
        // The scales of justice: a lawyer.
        "lawyer" => (
            r#"<path d="M24 6v34M14 42h20M8 12h32M8 12l-5 12h10zM40 12l-5 12h10z"/>"#,
            false,
        ),
        // A pen, crossed out: sign nothing.
        "sign" => (r#"<path d="M10 38l3-9 19-19 6 6-19 19zM6 44h36"/>"#, true),
        // The globe: afraid to return to one's country.
        "fear" => (
            r#"<circle cx="24" cy="24" r="17"/><path d="M7 24h34M24 7c-7 6-7 28 0 34M24 7c7 6 7 28 0 34"/>"#,
            false,
        ),
        // A loudspeaker (the play button).
        "play" => (
            r#"<path d="M6 18h8l10-8v28l-10-8H6zM31 17c3 4 3 10 0 14M36 12c6 7 6 17 0 24"/>"#,
            false,
        ),
        _ => (r#"<path d="M7 9h34v23H23l-9 8v-8H7z"/>"#, false),
    };
    PreEscaped(format!(
        r#"<svg class="icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">{body}{}</svg>"#,
        if no { NO } else { "" }
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_guide_has_its_own_picture() {
        let lines = Guide::get().speak("en").expect("the speak lines");
        assert!(lines.len() >= 4, "{} lines", lines.len());
        let fallback = icon("no-such-icon").into_string();
        let mut drawn = Vec::new();
        for l in &lines {
            assert!(
                ICONS.contains(&l.icon.as_str()),
                "{}: icon {:?} is not drawn",
                l.statement.id,
                l.icon
            );
            let svg = icon(&l.icon).into_string();
            assert_ne!(svg, fallback, "{}: icon {:?}", l.statement.id, l.icon);
            assert!(
                !drawn.contains(&svg),
                "{}: the same picture as another line",
                l.statement.id
            );
            drawn.push(svg);
        }
    }
}
