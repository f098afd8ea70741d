//! The guided check: a person at the door answers a few questions by looking at the paper, with choices
//! (the common headings, titles, form numbers and titles under a signature, as they are printed) and free
//! text where none fits; no OCR, nothing to upload.
//!
//! [`QUESTIONS`] is the one list both the web form and `amparo check-warrant --interactive` ask, in that
//! order; the words of each question and of the choices that are not printed words are the guide's
//! messages (`check-*`). The answers are read by the same classifier as any other text
//! ([`GuidedAnswers::to_text`]), so each way in gives the same result for the same paper.

use serde::{Deserialize, Serialize};

/// The answers to the guided questions. Every answer may be empty ("I can't see it").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GuidedAnswers {
    /// What is printed at the top (the court or agency).
    pub top: String,
    /// The title, in large letters.
    pub title: String,
    /// What is printed in the bottom corner (a form number).
    pub bottom_corner: String,
    /// What is printed under the signature.
    pub under_signature: String,
    /// The name on the paper, if typed.
    pub name: String,
    /// The address on the paper, if typed.
    pub address: String,
    /// The date it was issued or signed, as printed.
    pub issued: String,
    /// The "execute on or before" date, as printed.
    pub execute_by: String,
    /// Whether there is a handwritten or electronic signature.
    pub signed: Option<bool>,
    /// Whether the paper shows the person's own name (their own reading: "my name" or "someone else's").
    pub names_you: Option<bool>,
    /// Whether the paper shows this address.
    pub names_here: Option<bool>,
}

/// Which answer a question fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Top,
    Title,
    Corner,
    Signer,
    NamesYou,
    NamesHere,
    Signed,
}

/// Where on the page a question asks the person to look (the web form draws it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// The heading across the top.
    Top,
    /// The large title below the heading.
    Title,
    /// A bottom corner (the form number).
    Corner,
    /// The signature block at the bottom.
    Signature,
    /// The body, where the names and the address are.
    Body,
}

/// One choice of a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    /// Stable id (the value of the web form's radio button).
    pub id: &'static str,
    /// The words as printed on the paper (English, shown as they are), for choices that are printed words;
    /// they are what the classifier reads. Empty for "none" or "I cannot read it".
    pub printed: &'static str,
    /// The guide's message for a choice that is not printed words ("I cannot read it", "My name").
    pub label: Option<&'static str>,
    /// The guide's message that says in the reader's language what the printed words are ("a federal court").
    pub gloss: Option<&'static str>,
    /// For yes/no questions: the answer.
    pub value: Option<bool>,
}

/// One guided question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    /// Stable id (the name of the web form's field).
    pub id: &'static str,
    /// The guide's message for the question.
    pub message: &'static str,
    /// The guide's message for a hint on where to look.
    pub hint: Option<&'static str>,
    pub field: Field,
    pub region: Region,
    pub choices: &'static [Choice],
    /// Whether "something else" may be typed in.
    pub free_text: bool,
}

const fn printed(id: &'static str, printed: &'static str, gloss: Option<&'static str>) -> Choice {
    Choice {
        id,
        printed,
        label: None,
        gloss,
        value: None,
    }
}

const fn labelled(id: &'static str, label: &'static str, value: Option<bool>) -> Choice {
    Choice {
        id,
        printed: "",
        label: Some(label),
        gloss: None,
        value,
    }
}

const CANNOT_READ: Choice = labelled("cannot-read", "check-cannot-read", None);
const NONE: Choice = labelled("none", "check-none", None);

/// The questions, in the order they are asked.
pub const QUESTIONS: &[Question] = &[
    Question {
        id: "heading",
        message: "check-q-heading",
        hint: Some("check-q-heading-hint"),
        field: Field::Top,
        region: Region::Top,
        choices: &[
            printed(
                "district-court",
                "UNITED STATES DISTRICT COURT",
                Some("check-gloss-federal-court"),
            ),
            printed(
                "ny-supreme-court",
                "SUPREME COURT OF THE STATE OF NEW YORK",
                Some("check-gloss-state-court"),
            ),
            printed(
                "ny-criminal-court",
                "CRIMINAL COURT OF THE CITY OF NEW YORK",
                Some("check-gloss-city-court"),
            ),
            printed(
                "dhs",
                "U.S. DEPARTMENT OF HOMELAND SECURITY",
                Some("check-gloss-immigration-agency"),
            ),
            printed(
                "ice",
                "IMMIGRATION AND CUSTOMS ENFORCEMENT",
                Some("check-gloss-immigration-agency"),
            ),
            printed(
                "eoir",
                "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW",
                Some("check-gloss-immigration-court"),
            ),
            CANNOT_READ,
        ],
        free_text: true,
    },
    Question {
        id: "title",
        message: "check-q-title",
        hint: None,
        field: Field::Title,
        region: Region::Title,
        choices: &[
            printed("arrest-warrant", "ARREST WARRANT / WARRANT OF ARREST", None),
            printed("search-warrant", "SEARCH WARRANT / SEARCH AND SEIZURE WARRANT", None),
            printed("search-warrant-application", "APPLICATION FOR A SEARCH WARRANT", None),
            printed("warrant-for-arrest-of-alien", "WARRANT FOR ARREST OF ALIEN", None),
            printed("warrant-of-removal", "WARRANT OF REMOVAL/DEPORTATION", None),
            printed("immigration-detainer", "IMMIGRATION DETAINER - NOTICE OF ACTION", None),
            printed("order-to-detain", "ORDER TO DETAIN OR RELEASE ALIEN", None),
            printed("notice-to-appear", "NOTICE TO APPEAR", None),
            printed("order-of-immigration-judge", "ORDER OF THE IMMIGRATION JUDGE", None),
            printed("subpoena", "SUBPOENA", None),
            CANNOT_READ,
        ],
        free_text: true,
    },
    Question {
        id: "form",
        message: "check-q-form",
        hint: Some("check-q-form-hint"),
        field: Field::Corner,
        region: Region::Corner,
        choices: &[
            printed("i-200", "I-200", None),
            printed("i-205", "I-205", None),
            printed("i-247a", "I-247A", None),
            printed("i-203", "I-203", None),
            printed("i-862", "I-862", None),
            printed("ao-442", "AO 442", None),
            printed("ao-93", "AO 93", None),
            printed("ao-106", "AO 106", None),
            NONE,
        ],
        free_text: true,
    },
    Question {
        id: "signer",
        message: "check-q-signer",
        hint: Some("check-q-signer-hint"),
        field: Field::Signer,
        region: Region::Signature,
        choices: &[
            printed("judge", "Judge", Some("check-gloss-court-judge")),
            printed("justice", "Justice (J.S.C.)", Some("check-gloss-court-judge")),
            printed("magistrate-judge", "Magistrate Judge", Some("check-gloss-court-judge")),
            printed("clerk", "Clerk", Some("check-gloss-clerk")),
            printed(
                "immigration-officer",
                "Immigration Officer",
                Some("check-gloss-immigration-officer"),
            ),
            printed(
                "deportation-officer",
                "Deportation Officer",
                Some("check-gloss-immigration-officer"),
            ),
            printed(
                "immigration-judge",
                "Immigration Judge",
                Some("check-gloss-immigration-judge"),
            ),
            CANNOT_READ,
        ],
        free_text: true,
    },
    Question {
        id: "name",
        message: "check-q-name",
        hint: None,
        field: Field::NamesYou,
        region: Region::Body,
        choices: &[
            labelled("mine", "check-name-mine", Some(true)),
            labelled("someone-else", "check-name-other", Some(false)),
            NONE,
            CANNOT_READ,
        ],
        free_text: false,
    },
    Question {
        id: "address",
        message: "check-q-address",
        hint: None,
        field: Field::NamesHere,
        region: Region::Body,
        choices: &[
            labelled("here", "check-address-here", Some(true)),
            labelled("elsewhere", "check-address-other", Some(false)),
            NONE,
            CANNOT_READ,
        ],
        free_text: false,
    },
    Question {
        id: "signed",
        message: "check-q-signed",
        hint: None,
        field: Field::Signed,
        region: Region::Signature,
        choices: &[
            labelled("yes", "check-yes", Some(true)),
            labelled("no", "check-no", Some(false)),
            labelled("not-sure", "check-not-sure", None),
        ],
        free_text: false,
    },
];

impl Question {
    /// The choice with this id.
    pub fn choice(&self, id: &str) -> Option<&'static Choice> {
        self.choices.iter().find(|c| c.id == id)
    }
}

/// The question with this id.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

/// Words people use for the agencies, expanded to the names printed on the papers.
fn expand(answer: &str) -> String {
    let mut out = answer.to_owned();
    let words: Vec<String> = answer
        .split(|c: char| !c.is_alphanumeric())
        .map(|w| w.to_ascii_uppercase())
        .collect();
    let has = |w: &str| words.iter().any(|x| x == w);
    if has("ICE") || has("DHS") || has("ERO") || has("HSI") || has("CBP") {
        out.push_str("\nDepartment of Homeland Security");
    }
    if has("EOIR") {
        out.push_str("\nExecutive Office for Immigration Review");
    }
    out
}

impl GuidedAnswers {
    /// Take a choice: its printed words fill the question's answer, or its yes/no value does. A choice that
    /// is neither ("I cannot read it", "there is none") leaves the answer empty.
    pub fn choose(&mut self, q: &Question, choice: &Choice) {
        match q.field {
            Field::NamesYou => self.names_you = choice.value,
            Field::NamesHere => self.names_here = choice.value,
            Field::Signed => self.signed = choice.value,
            _ => self.write(q, choice.printed),
        }
    }

    /// Type an answer ("something else"): the words as the person read them.
    pub fn write(&mut self, q: &Question, text: &str) {
        let text = text.trim().to_owned();
        match q.field {
            Field::Top => self.top = text,
            Field::Title => self.title = text,
            Field::Corner => self.bottom_corner = text,
            Field::Signer => self.under_signature = text,
            // Yes/no questions take no text; a typed name or address goes to its own field.
            Field::NamesYou | Field::NamesHere | Field::Signed => {}
        }
    }

    /// The answers as labelled text for the classifier.
    pub fn to_text(&self) -> String {
        let mut t = String::new();
        let line = |t: &mut String, s: &str| {
            let s = s.trim();
            if !s.is_empty() {
                t.push_str(s);
                t.push('\n');
            }
        };
        line(&mut t, &expand(&self.top));
        // A title given as alternatives ("ARREST WARRANT / WARRANT OF ARREST") is one line per alternative.
        for part in self.title.split(" / ") {
            line(&mut t, part);
        }
        line(&mut t, &self.bottom_corner);
        if !self.under_signature.trim().is_empty() {
            t.push_str("Signature\n");
            line(&mut t, &expand(&self.under_signature));
        }
        if !self.name.trim().is_empty() {
            t.push_str("Name: ");
            line(&mut t, &self.name.replace('\n', " "));
        }
        if !self.address.trim().is_empty() {
            t.push_str("Address: ");
            line(&mut t, &self.address.replace('\n', ", "));
        }
        if !self.issued.trim().is_empty() {
            t.push_str("Date issued: ");
            line(&mut t, &self.issued);
        }
        if !self.execute_by.trim().is_empty() {
            t.push_str("Execute on or before: ");
            line(&mut t, &self.execute_by);
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_and_choice_has_a_unique_id_and_words() {
        let mut ids = std::collections::BTreeSet::new();
        for q in QUESTIONS {
            assert!(ids.insert(q.id), "{} twice", q.id);
            let mut choices = std::collections::BTreeSet::new();
            for c in q.choices {
                assert!(choices.insert(c.id), "{}: {} twice", q.id, c.id);
                assert!(
                    !c.printed.is_empty() || c.label.is_some(),
                    "{}: {} has no words",
                    q.id,
                    c.id
                );
            }
            assert_eq!(question(q.id), Some(q));
        }
    }

    #[test]
    fn choices_fill_the_answers() {
        let mut a = GuidedAnswers::default();
        let pick = |a: &mut GuidedAnswers, q: &str, c: &str| {
            let q = question(q).expect("question");
            a.choose(q, q.choice(c).expect("choice"));
        };
        pick(&mut a, "heading", "ny-supreme-court");
        pick(&mut a, "title", "arrest-warrant");
        pick(&mut a, "signer", "justice");
        pick(&mut a, "name", "someone-else");
        pick(&mut a, "signed", "yes");
        assert_eq!(a.top, "SUPREME COURT OF THE STATE OF NEW YORK");
        assert_eq!((a.names_you, a.names_here, a.signed), (Some(false), None, Some(true)));
        let text = a.to_text();
        assert!(text.contains("\nARREST WARRANT\nWARRANT OF ARREST\n"), "{text}");
        pick(&mut a, "signer", "cannot-read");
        assert_eq!(a.under_signature, "");
        a.write(question("form").expect("form"), "  I-205 ");
        assert_eq!(a.bottom_corner, "I-205");
    }
}
