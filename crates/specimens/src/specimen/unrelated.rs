//! Papers that are none of the kinds: a lease, a bill, a juror summons, a landlord's notice.

use chrono::Days;

use super::Line;
use super::build::*;

pub(super) fn unrelated(r: &mut Rng, p: &Parts, v: u64) -> (Vec<Line>, Option<&'static str>) {
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
