//! Specimen inputs for each tool (invented people, numbers in the fictional 555-01xx range): used by the tests,
//! the examples that measure the PDFs, and the CLI's help.

/// A family plan.
pub const PLAN: &str = r#"{
  "person": {"name": "María José Pérez-López", "a_number": "A12345678", "country_of_birth": "Mexico",
             "date_of_birth": "1990-05-17", "phone": "(917) 555-0110"},
  "children": [
    {"name": "Ana Pérez", "date_of_birth": "2018-02-01", "school": "P.S. 123", "pickup": "Rosa Pérez (aunt)",
     "caregiver": "Rosa Pérez", "medical": "Asthma: inhaler in her backpack"},
    {"name": "Leo Pérez", "date_of_birth": "2021-09-12", "school": "Sunshine Day Care", "pickup": "Luis Ortiz",
     "caregiver": "Rosa Pérez"}
  ],
  "contacts": [
    {"name": "Rosa Pérez", "phone": "718-555-0142", "relation": "sister", "email": "rosa@example.org"},
    {"name": "Luis Ortiz", "phone": "+1 347 555 0199", "relation": "neighbor"}
  ],
  "lawyer": {"name": "Laura Green", "organization": "Example Legal Aid", "phone": "212-555-0163",
             "email": "lgreen@example.org"},
  "medical": "Diabetes (type 2)",
  "medications": "Metformin 500 mg twice a day",
  "papers_location": "Blue folder in the closet; copies with Rosa",
  "money": "Rent is paid on the 1st; Rosa has the bank card",
  "say_fear": true
}"#;

/// Papers for the presence calculator: two years covered except one gap of about four months.
pub const PRESENCE: &str = r#"{
  "as_of": "2026-12-01",
  "papers": [
    {"kind": "lease", "from": "2024-09-01", "to": "2025-08-31", "description": "Lease, 41-10 Elm St, Queens",
     "kept_at": "Blue folder"},
    {"kind": "pay_stub", "date": "2025-09-15", "description": "Pay stub, Best Bakery"},
    {"kind": "medical_record", "date": "2026-02-10", "description": "Clinic visit"},
    {"kind": "utility_bill", "from": "2026-02-11", "to": "2026-11-30", "description": "Con Ed bills",
     "kept_at": "E-mail"}
  ]
}"#;

/// An encounter record.
pub const RECORD: &str = r#"{
  "when": "2026-11-30T07:40", "where": "Roosevelt Ave and 74th St, Queens", "agency": "ICE",
  "officers": [{"name": "J. Smith", "badge": "4471", "description": "vest marked POLICE ICE"}],
  "vehicles": [{"plate": "ABC 1234", "state": "NY", "description": "grey van"}],
  "what_happened": "Two officers stopped my neighbour at the bus stop and put him in a van.\nThey did not say why.",
  "paper_shown": true, "paper": "Form I-200", "warrant_check": "Not a judicial warrant",
  "witnesses": [{"name": "Rosa Pérez", "phone": "718-555-0142"}],
  "injuries": "None seen", "recordings": "Video on Rosa's phone, copy in her e-mail"
}"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Plan, Presence, Record};

    #[test]
    fn the_specimens_are_valid() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
        let plan = Plan::from_json(PLAN, today).expect("plan");
        plan.wallet_card().expect("card");
        let r = Presence::from_json(PRESENCE, today).expect("presence").report();
        assert_eq!(r.gaps.len(), 1, "{:?}", r.gaps);
        Record::from_json(RECORD, today.and_hms_opt(18, 0, 0).expect("time")).expect("record");
    }
}
