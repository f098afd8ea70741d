//! The record as the log stores it: each request, action and funding figure as a fixed, normalized JSON
//! shape (what a duplicate is compared by).

use serde_json::{Map, Value};

use super::{Action, Funding, Request, RequestKind};

impl Request {
    /// The normalized record (what the log stores and what a duplicate is compared by).
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("type".into(), self.kind.id().into());
        m.insert("id".into(), self.id.clone().into());
        m.insert("received_at".into(), self.received_at.text().into());
        let agency_key = if self.kind == RequestKind::AssistanceRequest {
            "receiving_agency"
        } else {
            "agency"
        };
        m.insert(agency_key.into(), self.agency.clone().into());
        m.insert("requested_by".into(), self.requested_by.id().into());
        if let Some(p) = &self.person {
            m.insert("person".into(), p.clone().into());
        }
        if self.kind == RequestKind::Detainer {
            m.insert("basis".into(), self.basis.map(|b| b.id()).into());
            if !self.i247a_boxes.is_empty() {
                m.insert(
                    "i247a_boxes".into(),
                    self.i247a_boxes.iter().map(|b| b.id()).collect::<Vec<_>>().into(),
                );
            }
        }
        if !self.info.is_empty() {
            m.insert(
                "info".into(),
                self.info.iter().map(|i| i.id()).collect::<Vec<_>>().into(),
            );
        }
        if let Some(d) = &self.description {
            m.insert("description".into(), d.clone().into());
        }
        if let Some(e) = self.exempt {
            m.insert("exempt".into(), e.id().into());
        }
        if let Some(c) = &self.case {
            for (k, v) in c {
                m.insert(k.clone(), v.clone());
            }
        }
        Value::Object(m)
    }
}

impl Action {
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("type".into(), "action".into());
        m.insert("ref".into(), self.reference.clone().into());
        m.insert("at".into(), self.at.text().into());
        m.insert("action".into(), self.action.id().into());
        m.insert("by".into(), self.by.clone().into());
        if let Some(n) = &self.note {
            m.insert("note".into(), n.clone().into());
        }
        Value::Object(m)
    }
}

impl Funding {
    pub fn to_json(&self) -> Value {
        serde_json::json!({
            "type": "scaap_funding",
            "id": self.id,
            "agency": self.agency.id(),
            "period": format!("{}/{}", self.from, self.to),
            "requested_usd": cents_text(self.requested_cents),
            "received_usd": cents_text(self.received_cents),
        })
    }
}

/// Cents as "1234.56".
pub fn cents_text(c: i64) -> String {
    format!("{}.{:02}", c / 100, c % 100)
}
