//! The New York courts' papers: a local criminal court's warrant of arrest (CPL art. 120), a superior
//! court's warrant of arrest on an indictment (CPL § 210.10) and a search warrant (CPL art. 690).

use super::Line;
use super::build::*;
use super::pools::*;

pub(super) fn ny_arrest(r: &mut Rng, p: &Parts, _v: u64) -> (Vec<Line>, Option<&'static str>) {
    let mut d = Doc::new();
    let (court, county) = *r.pick(NY_LOCAL_COURTS);
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
    d.b(r.pick(NY_LOCAL_JUDGE_TITLES).to_string());
    (d.0, None)
}

pub(super) fn ny_search(r: &mut Rng, p: &Parts, _v: u64, any_time: bool) -> (Vec<Line>, Option<&'static str>) {
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

/// A superior court warrant of arrest (CPL § 210.10): a Supreme Court or County Court, on an indictment;
/// signed by a justice with the title in full or abbreviated ("J.S.C.", "A.J.S.C."), or only "/s/" over
/// the printed name.
pub(super) fn superior(r: &mut Rng, p: &Parts, v: u64) -> (Vec<Line>, Option<&'static str>) {
    let mut d = Doc::new();
    let (court, county) = *r.pick(NY_SUPERIOR_COURTS);
    d.h(court);
    d.h(county);
    d.b("THE PEOPLE OF THE STATE OF NEW YORK");
    d.b("-against-");
    d.b(format!("{},", p.name.to_uppercase()));
    d.b("Defendant.");
    d.b(format!("Indictment No. {:05}-{}", r.below(100_000), 2025 + r.below(2)));
    d.t(if v.is_multiple_of(2) {
        "SUPERIOR COURT WARRANT OF ARREST"
    } else {
        "WARRANT OF ARREST"
    });
    d.b("TO ANY POLICE OFFICER OF THE STATE OF NEW YORK:");
    let (offense, section) = *r.pick(FELONIES);
    d.b(format!(
        "An indictment having been filed with this Court charging the above-named defendant with {offense} ({section}),"
    ));
    d.b("YOU ARE HEREBY COMMANDED forthwith to arrest the defendant and bring the defendant before this Court");
    d.b("for arraignment upon the indictment.");
    d.b(format!("Dated: {}", long_date(p.issued)));
    let judge = r.pick(JUDGES);
    let title = r.pick(NY_SUPERIOR_JUDGE_TITLES);
    // Variant 3 of every 4: an electronic signature over the printed name, and no title at all.
    let hard = if v % 4 == 3 {
        d.b(format!("/s/ {judge}"));
        d.s("(Signature)");
        d.b(judge.to_uppercase());
        Some("superior court warrant signed /s/ Hon. with no title")
    } else {
        signed(&mut d, p.sig, judge);
        d.s("(Signature of Justice)");
        if title.len() <= 8 {
            d.b(format!("{}, {title}", judge.to_uppercase()));
        } else {
            d.b(judge.to_uppercase());
            d.b(title.to_string());
        }
        (title.len() <= 8).then_some("justice signing with J.S.C. or A.J.S.C.")
    };
    (d.0, hard)
}
