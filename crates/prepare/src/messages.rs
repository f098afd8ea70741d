//! Messages written ahead: from the plan, for each contact, the text to send if the person is detained, and
//! links that open the phone's own SMS or mail app with it ready (`sms:`, `mailto:`). Nothing is sent by
//! Amparo; the person presses send, or not.

use amparo_guide::{Guide, GuideError, MessageArg};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;

use crate::fields::{Email, Phone};
use crate::plan::Plan;

/// Characters left as they are in a URI component (RFC 3986 unreserved); everything else is %-encoded, so a
/// message with `&`, `?`, `#` or a line break cannot break its link.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

fn encode(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

/// An `sms:` link with the text ready. The `;?&body=` form opens the text prefilled on both Android and iOS.
pub fn sms_link(phone: &Phone, text: &str) -> String {
    format!("sms:{};?&body={}", phone.e164(), encode(text))
}

/// A `mailto:` link with subject and body ready (RFC 6068: line breaks as CRLF).
pub fn mailto_link(to: &Email, subject: &str, body: &str) -> String {
    format!(
        "mailto:{}?subject={}&body={}",
        encode(to.as_str()).replace("%40", "@"),
        encode(subject),
        encode(&body.replace("\r\n", "\n").replace('\n', "\r\n"))
    )
}

/// One message written ahead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    /// Who it is for (a contact's name, or the lawyer's).
    pub to: String,
    pub relation: Option<String>,
    pub text: String,
    pub sms: Option<String>,
    pub mailto: Option<String>,
}

/// The messages for every contact and for the lawyer, in `locale`.
pub fn messages(plan: &Plan, locale: &str) -> Result<Vec<Message>, GuideError> {
    let g = Guide::get();
    let arg = |s: &str| MessageArg::Text(s.to_string());
    let mut family = vec![g.message(locale, "tools-msg-detained")?];
    if let Some(l) = &plan.lawyer {
        match &l.phone {
            Some(p) => family.push(g.message_args(
                locale,
                "tools-msg-call-lawyer",
                &[("lawyer", arg(&l.name)), ("phone", arg(&p.to_string()))],
            )?),
            None => {
                family.push(g.message_args(locale, "tools-msg-call-lawyer-no-phone", &[("lawyer", arg(&l.name))])?)
            }
        }
    }
    let a_number = match &plan.person.a_number {
        Some(a) => Some(g.message_args(locale, "tools-msg-a-number", &[("a_number", arg(&a.to_string()))])?),
        None => None,
    };
    family.extend(a_number.clone());
    if !plan.children.is_empty() {
        family.push(g.message(locale, "tools-msg-children")?);
    }
    family.push(g.message_args(locale, "tools-msg-from", &[("name", arg(&plan.person.name))])?);
    let family = family.join(" ");
    let subject = g.message(locale, "tools-msg-subject")?;
    let mut out: Vec<Message> = plan
        .contacts
        .iter()
        .map(|c| Message {
            to: c.name.clone(),
            relation: c.relation.clone(),
            sms: Some(sms_link(&c.phone, &family)),
            mailto: c.email.as_ref().map(|e| mailto_link(e, &subject, &family)),
            text: family.clone(),
        })
        .collect();
    if let Some(l) = &plan.lawyer {
        let mut text = vec![g.message_args(locale, "tools-msg-to-lawyer", &[("name", arg(&plan.person.name))])?];
        text.extend(a_number);
        if let Some(d) = plan.person.date_of_birth {
            text.push(g.message_args(locale, "tools-msg-born", &[("date", arg(&d.to_string()))])?);
        }
        let text = text.join(" ");
        out.push(Message {
            to: l.name.clone(),
            relation: l.organization.clone(),
            sms: l.phone.as_ref().map(|p| sms_link(p, &text)),
            mailto: l.email.as_ref().map(|e| mailto_link(e, &subject, &text)),
            text,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_carry_the_text_encoded() {
        let p = Phone::parse("212-555-0100").expect("phone");
        assert_eq!(
            sms_link(&p, "A & B? #1"),
            "sms:+12125550100;?&body=A%20%26%20B%3F%20%231"
        );
        let e = Email::parse("rosa@example.org").expect("email");
        assert_eq!(
            mailto_link(&e, "Hola", "línea 1\nlínea 2"),
            "mailto:rosa@example.org?subject=Hola&body=l%C3%ADnea%201%0D%0Al%C3%ADnea%202"
        );
    }
}
