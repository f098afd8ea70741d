//! Writing an action: the checks it must pass against its request, and a repeated line told apart.

use serde_json::json;

use crate::error::FieldError;
use crate::event::Action;
use crate::store::Appender;

use super::lookup::{ActionKey, Known, Lookup};
use super::write::{WriteError, Written, append_with_row};

/// The checks an action must pass against its request.
pub(super) fn check_action(act: &Action, k: Option<&Known>, prefix: &str) -> Result<(), FieldError> {
    let f = |name: &str| format!("{prefix}{name}");
    let Some(k) = k else {
        return Err(FieldError::new(
            f("ref"),
            format!("unknown request id {:?}: record the request first", act.reference),
        ));
    };
    if k.withdrawn {
        return Err(FieldError::new(
            f("ref"),
            format!(
                "{} was withdrawn as recorded in error (entry {}): no action can be recorded on it; a correction of the request reinstates it",
                k.id, k.seq
            ),
        ));
    }
    if act.action.answers() != k.kind {
        return Err(FieldError::new(
            f("action"),
            format!(
                "{} answers a {}; {} is a {}",
                act.action.id(),
                act.action.answers().id(),
                k.id,
                k.kind.id()
            ),
        ));
    }
    if act.at.before(&k.received_at) {
        return Err(FieldError::new(
            f("at"),
            format!(
                "{} is before the request {} was received ({})",
                act.at.text(),
                k.id,
                k.received_at.text()
            ),
        ));
    }
    Ok(())
}

pub(super) async fn write_action(
    a: &mut Appender,
    look: &mut Lookup,
    actor: &str,
    act: Action,
) -> Result<Written, WriteError> {
    let k = look.request(a, &act.reference).await?;
    check_action(&act, k.as_ref(), "")?;
    let key = ActionKey {
        at: act.at.text(),
        action: act.action.id().to_owned(),
        by: act.by.clone(),
        note: act.note.clone(),
    };
    let known = look.actions.entry(act.reference.clone()).or_default();
    if let Some((seq, _)) = known.iter().find(|(_, k)| *k == key) {
        return Ok(Written::Already(*seq));
    }
    let body = json!({ "record": act.to_json(), "corrects": null }).to_string();
    let seq = append_with_row(a, actor, "action", &act.reference, body)?;
    look.actions.entry(act.reference.clone()).or_default().push((seq, key));
    Ok(Written::Entry(seq))
}
