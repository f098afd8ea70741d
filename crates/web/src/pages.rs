//! HTML pages (maud: compile-checked, escaped). Every page works without JavaScript: `app.js` only adds the
//! offline cache and "read aloud".

use amparo_guide::{DoorCard, Guide, LocaleInfo, RenderedScenario, RenderedStatement};
use amparo_law::detainer::{Decision, Outcome, RequestedBy};
use maud::{DOCTYPE, Markup, PreEscaped, html};

use amparo_guide::punct::{self, colon};

use crate::ui::Ui;

pub const CSS: &str = include_str!("../assets/style.css");

/// Text in the page's language, or marked English where the locale lacks the word.
pub fn t(ui: &Ui, id: &str) -> Markup {
    let (s, fallback) = ui.get(id);
    if fallback {
        html! { span lang="en" dir="ltr" { (s) } }
    } else {
        html! { (s) }
    }
}

pub struct Chrome<'a> {
    pub locale: &'a LocaleInfo,
    pub ui: &'a Ui,
    pub disclaimer: &'a str,
    pub status: &'a str,
    pub title: &'a str,
    /// Path of this page without the locale prefix (for the language links), e.g. "home".
    pub path: &'a str,
}

pub fn layout(c: &Chrome<'_>, body: Markup) -> Markup {
    let l = c.locale;
    html! {
        (DOCTYPE)
        html lang=(l.id) dir=(l.direction.as_str()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width,initial-scale=1";
                title { (c.title) " · Amparo" }
                meta name="description" content=(c.title);
                link rel="manifest" href="/manifest.webmanifest";
                meta name="theme-color" content="#9b1c1c";
                style { (PreEscaped(CSS)) }
                script src="/app.js" defer {}
            }
            body {
                header {
                    a.home href={ "/" (l.id) "/" } { "Amparo" }
                    nav aria-label="Amparo" {
                        @if c.path != "door" { a href={ "/" (l.id) "/door" } { (t(c.ui, "ui-door-now")) } }
                        a href="/" hreflang="en" { (t(c.ui, "ui-languages")) }
                    }
                }
                main id="main" {
                    (body)
                    button id="speak" type="button" hidden class="noprint" { (t(c.ui, "ui-read-aloud")) }
                }
                footer {
                    p { (c.disclaimer) }
                    @if l.status != amparo_guide::TranslationStatus::Source {
                        p.muted { (c.status) }
                    }
                    nav aria-label=(c.ui.get("ui-languages").0) {
                        a href={ "/" (l.id) "/warrant" } { (t(c.ui, "ui-check-warrant")) }
                        a href={ "/" (l.id) "/privacy" } { (t(c.ui, "ui-privacy")) }
                        a href={ "/" (l.id) "/detainer" } { (t(c.ui, "ui-detainer")) }
                        (crate::help::footer_links(l.id))
                    }
                }
            }
        }
    }
}

/// `/`: the language picker (each name in its own language and script, with "Choose your language" and how much
/// of the translation is up to date and reviewed by a person, in that language).
pub fn picker(locales: &[LocaleInfo], guide: &amparo_guide::Guide) -> Result<Markup, amparo_guide::GuideError> {
    let mut rows = Vec::new();
    for l in locales {
        rows.push((l, guide.message(l.id, "ui-choose-language")?));
    }
    Ok(html! {
        (DOCTYPE)
        html lang="en" dir="ltr" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width,initial-scale=1";
                title { "Amparo — know your rights" }
                link rel="manifest" href="/manifest.webmanifest";
                style { (PreEscaped(CSS)) }
            }
            body {
                header { a.home href="/" { "Amparo" } }
                main {
                    h1 { "Know your rights when immigration agents come" }
                    ul.langs {
                        @for (l, choose) in &rows {
                            li lang=(l.id) dir=(l.direction.as_str()) {
                                a href={ "/" (l.id) "/" } hreflang=(l.id) { (l.native_name) }
                                " — " (choose)
                                br;
                                small.muted { (l.status_text) " " (l.translation_text) }
                            }
                        }
                    }
                }
                footer { p.muted { "Legal information, not legal advice. No cookies, no tracking. " a href="/en/privacy" { "Privacy" } } }
            }
        }
    })
}

/// A text of the guide in the page's language, its English spans marked (shared with the warrant answer's
/// renderer, which the check on the phone uses too).
pub use amparo_warrant_view::guide_text;

fn statement(locale: &str, s: &RenderedStatement, labels: &amparo_guide::Labels, reviewed: &str) -> Markup {
    html! {
        div.st.key[s.key_point] id=(s.id) {
            p { (guide_text(locale, &s.text)) }
            @if let Some(say) = &s.say {
                div.say {
                    (labels.say) (colon(locale)) q { (guide_text(locale, &say.text)) }
                    @if say.english != say.text {
                        span.en { (labels.say_english) (colon(locale)) q lang="en" dir="ltr" { (say.english) } }
                    }
                }
            }
            @if let Some(d) = &s.dont { p.dont { (labels.dont) (colon(locale)) (guide_text(locale, d)) } }
            @if s.status.id.is_prominent() { (status(locale, s, labels)) }
            details {
                summary { (labels.sources) }
                ul lang="en" dir="ltr" {
                    @for a in &s.citations {
                        li {
                            @match &a.url { Some(u) => a href=(u) rel="noreferrer" { (a.citation) }, None => (a.citation) }
                            " — " (a.title)
                            @if let Some(from) = a.effective_from { " (" (from) ")" }
                        }
                    }
                }
                @if !s.status.id.is_prominent() { p { (s.status.text) } }
                p { (reviewed) }
            }
        }
    }
}

/// How certain a statement is, in the reader's language, with the case a court is deciding (a link to where
/// it was read).
fn status(locale: &str, s: &RenderedStatement, labels: &amparo_guide::Labels) -> Markup {
    html! {
        p.status data-status=(s.status.id.as_str()) {
            "\u{2696} " (s.status.text)
            @if let Some(c) = s.status.case {
                " " (labels.case) (colon(locale))
                span lang="en" dir="ltr" { @match &c.url { Some(u) => a href=(u) rel="noreferrer" { (c.citation) }, None => (c.citation) } }
            }
        }
    }
}

pub struct Home<'a> {
    pub labels: &'a amparo_guide::Labels,
    pub key_points: &'a [RenderedStatement],
    pub scenarios: &'a [amparo_guide::ScenarioSummary],
}

pub fn home(c: &Chrome<'_>, h: &Home<'_>) -> Markup {
    let id = c.locale.id;
    layout(
        c,
        html! {
            h1 { (h.labels.guide_title) }
            p.lede { (h.labels.guide_subtitle) }
            a.door href={ "/" (id) "/door" } { (t(c.ui, "ui-door-now")) br; small { (t(c.ui, "ui-door-now-hint")) } }
            (speak_link(id, true))
            p { a href={ "/" (id) "/help" } { (crate::help::word(amparo_guide::Guide::get(), id, "help-all")) } }
            h2 { (h.labels.key_points_heading) }
            ol.key { @for k in h.key_points { li { (guide_text(id, &k.text)) } } }
            a.door href={ "/" (id) "/warrant" } { (t(c.ui, "ui-check-warrant")) br; small { (t(c.ui, "ui-check-warrant-hint")) } }
            h2 { (h.labels.scenarios_heading) }
            ul.plain {
                @for s in h.scenarios {
                    li.st { a href={ "/" (id) "/" (s.id) } { strong { (s.title) } } br; (s.intro) " " small { (punct::parens(id, &s.points_label)) } }
                }
            }
            h2 { (t(c.ui, "ui-cards-title")) }
            p { (t(c.ui, "ui-cards-intro")) }
            ul {
                @for (label, kind) in [("ui-cards-wallet", "sheet"), ("ui-cards-door", "door")] {
                    li {
                        (t(c.ui, label)) (colon(id))
                        a href={ "/" (id) "/cards/" (kind) "-letter.pdf" } download { (t(c.ui, "ui-cards-letter")) } " · "
                        a href={ "/" (id) "/cards/" (kind) "-a4.pdf" } download { (t(c.ui, "ui-cards-a4")) } " · "
                        a href={ "/" (id) "/cards/" (kind) "-letter-large.pdf" } download { (t(c.ui, "ui-cards-large")) }
                    }
                }
            }
            (crate::tools::home_links(c))
            p.muted { (t(c.ui, "ui-offline-note")) }
        },
    )
}

pub fn scenario(c: &Chrome<'_>, s: &RenderedScenario, labels: &amparo_guide::Labels, guide: &Guide) -> Markup {
    layout(
        c,
        html! {
            h1 { (s.title) }
            p.lede { (s.intro) }
            @for sec in &s.sections {
                section id=(sec.id) {
                    h2 { (sec.heading) }
                    @for st in &sec.statements {
                        @let reviewed = guide.reviewed_line(s.locale, st.reviewed).unwrap_or_default();
                        (statement(c.locale.id, st, labels, &reviewed))
                    }
                }
            }
            (crate::help::block(guide, s.locale, &s.id))
            @if s.sections.iter().any(|sec| sec.statements.iter().any(|st| st.say.is_some())) { (speak_link(s.locale, false)) }
            (crate::tools::scenario_links(c, &s.id))
            p { a href={ "/" (s.locale) "/" } { (t(c.ui, "ui-all-scenarios")) } }
        },
    )
}

pub fn door(c: &Chrome<'_>, d: &DoorCard, labels: &amparo_guide::Labels) -> Markup {
    // Made to fit one phone screen: the lines to act on and the lines to read out; the warrant checklist
    // opens on demand.
    layout(
        c,
        html! {
            div.doorpage {
                h1 { (d.title) }
                ol.key { @for s in &d.front { li { (s.text) } } }
                h2 { (d.back_title) }
                ul.plain {
                    @for say in &d.back {
                        li.say { q lang="en" dir="ltr" { (say.english) }
                            @if say.english != say.text { " " small { (say.text) } } }
                    }
                }
                (speak_link(d.locale, false))
                details {
                    summary { (d.check_title) }
                    ul { @for line in &d.check { li { (line) } } }
                }
                (crate::help::door_line(amparo_guide::Guide::get(), d.locale))
                p { a href={ "/" (d.locale) "/warrant" } { (t(c.ui, "ui-check-warrant")) } " · " a href={ "/" (d.locale) "/home" } { (labels.guide_title) } }
            }
        },
    )
}

/// The link to "Speak for me" ([`crate::speak`]), where the lines to say appear: a big one (with its hint) on
/// the home page, a plain one elsewhere.
fn speak_link(locale: &str, big: bool) -> Markup {
    let g = Guide::get();
    let word = |id: &str| g.message(locale, id).unwrap_or_default();
    let href = format!("/{locale}/{}", crate::speak::PATH);
    html! {
        @if big {
            a.door href=(href) { (crate::speak::icon("play")) " " (word("speak-title")) br; small { (word("speak-hint")) } }
        } @else {
            p.speaklink { a href=(href) { (crate::speak::icon("play")) " " (word("speak-title")) } }
        }
    }
}

pub fn privacy(c: &Chrome<'_>) -> Markup {
    layout(
        c,
        html! {
            h1 { (t(c.ui, "ui-privacy-title")) }
            @for i in 1..=5 { p { (t(c.ui, &format!("ui-privacy-{i}"))) } }
        },
    )
}

pub fn not_found(c: &Chrome<'_>) -> Markup {
    layout(
        c,
        html! { h1 { (t(c.ui, "ui-not-found")) } p { a href={ "/" (c.locale.id) "/" } { "Amparo" } } },
    )
}

// ---------------------------------------------------------------------------------------------------------
// The detainer checker: a form for lawyers and city staff (English: the law's own language).

pub const CONVICTION_ROWS: usize = 5;

pub fn detainer_page(c: &Chrome<'_>, values: &[(String, String)], error: Option<&str>) -> Markup {
    layout(c, detainer_form(c, values, error))
}

pub fn detainer_form(c: &Chrome<'_>, values: &[(String, String)], error: Option<&str>) -> Markup {
    let v = |k: &str| crate::fields::value(values, k);
    let checked = |k: &str| !v(k).is_empty();
    {
        html! {
            p.lede { (t(c.ui, "ui-detainer-note")) }
            div lang="en" dir="ltr" {
                h1 { "May a New York City agency honor this ICE detainer?" }
                p { "NYC Admin. Code § 9-131 (Department of Correction), § 14-154 (Police Department), § 9-205 (Department of Probation). Every answer shows the rules applied and their citations." }
                @if let Some(e) = error { div.result role="alert" { strong { "Cannot decide: " } (e) } }
                form method="post" action={ "/" (c.locale.id) "/detainer" } {
                    fieldset {
                        legend { "The case" }
                        label { "Agency " select name="agency" {
                            option value="doc" selected[v("agency") == "doc"] { "Department of Correction (§ 9-131)" }
                            option value="nypd" selected[v("agency") == "nypd"] { "Police Department (§ 14-154)" }
                            option value="probation" selected[v("agency") == "probation"] { "Department of Probation (§ 9-205)" }
                        } }
                        label { "Date of the instant arrest " input type="date" name="arrest_date" required value=(v("arrest_date")); }
                        label { "Law as of (empty: today) " input type="date" name="as_of" value=(v("as_of")); }
                        label { "Requested by " select name="requested_by" {
                            @for r in RequestedBy::ALL {
                                option value=(r.id()) selected[v("requested_by") == r.id()] { (r.name()) }
                            }
                        } }
                        label { input type="checkbox" name="judicial_warrant" checked[checked("judicial_warrant")]; "A judicial warrant (Article III judge or federal magistrate judge) was presented with the detainer" }
                        label { input type="checkbox" name="tsdb_possible_match" checked[checked("tsdb_possible_match")]; "The search shows a possible terrorist-screening-database match" }
                        label { input type="checkbox" name="reentered_after_removal" checked[checked("reentered_after_removal")]; "The search shows illegal re-entry after a previous removal or return" }
                    }
                    @for i in 0..CONVICTION_ROWS {
                        fieldset {
                            legend { "Conviction " (i + 1) " (leave empty if none)" }
                            label { "Statute, e.g. PL 265.02(3), PL 110/160.15, VTL 600(2)(c), or as records write it (265.01B, 110-125.25, 1192(3)) " input type="text" name={ "c" (i) "_statute" } value=(v(&format!("c{i}_statute"))); }
                            label { "Judgment date " input type="date" name={ "c" (i) "_judgment_date" } value=(v(&format!("c{i}_judgment_date"))); }
                            label { input type="checkbox" name={ "c" (i) "_felony" } checked[checked(&format!("c{i}_felony"))]; "Felony" }
                            label { "Days incarcerated for it " input type="number" min="0" name={ "c" (i) "_days_incarcerated" } value=(v(&format!("c{i}_days_incarcerated"))); }
                            label { "Jurisdiction " select name={ "c" (i) "_jurisdiction" } {
                                option value="NY" { "New York" }
                                option value="federal" selected[v(&format!("c{i}_jurisdiction")) == "federal"] { "Federal" }
                                option value="other" selected[v(&format!("c{i}_jurisdiction")) == "other"] { "Another state (give its code below)" }
                            } }
                            label { "Other state's two-letter code " input type="text" size="2" name={ "c" (i) "_state" } value=(v(&format!("c{i}_state"))); }
                            label { "New York equivalent (outside New York only) " input type="text" name={ "c" (i) "_ny_equivalent" } value=(v(&format!("c{i}_ny_equivalent"))); }
                            label { "Sentence over one year authorized where entered (outside New York only; PL § 70.06(1)(b)(i)) " select name={ "c" (i) "_sentence_over_one_year_authorized" } {
                                option value="" { "Not known" }
                                option value="true" selected[v(&format!("c{i}_sentence_over_one_year_authorized")) == "true"] { "Yes" }
                                option value="false" selected[v(&format!("c{i}_sentence_over_one_year_authorized")) == "false"] { "No" }
                            } }
                            label { "Attempt, conspiracy, solicitation or facilitation " select name={ "c" (i) "_inchoate" } {
                                option value="" { "None" }
                                @for k in ["attempt", "conspiracy", "solicitation", "facilitation"] {
                                    option value=(k) selected[v(&format!("c{i}_inchoate")) == k] { (k) }
                                }
                            } }
                            label { input type="checkbox" name={ "c" (i) "_hate_crime" } checked[checked(&format!("c{i}_hate_crime"))]; "Hate crime (PL § 485.05)" }
                            label { input type="checkbox" name={ "c" (i) "_youthful_offender" } checked[checked(&format!("c{i}_youthful_offender"))]; "Youthful offender adjudication" }
                            label { input type="checkbox" name={ "c" (i) "_juvenile_delinquent" } checked[checked(&format!("c{i}_juvenile_delinquent"))]; "Juvenile delinquency adjudication" }
                        }
                    }
                    button type="submit" { "Decide" }
                }
                p.muted { "The same rules answer the JSON API: POST /api/v1/detainer (see /api/v1/openapi.json) and the command line: amparo detainer." }
            }
        }
    }
}

pub fn detainer_result(c: &Chrome<'_>, o: &Outcome, form: Markup) -> Markup {
    let label = match o.decision {
        Decision::Honor => "Honor",
        Decision::Hold48hPendingJudicialWarrant => "Hold up to 48 hours pending a judicial warrant",
        Decision::Decline => "Decline",
    };
    layout(
        c,
        html! {
            div lang="en" dir="ltr" {
                div.result role="status" {
                    h1 { (label) }
                    p.lede { (o.summary()) }
                    @if let Some(share) = o.may_share_information {
                        p { strong { "Information (§ 9-131(h)(1) with (b)(1)): " } (share.to_string()) }
                    }
                    @if o.provision_status() != "in_force" {
                        p { strong { "In court: " } (o.provision_status()) " (see the trace)." }
                    }
                }
                h2 { "How this was decided (law as of " (o.as_of) ", version " (o.law_version()) ")" }
                table {
                    thead { tr { th { "Rule" } th { "Held?" } th { "Why" } th { "Authority" } } }
                    tbody {
                        @for s in &o.trace {
                            tr {
                                td { (s.rule.replace('_', " ")) }
                                td.holds[s.holds].fails[!s.holds] { @if s.holds { "yes" } @else { "no" } }
                                td { (s.detail.to_string()) }
                                td { @match &s.authority.url { Some(u) => a href=(u) rel="noreferrer" { (s.authority.citation) }, None => (s.authority.citation) } }
                            }
                        }
                    }
                }
                @if !o.warnings.is_empty() {
                    h2 { "Warnings" }
                    ul { @for w in &o.warnings { li { (w.to_string()) } } }
                }
                (form)
            }
        },
    )
}
