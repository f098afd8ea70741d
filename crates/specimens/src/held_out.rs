//! A held-out set of specimens, kept apart from the corpus the classifier was tuned against
//! ([`crate::specimen`]): other layouts, other names, other wording, written from public sources on what
//! these papers say, so that the accuracy report can show how the classifier does on papers it was not
//! tuned on (`held-out` in the report, on its own line).
//!
//! Sources of the wording (none is a copy of a real, filled-in paper; all names are invented):
//! - AO 442 (Rev. 11/11) and AO 93 (Rev. 11/13): the captions and commands as reproduced in open-source
//!   copies of the blank forms (docs/warrant-check.md, "What is not verified").
//! - AO 106 (Rev. 04/10) and AO 106A (08/18): the application's title ("Application for a Warrant by
//!   Telephone or Other Reliable Electronic Means" was seen in a court record); its body from the request
//!   Fed. R. Crim. P. 41(b) and (d) describe.
//! - New York: what a warrant of arrest must state and who subscribes it (CPL § 120.10(2)), a superior
//!   court's warrant on an indictment (CPL § 210.10; § 1.20(29)), a search warrant's content and hours (CPL
//!   §§ 690.45, 690.30); the titles and abbreviations New York judges sign with (Justice of the Supreme
//!   Court, "J.S.C.", "A.J.S.C.", Acting Justice, Judge of the Criminal Court, of the County Court, of the
//!   Family Court; "Hon."; "/s/").
//! - DHS: the I-200's and I-205's field names from blank copies of the official fillable PDFs, and the
//!   I-247A (02/17) header (docs/warrant-check.md).
//!
//! **Do not tune the classifier against this set.** Where a miss here shows a general gap, fix the gap with
//! a case of the tuning corpus, and say so in the commit.

use amparo_law::warrant::{Judicial, Kind, Situation};
use chrono::{Days, NaiveDate};

use crate::specimen::{Doc, Line, Rng, Specimen, Truth, at, day, garble, long_date, slash_date};

/// Variants per layout.
pub const VARIANTS: u64 = 6;

const NAMES: &[&str] = &[
    "Rosa Elvira Cruz",
    "Tenzin Dorje",
    "Oksana Melnyk",
    "Ibrahima Sow",
    "Mei Ling Huang",
    "Samir Haddad",
    "Nadia Rahman",
    "Junior Joseph",
    "Hyun Woo Lee",
    "Zainab Malik",
    "Andrzej Nowak",
    "Yesenia Villalobos",
];

const ADDRESSES: &[&str] = &[
    "1045 Southern Boulevard, Apt 3R, Bronx, NY 10459",
    "57-21 Woodside Avenue, Woodside, NY 11377",
    "318 Linden Boulevard, Apt 2, Brooklyn, NY 11226",
    "92 Henry Street, Apt 5D, New York, NY 10002",
    "2710 Jerome Avenue, Bronx, NY 10468",
    "133-45 Roosevelt Avenue, Apt 8C, Flushing, NY 11354",
    "480 Port Richmond Avenue, Staten Island, NY 10302",
    "1712 Pitkin Avenue, Brooklyn, NY 11212",
];

const JUSTICES: &[&str] = &[
    "Marisol Peña",
    "Harold Stein",
    "Adaeze Okonkwo",
    "Vincent Russo",
    "Priya Raman",
];

/// A layout of the held-out set, and the kind it is.
#[derive(Clone, Copy)]
enum Layout {
    Ao442,
    Ao93,
    Ao106,
    NySuperior,
    NyCountyCourt,
    NyCriminalCourt,
    NySearch,
    I200,
    I205,
    I247a,
    CourtNotice,
}

const LAYOUTS: [Layout; 11] = [
    Layout::Ao442,
    Layout::Ao93,
    Layout::Ao106,
    Layout::NySuperior,
    Layout::NyCountyCourt,
    Layout::NyCriminalCourt,
    Layout::NySearch,
    Layout::I200,
    Layout::I205,
    Layout::I247a,
    Layout::CourtNotice,
];

impl Layout {
    fn kind(self) -> Kind {
        match self {
            Layout::Ao442 => Kind::FederalArrestWarrant,
            Layout::Ao93 => Kind::FederalSearchWarrant,
            Layout::Ao106 => Kind::SearchWarrantApplication,
            Layout::NySuperior | Layout::NyCountyCourt => Kind::SuperiorCourtArrestWarrant,
            Layout::NyCriminalCourt => Kind::StateArrestWarrant,
            Layout::NySearch => Kind::StateSearchWarrant,
            Layout::I200 => Kind::IceArrestWarrant,
            Layout::I205 => Kind::IceRemovalWarrant,
            Layout::I247a => Kind::IceDetainer,
            Layout::CourtNotice => Kind::Unknown,
        }
    }

    fn id(self) -> &'static str {
        match self {
            Layout::Ao442 => "ao442",
            Layout::Ao93 => "ao93",
            Layout::Ao106 => "ao106",
            Layout::NySuperior => "ny-supreme",
            Layout::NyCountyCourt => "ny-county",
            Layout::NyCriminalCourt => "ny-criminal",
            Layout::NySearch => "ny-search",
            Layout::I200 => "i200",
            Layout::I205 => "i205",
            Layout::I247a => "i247a",
            Layout::CourtNotice => "court-notice",
        }
    }
}

/// What one specimen is built from.
struct Facts {
    name: &'static str,
    address: &'static str,
    issued: NaiveDate,
    judge: &'static str,
    v: u64,
}

/// A justice's or judge's signature block, in the ways New York papers print it: the title in full or
/// abbreviated, under or beside the printed name, or only "/s/" over it.
fn ny_signature(d: &mut Doc, r: &mut Rng, judge: &str, v: u64, titles: &[&str]) {
    let title = titles[(v as usize) % titles.len()];
    match v % 3 {
        0 => {
            d.b(format!("/s/ HON. {}", judge.to_uppercase()));
            d.b(format!("HON. {}, {title}", judge.to_uppercase()));
        }
        1 => {
            d.b("______________________________");
            d.s("Signature");
            d.b(format!("Hon. {judge}"));
            d.b(title.to_string());
        }
        _ => {
            d.b(format!("/s/ Hon. {judge}"));
            if r.chance(50) {
                d.s("(Signature)");
            }
        }
    }
}

fn ao442(d: &mut Doc, r: &mut Rng, f: &Facts) {
    d.s("AO 442 (Rev. 11/11) Arrest Warrant");
    d.h("UNITED STATES DISTRICT COURT");
    d.b(format!(
        "for the {}",
        r.pick(&["Southern District of New York", "Eastern District of New York"])
    ));
    d.b(format!("United States of America v. {}", f.name));
    d.b(format!("Case No. 1:26-mj-{:04}", r.below(10_000)));
    d.s("Defendant");
    d.t("ARREST WARRANT");
    d.b("To: Any authorized law enforcement officer");
    d.b("YOU ARE COMMANDED to arrest and bring before a United States magistrate judge without unnecessary delay");
    d.b(format!("(name of person to be arrested) {}", f.name));
    d.b("who is accused of an offense or violation based on the following document filed with the court:");
    d.b("[X] Indictment  [ ] Superseding Indictment  [ ] Information  [ ] Complaint");
    d.b("This offense is briefly described as follows: Conspiracy to commit bank fraud, 18 U.S.C. 1349.");
    d.b(format!("Date: {}", slash_date(f.issued)));
    d.b(format!("/s/ {}", f.judge));
    d.s("Issuing officer's signature");
    d.b("City and state: New York, NY");
    d.b(format!(
        "{}, {}",
        f.judge,
        ["United States Magistrate Judge", "U.S.M.J.", "U.S. District Judge"][(f.v % 3) as usize]
    ));
    d.s("Printed name and title");
}

fn ao93(d: &mut Doc, r: &mut Rng, f: &Facts, execute_by: NaiveDate) {
    d.s("AO 93 (Rev. 11/13) Search and Seizure Warrant");
    d.h("UNITED STATES DISTRICT COURT");
    d.b("for the Eastern District of New York");
    d.b("In the Matter of the Search of");
    d.b(format!("{} (the Subject Premises)", f.address));
    d.b(format!("Case No. 26-M-{:04}", r.below(10_000)));
    d.t("SEARCH AND SEIZURE WARRANT");
    d.b("To: Any authorized law enforcement officer");
    d.b("An application by a federal law enforcement officer or an attorney for the government requests the search");
    d.b(format!(
        "of the following person or property located in the Eastern District of New York: {}",
        f.address
    ));
    d.b(format!(
        "YOU ARE COMMANDED to execute this warrant on or before {} (not to exceed 14 days)",
        long_date(execute_by)
    ));
    d.b("[X] in the daytime 6:00 a.m. to 10:00 p.m.  [ ] at any time in the day or night because good cause has been established.");
    d.b(format!("Date and time issued: {} 2:15 pm", slash_date(f.issued)));
    d.b(format!("/s/ {}", f.judge));
    d.s("Judge's signature");
    d.b("City and state: Brooklyn, New York");
    d.b(format!("{}, United States Magistrate Judge", f.judge));
    d.s("Printed name and title");
}

fn ao106(d: &mut Doc, r: &mut Rng, f: &Facts) {
    let telephone = f.v % 2 == 1;
    d.s(if telephone {
        "AO 106A (08/18) Application for a Warrant by Telephone or Other Reliable Electronic Means"
    } else {
        "AO 106 (Rev. 04/10) Application for a Search Warrant"
    });
    d.h("UNITED STATES DISTRICT COURT");
    d.b("for the Southern District of New York");
    d.b("In the Matter of the Search of");
    d.b(format!("the residence located at {}", f.address));
    d.b(format!("Case No. 26 MAG {:04}", r.below(10_000)));
    d.t(if telephone {
        "APPLICATION FOR A WARRANT BY TELEPHONE OR OTHER RELIABLE ELECTRONIC MEANS"
    } else {
        "APPLICATION FOR A SEARCH WARRANT"
    });
    d.b("I, a federal law enforcement officer or an attorney for the government, request a search warrant and state");
    d.b("under penalty of perjury that I have reason to believe that on the following person or property:");
    d.b(format!("{}, more fully described in Attachment A", f.address));
    d.b("there is now concealed: evidence of violations of 18 U.S.C. 1028.");
    d.b("The basis for the search under Fed. R. Crim. P. 41(c) is: [X] evidence of a crime.");
    d.b("[X] Continued on the attached sheet.");
    d.b("______________________________");
    d.s("Applicant's signature");
    d.b("Special Agent, Homeland Security Investigations");
    d.s("Printed name and title");
    d.b(if telephone {
        "Attested to by the applicant in accordance with the requirements of Fed. R. Crim. P. 4.1 by telephone."
    } else {
        "Sworn to before me and signed in my presence."
    });
    d.b(format!("Date: {}", slash_date(f.issued)));
    d.b("______________________________");
    d.s("Judge's signature");
    d.b(format!("Hon. {}, United States Magistrate Judge", f.judge));
    d.s("Printed name and title");
}

fn ny_superior(d: &mut Doc, r: &mut Rng, f: &Facts, court: &str, county: &str, titles: &[&str]) {
    d.h(format!("{court}, {county}"));
    d.b(format!(
        "THE PEOPLE OF THE STATE OF NEW YORK against {}, Defendant.",
        f.name.to_uppercase()
    ));
    d.b(format!("Ind. No. {}/{}", 1000 + r.below(9000), 2026));
    d.t(if f.v.is_multiple_of(2) {
        "SUPERIOR COURT WARRANT OF ARREST"
    } else {
        "WARRANT OF ARREST UPON INDICTMENT"
    });
    d.b("To any police officer of the State of New York:");
    d.b(format!(
        "An indictment having been filed in this court on {} charging the defendant with Robbery in the First",
        long_date(f.issued)
    ));
    d.b("Degree, you are commanded forthwith to arrest the defendant and bring the defendant before this court.");
    d.b(format!("Dated: {}", slash_date(f.issued)));
    ny_signature(d, r, f.judge, f.v, titles);
}

fn ny_criminal(d: &mut Doc, r: &mut Rng, f: &Facts) {
    d.h("CRIMINAL COURT OF THE CITY OF NEW YORK");
    d.b(format!(
        "PART AR-{}, COUNTY OF {}",
        1 + r.below(3),
        r.pick(&["QUEENS", "KINGS", "BRONX"])
    ));
    d.b("THE PEOPLE OF THE STATE OF NEW YORK v.");
    d.b(format!("{}, Defendant", f.name.to_uppercase()));
    d.b(format!("Docket No. 2026QN{:06}", r.below(1_000_000)));
    d.t("WARRANT OF ARREST");
    d.b("TO ANY POLICE OFFICER OF THE CITY OF NEW YORK: A misdemeanor complaint having been filed with this");
    d.b("court charging the defendant with Criminal Mischief in the Fourth Degree, PL 145.00, you are commanded");
    d.b("to arrest the defendant and bring the defendant before this court.");
    d.b(format!("Defendant's address: {}", f.address));
    d.b(format!("Dated: {}", long_date(f.issued)));
    ny_signature(
        d,
        r,
        f.judge,
        f.v,
        &[
            "J.C.C.",
            "Judge of the Criminal Court",
            "Acting Judge of the Criminal Court",
        ],
    );
}

fn ny_search(d: &mut Doc, r: &mut Rng, f: &Facts) {
    d.h("SUPREME COURT OF THE STATE OF NEW YORK");
    d.b(format!("COUNTY OF {}", r.pick(&["NEW YORK", "BRONX", "KINGS"])));
    d.t("SEARCH WARRANT");
    d.b("IN THE NAME OF THE PEOPLE OF THE STATE OF NEW YORK, TO ANY POLICE OFFICER IN THE CITY OF NEW YORK:");
    d.b("Proof by affidavit having been made before me this day that there is reasonable cause to believe that");
    d.b(format!(
        "certain property may be found at the premises located at {},",
        f.address
    ));
    d.b("YOU ARE THEREFORE COMMANDED, between the hours of 6:00 A.M. and 9:00 P.M., to make a search of the premises");
    d.b("for the property described, and if you find any, to bring it before this court without unnecessary delay.");
    d.b("This warrant must be executed not more than ten days after the date of issuance.");
    d.b(format!("Dated: {}", long_date(f.issued)));
    ny_signature(
        d,
        r,
        f.judge,
        f.v,
        &["J.S.C.", "Justice of the Supreme Court", "A.J.S.C."],
    );
}

fn i200(d: &mut Doc, r: &mut Rng, f: &Facts) {
    d.h("U.S. DEPARTMENT OF HOMELAND SECURITY");
    d.t("WARRANT FOR ARREST OF ALIEN");
    d.b(format!(
        "File No. A{:09}   Date: {}",
        r.below(1_000_000_000),
        slash_date(f.issued)
    ));
    d.b("To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality");
    d.b("Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations");
    d.b(format!(
        "I have determined that there is probable cause to believe that {} is removable",
        f.name
    ));
    d.b("from the United States. YOU ARE COMMANDED to arrest and take into custody the above-named alien.");
    d.b("______________________________");
    d.s("(Signature of Authorized Immigration Officer)");
    d.b(format!(
        "{}, {}",
        r.pick(&["Paul Kessler", "Dana Whitmore"]),
        r.pick(&["Supervisory Deportation Officer", "Assistant Field Office Director"])
    ));
    d.s("(Printed Name and Title of Authorized Immigration Officer)");
    d.b(format!("Last known address: {}", f.address));
    d.s("Form I-200 (Rev. 09/16)");
}

fn i205(d: &mut Doc, r: &mut Rng, f: &Facts) {
    d.h("U.S. Department of Homeland Security");
    d.t("WARRANT OF REMOVAL/DEPORTATION");
    d.b(format!("File No: A{:09}", r.below(1_000_000_000)));
    d.b("To any immigration officer of the United States Department of Homeland Security:");
    d.b(f.name.to_uppercase());
    d.s("(Full name of alien)");
    d.b("is subject to removal/deportation from the United States, based upon a final order by:");
    d.b("[ ] an immigration judge in exclusion, deportation, or removal proceedings");
    d.b("[ ] a designated official  [ ] the Board of Immigration Appeals");
    // Public copies show a box for a district or magistrate judge: ticked, it is still an ICE form.
    d.b("[X] a United States District or Magistrate Court Judge");
    d.b("______________________________");
    d.s("(Signature of immigration officer)");
    d.b(r
        .pick(&["Field Office Director", "Deputy Field Office Director"])
        .to_string());
    d.s("(Title of immigration officer)");
    d.s("Form I-205 (Rev. 08/01/07)");
}

fn i247a(d: &mut Doc, r: &mut Rng, f: &Facts) {
    d.h("DEPARTMENT OF HOMELAND SECURITY (DHS)");
    d.t("IMMIGRATION DETAINER - NOTICE OF ACTION");
    d.b(format!(
        "Subject ID: {}  Event #: {}",
        r.below(1_000_000_000),
        r.below(1_000_000)
    ));
    d.b(format!("Name of Alien: {}", f.name.to_uppercase()));
    d.b("1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN.");
    d.b("IT IS THEREFORE REQUESTED THAT YOU: Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS.");
    d.b("(Signature of Immigration Officer)");
    d.b("Deportation Officer");
    d.s("DHS Form I-247A (02/17)  Page 1 of 3");
}

fn court_notice(d: &mut Doc, _r: &mut Rng, f: &Facts) {
    // A court's paper that is no warrant at all.
    d.h("CIVIL COURT OF THE CITY OF NEW YORK");
    d.b("COUNTY OF KINGS: HOUSING PART");
    d.t("NOTICE OF PETITION");
    d.b(format!("To the respondent: {}", f.name));
    d.b(format!("Premises: {}", f.address));
    d.b(format!(
        "PLEASE TAKE NOTICE that a hearing will be held on {} at 9:30 a.m.",
        long_date(f.issued)
    ));
    d.b("Clerk of the Court");
}

/// The held-out set: every layout, [`VARIANTS`] variants each; ids start with `held-out-`.
pub fn held_out() -> Vec<Specimen> {
    let mut out = Vec::new();
    for (li, layout) in LAYOUTS.into_iter().enumerate() {
        for v in 0..VARIANTS {
            out.push(specimen(li as u64, layout, v));
        }
    }
    out
}

fn specimen(li: u64, layout: Layout, v: u64) -> Specimen {
    let mut r = Rng::new(0xC0FFEE ^ (li * 97 + v));
    let kind = layout.kind();
    let f = Facts {
        name: NAMES[r.below(NAMES.len())],
        address: ADDRESSES[r.below(ADDRESSES.len())],
        issued: day(2026, 1 + r.below(10) as u32, 1 + r.below(28) as u32),
        judge: JUSTICES[r.below(JUSTICES.len())],
        v,
    };
    let execute_by = f.issued.checked_add_days(Days::new(14)).unwrap_or(f.issued);
    let mut d = Doc::new();
    match layout {
        Layout::Ao442 => ao442(&mut d, &mut r, &f),
        Layout::Ao93 => ao93(&mut d, &mut r, &f, execute_by),
        Layout::Ao106 => ao106(&mut d, &mut r, &f),
        Layout::NySuperior => ny_superior(
            &mut d,
            &mut r,
            &f,
            "SUPREME COURT OF THE STATE OF NEW YORK",
            "COUNTY OF BRONX",
            &["J.S.C.", "A.J.S.C.", "Acting Justice of the Supreme Court"],
        ),
        Layout::NyCountyCourt => ny_superior(
            &mut d,
            &mut r,
            &f,
            "COUNTY COURT OF THE STATE OF NEW YORK",
            "COUNTY OF WESTCHESTER",
            &["Judge of the County Court", "County Court Judge"],
        ),
        Layout::NyCriminalCourt => ny_criminal(&mut d, &mut r, &f),
        Layout::NySearch => ny_search(&mut d, &mut r, &f),
        Layout::I200 => i200(&mut d, &mut r, &f),
        Layout::I205 => i205(&mut d, &mut r, &f),
        Layout::I247a => i247a(&mut d, &mut r, &f),
        Layout::CourtNotice => court_notice(&mut d, &mut r, &f),
    }
    let garbled = v == VARIANTS - 1;
    let lines: Vec<Line> = if garbled {
        d.0.into_iter()
            .enumerate()
            .map(|(i, l)| Line {
                style: l.style,
                text: garble(&l.text, li * 131 + i as u64),
            })
            .collect()
    } else {
        d.0
    };
    let judicial = if kind.is_court_warrant() {
        Judicial::Yes
    } else if kind == Kind::Unknown {
        Judicial::Unknown
    } else {
        Judicial::No
    };
    let within = f.issued.checked_add_days(Days::new(2)).unwrap_or(f.issued);
    Specimen {
        id: format!("held-out-{}-{v:02}", layout.id()),
        hard: None,
        garbled,
        lines,
        // Only the time is given: the kind and judicial answers are scored, not the names.
        situation: Situation {
            now: Some(at(within, 10, 0)),
            ..Situation::default()
        },
        truth: Truth {
            kind,
            judicial,
            names_person: None,
            names_address: None,
            expired: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_held_out_set_covers_the_new_kinds_and_is_apart_from_the_corpus() {
        let set = held_out();
        assert_eq!(set.len(), LAYOUTS.len() * VARIANTS as usize);
        for kind in [
            Kind::SuperiorCourtArrestWarrant,
            Kind::SearchWarrantApplication,
            Kind::StateArrestWarrant,
            Kind::FederalArrestWarrant,
            Kind::IceRemovalWarrant,
        ] {
            assert!(set.iter().any(|s| s.truth.kind == kind), "{kind}");
        }
        // No name of the tuning corpus appears in the held-out set.
        let corpus: Vec<String> = crate::specimen::corpus().iter().map(Specimen::text).collect();
        for n in NAMES {
            assert!(!corpus.iter().any(|t| t.contains(n)), "{n}");
        }
        let text = set.iter().map(Specimen::text).collect::<String>();
        for abbreviation in ["J.S.C.", "A.J.S.C.", "J.C.C.", "U.S.M.J.", "/s/ Hon."] {
            assert!(text.contains(abbreviation), "{abbreviation}");
        }
    }
}
