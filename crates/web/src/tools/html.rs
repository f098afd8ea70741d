//! A tool's [`Document`] as HTML: the same content as its PDF. What the person entered is shown with
//! `dir="auto"`, so a name in another script keeps its own direction; English beside a label is marked
//! `lang="en"`.

use amparo_law::Authority;
use amparo_prepare::{Block, Document, Label, Style};
use maud::{Markup, html};

use super::words::Words;

fn label(l: &Label) -> Markup {
    html! {
        (l.text)
        @if let Some(e) = &l.english { " " small.en lang="en" dir="ltr" { "(" (e) ")" } }
    }
}

/// Text as entered: line breaks kept.
fn value(v: &str) -> Markup {
    html! {
        @for (i, line) in v.split('\n').enumerate() {
            @if i > 0 { br; }
            (line)
        }
    }
}

fn sources(w: &Words, list: &[&'static Authority]) -> Markup {
    html! {
        @if !list.is_empty() {
            details {
                summary { (w.t("tools-sources")) }
                ul lang="en" dir="ltr" {
                    @for a in list {
                        li {
                            @match &a.url { Some(u) => a href=(u) rel="noreferrer" { (a.citation) }, None => (a.citation) }
                            " — " (a.title)
                            @if let Some(n) = &a.note { br; small { (n) } }
                        }
                    }
                }
            }
        }
    }
}

/// The blocks of a document (its title is the page's `h1`, rendered by the caller).
pub fn blocks(w: &Words, doc: &Document) -> Markup {
    html! {
        @for b in &doc.blocks {
            @match b {
                Block::Heading { label: l } => h2 { (label(l)) },
                Block::Subheading { label: l } => h3 dir="auto" { (l.text) },
                Block::Paragraph { text, style } => @match style {
                    Style::Strong => div.result role="status" { p { strong dir="auto" { (value(text)) } } },
                    Style::Muted => p.muted dir="auto" { (value(text)) },
                    Style::Normal => p dir="auto" { (value(text)) },
                },
                Block::Fields { fields } => dl.fields {
                    @for f in fields {
                        dt { (label(&f.label)) }
                        dd dir="auto" { (value(&f.value)) }
                    }
                },
                Block::Checklist { lines } => ul.check {
                    @for l in lines {
                        @if l.heading {
                            li.head { strong { (l.text) } }
                        } @else {
                            li {
                                (l.text)
                                @if let Some(s) = &l.status { br; small.muted { (s) } }
                                (sources(w, &l.citations))
                            }
                        }
                    }
                },
                Block::Say { lines } => div {
                    @for s in lines {
                        div.say {
                            q lang="en" dir="ltr" { (s.english) }
                            @if s.text != s.english { span.en { (s.text) } }
                        }
                    }
                },
                Block::Table { header, rows } => div.scroll {
                    table {
                        thead { tr { @for h in header { th scope="col" { (label(h)) } } } }
                        tbody { @for r in rows { tr { @for c in r { td dir="auto" { (value(c)) } } } } }
                    }
                },
                Block::Sources { citations } => (sources(w, citations)),
            }
        }
    }
}
