//! The four tools' forms as schemas: the inputs of each page, named by the JSON paths of the tool's contract
//! (`crates/prepare`), with their labels and hints as message ids.

use super::form::{Group, Input, Schema, f};

pub const PLAN: Schema = Schema {
    groups: &[
        Group {
            legend: "tools-form-person",
            prefix: "person",
            rows: 0,
            fields: &[
                f("name", "tools-field-name", Input::Text).required(),
                f("a_number", "tools-field-a-number", Input::Text).hint("tools-field-a-number-hint"),
                f("country_of_birth", "tools-field-country-of-birth", Input::Text),
                f("date_of_birth", "tools-field-date-of-birth", Input::Date),
                f("phone", "tools-field-phone", Input::Tel),
            ],
        },
        Group {
            legend: "tools-form-child",
            prefix: "children",
            rows: 3,
            fields: &[
                f("name", "tools-field-contact-name", Input::Text),
                f("date_of_birth", "tools-field-date-of-birth", Input::Date),
                f("school", "tools-field-school", Input::Text),
                f("pickup", "tools-field-pickup", Input::Text),
                f("caregiver", "tools-field-caregiver", Input::Text),
                f("medical", "tools-field-child-medical", Input::Area),
            ],
        },
        Group {
            legend: "tools-form-contact",
            prefix: "contacts",
            rows: 4,
            fields: &[
                f("name", "tools-field-contact-name", Input::Text),
                f("phone", "tools-field-phone", Input::Tel),
                f("relation", "tools-field-relation", Input::Text),
                f("email", "tools-field-email", Input::Email),
            ],
        },
        Group {
            legend: "tools-form-lawyer",
            prefix: "lawyer",
            rows: 0,
            fields: &[
                f("name", "tools-field-lawyer-name", Input::Text),
                f("organization", "tools-field-organization", Input::Text),
                f("phone", "tools-field-phone", Input::Tel),
                f("email", "tools-field-email", Input::Email),
            ],
        },
        Group {
            legend: "tools-form-more",
            prefix: "",
            rows: 0,
            fields: &[
                f("medical", "tools-field-medical", Input::Area),
                f("medications", "tools-field-medications", Input::Area),
                f("papers_location", "tools-field-papers-location", Input::Area),
                f("money", "tools-field-money", Input::Area),
                f("say_fear", "tools-form-say-fear", Input::Check),
            ],
        },
    ],
    booleans: &[],
};

pub const TAKEN: Schema = Schema {
    groups: &[Group {
        legend: "tools-taken-search-with",
        prefix: "",
        rows: 0,
        fields: &[
            f("name", "tools-field-name", Input::Text),
            f("a_number", "tools-field-a-number", Input::Text).hint("tools-field-a-number-hint"),
            f("country_of_birth", "tools-field-country-of-birth", Input::Text),
            f("date_of_birth", "tools-field-date-of-birth", Input::Date),
            f("lawyer", "tools-field-lawyer-name", Input::Text),
        ],
    }],
    booleans: &[],
};

pub const PRESENCE: Schema = Schema {
    groups: &[
        Group {
            legend: "tools-presence-title",
            prefix: "",
            rows: 0,
            fields: &[f("as_of", "tools-field-as-of", Input::Date)],
        },
        Group {
            legend: "tools-form-paper",
            prefix: "papers",
            rows: 12,
            fields: &[
                f("kind", "tools-field-kind", Input::Kind),
                f("date", "tools-field-date", Input::Date),
                f("from", "tools-field-from", Input::Date),
                f("to", "tools-field-to", Input::Date),
                f("description", "tools-field-description", Input::Text),
                f("kept_at", "tools-field-kept-at", Input::Text),
            ],
        },
    ],
    booleans: &[],
};

pub const RECORD: Schema = Schema {
    groups: &[
        Group {
            legend: "tools-form-encounter",
            prefix: "",
            rows: 0,
            fields: &[
                f("when", "tools-field-when", Input::DateTime).required(),
                f("where", "tools-field-where", Input::Text).required(),
                f("agency", "tools-field-agency", Input::Text),
                f("written_by", "tools-field-written-by", Input::Text),
            ],
        },
        Group {
            legend: "tools-form-officer",
            prefix: "officers",
            rows: 3,
            fields: &[
                f("name", "tools-field-officer-name", Input::Text),
                f("badge", "tools-field-badge", Input::Text),
                f("description", "tools-field-description", Input::Text),
            ],
        },
        Group {
            legend: "tools-form-vehicle",
            prefix: "vehicles",
            rows: 3,
            fields: &[
                f("plate", "tools-field-plate", Input::Text),
                f("state", "tools-field-state", Input::Text),
                f("description", "tools-field-description", Input::Text),
            ],
        },
        Group {
            legend: "tools-form-what",
            prefix: "",
            rows: 0,
            fields: &[
                f("what_happened", "tools-field-what-happened", Input::Area).required(),
                f("paper_shown", "tools-field-paper-shown", Input::YesNo),
                f("paper", "tools-field-paper", Input::Text),
                f("warrant_check", "tools-field-warrant-check", Input::Text),
                f("injuries", "tools-field-injuries", Input::Area),
                f("recordings", "tools-field-recordings", Input::Area),
            ],
        },
        Group {
            legend: "tools-form-witness",
            prefix: "witnesses",
            rows: 3,
            fields: &[
                f("name", "tools-field-witness-name", Input::Text),
                f("phone", "tools-field-phone", Input::Tel),
            ],
        },
    ],
    booleans: &[],
};
