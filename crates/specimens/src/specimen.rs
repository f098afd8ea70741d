//! A corpus of synthetic specimens of every kind of paper, with the truth for each, for tests, the accuracy
//! report (`cargo run -p amparo-documents --example accuracy`), benchmarks and fuzzing seeds.
//!
//! **The layouts are not copies of real forms.** They are written from general knowledge of what these
//! papers say (see `crates/law/data/forms.toml`, `layout_verified`): the DHS forms (I-200, I-205, I-203,
//! I-862, I-138), AO 442 and AO 93, the New York warrants and the immigration court order were not seen in
//! any source while this was written; the I-247A header and edition line were (docs/warrant-check.md,
//! "What is not verified"). Names, addresses, case numbers and officers are invented. Accuracy on this corpus says that the classifier
//! reads *these* layouts; real papers must be added as they are verified.
//!
//! Deterministic: the same corpus every run (a fixed seed per specimen).

use amparo_law::warrant::{Judicial, Kind, Situation};
use chrono::{Days, NaiveDate, NaiveDateTime};

/// How a line is printed (size in PDFs and images).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Very large ("WARRANT" across the top).
    Huge,
    Title,
    Heading,
    Body,
    Small,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub style: Style,
    pub text: String,
}

/// What the paper is, and what the answers should be for its situation.
#[derive(Debug, Clone, PartialEq)]
pub struct Truth {
    pub kind: Kind,
    pub judicial: Judicial,
    pub names_person: Option<bool>,
    pub names_address: Option<bool>,
    pub expired: Option<bool>,
}

/// One specimen.
#[derive(Debug, Clone)]
pub struct Specimen {
    /// e.g. `ice_arrest_warrant-03`.
    pub id: String,
    /// A hard case this specimen stands for, if any.
    pub hard: Option<&'static str>,
    /// Whether the text is OCR-garbled on purpose.
    pub garbled: bool,
    pub lines: Vec<Line>,
    /// The person's name, address and the time, as they would give them.
    pub situation: Situation,
    pub truth: Truth,
}

impl Specimen {
    /// The text of the paper.
    pub fn text(&self) -> String {
        let mut s = String::new();
        for l in &self.lines {
            s.push_str(&l.text);
            s.push('\n');
        }
        s
    }
}

/// Variants per kind.
pub const VARIANTS: u64 = 12;

// ---------------------------------------------------------------------------------------------------------
// Pools of invented values

const NAMES: &[&str] = &[
    "Maria Elena Garcia",
    "Jose Luis Hernandez",
    "Ana Lucia Torres",
    "Luis Alberto Ramirez",
    "Fatima Diallo",
    "Mamadou Ba",
    "Wei Chen",
    "Li Na Zhang",
    "Olena Kovalenko",
    "Dmitri Volkov",
    "Rahim Uddin",
    "Nasrin Akter",
    "Jean Baptiste Pierre",
    "Marie Claude Joseph",
    "Jiwoo Park",
    "Minjun Kim",
    "Ahmed Hassan",
    "Layla Mahmoud",
    "Bilal Qureshi",
    "Ayesha Siddiqui",
    "Kwame Mensah",
    "Sofia Morales",
    "Carlos Mendez",
    "Guadalupe Reyes",
];

const ADDRESSES: &[&str] = &[
    "345 East 21st Street, Apt 3C, New York, NY 10010",
    "88-10 Roosevelt Avenue, Apt 2F, Jackson Heights, NY 11372",
    "1520 Grand Concourse, Apt 6B, Bronx, NY 10457",
    "412 Bay Ridge Parkway, Brooklyn, NY 11209",
    "75 Orchard Street, Apt 5, New York, NY 10002",
    "230 West 141st Street, Apt 4A, New York, NY 10030",
    "41-25 Kissena Boulevard, Apt 7D, Flushing, NY 11355",
    "960 Flatbush Avenue, Brooklyn, NY 11226",
    "2150 Westchester Avenue, Bronx, NY 10462",
    "18 Richmond Terrace, Staten Island, NY 10301",
    "610 West 180th Street, Apt 21, New York, NY 10033",
    "37-12 Junction Boulevard, Corona, NY 11368",
    "1183 Fulton Street, Brooklyn, NY 11216",
    "140 Mulberry Street, Apt 3, New York, NY 10013",
    "2045 Amsterdam Avenue, New York, NY 10032",
    "505 Ocean Parkway, Apt 4L, Brooklyn, NY 11218",
];

const DISTRICTS: &[&str] = &[
    "Southern District of New York",
    "Eastern District of New York",
    "Northern District of New York",
    "Western District of New York",
    "District of New Jersey",
    "District of Connecticut",
];

const FED_JUDGE_TITLES: &[&str] = &[
    "United States Magistrate Judge",
    "U.S. Magistrate Judge",
    "United States District Judge",
    "Chief United States Magistrate Judge",
];

const JUDGES: &[&str] = &[
    "Hon. Sarah L. Whitfield",
    "Hon. Robert M. Okafor",
    "Hon. Elena Castillo",
    "Hon. David Feinberg",
    "Hon. Grace Liu",
    "Hon. Thomas Brennan",
];

const NY_COURTS: &[(&str, &str)] = &[
    ("CRIMINAL COURT OF THE CITY OF NEW YORK", "COUNTY OF KINGS"),
    ("CRIMINAL COURT OF THE CITY OF NEW YORK", "COUNTY OF QUEENS"),
    ("CRIMINAL COURT OF THE CITY OF NEW YORK", "COUNTY OF BRONX"),
    ("SUPREME COURT OF THE STATE OF NEW YORK", "COUNTY OF NEW YORK"),
    ("SUPREME COURT OF THE STATE OF NEW YORK", "COUNTY OF RICHMOND"),
    ("CRIMINAL COURT OF THE CITY OF NEW YORK", "COUNTY OF NEW YORK"),
];

const NY_JUDGE_TITLES: &[&str] = &[
    "Judge of the Criminal Court",
    "Justice of the Supreme Court",
    "Criminal Court Judge",
    "Acting Justice of the Supreme Court",
];

const OFFICER_TITLES: &[&str] = &[
    "Supervisory Detention and Deportation Officer",
    "Deportation Officer",
    "Field Office Director",
    "Assistant Field Office Director",
    "Deputy Field Office Director",
    "Special Agent in Charge",
    "Supervisory Deportation Officer",
    "Immigration Officer",
    "Acting Field Office Director",
    "Immigration Enforcement Agent",
];

const OFFICERS: &[&str] = &[
    "Daniel R. Pruitt",
    "Karen Woodson",
    "Michael T. Ortega",
    "Steven Kowalski",
    "Patricia Nguyen",
    "James Holloway",
];

const IJS: &[&str] = &[
    "Margaret A. Quinlan",
    "Raymond Ashford",
    "Beatriz Solano",
    "Howard Lindqvist",
];

const OFFENSES: &[(&str, &str)] = &[
    ("Assault in the third degree", "PL 120.00"),
    ("Petit larceny", "PL 155.25"),
    ("Criminal mischief in the fourth degree", "PL 145.00"),
    ("Bail jumping in the third degree", "PL 215.55"),
];

const COUNTRIES: &[&str] = &[
    "Mexico",
    "Ecuador",
    "Guinea",
    "China",
    "Ukraine",
    "Bangladesh",
    "Haiti",
    "Pakistan",
];

// ---------------------------------------------------------------------------------------------------------
// A small deterministic generator

struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03)
    }
    fn next(&mut self) -> u64 {
        // SplitMix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

fn long_date(d: NaiveDate) -> String {
    d.format("%B %-d, %Y").to_string()
}

fn slash_date(d: NaiveDate) -> String {
    d.format("%m/%d/%Y").to_string()
}

fn at(d: NaiveDate, h: u32, m: u32) -> NaiveDateTime {
    d.and_hms_opt(h, m, 0).unwrap_or_default()
}

fn a_number(r: &mut Rng) -> String {
    format!("A{:03} {:03} {:03}", r.below(1000), r.below(1000), r.below(1000))
}

/// OCR-like garble: confusable characters swapped, spacing disturbed. Keeps the text readable to a person.
pub fn garble(text: &str, seed: u64) -> String {
    let mut r = Rng::new(seed ^ 0x6A09_E667);
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        let swapped = match c {
            'I' if r.chance(50) => Some(if r.chance(50) { 'l' } else { '1' }),
            'l' if r.chance(30) => Some('1'),
            'O' if r.chance(40) => Some('0'),
            'o' if r.chance(10) => Some('0'),
            'S' if r.chance(20) => Some('5'),
            'B' if r.chance(20) => Some('8'),
            ' ' if r.chance(4) => Some('\u{0}'),
            _ => None,
        };
        match swapped {
            Some('\u{0}') => {}
            Some(s) => out.push(s),
            None => out.push(c),
        }
        if c == ' ' && r.chance(3) {
            out.push(' ');
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------------------
// Building lines

struct Doc(Vec<Line>);

impl Doc {
    fn new() -> Self {
        Doc(Vec::new())
    }
    fn add(&mut self, style: Style, text: impl Into<String>) -> &mut Self {
        self.0.push(Line {
            style,
            text: text.into(),
        });
        self
    }
    fn h(&mut self, t: impl Into<String>) -> &mut Self {
        self.add(Style::Heading, t)
    }
    fn t(&mut self, t: impl Into<String>) -> &mut Self {
        self.add(Style::Title, t)
    }
    fn b(&mut self, t: impl Into<String>) -> &mut Self {
        self.add(Style::Body, t)
    }
    fn s(&mut self, t: impl Into<String>) -> &mut Self {
        self.add(Style::Small, t)
    }
    fn blank(&mut self) -> &mut Self {
        self.add(Style::Body, "")
    }
}

/// The parts every specimen is built from.
struct Parts {
    name: &'static str,
    address: &'static str,
    issued: NaiveDate,
    sig: bool,
}

fn signed(d: &mut Doc, sig: bool, who: &str) {
    if sig {
        d.b(format!("/s/ {who}"));
    } else {
        d.b("______________________________");
    }
}

// ---------------------------------------------------------------------------------------------------------
// The kinds

fn i200(r: &mut Rng, p: &Parts, v: u64) -> (Vec<Line>, Option<&'static str>) {
    let mut d = Doc::new();
    let hard_big = v == 2;
    let hard_sddo = v == 1 || v == 7;
    if hard_big {
        d.add(Style::Huge, "WARRANT");
    }
    d.h("U.S. DEPARTMENT OF HOMELAND SECURITY");
    if r.chance(50) {
        d.s("Immigration and Customs Enforcement");
    }
    d.t("WARRANT FOR ARREST OF ALIEN");
    d.b(format!("File No. {}", a_number(r)));
    d.b(format!("Date: {}", slash_date(p.issued)));
    d.blank();
    d.b("To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and");
    d.b("Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest");
    d.b("for immigration violations");
    d.blank();
    d.b(format!(
        "I have determined that there is probable cause to believe that {} is removable",
        p.name.to_uppercase()
    ));
    d.b("from the United States. This determination is based upon:");
    d.b("[X] the execution of a charging document to initiate removal proceedings against the subject;");
    d.b("[ ] the pendency of ongoing removal proceedings against the subject;");
    d.b("[ ] the failure to establish admissibility subsequent to deferred inspection;");
    d.b("[ ] biometric confirmation of the subject's identity and a records check of federal databases.");
    d.blank();
    d.b("YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration");
    d.b("and Nationality Act, the above-named alien.");
    d.blank();
    let title = if hard_sddo {
        "Supervisory Detention and Deportation Officer"
    } else {
        r.pick(OFFICER_TITLES)
    };
    let officer = r.pick(OFFICERS);
    signed(&mut d, p.sig, officer);
    d.s("(Signature of Authorized Immigration Officer)");
    d.b(format!("{officer}, {title}"));
    d.s("(Printed Name and Title of Authorized Immigration Officer)");
    d.blank();
    d.h("Certificate of Service");
    d.b(format!("Last known address: {}", p.address));
    d.b("I hereby certify that the Warrant for Arrest of Alien was served by me on the above-named alien.");
    d.blank();
    d.s(format!(
        "Form I-200 {}",
        r.pick(&["(Rev. 09/16)", "(Rev. 11/15)", "(Rev. 08/01/07)"])
    ));
    let hard = if hard_big {
        Some("dhs form with WARRANT in large type")
    } else if hard_sddo {
        Some("I-200 signed by a Supervisory Detention and Deportation Officer")
    } else {
        None
    };
    (d.0, hard)
}

fn i205(r: &mut Rng, p: &Parts, v: u64) -> (Vec<Line>, Option<&'static str>) {
    let mut d = Doc::new();
    d.h("U.S. Department of Homeland Security");
    d.t("WARRANT OF REMOVAL/DEPORTATION");
    d.b(format!("File No: {}", a_number(r)));
    d.b(format!("Date: {}", slash_date(p.issued)));
    d.blank();
    d.b("To any immigration officer of the United States Department of Homeland Security:");
    d.b(p.name.to_uppercase());
    d.s("(Full name of alien)");
    d.b(format!(
        "who entered the United States at New York, NY on {}, is subject to removal/deportation from the",
        slash_date(day(
            2010 + r.below(12) as i32,
            1 + r.below(12) as u32,
            1 + r.below(28) as u32
        ))
    ));
    d.b("United States, based upon a final order by:");
    let ij = v.is_multiple_of(2);
    d.b(format!(
        "[{}] an immigration judge in exclusion, deportation, or removal proceedings",
        if ij { "X" } else { " " }
    ));
    d.b("[ ] a designated official");
    d.b(format!(
        "[{}] the Board of Immigration Appeals",
        if ij { " " } else { "X" }
    ));
    d.b("[ ] a United States District or Magistrate Court Judge");
    d.b("and pursuant to the following provisions of the Immigration and Nationality Act:");
    d.b("Section 240 of the Immigration and Nationality Act, as amended.");
    d.blank();
    d.b("I, the undersigned officer of the United States, by virtue of the power and authority vested in the");
    d.b("Secretary of Homeland Security under the laws of the United States and by his or her direction,");
    d.b("command you to take into custody and remove from the United States the above-named alien.");
    d.blank();
    let officer = r.pick(OFFICERS);
    signed(&mut d, p.sig, officer);
    d.s("(Signature of immigration officer)");
    d.b(format!("{officer}, {}", r.pick(&OFFICER_TITLES[2..6])));
    d.s("(Title of immigration officer)");
    d.b(format!("New York, NY, {}", slash_date(p.issued)));
    d.s(format!("Form I-205 {}", r.pick(&["(Rev. 08/01/07)", "(Rev. 4-1-97)"])));
    (d.0, ij.then_some("I-205 that mentions an immigration judge"))
}

fn i247a(r: &mut Rng, p: &Parts, _v: u64) -> (Vec<Line>, Option<&'static str>) {
    let mut d = Doc::new();
    d.h("DEPARTMENT OF HOMELAND SECURITY");
    d.t("IMMIGRATION DETAINER - NOTICE OF ACTION");
    d.b(format!(
        "Subject ID: {}   Event #: NYC{:07}",
        r.below(900_000_000) + 100_000_000,
        r.below(10_000_000)
    ));
    d.b(format!("File No: {}   Date: {}", a_number(r), slash_date(p.issued)));
    d.b(format!(
        "TO: (Name and Title of Institution) {}",
        r.pick(&[
            "NYPD 75th Precinct",
            "NYC Department of Correction, Rikers Island",
            "Nassau County Correctional Center"
        ])
    ));
    d.b("FROM: (Department of Homeland Security Office) ERO New York, 26 Federal Plaza, New York, NY 10278");
    d.b(format!("Name of Alien: {}", p.name.to_uppercase()));
    d.b(format!(
        "Date of Birth: {}   Citizenship: {}   Sex: {}",
        slash_date(day(
            1970 + r.below(30) as i32,
            1 + r.below(12) as u32,
            1 + r.below(28) as u32
        )),
        r.pick(COUNTRIES),
        r.pick(&["M", "F"])
    ));
    d.blank();
    d.b("1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN.");
    d.b("THIS DETERMINATION IS BASED ON (complete box 1 or 2):");
    d.b("[X] A final order of removal against the subject;");
    d.b("[ ] The pendency of ongoing removal proceedings against the subject;");
    d.b("[ ] Biometric confirmation of the subject's identity and a records check of federal databases;");
    d.b("[ ] Statements made by the subject to an immigration officer and/or other reliable evidence.");
    d.blank();
    d.b("IT IS THEREFORE REQUESTED THAT YOU:");
    d.b("Notify DHS as early as practicable (at least 48 hours, if possible) before the subject is released");
    d.b("from your custody. Maintain custody of the subject for a period NOT TO EXCEED 48 HOURS beyond the");
    d.b("time when he/she would otherwise have been released from your custody to allow DHS to assume custody.");
    if r.chance(50) {
        d.b("This detainer is accompanied by a signed Form I-200 (Warrant for Arrest of Alien) or Form I-205.");
    }
    d.blank();
    let officer = r.pick(OFFICERS);
    d.b(format!("{officer}, {}", r.pick(OFFICER_TITLES)));
    d.s("(Name and title of Immigration Officer)");
    signed(&mut d, p.sig, officer);
    d.s("(Signature of Immigration Officer)");
    d.s(format!(
        "DHS Form I-247A {}   Page 1 of 3",
        r.pick(&["(3/24)", "(02/17)", "(Rev. 03/17)"])
    ));
    (d.0, None)
}

fn i203(r: &mut Rng, p: &Parts, _v: u64) -> (Vec<Line>, Option<&'static str>) {
    let mut d = Doc::new();
    d.h("U.S. Department of Homeland Security");
    d.t("ORDER TO DETAIN OR RELEASE ALIEN");
    d.b(format!("File No. {}   Date: {}", a_number(r), slash_date(p.issued)));
    d.b(format!(
        "To: Officer in Charge, {}",
        r.pick(&[
            "Elizabeth Detention Center",
            "Orange County Correctional Facility",
            "Varick Street Processing"
        ])
    ));
    d.b(format!("Name of alien: {}", p.name.to_uppercase()));
    d.b(format!("Nationality: {}", r.pick(COUNTRIES)));
    d.blank();
    d.b("You are ordered to:");
    d.b("[X] Detain the above-named alien in your custody pending further action.");
    d.b("[ ] Release the above-named alien from your custody.");
    d.b("[ ] Release the above-named alien on conditions stated on the reverse.");
    d.blank();
    let officer = r.pick(OFFICERS);
    signed(&mut d, p.sig, officer);
    d.s("(Signature of Authorized Officer)");
    d.b(format!("{officer}, {}", r.pick(OFFICER_TITLES)));
    d.s("Form I-203 (Rev. 08/01/07)");
    (d.0, None)
}

fn i862(r: &mut Rng, p: &Parts, _v: u64) -> (Vec<Line>, Option<&'static str>) {
    let mut d = Doc::new();
    d.h("U.S. DEPARTMENT OF HOMELAND SECURITY");
    d.t("NOTICE TO APPEAR");
    d.b("In removal proceedings under section 240 of the Immigration and Nationality Act:");
    d.b(format!(
        "Subject ID: {}   File No: {}",
        r.below(900_000_000) + 100_000_000,
        a_number(r)
    ));
    d.b(format!("Event No: NYC{:07}", r.below(10_000_000)));
    d.b("In the Matter of:");
    d.b(format!("Respondent: {}", p.name.to_uppercase()));
    d.b(format!("currently residing at: {}", p.address));
    d.blank();
    d.b("[ ] 1. You are an arriving alien.");
    d.b("[X] 2. You are an alien present in the United States who has not been admitted or paroled.");
    d.b("[ ] 3. You have been admitted to the United States, but are removable for the reasons stated below.");
    d.blank();
    d.b("YOU ARE ORDERED to appear before an immigration judge of the United States Department of Justice at:");
    d.b("26 Federal Plaza, 12th Floor, New York, NY 10278");
    let hearing = p
        .issued
        .checked_add_days(Days::new(60 + r.below(200) as u64))
        .unwrap_or(p.issued);
    d.b(format!(
        "on {} at {} to show why you should not be removed from the United States.",
        long_date(hearing),
        r.pick(&["8:30 AM", "1:00 PM", "9:00 AM"])
    ));
    d.blank();
    let officer = r.pick(OFFICERS);
    signed(&mut d, p.sig, officer);
    d.b(format!("{officer}, {}", r.pick(OFFICER_TITLES)));
    d.s("(Signature and Title of Issuing Officer)");
    d.b(format!("New York, NY   Date: {}", slash_date(p.issued)));
    d.s(format!("Form I-862 {}", r.pick(&["(Rev. 08/01/07)", "(Rev. 11/15)"])));
    (d.0, None)
}

fn eoir_order(r: &mut Rng, p: &Parts, _v: u64) -> (Vec<Line>, Option<&'static str>) {
    let mut d = Doc::new();
    d.h("UNITED STATES DEPARTMENT OF JUSTICE");
    d.h("EXECUTIVE OFFICE FOR IMMIGRATION REVIEW");
    d.h("IMMIGRATION COURT");
    d.b(r
        .pick(&[
            "26 Federal Plaza, 12th Floor, New York, NY 10278",
            "201 Varick Street, Room 1140, New York, NY 10014",
        ])
        .to_string());
    d.blank();
    d.b("In the Matter of:");
    d.b(p.name.to_uppercase());
    d.s("Respondent");
    d.b(format!("Case No.: {}", a_number(r)));
    d.b("IN REMOVAL PROCEEDINGS");
    d.t("ORDER OF THE IMMIGRATION JUDGE");
    d.b(format!(
        "This is a summary of the oral decision entered on {}.",
        long_date(p.issued)
    ));
    d.b("The Department of Homeland Security served the respondent with a Notice to Appear.");
    d.b(format!(
        "The respondent was ordered removed from the United States to {}.",
        r.pick(COUNTRIES)
    ));
    d.b("[ ] Respondent's application for voluntary departure was denied.");
    d.b("[ ] Respondent's application for asylum was denied.");
    d.blank();
    let ij = r.pick(IJS);
    signed(&mut d, p.sig, ij);
    d.s("Signature");
    d.b(ij.to_string());
    d.b("Immigration Judge");
    d.b(format!("Date: {}", slash_date(p.issued)));
    d.b(format!("Appeal: {}", r.pick(&["Waived", "Reserved"])));
    (d.0, None)
}

fn subpoena(r: &mut Rng, p: &Parts, _v: u64) -> (Vec<Line>, Option<&'static str>) {
    let mut d = Doc::new();
    d.h("U.S. Department of Homeland Security");
    d.h("Immigration and Customs Enforcement");
    d.t("SUBPOENA");
    d.b(format!(
        "To: Custodian of Records, {}",
        r.pick(&[
            "Riverside Property Management LLC",
            "Bright Day Care Center",
            "Harbor Staffing Inc."
        ])
    ));
    d.b(format!("Address: {}", p.address));
    d.b(format!("Subject: {}", p.name));
    d.blank();
    d.b("By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED to appear before");
    let officer = r.pick(OFFICERS);
    d.b(format!(
        "{officer}, an officer of Immigration and Customs Enforcement, at 26 Federal Plaza, New York,"
    ));
    let due = p.issued.checked_add_days(Days::new(14)).unwrap_or(p.issued);
    d.b(format!(
        "on {}, and to produce the following books, papers and documents:",
        long_date(due)
    ));
    d.b("All records of employment, tenancy and contact information relating to the subject named above.");
    d.b("This subpoena is issued pursuant to section 287 of the Immigration and Nationality Act and 8 CFR 287.4.");
    d.blank();
    signed(&mut d, p.sig, officer);
    d.b(format!("{officer}, {}", r.pick(OFFICER_TITLES)));
    d.s("(Name and Title of Issuing Officer)   Signature");
    d.b(format!("Date: {}", slash_date(p.issued)));
    d.s("Form I-138 (Rev. 08/01/07)");
    (d.0, None)
}

fn ao442(r: &mut Rng, p: &Parts, v: u64) -> (Vec<Line>, Option<&'static str>) {
    let mut d = Doc::new();
    d.s(format!(
        "AO 442 {} Arrest Warrant",
        r.pick(&["(Rev. 11/11)", "(Rev. 01/09)"])
    ));
    d.h("UNITED STATES DISTRICT COURT");
    d.b("for the");
    d.b(r.pick(DISTRICTS).to_string());
    d.blank();
    d.b("United States of America");
    d.b("v.");
    d.b(p.name.to_uppercase());
    d.s("Defendant");
    d.b(format!("Case No. {}-mj-{:05}", 20 + r.below(7), r.below(100_000)));
    d.t("ARREST WARRANT");
    d.b("To: Any authorized law enforcement officer");
    d.b("YOU ARE COMMANDED to arrest and bring before a United States magistrate judge without unnecessary delay");
    d.b(format!("(name of person to be arrested) {}", p.name.to_uppercase()));
    d.b("who is accused of an offense or violation based on the following document filed with the court:");
    d.b("[ ] Indictment  [ ] Superseding Indictment  [ ] Information  [X] Complaint  [ ] Probation Violation Petition");
    d.b(format!(
        "This offense is briefly described as follows: {}",
        r.pick(&[
            "Reentry of removed alien, 8 U.S.C. 1326(a)",
            "Wire fraud, 18 U.S.C. 1343",
            "Bank fraud, 18 U.S.C. 1344"
        ])
    ));
    if v.is_multiple_of(3) {
        d.b(format!("Last known residence: {}", p.address));
    }
    d.blank();
    d.b(format!("Date: {}", slash_date(p.issued)));
    let judge = r.pick(JUDGES);
    signed(&mut d, p.sig, judge);
    d.s("Issuing officer's signature");
    d.b(format!(
        "City and state: {}",
        r.pick(&["New York, New York", "Brooklyn, New York", "Newark, New Jersey"])
    ));
    d.b(format!("{judge}, {}", r.pick(FED_JUDGE_TITLES)));
    d.s("Printed name and title");
    d.blank();
    d.h("Return");
    d.b("This warrant was received on (date) ________ , and the person was arrested on (date) ________");
    d.b("at (city and state) ________________ .");
    d.b("Date: ________");
    d.s("Arresting officer's signature");
    d.s("Printed name and title");
    (d.0, None)
}

fn ao93(r: &mut Rng, p: &Parts, v: u64, execute_by: NaiveDate, any_time: bool) -> (Vec<Line>, Option<&'static str>) {
    let mut d = Doc::new();
    let district = r.pick(DISTRICTS);
    d.s(if v % 4 == 3 {
        "AO 93C (08/18) Warrant by Telephone or Other Reliable Electronic Means".to_string()
    } else {
        format!(
            "AO 93 {} Search and Seizure Warrant",
            r.pick(&["(Rev. 11/13)", "(Rev. 12/09)"])
        )
    });
    d.h("UNITED STATES DISTRICT COURT");
    d.b("for the");
    d.b(district.to_string());
    d.blank();
    d.b("In the Matter of the Search of");
    d.s("(Briefly describe the property to be searched or identify the person by name and address)");
    d.b(format!("The premises known as {}", p.address));
    d.b(format!("Case No. {}-mj-{:05}", 20 + r.below(7), r.below(100_000)));
    d.t("SEARCH AND SEIZURE WARRANT");
    d.b("To: Any authorized law enforcement officer");
    if v % 2 == 1 {
        d.b(format!(
            "An application by Special Agent {} of Homeland Security Investigations requests the search",
            r.pick(OFFICERS)
        ));
    } else {
        d.b(
            "An application by a federal law enforcement officer or an attorney for the government requests the search",
        );
    }
    d.b(format!(
        "of the following person or property located in the {district}:"
    ));
    d.b(format!(
        "The premises known as {}, described in Attachment A.",
        p.address
    ));
    d.b("I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize");
    d.b("the person or property described above.");
    d.b(format!(
        "YOU ARE COMMANDED to execute this warrant on or before {} (not to exceed 14 days)",
        long_date(execute_by)
    ));
    d.b(format!(
        "[{}] in the daytime 6:00 a.m. to 10:00 p.m.   [{}] at any time in the day or night because good cause has been established.",
        if any_time { " " } else { "X" },
        if any_time { "X" } else { " " }
    ));
    d.b("Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the");
    d.b("property taken to the person from whom, or from whose premises, the property was taken.");
    let judge = r.pick(JUDGES);
    d.b(format!(
        "The officer executing this warrant must promptly return this warrant and inventory to {judge}."
    ));
    d.blank();
    d.b(format!(
        "Date and time issued: {} {}",
        slash_date(p.issued),
        r.pick(&["10:15 am", "4:40 pm", "9:05 am"])
    ));
    signed(&mut d, p.sig, judge);
    d.s("Judge's signature");
    d.b(format!(
        "City and state: {}",
        r.pick(&["New York, New York", "Central Islip, New York", "Newark, New Jersey"])
    ));
    d.b(format!("{judge}, {}", r.pick(FED_JUDGE_TITLES)));
    d.s("Printed name and title");
    (d.0, None)
}

fn ny_arrest(r: &mut Rng, p: &Parts, _v: u64) -> (Vec<Line>, Option<&'static str>) {
    let mut d = Doc::new();
    let (court, county) = *r.pick(NY_COURTS);
    d.h(court);
    d.h(county);
    d.b("THE PEOPLE OF THE STATE OF NEW YORK");
    d.b("-against-");
    d.b(format!("{},", p.name.to_uppercase()));
    d.b("Defendant.");
    d.b(format!(
        "Docket No. CR-{:06}-{}{}",
        r.below(1_000_000),
        20 + r.below(7),
        r.pick(&["KN", "QN", "BX", "NY"])
    ));
    d.t("WARRANT OF ARREST");
    d.b("TO ANY POLICE OFFICER OF THE CITY OF NEW YORK:");
    let (offense, section) = *r.pick(OFFENSES);
    d.b(format!(
        "An accusatory instrument having been filed with this Court charging the above-named defendant with {offense} ({section}),"
    ));
    d.b("YOU ARE HEREBY COMMANDED to arrest the defendant and bring the defendant before this Court without");
    d.b("unnecessary delay.");
    d.b(format!("Defendant's last known address: {}", p.address));
    d.b(format!("Dated: {}", long_date(p.issued)));
    let judge = r.pick(JUDGES);
    signed(&mut d, p.sig, judge);
    d.s("(Signature of Judge)");
    d.b(judge.to_uppercase());
    d.b(r.pick(NY_JUDGE_TITLES).to_string());
    (d.0, None)
}

fn ny_search(r: &mut Rng, p: &Parts, _v: u64, any_time: bool) -> (Vec<Line>, Option<&'static str>) {
    let mut d = Doc::new();
    let (court, county) = *r.pick(NY_COURTS);
    d.h(court);
    d.h(county);
    d.t("SEARCH WARRANT");
    d.b("IN THE NAME OF THE PEOPLE OF THE STATE OF NEW YORK");
    d.b("TO ANY POLICE OFFICER OF THE CITY OF NEW YORK:");
    d.b(format!(
        "Proof by affidavit having been made this day before me by Detective {}, Shield No. {}, of the New York",
        r.pick(OFFICERS),
        1000 + r.below(9000)
    ));
    d.b("City Police Department, that there is reasonable cause to believe that certain property may be found at");
    d.b(format!("the premises known as {}", p.address));
    if any_time {
        d.b("YOU ARE THEREFORE COMMANDED, at any time of the day or night, to make a search of the premises");
    } else {
        d.b("YOU ARE THEREFORE COMMANDED, between the hours of 6:00 A.M. and 9:00 P.M., to make a search of the premises");
    }
    d.b("described above for the property described in the affidavit, and to bring it before this Court.");
    d.b("This warrant must be executed not more than ten days after the date of issuance.");
    d.b(format!("Dated: {}", long_date(p.issued)));
    d.b(format!("{}, New York", county.trim_start_matches("COUNTY OF ")));
    let judge = r.pick(JUDGES);
    signed(&mut d, p.sig, judge);
    d.s("(Signature of Judge)");
    d.b(judge.to_uppercase());
    d.b(r.pick(NY_JUDGE_TITLES).to_string());
    (d.0, None)
}

fn unrelated(r: &mut Rng, p: &Parts, v: u64) -> (Vec<Line>, Option<&'static str>) {
    let mut d = Doc::new();
    match v % 4 {
        0 => {
            d.t("RESIDENTIAL LEASE AGREEMENT");
            d.b(format!(
                "This lease is made on {} between Riverside Property Management LLC (Landlord)",
                long_date(p.issued)
            ));
            d.b(format!("and {} (Tenant).", p.name));
            d.b(format!("Premises: {}", p.address));
            d.b(format!(
                "Term: twelve (12) months. Monthly rent: ${},{:03}.00, due on the first day of each month.",
                1 + r.below(3),
                r.below(1000)
            ));
            d.b("The Tenant shall not sublet the premises without the written consent of the Landlord.");
            d.b("Security deposit: one month's rent, held in accordance with New York General Obligations Law.");
            d.b("______________________   ______________________");
            d.s("Signature of Landlord       Signature of Tenant");
            (d.0, Some("a lease"))
        }
        1 => {
            d.t("METRO POWER & GAS");
            d.b("Your monthly statement");
            d.b(format!("Account holder: {}", p.name));
            d.b(format!("Service address: {}", p.address));
            d.b(format!(
                "Statement date: {}   Amount due: ${}.{:02}",
                slash_date(p.issued),
                40 + r.below(200),
                r.below(100)
            ));
            d.b(format!(
                "Please pay by {}. Late payments may incur a fee.",
                slash_date(p.issued.checked_add_days(Days::new(21)).unwrap_or(p.issued))
            ));
            d.b("Electric usage: 412 kWh   Gas usage: 38 therms");
            d.b("Questions? Call 1-800-555-0199, Monday to Friday, 8 a.m. to 6 p.m.");
            (d.0, Some("a bill"))
        }
        2 => {
            d.h("SUPREME COURT OF THE STATE OF NEW YORK");
            d.h("COUNTY OF NEW YORK");
            d.t("JUROR SUMMONS");
            d.b(format!("To: {}", p.name));
            d.b(format!("Address: {}", p.address));
            d.b(format!(
                "You are summoned to appear for jury service on {} at 8:30 a.m.",
                long_date(p.issued.checked_add_days(Days::new(30)).unwrap_or(p.issued))
            ));
            d.b("Failure to respond may result in a warrant for your arrest or a fine.");
            d.b("County Clerk and Commissioner of Jurors");
            (d.0, Some("a juror summons (a court paper, not a warrant)"))
        }
        _ => {
            d.t("NOTICE FROM YOUR LANDLORD");
            d.b(format!("Date: {}", long_date(p.issued)));
            d.b(format!("To the occupants of {}", p.address));
            d.b("Please be advised that the building's boiler will be serviced on Tuesday between 9 a.m. and 3 p.m.");
            d.b("Hot water will not be available during this time. We apologize for the inconvenience.");
            d.b("The Management");
            (d.0, Some("a landlord's notice"))
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// The corpus

fn kind_seed(kind: Kind) -> u64 {
    Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0) as u64 + 1
}

/// One specimen: `kind`, variant `v`.
pub fn specimen(kind: Kind, v: u64) -> Specimen {
    let mut r = Rng::new(kind_seed(kind) * 1000 + v);
    let name = *r.pick(NAMES);
    let address = *r.pick(ADDRESSES);
    let issued = day(2025 + r.below(2) as i32, 1 + r.below(12) as u32, 1 + r.below(28) as u32);
    let p = Parts {
        name,
        address,
        issued,
        sig: r.chance(50),
    };
    // The situation: whose door, which address, what time.
    let other_name = v % 4 == 1;
    let other_address = v % 4 == 2 || v % 5 == 3;
    let given_name = if other_name {
        NAMES[(NAMES.iter().position(|n| *n == name).unwrap_or(0) + 5) % NAMES.len()]
    } else {
        name
    };
    let given_address = if other_address {
        ADDRESSES[(ADDRESSES.iter().position(|a| *a == address).unwrap_or(0) + 3) % ADDRESSES.len()]
    } else {
        address
    };
    let limit = match kind {
        Kind::FederalSearchWarrant => Some(14u64),
        Kind::StateSearchWarrant => Some(10),
        _ => None,
    };
    let expired_case = limit.is_some() && (v == 4 || v == 9);
    let days_after = match limit {
        Some(l) if expired_case => l + 1 + r.below(20) as u64,
        Some(l) => r.below(l as usize) as u64,
        None => r.below(30) as u64,
    };
    let today = issued.checked_add_days(Days::new(days_after)).unwrap_or(issued);
    let any_time = v == 6;
    let hour = if v == 8 { 23 } else { 7 + r.below(12) as u32 };
    let now = at(today, hour, 5 * r.below(12) as u32);
    let execute_by = issued
        .checked_add_days(Days::new(limit.unwrap_or(14)))
        .unwrap_or(issued);

    let (lines, hard) = match kind {
        Kind::IceArrestWarrant => i200(&mut r, &p, v),
        Kind::IceRemovalWarrant => i205(&mut r, &p, v),
        Kind::IceDetainer => i247a(&mut r, &p, v),
        Kind::IceCustodyOrder => i203(&mut r, &p, v),
        Kind::NoticeToAppear => i862(&mut r, &p, v),
        Kind::ImmigrationCourtOrder => eoir_order(&mut r, &p, v),
        Kind::AdministrativeSubpoena => subpoena(&mut r, &p, v),
        Kind::FederalArrestWarrant => ao442(&mut r, &p, v),
        Kind::FederalSearchWarrant => ao93(&mut r, &p, v, execute_by, any_time),
        Kind::StateArrestWarrant => ny_arrest(&mut r, &p, v),
        Kind::StateSearchWarrant => ny_search(&mut r, &p, v, any_time),
        Kind::Unknown => unrelated(&mut r, &p, v),
    };
    let hard = hard.or(match (kind, other_name, other_address, expired_case) {
        (k, true, _, _) if k.is_court_warrant() => Some("judicial warrant naming another person"),
        (k, _, true, _) if k.is_court_warrant() => Some("judicial warrant naming another address"),
        (_, _, _, true) => Some("expired search warrant"),
        _ => None,
    });
    let garbled = v == VARIANTS - 1 || v == 5;
    let lines = if garbled {
        lines
            .into_iter()
            .enumerate()
            .map(|(i, l)| Line {
                style: l.style,
                text: garble(&l.text, kind_seed(kind) * 7919 + v * 31 + i as u64),
            })
            .collect()
    } else {
        lines
    };
    let judicial = if kind.is_court_warrant() {
        Judicial::Yes
    } else if kind == Kind::Unknown {
        Judicial::Unknown
    } else {
        Judicial::No
    };
    // What the paper names, by construction.
    // (Unrelated papers are not scored on names and addresses.)
    let names_person = (kind != Kind::Unknown && !kind.is_search_warrant()).then_some(!other_name);
    let has_address = match kind {
        Kind::FederalArrestWarrant => v.is_multiple_of(3),
        Kind::IceDetainer
        | Kind::IceCustodyOrder
        | Kind::IceRemovalWarrant
        | Kind::ImmigrationCourtOrder
        | Kind::Unknown => false,
        _ => true,
    };
    let names_address = has_address.then_some(!other_address);
    let expired = limit.map(|_| expired_case);
    Specimen {
        id: format!("{}-{:02}", kind.id(), v),
        hard,
        garbled,
        lines,
        situation: Situation {
            name: Some(given_name.to_owned()),
            address: Some(given_address.to_owned()),
            now: Some(now),
        },
        truth: Truth {
            kind,
            judicial,
            names_person,
            names_address,
            expired,
        },
    }
}

/// The whole corpus: every kind, [`VARIANTS`] variants each.
pub fn corpus() -> Vec<Specimen> {
    let mut out = Vec::with_capacity(Kind::ALL.len() * VARIANTS as usize);
    for kind in Kind::ALL {
        for v in 0..VARIANTS {
            out.push(specimen(kind, v));
        }
    }
    out
}
