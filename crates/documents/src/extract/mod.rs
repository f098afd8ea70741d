//! From the text of a paper to its kind and fields, each field with the text that showed it.
//!
//! Tolerant of OCR garble: keywords are matched on a "squashed" copy of the text (letters only, upper case,
//! digits inside words read as the letters they resemble: "SECUR1TY" → "SECURITY"), so spacing, line breaks
//! and punctuation do not matter; form numbers are read with confusable characters ("Form l-2OO" → I-200).
//!
//! The captions and titles looked for are those of the forms as far as they are known; several layouts
//! were not verified against a real specimen (see `data/forms.toml`, `layout_verified`, and
//! docs/warrant-check.md).
//!
//! [`extract`] reads the paper in steps, each in its own function and most in their own file: the kind
//! (headings, form numbers, titles), the issuer, the form number, the signer's title (`signer.rs`), the
//! names and addresses (`names.rs`), the dates and hours (`dates.rs`) and the case number. The words
//! looked for are in `keywords.rs`, the regular expressions in `patterns.rs`.

use amparo_law::warrant::{Issuer, Kind, Paper, Signer, Tolerance};
use chrono::NaiveDate;
use serde::Serialize;

mod dates;
mod forms;
mod keywords;
mod names;
mod patterns;
mod signer;
mod squashed;

use dates::{read_dates, read_hours};
use forms::{FormHit, form_hits};
use keywords::{
    APPLICANT, APPLICATION_REQUESTS, APPLICATION_TITLES, APPLICATION_WORDS, DHS, DHS_TITLES, EOIR, FED_COURT,
    INDICTMENT, NY_COURT, NY_LOCAL_COURT, NY_SUPERIOR_COURT, SEARCH_TITLES, WARRANT_COMMANDS,
};
use names::{read_addresses, read_names};
use patterns::patterns;
use signer::read_signer;
use squashed::{Squashed, line_at};

/// Longest evidence snippet kept, in characters.
pub(crate) const SNIPPET: usize = 160;

/// The text that showed a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// What it showed: `kind`, `issuer`, `signer_title`, `form`, `name`, `address`, `issued`, `execute_by`,
    /// `any_time`, `case_number`, `signature`.
    pub finding: &'static str,
    /// The text, as read (trimmed, at most 160 characters).
    pub text: String,
}

/// The fields read off the paper.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Fields {
    /// Which court or agency the paper names at the top.
    pub issuer: Option<String>,
    /// The title printed under the signature.
    pub signer_title: Option<String>,
    /// Whether a signature is present (not knowable from text, except "/s/").
    pub signature_present: Option<bool>,
    /// Form number, e.g. "I-200", "AO 442".
    pub form: Option<String>,
    /// Form edition, e.g. "Rev. 09/16".
    pub edition: Option<String>,
    pub names: Vec<String>,
    pub addresses: Vec<String>,
    pub issued: Option<NaiveDate>,
    pub execute_by: Option<NaiveDate>,
    /// The daytime window as printed, e.g. "in the daytime 6:00 a.m. to 10:00 p.m.".
    pub daytime_window: Option<String>,
    /// Whether the warrant expressly allows execution at any time of the day or night.
    pub any_time: Option<bool>,
    pub case_number: Option<String>,
}

/// What was read: the kind, the issuer and signer as the law sees them, the fields and the evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Extraction {
    pub kind: Kind,
    pub issuer: Option<Issuer>,
    pub signer: Option<Signer>,
    pub fields: Fields,
    pub evidence: Vec<Evidence>,
}

impl Extraction {
    /// The facts the law rules take, read with the given tolerance (see [`crate::Channel::tolerance`]).
    pub fn paper(&self, tolerance: Tolerance) -> Paper {
        Paper {
            kind: self.kind,
            issuer: self.issuer,
            signer: self.signer,
            signature_present: self.fields.signature_present,
            names: self.fields.names.clone(),
            addresses: self.fields.addresses.clone(),
            issued: self.fields.issued,
            execute_by: self.fields.execute_by,
            any_time: self.fields.any_time,
            tolerance,
            person_named: None,
            address_named: None,
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// The classifier

/// Read a paper's text. Never fails: a paper it cannot place is [`Kind::Unknown`].
pub fn extract(text: &str) -> Extraction {
    let sq = Squashed::new(text);
    let mut ev: Vec<Evidence> = Vec::new();
    let mut fields = Fields::default();
    let headings = Headings::find(&sq);
    let hits = form_hits(text);

    let kind = read_kind(text, &sq, &headings, &hits, &mut ev);
    let issuer = read_issuer(text, &sq, &headings, kind, &mut fields, &mut ev);
    read_form(text, &hits, kind, &mut fields, &mut ev);
    let signer = read_signer(text, kind, &mut fields, &mut ev);
    read_signature_mark(text, &mut fields, &mut ev);
    read_names(text, &mut fields, &mut ev);
    read_addresses(text, &mut fields, &mut ev);
    read_dates(text, &mut fields, &mut ev);
    read_hours(text, &sq, &mut fields, &mut ev);
    read_case_number(text, &mut fields, &mut ev);

    Extraction {
        kind,
        issuer,
        signer,
        fields,
        evidence: ev,
    }
}

/// Where the paper first names each kind of issuer (its heading, usually), as offsets into the text.
struct Headings {
    dhs: Option<usize>,
    eoir: Option<usize>,
    fed: Option<usize>,
    ny: Option<usize>,
}

impl Headings {
    fn find(sq: &Squashed) -> Headings {
        Headings {
            dhs: sq.find_any(DHS),
            eoir: sq.find_any(EOIR),
            fed: sq.find_any(FED_COURT),
            ny: sq.find_any(NY_COURT),
        }
    }
}

/// What the paper is: a DHS form by its own number line, an immigration judge's order, a DHS form by its
/// title, a court's paper by its heading and title (or its AO form number), then weaker signs. An
/// application for a warrant is told apart from the warrant by its title or form number (AO 106); a New
/// York warrant of arrest is a superior court's (CPL § 210.10) when a Supreme Court or County Court heads it
/// and no local criminal court does, or when it speaks of an indictment.
fn read_kind(text: &str, sq: &Squashed, h: &Headings, hits: &[FormHit], ev: &mut Vec<Evidence>) -> Kind {
    let strong_dhs = hits.iter().filter(|h| h.strong && h.dhs).max_by_key(|h| h.at);
    let any_dhs_form = hits.iter().find(|h| h.dhs);
    let ao = hits.iter().find(|h| !h.dhs);
    let ao_warrant = hits.iter().find(|h| !h.dhs && h.kind.is_court_warrant());
    let dhs_title = DHS_TITLES
        .iter()
        .filter_map(|t| sq.find_any(t.keys).map(|at| (t.kind, at)))
        .min_by_key(|(_, at)| *at);

    // A "search warrant" inside an application's words ("Application for a Search Warrant", "I request a
    // search warrant") is not the paper's title.
    let mut application_spans = sq.spans(APPLICATION_TITLES);
    application_spans.extend(sq.spans(APPLICATION_REQUESTS));
    let search_title = sq.find_any_outside(SEARCH_TITLES, &application_spans);
    // An application: its title (exact, or garbled by a photo), its form number (AO 106), or two of the
    // words only an application carries; and none of the warrant's own signs (its title outside an
    // application's words, its command to execute it, AO 93). A paper with both is taken as the warrant
    // (a packet of both), and then its judge's signature decides as for any warrant.
    let application_title = sq
        .find_any(APPLICATION_TITLES)
        .or_else(|| approx_application_title(text));
    let application_words = APPLICATION_WORDS.iter().filter(|k| sq.has(&[k])).count();
    let ao106 = ao.filter(|f| f.kind.is_application()).map(|f| f.at);
    let application_at = application_title.or(ao106).or_else(|| {
        (application_words >= 2)
            .then(|| sq.find_any(APPLICATION_WORDS))
            .flatten()
    });
    let warrant_signs = ao_warrant.is_some() || sq.has(WARRANT_COMMANDS) || sq.has(&["SEARCHANDSEIZUREWARRANT"]);
    let application = application_at
        .filter(|_| !warrant_signs && (search_title.is_none() || application_words >= 1 || ao106.is_some()));
    let arrest_title = sq.find_any(&["ARRESTWARRANT", "WARRANTOFARREST", "WARRANTFORARREST"]);
    let subpoena = sq.find_any(&["SUBPOENA"]);
    let eoir_order = h.eoir.is_some() && sq.has(&["ORDER"]);
    let superior = (sq.has(NY_SUPERIOR_COURT) && !sq.has(NY_LOCAL_COURT)) || sq.has(INDICTMENT);

    let (kind, kind_at): (Kind, Option<usize>) = if let Some(f) = strong_dhs {
        (f.kind, Some(f.at))
    } else if eoir_order && dhs_title.is_none_or(|(k, _)| k == Kind::NoticeToAppear) {
        (Kind::ImmigrationCourtOrder, h.eoir)
    } else if let Some((k, at)) = dhs_title {
        (k, Some(at))
    } else if let Some(at) = h.fed {
        match (application, search_title, arrest_title, ao) {
            (Some(a), ..) => (Kind::SearchWarrantApplication, Some(a)),
            (None, Some(s), _, _) => (Kind::FederalSearchWarrant, Some(s)),
            (None, None, Some(a), _) => (Kind::FederalArrestWarrant, Some(a)),
            (None, None, None, Some(f)) => (f.kind, Some(f.at)),
            _ => (Kind::Unknown, Some(at)),
        }
    } else if let Some(at) = h.ny {
        match (application, search_title, arrest_title) {
            (Some(a), ..) => (Kind::SearchWarrantApplication, Some(a)),
            (None, Some(s), _) => (Kind::StateSearchWarrant, Some(s)),
            (None, None, Some(a)) if superior => (Kind::SuperiorCourtArrestWarrant, Some(a)),
            (None, None, Some(a)) => (Kind::StateArrestWarrant, Some(a)),
            _ => (Kind::Unknown, Some(at)),
        }
    } else if let Some(f) = any_dhs_form.filter(|_| h.dhs.is_some()) {
        (f.kind, Some(f.at))
    } else if let (Some(_), Some(at)) = (h.dhs, subpoena) {
        (Kind::AdministrativeSubpoena, Some(at))
    } else if let Some(f) = ao {
        (f.kind, Some(f.at))
    } else {
        (Kind::Unknown, None)
    };
    if let Some(at) = kind_at {
        ev.push(Evidence {
            finding: "kind",
            text: line_at(text, at),
        });
    }
    kind
}

/// An application's title read with the letters a photo loses or garbles ("Appication for a Search
/// Warrant"): about one letter in eight, on a line of its own.
fn approx_application_title(text: &str) -> Option<usize> {
    let key = "APPLICATIONFORASEARCHWARRANT";
    let mut off = 0;
    for line in text.split('\n') {
        let letters = Squashed::new(line).letters;
        let short = letters.len() < key.len() + 12;
        if short && amparo_text::approx_contains(&letters, &key.replace('L', "I"), key.len() / 8) {
            return Some(off);
        }
        off += line.len() + 1;
    }
    None
}

/// The first mention of an immigration agency that is not on an applicant's line: an agency that applied
/// to a court for a warrant did not issue it. (Without this, a court's search warrant whose heading did not
/// survive a photo was reported as issued by DHS, on the strength of the agent who applied for it.)
fn dhs_issuer_at(sq: &Squashed, text: &str) -> Option<usize> {
    let mut at: Vec<usize> = DHS.iter().flat_map(|k| sq.find_all(k)).collect();
    at.sort_unstable();
    at.into_iter()
        .find(|&i| !Squashed::new(&line_at(text, i)).has(APPLICANT))
}

/// The issuer as the paper states it: the court of a court's warrant, the immigration court of an
/// immigration judge's order, otherwise the first issuer named (an immigration agency that is not an
/// applicant first).
fn read_issuer(
    text: &str,
    sq: &Squashed,
    h: &Headings,
    kind: Kind,
    fields: &mut Fields,
    ev: &mut Vec<Evidence>,
) -> Option<Issuer> {
    let issuer = if kind == Kind::ImmigrationCourtOrder {
        h.eoir.map(|at| (Issuer::ImmigrationCourt, at))
    } else if kind.is_court_warrant() || kind.is_application() {
        match kind {
            Kind::FederalArrestWarrant | Kind::FederalSearchWarrant => h.fed.map(|at| (Issuer::FederalCourt, at)),
            Kind::SearchWarrantApplication => h
                .fed
                .map(|at| (Issuer::FederalCourt, at))
                .or_else(|| h.ny.map(|at| (Issuer::NyCourt, at))),
            _ => h.ny.map(|at| (Issuer::NyCourt, at)),
        }
    } else {
        dhs_issuer_at(sq, text)
            .map(|at| (Issuer::Dhs, at))
            .or_else(|| h.fed.map(|at| (Issuer::FederalCourt, at)))
            .or_else(|| h.ny.map(|at| (Issuer::NyCourt, at)))
            .or_else(|| h.eoir.map(|at| (Issuer::ImmigrationCourt, at)))
    };
    let (issuer, at) = issuer?;
    let line = line_at(text, at);
    fields.issuer = Some(line.clone());
    ev.push(Evidence {
        finding: "issuer",
        text: line,
    });
    Some(issuer)
}

/// The form number and edition: the hit that matches the kind, else the first strong one.
fn read_form(text: &str, hits: &[FormHit], kind: Kind, fields: &mut Fields, ev: &mut Vec<Evidence>) {
    let form = hits
        .iter()
        .filter(|h| h.kind == kind)
        .max_by_key(|h| (h.strong, h.at))
        .or_else(|| hits.iter().find(|h| h.strong));
    let Some(h) = form else {
        return;
    };
    fields.form = Some(h.form.clone());
    let line = line_at(text, h.at);
    let mut end = text.len().min(h.at + 60);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if let Some(c) = patterns().edition.captures(&text[h.at.min(end)..end])
        && let Some(m) = c.get(1)
    {
        fields.edition = Some(format!("Rev. {}", m.as_str()));
    }
    ev.push(Evidence {
        finding: "form",
        text: line,
    });
}

/// A "/s/" mark: an electronic signature is present.
fn read_signature_mark(text: &str, fields: &mut Fields, ev: &mut Vec<Evidence>) {
    if let Some(m) = patterns().sig_mark.find(text) {
        fields.signature_present = Some(true);
        ev.push(Evidence {
            finding: "signature",
            text: line_at(text, m.start()),
        });
    }
}

fn read_case_number(text: &str, fields: &mut Fields, ev: &mut Vec<Evidence>) {
    if let Some(c) = patterns().case_number.captures(text)
        && let (Some(m), Some(w)) = (c.get(1), c.get(0))
    {
        fields.case_number = Some(m.as_str().to_owned());
        ev.push(Evidence {
            finding: "case_number",
            text: line_at(text, w.start()),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_agency_that_applied_for_a_warrant_is_not_its_issuer() {
        // A search warrant whose court heading did not survive a photo: the agent who applied for it is
        // from Homeland Security Investigations.
        let t = "UN1TED ST4 ES D1STR\nSEARCH AND SEIZ\nTo: Any authorized law enforcement officer\n\
                 An application by Special Agent Steven Kowalski of Homeland Security Investigations requests the search\n\
                 of the following person or property\n";
        assert_ne!(extract(t).issuer, Some(Issuer::Dhs));
        // As a photo read it.
        let garbled = "An opp licatiOn by Spe<ial Agent Steven Kowalst: of Homeland Security Investigations requests";
        assert_ne!(extract(garbled).issuer, Some(Issuer::Dhs));
        // An agency named on a line of its own is the issuer.
        let t = format!("U.S. Department of Homeland Security\n{t}");
        assert_eq!(extract(&t).issuer, Some(Issuer::Dhs));
    }

    #[test]
    fn unrelated_text_is_unknown() {
        let e =
            extract("RESIDENTIAL LEASE AGREEMENT\nLandlord: Acme LLC\nTenant: Maria Garcia\n123 Main Street, Apt 2");
        assert_eq!(e.kind, Kind::Unknown);
        assert_eq!(e.signer, None);
        let e = extract("");
        assert_eq!(e.kind, Kind::Unknown);
    }
}
