//! Recording changes in the audit trail: who, when, what changed.

pub mod http;
pub mod model;
pub mod service;
pub mod store;

use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::access::CurrentUser;
use crate::audit::store::Record;
use crate::domain::ApplicationAction;
use crate::platform::db::{DbConn, Id};
use crate::platform::error::AppResult;

crate::text_enum! {
    /// What kind of record an event is about.
    pub enum EntityKind {
        Park => "park",
        Building => "building",
        FreightLift => "freight_lift",
        Floor => "floor",
        Unit => "unit",
        Application => "application",
        Offer => "offer",
        Lease => "lease",
        Tenant => "tenant",
        User => "user",
    }
}

crate::text_enum! {
    /// What happened to it.
    pub enum Action {
        Create => "create",
        Update => "update",
        Delete => "delete",
        Submit => "submit",
        Review => "review",
        Reject => "reject",
        Withdraw => "withdraw",
        Accept => "accept",
        Decline => "decline",
        Expire => "expire",
        Terminate => "terminate",
        AssignOperator => "assign_operator",
        UnassignOperator => "unassign_operator",
    }
}

impl From<ApplicationAction> for Action {
    fn from(a: ApplicationAction) -> Self {
        match a {
            ApplicationAction::Submit => Self::Submit,
            ApplicationAction::Review => Self::Review,
            ApplicationAction::Reject => Self::Reject,
            ApplicationAction::Withdraw => Self::Withdraw,
        }
    }
}

/// What an event is about: the record, and the park it belongs to (none for
/// records that span parks: applications, tenants, users).
#[derive(Debug, Clone, Copy)]
pub struct Entity {
    pub kind: EntityKind,
    pub id: Id,
    pub park_id: Option<Id>,
}

impl Entity {
    pub fn new(kind: EntityKind, id: Id, park_id: Option<Id>) -> Self {
        Self { kind, id, park_id }
    }
}

/// Records one event; `user` is none for the system (offer expiry).
pub fn record(
    conn: &mut DbConn,
    user: Option<&CurrentUser>,
    e: Entity,
    action: Action,
    changes: Value,
) -> AppResult<()> {
    store::record(
        conn,
        Record {
            actor_id: user.map(|u| u.id),
            entity_type: e.kind,
            entity_id: e.id,
            park_id: e.park_id,
            action,
            changes,
        },
    )?;
    Ok(())
}

/// A created record: its whole state.
pub fn created<T: Serialize>(
    conn: &mut DbConn,
    user: &CurrentUser,
    e: Entity,
    after: &T,
) -> AppResult<()> {
    record(
        conn,
        Some(user),
        e,
        Action::Create,
        json!({ "after": to_json(after) }),
    )
}

/// An updated record: only the fields that changed, before and after.
pub fn updated<T: Serialize>(
    conn: &mut DbConn,
    user: &CurrentUser,
    e: Entity,
    before: &T,
    after: &T,
) -> AppResult<()> {
    let changes = diff(&to_json(before), &to_json(after));
    record(conn, Some(user), e, Action::Update, changes)
}

/// A deleted record: its last state.
pub fn deleted<T: Serialize>(
    conn: &mut DbConn,
    user: &CurrentUser,
    e: Entity,
    before: &T,
) -> AppResult<()> {
    record(
        conn,
        Some(user),
        e,
        Action::Delete,
        json!({ "before": to_json(before) }),
    )
}

pub fn to_json<T: Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

/// `{field: {before, after}}` for each top-level field that differs, leaving
/// out the bookkeeping that changes on every write.
pub fn diff(before: &Value, after: &Value) -> Value {
    let empty = Map::new();
    let b = before.as_object().unwrap_or(&empty);
    let a = after.as_object().unwrap_or(&empty);
    let mut out = Map::new();
    for (k, av) in a {
        if matches!(k.as_str(), "version" | "updated_at") {
            continue;
        }
        let bv = b.get(k).unwrap_or(&Value::Null);
        if bv != av {
            out.insert(k.clone(), json!({"before": bv, "after": av}));
        }
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_keeps_only_changed_fields() {
        let before = json!({"name": "A", "area_m2": 10.0, "version": 1, "updated_at": "x"});
        let after = json!({"name": "B", "area_m2": 10.0, "version": 2, "updated_at": "y"});
        assert_eq!(
            diff(&before, &after),
            json!({"name": {"before": "A", "after": "B"}})
        );
    }
}
