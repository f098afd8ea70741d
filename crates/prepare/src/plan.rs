//! The family plan: who picks up and cares for each child, emergency contacts, the lawyer, where papers are,
//! medical needs, money and rent, and the facts a family needs to find the person (name as on immigration
//! papers, A-number, date and country of birth). The wallet card and the messages written ahead come from it.
//!
//! The JSON contract (`amparo plan --in FILE`): `person` (`name`, `a_number`, `country_of_birth`,
//! `date_of_birth`, `phone`), `children` (each `name`, `date_of_birth`, `school`, `pickup`, `caregiver`,
//! `medical`), `contacts` (each `name`, `phone`, `relation`, `email`), `lawyer` (`name`, `phone`,
//! `organization`, `email`), `medical`, `medications`, `papers_location`, `money`, `say_fear` (the card
//! then carries "I am afraid to return to my country"). Unknown fields are refused, by name.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{Collector, InputErrors, Problem, from_json};
use crate::fields::{self, ANumber, Email, NAME_MAX, NOTE_MAX, Phone, SHORT_MAX};

/// Most children a plan holds.
pub const MAX_CHILDREN: usize = 8;
/// Most emergency contacts.
pub const MAX_CONTACTS: usize = 8;
/// Longest medical note the wallet card can print legibly.
pub const CARD_MEDICAL_MAX: usize = 140;

// --- Input (the JSON contract) ------------------------------------------------------------------------------

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PlanInput {
    pub person: PersonInput,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<ChildInput>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<ContactInput>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lawyer: Option<LawyerInput>,
    /// The person's own medical needs (conditions, allergies).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medical: Option<String>,
    /// Medicines taken every day, and where they are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medications: Option<String>,
    /// Where the papers are (passports, birth certificates, proof of presence, the plan itself).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub papers_location: Option<String>,
    /// Money and rent: who pays, where the money is, who can reach the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub money: Option<String>,
    /// Whether the wallet card carries "I am afraid to return to my country".
    #[serde(default)]
    pub say_fear: bool,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PersonInput {
    /// The exact legal name, as on immigration papers.
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub a_number: Option<String>,
    #[serde(default)]
    pub country_of_birth: Option<String>,
    #[serde(default)]
    pub date_of_birth: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ChildInput {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub date_of_birth: Option<String>,
    #[serde(default)]
    pub school: Option<String>,
    /// Who picks the child up.
    #[serde(default)]
    pub pickup: Option<String>,
    /// Who cares for the child.
    #[serde(default)]
    pub caregiver: Option<String>,
    #[serde(default)]
    pub medical: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ContactInput {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub relation: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LawyerInput {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub organization: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
}

// --- The checked plan --------------------------------------------------------------------------------------

/// The person the plan is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub name: String,
    pub a_number: Option<ANumber>,
    pub country_of_birth: Option<String>,
    pub date_of_birth: Option<NaiveDate>,
    pub phone: Option<Phone>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Child {
    pub name: String,
    pub date_of_birth: Option<NaiveDate>,
    pub school: Option<String>,
    pub pickup: Option<String>,
    pub caregiver: Option<String>,
    pub medical: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub name: String,
    pub phone: Phone,
    pub relation: Option<String>,
    pub email: Option<Email>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Lawyer {
    pub name: String,
    pub phone: Option<Phone>,
    pub organization: Option<String>,
    pub email: Option<Email>,
}

/// A checked plan: every value normalised (A-number to nine digits, phones to E.164).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub person: Person,
    pub children: Vec<Child>,
    pub contacts: Vec<Contact>,
    pub lawyer: Option<Lawyer>,
    pub medical: Option<String>,
    pub medications: Option<String>,
    pub papers_location: Option<String>,
    pub money: Option<String>,
    pub say_fear: bool,
}

impl Plan {
    /// Parse and check the JSON contract. `today`: no date may be later.
    pub fn from_json(json: &str, today: NaiveDate) -> Result<Self, InputErrors> {
        from_json::<PlanInput>(json)?.check(today)
    }

    /// The first two contacts' numbers, for the card.
    pub fn card_contacts(&self) -> &[Contact] {
        &self.contacts[..self.contacts.len().min(2)]
    }
}

fn opt<T>(c: &mut Collector, field: String, v: Option<&str>, parse: impl Fn(&str) -> Result<T, Problem>) -> Option<T> {
    let v = v.map(str::trim).filter(|v| !v.is_empty())?;
    c.check(field, parse(v))
}

fn note(c: &mut Collector, field: &str, v: &Option<String>, max: usize, multiline: bool) -> Option<String> {
    c.check(field, fields::text(v.as_deref(), max, multiline)).flatten()
}

impl PlanInput {
    /// Check every field; all problems at once.
    pub fn check(&self, today: NaiveDate) -> Result<Plan, InputErrors> {
        let mut c = Collector::default();
        let p = &self.person;
        let name = c.check("person.name", fields::required_text(p.name.as_deref(), NAME_MAX));
        let person = Person {
            name: name.unwrap_or_default(),
            a_number: opt(&mut c, "person.a_number".into(), p.a_number.as_deref(), ANumber::parse),
            country_of_birth: note(&mut c, "person.country_of_birth", &p.country_of_birth, SHORT_MAX, false),
            date_of_birth: opt(&mut c, "person.date_of_birth".into(), p.date_of_birth.as_deref(), |s| {
                fields::past_date(s, today)
            }),
            phone: opt(&mut c, "person.phone".into(), p.phone.as_deref(), Phone::parse),
        };
        if self.children.len() > MAX_CHILDREN {
            c.push("children", Problem::TooMany { max: MAX_CHILDREN });
        }
        let children = self
            .children
            .iter()
            .take(MAX_CHILDREN)
            .enumerate()
            .map(|(i, ch)| {
                let f = |k: &str| format!("children[{i}].{k}");
                Child {
                    name: c
                        .check(f("name"), fields::required_text(ch.name.as_deref(), NAME_MAX))
                        .unwrap_or_default(),
                    date_of_birth: opt(&mut c, f("date_of_birth"), ch.date_of_birth.as_deref(), |s| {
                        fields::past_date(s, today)
                    }),
                    school: note(&mut c, &f("school"), &ch.school, NAME_MAX, false),
                    pickup: note(&mut c, &f("pickup"), &ch.pickup, NAME_MAX, false),
                    caregiver: note(&mut c, &f("caregiver"), &ch.caregiver, NAME_MAX, false),
                    medical: note(&mut c, &f("medical"), &ch.medical, NOTE_MAX, true),
                }
            })
            .collect();
        if self.contacts.len() > MAX_CONTACTS {
            c.push("contacts", Problem::TooMany { max: MAX_CONTACTS });
        }
        let mut contacts = Vec::new();
        for (i, ct) in self.contacts.iter().take(MAX_CONTACTS).enumerate() {
            let f = |k: &str| format!("contacts[{i}].{k}");
            let name = c.check(f("name"), fields::required_text(ct.name.as_deref(), NAME_MAX));
            let phone = match ct.phone.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                Some(s) => c.check(f("phone"), Phone::parse(s)),
                None => {
                    c.push(f("phone"), Problem::Required);
                    None
                }
            };
            let relation = note(&mut c, &f("relation"), &ct.relation, SHORT_MAX, false);
            let email = opt(&mut c, f("email"), ct.email.as_deref(), Email::parse);
            if let (Some(name), Some(phone)) = (name, phone) {
                contacts.push(Contact {
                    name,
                    phone,
                    relation,
                    email,
                });
            }
        }
        let lawyer = self.lawyer.as_ref().and_then(|l| {
            let any = [&l.name, &l.phone, &l.organization, &l.email]
                .iter()
                .any(|v| v.as_deref().is_some_and(|s| !s.trim().is_empty()));
            if !any {
                return None;
            }
            let name = c.check("lawyer.name", fields::required_text(l.name.as_deref(), NAME_MAX));
            let phone = opt(&mut c, "lawyer.phone".into(), l.phone.as_deref(), Phone::parse);
            let organization = note(&mut c, "lawyer.organization", &l.organization, NAME_MAX, false);
            let email = opt(&mut c, "lawyer.email".into(), l.email.as_deref(), Email::parse);
            Some(Lawyer {
                name: name?,
                phone,
                organization,
                email,
            })
        });
        let plan = Plan {
            person,
            children,
            contacts,
            lawyer,
            medical: note(&mut c, "medical", &self.medical, NOTE_MAX, true),
            medications: note(&mut c, "medications", &self.medications, NOTE_MAX, true),
            papers_location: note(&mut c, "papers_location", &self.papers_location, NOTE_MAX, true),
            money: note(&mut c, "money", &self.money, NOTE_MAX, true),
            say_fear: self.say_fear,
        };
        c.finish(plan)
    }
}

// --- The wallet card ---------------------------------------------------------------------------------------

/// What the "if I am detained" card carries: name as on papers, A-number, country of birth, two phone
/// numbers, the lawyer, medical needs, and whether to carry the fear line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WalletCard {
    pub name: String,
    pub a_number: Option<ANumber>,
    pub country_of_birth: Option<String>,
    pub contacts: Vec<Contact>,
    pub lawyer: Option<Lawyer>,
    pub medical: Option<String>,
    pub say_fear: bool,
}

impl Plan {
    /// The card's content. The medical note must fit the card ([`CARD_MEDICAL_MAX`] characters): a longer
    /// one is an error on `medical`, never cut.
    pub fn wallet_card(&self) -> Result<WalletCard, InputErrors> {
        let mut c = Collector::default();
        let medical = match (&self.medical, &self.medications) {
            (Some(m), Some(d)) => Some(format!("{m}; {d}")),
            (m, d) => m.clone().or_else(|| d.clone()),
        };
        if let Some(m) = &medical
            && m.chars().count() > CARD_MEDICAL_MAX
        {
            let field = if self.medical.is_some() {
                "medical"
            } else {
                "medications"
            };
            c.push(field, Problem::TooLong { max: CARD_MEDICAL_MAX });
        }
        c.finish(WalletCard {
            name: self.person.name.clone(),
            a_number: self.person.a_number.clone(),
            country_of_birth: self.person.country_of_birth.clone(),
            contacts: self.card_contacts().to_vec(),
            lawyer: self.lawyer.clone(),
            medical,
            say_fear: self.say_fear,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).expect("date")
    }

    #[test]
    fn a_good_plan_is_normalised() {
        let json = r#"{"person": {"name": "María José Pérez-López", "a_number": "A12345678",
            "country_of_birth": "Mexico", "date_of_birth": "1990-05-17"},
            "children": [{"name": "Ana", "date_of_birth": "2018-02-01", "pickup": "Rosa (aunt)"}],
            "contacts": [{"name": "Rosa", "phone": "(718) 555-0142", "relation": "sister"}],
            "lawyer": {"name": "L. Green", "phone": "212-555-0199"}, "say_fear": true}"#;
        let plan = Plan::from_json(json, today()).expect("valid");
        assert_eq!(plan.person.a_number.as_ref().map(ANumber::digits), Some("012345678"));
        assert_eq!(plan.contacts[0].phone.e164(), "+17185550142");
        assert_eq!(plan.children[0].pickup.as_deref(), Some("Rosa (aunt)"));
        assert!(plan.wallet_card().expect("card").say_fear);
    }

    #[test]
    fn every_problem_is_named_by_its_field() {
        let json = r#"{"person": {"a_number": "12345", "date_of_birth": "2030-01-01"},
            "children": [{"school": "PS 1"}],
            "contacts": [{"name": "Rosa", "phone": "call me"}, {"name": "Tío"}],
            "lawyer": {"phone": "212-555-0199"}}"#;
        let e = Plan::from_json(json, today()).expect_err("invalid");
        let fields: Vec<&str> = e.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "person.name",
                "person.a_number",
                "person.date_of_birth",
                "children[0].name",
                "contacts[0].phone",
                "contacts[1].phone",
                "lawyer.name"
            ]
        );
        assert!(matches!(e.0[2].problem, Problem::FutureDate { .. }));
    }

    #[test]
    fn unknown_fields_and_wrong_types_are_named() {
        let e = Plan::from_json(r#"{"person": {"name": "X", "nmae": "Y"}}"#, today()).expect_err("unknown");
        assert_eq!(e.0[0].field, "person.nmae");
        assert!(e.to_string().contains("unknown field"), "{e}");
        let e = Plan::from_json(r#"{"person": {"name": "X"}, "contacts": [{"name": 3}]}"#, today()).expect_err("type");
        assert_eq!(e.0[0].field, "contacts[0].name");
    }

    #[test]
    fn a_medical_note_too_long_for_the_card_is_refused_not_cut() {
        let long = "x".repeat(CARD_MEDICAL_MAX + 1);
        let json = format!(r#"{{"person": {{"name": "X"}}, "medical": "{long}"}}"#);
        let plan = Plan::from_json(&json, today()).expect("fine for the plan");
        let e = plan.wallet_card().expect_err("too long for the card");
        assert_eq!(e.0[0].field, "medical");
    }
}
