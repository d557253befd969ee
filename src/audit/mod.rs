//! Recording changes in the audit trail: who, when, what changed.

pub mod http;
pub mod model;
pub mod store;

use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::access::CurrentUser;
use crate::audit::store as audit;
use crate::audit::store::Record;
use crate::platform::db::{DbConn, Id};
use crate::platform::error::AppResult;

/// What an event is about.
pub struct Entity<'a> {
    pub kind: &'a str,
    pub id: Id,
    pub park_id: Option<Id>,
}

pub fn record(
    conn: &mut DbConn,
    user: Option<&CurrentUser>,
    e: Entity,
    action: &str,
    changes: Value,
) -> AppResult<()> {
    audit::record(
        conn,
        Record {
            actor_id: user.map(|u| u.id),
            entity_type: e.kind,
            entity_id: e.id,
            park_id: e.park_id,
            action,
            changes,
        },
    )
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
        "create",
        json!({ "after": to_json(after) }),
    )
}

/// An updated record: only the fields that changed, before and after.
pub fn updated<T: Serialize>(
    conn: &mut DbConn,
    user: &CurrentUser,
    e: Entity,
    before: &Value,
    after: &T,
) -> AppResult<()> {
    record(conn, Some(user), e, "update", diff(before, &to_json(after)))
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
        "delete",
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
