//! The audit trail: who changed what, when.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::Value;

use super::{Action, EntityKind};
use crate::platform::db::schema::audit_events;
use crate::platform::db::{DbConn, Id, StoreResult, Window, now};

#[derive(Debug, Clone, Queryable, Insertable)]
#[diesel(table_name = audit_events)]
pub struct AuditEvent {
    pub id: Id,
    pub at: NaiveDateTime,
    pub actor_id: Option<Id>,
    pub entity_type: EntityKind,
    pub entity_id: Id,
    pub park_id: Option<Id>,
    pub action: Action,
    /// JSON: `{"before": …, "after": …}` or the body of a transition.
    pub changes: String,
}

pub struct Record {
    pub actor_id: Option<Id>,
    pub entity_type: EntityKind,
    pub entity_id: Id,
    pub park_id: Option<Id>,
    pub action: Action,
    pub changes: Value,
}

pub fn record(conn: &mut DbConn, r: Record) -> StoreResult<()> {
    let row = AuditEvent {
        id: Id::new(),
        at: now(),
        actor_id: r.actor_id,
        entity_type: r.entity_type,
        entity_id: r.entity_id,
        park_id: r.park_id,
        action: r.action,
        changes: r.changes.to_string(),
    };
    diesel::insert_into(audit_events::table)
        .values(&row)
        .execute(conn)?;
    Ok(())
}

pub struct Filter {
    pub entity_type: Option<EntityKind>,
    pub entity_id: Option<Id>,
    /// `None`: every park (admins); otherwise events of these parks only.
    pub parks: Option<Vec<Id>>,
}

pub fn list(conn: &mut DbConn, f: &Filter, window: Window) -> StoreResult<(Vec<AuditEvent>, i64)> {
    let build = || {
        let mut q = audit_events::table.into_boxed();
        if let Some(t) = &f.entity_type {
            q = q.filter(audit_events::entity_type.eq(*t));
        }
        if let Some(id) = f.entity_id {
            q = q.filter(audit_events::entity_id.eq(id));
        }
        if let Some(p) = &f.parks {
            q = q.filter(audit_events::park_id.eq_any(p.clone()));
        }
        q
    };
    let total = build().count().get_result(conn)?;
    let items = build()
        .order((audit_events::at.desc(), audit_events::id.desc()))
        .limit(window.limit)
        .offset(window.offset)
        .load(conn)?;
    Ok((items, total))
}
