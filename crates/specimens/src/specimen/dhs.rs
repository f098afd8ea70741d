//! The immigration papers: DHS forms (I-200, I-205, I-247A, I-203, I-862, the I-138 subpoena) and an
//! immigration judge's order. None is judicial.

use chrono::Days;

use super::build::*;
use super::pools::*;
use super::{Line, Style};

pub(super) fn i200(r: &mut Rng, p: &Parts, v: u64) -> (Vec<Line>, Option<&'static str>) {
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

pub(super) fn i205(r: &mut Rng, p: &Parts, v: u64) -> (Vec<Line>, Option<&'static str>) {
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

pub(super) fn i247a(r: &mut Rng, p: &Parts, _v: u64) -> (Vec<Line>, Option<&'static str>) {
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

pub(super) fn i203(r: &mut Rng, p: &Parts, _v: u64) -> (Vec<Line>, Option<&'static str>) {
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

pub(super) fn i862(r: &mut Rng, p: &Parts, _v: u64) -> (Vec<Line>, Option<&'static str>) {
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

pub(super) fn eoir_order(r: &mut Rng, p: &Parts, _v: u64) -> (Vec<Line>, Option<&'static str>) {
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

pub(super) fn subpoena(r: &mut Rng, p: &Parts, _v: u64) -> (Vec<Line>, Option<&'static str>) {
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
