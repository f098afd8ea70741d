//! Reading a sheet back: CSV (RFC 4180) or XLIFF 2.0 into rows, each bad row or unit named with its place.

use crate::SOURCE_LOCALE;

use super::{CSV_COLUMNS, Row, SheetError, XLIFF_NS, error};

/// The rows of a CSV sheet (its header must be [`CSV_COLUMNS`]).
pub fn parse_csv(text: &str) -> Result<Vec<Row>, SheetError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut r = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let header = r
        .headers()
        .map_err(|e| error("line 1", format!("not a CSV sheet: {e}")))?;
    let got: Vec<&str> = header.iter().map(str::trim).collect();
    if got != CSV_COLUMNS {
        return Err(error(
            "line 1",
            format!(
                "the columns must be: {} (found: {})",
                CSV_COLUMNS.join(","),
                got.join(",")
            ),
        ));
    }
    let mut rows = Vec::new();
    for rec in r.records() {
        let rec = rec.map_err(|e| {
            let line = e
                .position()
                .map_or_else(|| "the file".to_string(), |p| format!("line {}", p.line()));
            error(line, format!("not valid CSV: {e}"))
        })?;
        // The reader reports the line on which the previous record ended (the header's, for the first row):
        // the row starts on the next one.
        let line = rec.position().map_or(0, |p| p.line() + 1);
        let get = |i: usize| rec.get(i).unwrap_or("").to_string();
        rows.push(Row {
            place: format!("line {line}"),
            locale: get(0).trim().to_string(),
            file: get(1).trim().to_string(),
            id: get(2).trim().to_string(),
            state: get(3).trim().to_string(),
            source_hash: get(4).trim().to_string(),
            english: get(5),
            translation: get(6),
            reviewer: get(7),
            notes: get(8),
        });
    }
    Ok(rows)
}

/// The rows of an XLIFF 2.0 sheet. `reviewer` is recorded for every segment whose state is `reviewed` or
/// `final`, unless a unit names its own (`<note category="amparo:reviewer">`).
pub fn parse_xliff(text: &str, reviewer: Option<&str>) -> Result<Vec<Row>, SheetError> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut path: Vec<String> = Vec::new();
    let mut rows = Vec::new();
    let mut locale = String::new();
    let mut file = String::new();
    let mut row = Row::default();
    let mut note_category = String::new();
    let mut buf = String::new();
    let at = |reader: &quick_xml::Reader<&[u8]>| format!("byte {}", reader.buffer_position());
    loop {
        let ev = reader
            .read_event()
            .map_err(|e| error(at(&reader), format!("not well-formed XML: {e}")))?;
        let is_start = matches!(ev, Event::Start(_));
        match ev {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.local_name().as_ref().to_string();
                let attr = |k: &str| -> Result<String, SheetError> {
                    match e.try_get_attribute(k) {
                        Ok(Some(a)) => a
                            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                            .map(|v| v.into_owned())
                            .map_err(|err| error(at(&reader), format!("bad attribute {k}: {err}"))),
                        Ok(None) => Ok(String::new()),
                        Err(err) => Err(error(at(&reader), format!("bad attribute {k}: {err}"))),
                    }
                };
                match (path.last().map(String::as_str), name.as_str()) {
                    (None, "xliff") => {
                        if attr("version")? != "2.0" {
                            return Err(error("the file", "not an XLIFF 2.0 document (version=\"2.0\")"));
                        }
                        if attr("xmlns")? != XLIFF_NS {
                            return Err(error("the file", format!("the XLIFF namespace must be {XLIFF_NS}")));
                        }
                        if attr("srcLang")? != SOURCE_LOCALE {
                            return Err(error("the file", "srcLang must be \"en\""));
                        }
                        locale = attr("trgLang")?;
                    }
                    (Some("xliff"), "file") => file = attr("id")?,
                    (Some("file"), "unit") => {
                        let id = attr("id")?;
                        row = Row {
                            place: format!("unit {id}"),
                            locale: locale.clone(),
                            file: file.clone(),
                            id,
                            ..Row::default()
                        };
                    }
                    (Some("notes"), "note") => note_category = attr("category")?,
                    (Some("unit"), "segment") => row.state = attr("state")?,
                    (Some("segment"), "source" | "target") | (Some("unit"), "notes") => {}
                    (Some("source" | "target"), other) => {
                        return Err(error(
                            row.place.clone(),
                            format!("<{other}> inside a text: write placeables as {{ $variable }}, as in the export"),
                        ));
                    }
                    (Some(p), other) => {
                        return Err(error(at(&reader), format!("unexpected <{other}> in <{p}>")));
                    }
                    (None, other) => return Err(error("the file", format!("<{other}> is not <xliff>"))),
                }
                buf.clear();
                if is_start {
                    path.push(name);
                }
            }
            Event::Text(t) => buf.push_str(&t.xml10_content()),
            Event::CData(t) => buf.push_str(&t),
            Event::GeneralRef(r) => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    buf.push(c);
                } else {
                    let name = r.xml10_content();
                    buf.push(match name.as_ref() {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        "apos" => '\'',
                        other => return Err(error(at(&reader), format!("unknown entity &{other};"))),
                    });
                }
            }
            Event::End(e) => {
                let name = e.local_name().as_ref().to_string();
                match name.as_str() {
                    "source" => row.english = std::mem::take(&mut buf),
                    "target" => row.translation = std::mem::take(&mut buf),
                    "note" => {
                        let v = std::mem::take(&mut buf);
                        match note_category.as_str() {
                            "amparo:source-hash" => row.source_hash = v.trim().to_string(),
                            "amparo:reviewer" => row.reviewer = v.trim().to_string(),
                            "amparo:notes" => row.notes = v,
                            _ => {}
                        }
                    }
                    "unit" => {
                        if row.reviewer.is_empty() && matches!(row.state.as_str(), "reviewed" | "final") {
                            row.reviewer = reviewer.unwrap_or("").to_string();
                            if row.reviewer.is_empty() {
                                return Err(error(
                                    row.place.clone(),
                                    "the segment is marked reviewed: give the reviewer's name or handle (--reviewer)",
                                ));
                            }
                        }
                        rows.push(std::mem::take(&mut row));
                    }
                    _ => {}
                }
                path.pop();
                buf.clear();
            }
            Event::Eof => break,
            Event::Decl(_) | Event::Comment(_) | Event::PI(_) => {}
            Event::DocType(_) => return Err(error("the file", "a DOCTYPE is not accepted")),
        }
    }
    if locale.is_empty() {
        return Err(error("the file", "no <xliff trgLang=\"…\"> element"));
    }
    Ok(rows)
}
