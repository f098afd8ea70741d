//! The encounter record: what a person writes down after an encounter, for a lawyer — when and where, which
//! agency, officers (names, badge numbers), vehicles and plates, what was said and done, whether a paper was
//! shown and what the warrant check said, witnesses, injuries, where recordings are kept. No map, no location
//! sharing, no upload: the record goes where the person takes it.
//!
//! Its fields map onto the New York Attorney General's Federal Action Reporting Form ([`Record::ny_ag_form`]),
//! so the person can copy them there if they choose.
//!
//! The JSON contract (`amparo record --in FILE`): `when`, `where`, `agency`, `officers` (each `name`, `badge`,
//! `description`), `vehicles` (each `plate`, `state`, `description`), `what_happened`, `paper_shown` (bool),
//! `paper` (what it was), `warrant_check` (what Amparo's check said), `witnesses` (each `name`, `phone`),
//! `injuries`, `recordings` (kept where), `written_by` (who writes, if not the person stopped).

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::error::{Collector, InputErrors, Problem, from_json};
use crate::fields::{self, ACCOUNT_MAX, NAME_MAX, NOTE_MAX, Phone, SHORT_MAX, When};

/// Most officers, vehicles or witnesses one record lists.
pub const MAX_ROWS: usize = 12;

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RecordInput {
    #[serde(default)]
    pub when: Option<String>,
    #[serde(default, rename = "where")]
    pub place: Option<String>,
    #[serde(default)]
    pub agency: Option<String>,
    #[serde(default)]
    pub officers: Vec<OfficerInput>,
    #[serde(default)]
    pub vehicles: Vec<VehicleInput>,
    #[serde(default)]
    pub what_happened: Option<String>,
    #[serde(default)]
    pub paper_shown: Option<bool>,
    #[serde(default)]
    pub paper: Option<String>,
    #[serde(default)]
    pub warrant_check: Option<String>,
    #[serde(default)]
    pub witnesses: Vec<WitnessInput>,
    #[serde(default)]
    pub injuries: Option<String>,
    #[serde(default)]
    pub recordings: Option<String>,
    #[serde(default)]
    pub written_by: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OfficerInput {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub badge: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct VehicleInput {
    #[serde(default)]
    pub plate: Option<String>,
    #[serde(default)]
    pub state: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct WitnessInput {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Officer {
    pub name: Option<String>,
    pub badge: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Vehicle {
    pub plate: Option<String>,
    pub state: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Witness {
    pub name: String,
    pub phone: Option<Phone>,
}

/// A checked record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Record {
    pub when: When,
    #[serde(rename = "where")]
    pub place: String,
    pub agency: Option<String>,
    pub officers: Vec<Officer>,
    pub vehicles: Vec<Vehicle>,
    pub what_happened: String,
    pub paper_shown: Option<bool>,
    pub paper: Option<String>,
    pub warrant_check: Option<String>,
    pub witnesses: Vec<Witness>,
    pub injuries: Option<String>,
    pub recordings: Option<String>,
    pub written_by: Option<String>,
}

fn blank(v: &Option<String>) -> bool {
    v.as_deref().is_none_or(|s| s.trim().is_empty())
}

impl Record {
    /// Parse and check the JSON contract. `now` (New York time): `when` may not be later.
    pub fn from_json(json: &str, now: NaiveDateTime) -> Result<Self, InputErrors> {
        from_json::<RecordInput>(json)?.check(now)
    }
}

impl RecordInput {
    pub fn check(&self, now: NaiveDateTime) -> Result<Record, InputErrors> {
        let mut c = Collector::default();
        let when = match self.when.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(s) => c.check("when", fields::past_date_time(s, now)),
            None => {
                c.push("when", Problem::Required);
                None
            }
        };
        let place = c.check("where", fields::required_text(self.place.as_deref(), NOTE_MAX));
        let agency = c
            .check("agency", fields::text(self.agency.as_deref(), NAME_MAX, false))
            .flatten();
        let mut rows = |name: &str, n: usize| {
            if n > MAX_ROWS {
                c.push(name, Problem::TooMany { max: MAX_ROWS });
            }
        };
        rows("officers", self.officers.len());
        rows("vehicles", self.vehicles.len());
        rows("witnesses", self.witnesses.len());
        let mut officers = Vec::new();
        for (i, o) in self.officers.iter().take(MAX_ROWS).enumerate() {
            if blank(&o.name) && blank(&o.badge) && blank(&o.description) {
                continue;
            }
            let f = |k: &str| format!("officers[{i}].{k}");
            let name = c.check(f("name"), fields::text(o.name.as_deref(), NAME_MAX, false));
            let badge = c.check(f("badge"), fields::text(o.badge.as_deref(), SHORT_MAX, false));
            let description = c.check(
                f("description"),
                fields::text(o.description.as_deref(), NOTE_MAX, false),
            );
            if let (Some(name), Some(badge), Some(description)) = (name, badge, description) {
                officers.push(Officer {
                    name,
                    badge,
                    description,
                });
            }
        }
        let mut vehicles = Vec::new();
        for (i, v) in self.vehicles.iter().take(MAX_ROWS).enumerate() {
            if blank(&v.plate) && blank(&v.state) && blank(&v.description) {
                continue;
            }
            let f = |k: &str| format!("vehicles[{i}].{k}");
            let plate = match v.plate.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                Some(p) => c.check(f("plate"), fields::plate(p)).map(Some),
                None => Some(None),
            };
            let state = c.check(f("state"), fields::text(v.state.as_deref(), SHORT_MAX, false));
            let description = c.check(
                f("description"),
                fields::text(v.description.as_deref(), NOTE_MAX, false),
            );
            if let (Some(plate), Some(state), Some(description)) = (plate, state, description) {
                vehicles.push(Vehicle {
                    plate,
                    state,
                    description,
                });
            }
        }
        let what_happened = c.check(
            "what_happened",
            fields::text(self.what_happened.as_deref(), ACCOUNT_MAX, true).and_then(|t| t.ok_or(Problem::Required)),
        );
        let paper = c
            .check("paper", fields::text(self.paper.as_deref(), NOTE_MAX, true))
            .flatten();
        let warrant_check = c
            .check(
                "warrant_check",
                fields::text(self.warrant_check.as_deref(), NOTE_MAX, true),
            )
            .flatten();
        let mut witnesses = Vec::new();
        for (i, w) in self.witnesses.iter().take(MAX_ROWS).enumerate() {
            if blank(&w.name) && blank(&w.phone) {
                continue;
            }
            let f = |k: &str| format!("witnesses[{i}].{k}");
            let name = c.check(f("name"), fields::required_text(w.name.as_deref(), NAME_MAX));
            let phone = match w.phone.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                Some(p) => c.check(f("phone"), Phone::parse(p)).map(Some),
                None => Some(None),
            };
            if let (Some(name), Some(phone)) = (name, phone) {
                witnesses.push(Witness { name, phone });
            }
        }
        let note = |c: &mut Collector, k: &str, v: &Option<String>| {
            c.check(k, fields::text(v.as_deref(), NOTE_MAX, true)).flatten()
        };
        let injuries = note(&mut c, "injuries", &self.injuries);
        let recordings = note(&mut c, "recordings", &self.recordings);
        let written_by = c
            .check("written_by", fields::text(self.written_by.as_deref(), NAME_MAX, false))
            .flatten();
        let (Some(when), Some(place), Some(what_happened)) = (when, place, what_happened) else {
            // At least one of them was recorded as a problem.
            return c.finish(()).and(Err(InputErrors(Vec::new())));
        };
        c.finish(Record {
            when,
            place,
            agency,
            officers,
            vehicles,
            what_happened,
            paper_shown: self.paper_shown,
            paper,
            warrant_check,
            witnesses,
            injuries,
            recordings,
            written_by,
        })
    }
}

/// One field of the Attorney General's form and what to copy into it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgField {
    /// Stable id; its label is message `tools-ag-<id>`.
    pub id: &'static str,
    /// The form's field, in English (as reported: see the authority `nyag-federal-action-form`).
    pub english: &'static str,
    /// What to copy, from the record (empty: the person decides; nothing is filled in for them).
    pub value: String,
}

impl Record {
    /// The record as the Attorney General's Federal Action Reporting Form asks for it: date and time,
    /// location, description (everything else in the record, in English labels, the person's words as
    /// written), photos or videos (where they are kept: the person uploads them there if they choose), and the
    /// optional contact details, which are left for the person to decide.
    pub fn ny_ag_form(&self) -> Vec<AgField> {
        let mut d = Vec::new();
        if let Some(a) = &self.agency {
            d.push(format!("Agency: {a}"));
        }
        for o in &self.officers {
            let mut line = String::from("Officer:");
            if let Some(n) = &o.name {
                line.push(' ');
                line.push_str(n);
            }
            if let Some(b) = &o.badge {
                line.push_str(&format!(" (badge {b})"));
            }
            if let Some(x) = &o.description {
                line.push_str(&format!(" — {x}"));
            }
            d.push(line);
        }
        for v in &self.vehicles {
            let mut line = String::from("Vehicle:");
            if let Some(p) = &v.plate {
                line.push_str(&format!(" plate {p}"));
            }
            if let Some(s) = &v.state {
                line.push_str(&format!(" ({s})"));
            }
            if let Some(x) = &v.description {
                line.push_str(&format!(" — {x}"));
            }
            d.push(line);
        }
        d.push(format!("What happened: {}", self.what_happened));
        match self.paper_shown {
            Some(true) => d.push(format!(
                "A paper was shown{}",
                self.paper.as_deref().map(|p| format!(": {p}")).unwrap_or_default()
            )),
            Some(false) => d.push("No paper was shown.".to_string()),
            None => {
                if let Some(p) = &self.paper {
                    d.push(format!("Paper: {p}"));
                }
            }
        }
        if let Some(w) = &self.warrant_check {
            d.push(format!("Amparo's warrant check said: {w}"));
        }
        if !self.witnesses.is_empty() {
            d.push(format!("Witnesses: {}", self.witnesses.len()));
        }
        if let Some(i) = &self.injuries {
            d.push(format!("Injuries: {i}"));
        }
        vec![
            AgField {
                id: "when",
                english: "Date and time",
                value: self.when.to_string(),
            },
            AgField {
                id: "where",
                english: "Location",
                value: self.place.clone(),
            },
            AgField {
                id: "description",
                english: "Description of what happened",
                value: d.join("\n"),
            },
            AgField {
                id: "media",
                english: "Photos, videos or links",
                value: self.recordings.clone().unwrap_or_default(),
            },
            AgField {
                id: "contact",
                english: "Your contact information (optional)",
                value: String::new(),
            },
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> NaiveDateTime {
        fields::date("2026-12-01")
            .expect("date")
            .and_hms_opt(18, 0, 0)
            .expect("time")
    }

    const GOOD: &str = r#"{"when": "2026-11-30T07:40", "where": "Roosevelt Ave & 74th St, Queens",
        "agency": "ICE", "officers": [{"name": "J. Smith", "badge": "4471"}, {}],
        "vehicles": [{"plate": "abc 1234", "state": "NY", "description": "grey van"}],
        "what_happened": "Two officers stopped my neighbour and took him.",
        "paper_shown": true, "paper": "Form I-200", "warrant_check": "Not a judicial warrant",
        "witnesses": [{"name": "Rosa", "phone": "718 555 0142"}], "recordings": "video on Rosa's phone"}"#;

    #[test]
    fn a_record_maps_onto_the_attorney_generals_form() {
        let r = Record::from_json(GOOD, now()).expect("valid");
        assert_eq!(r.officers.len(), 1, "an empty row is dropped");
        assert_eq!(r.vehicles[0].plate.as_deref(), Some("ABC 1234"));
        let form = r.ny_ag_form();
        let get = |id: &str| {
            form.iter()
                .find(|f| f.id == id)
                .map(|f| f.value.as_str())
                .expect("field")
        };
        assert_eq!(get("when"), "2026-11-30 07:40");
        assert_eq!(get("where"), "Roosevelt Ave & 74th St, Queens");
        for part in [
            "Agency: ICE",
            "J. Smith (badge 4471)",
            "plate ABC 1234 (NY)",
            "Form I-200",
            "Not a judicial warrant",
        ] {
            assert!(get("description").contains(part), "{part}: {}", get("description"));
        }
        assert!(
            !get("description").contains("Rosa"),
            "witnesses' names are not sent by default"
        );
        assert_eq!(get("media"), "video on Rosa's phone");
        assert_eq!(get("contact"), "", "contact details are the person's choice");
    }

    #[test]
    fn bad_records_are_named() {
        let e = Record::from_json(
            r#"{"when": "2026-12-01T19:00", "vehicles": [{"plate": "AB/12"}], "witnesses": [{"phone": "x"}]}"#,
            now(),
        )
        .expect_err("invalid");
        let fields: Vec<&str> = e.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "when",
                "where",
                "vehicles[0].plate",
                "what_happened",
                "witnesses[0].name",
                "witnesses[0].phone"
            ]
        );
    }
}
