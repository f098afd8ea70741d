//! The federal courts' papers: AO 442 (arrest warrant), AO 93 (search and seizure warrant) and AO 106 (the
//! application for a search warrant, which is not a warrant).

use chrono::NaiveDate;

use super::Line;
use super::build::*;
use super::pools::*;

pub(super) fn ao442(r: &mut Rng, p: &Parts, v: u64) -> (Vec<Line>, Option<&'static str>) {
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

pub(super) fn ao93(
    r: &mut Rng,
    p: &Parts,
    v: u64,
    execute_by: NaiveDate,
    any_time: bool,
) -> (Vec<Line>, Option<&'static str>) {
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

/// AO 106, the application for a search warrant: the agent's sworn request, signed by the agent and, as
/// sworn before, by a judge. Not a warrant.
pub(super) fn ao106(r: &mut Rng, p: &Parts, v: u64) -> (Vec<Line>, Option<&'static str>) {
    let mut d = Doc::new();
    let district = r.pick(DISTRICTS);
    d.s(if v % 4 == 3 {
        "AO 106A (08/18) Application for a Warrant by Telephone or Other Reliable Electronic Means".to_string()
    } else {
        format!(
            "AO 106 {} Application for a Search Warrant",
            r.pick(&["(Rev. 04/10)", "(Rev. 06/09)"])
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
    d.t(if v % 4 == 3 {
        "APPLICATION FOR A WARRANT BY TELEPHONE OR OTHER RELIABLE ELECTRONIC MEANS"
    } else {
        "APPLICATION FOR A SEARCH WARRANT"
    });
    let agent = r.pick(OFFICERS);
    d.b("I, a federal law enforcement officer or an attorney for the government, request a search warrant and");
    d.b("state under penalty of perjury that I have reason to believe that on the following person or property:");
    d.b(format!(
        "The premises known as {}, described in Attachment A,",
        p.address
    ));
    d.b(format!(
        "located in the {district}, there is now concealed: the property described in Attachment B."
    ));
    d.b("The basis for the search under Fed. R. Crim. P. 41(c) is: [X] evidence of a crime; [ ] contraband.");
    d.b("The application is based on these facts: see the attached affidavit.");
    d.blank();
    signed(&mut d, true, agent);
    d.s("Applicant's signature");
    d.b(format!(
        "{agent}, Special Agent, {}",
        r.pick(&["Homeland Security Investigations", "Federal Bureau of Investigation"])
    ));
    d.s("Printed name and title");
    d.b("Sworn to before me and signed in my presence.");
    d.b(format!("Date: {}", slash_date(p.issued)));
    let judge = r.pick(JUDGES);
    signed(&mut d, p.sig, judge);
    d.s("Judge's signature");
    d.b(format!(
        "City and state: {}",
        r.pick(&["New York, New York", "Brooklyn, New York"])
    ));
    d.b(format!("{judge}, {}", r.pick(FED_JUDGE_TITLES)));
    d.s("Printed name and title");
    (d.0, Some("application for a search warrant, sworn before a judge"))
}
