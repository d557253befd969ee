use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use crate::audit::store::AuditEvent;
use crate::audit::{Action, EntityKind};
use crate::platform::db::Id;
use crate::platform::time::utc;

/// One change: who did what to which record, when.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEventOut {
    pub id: Id,
    pub at: DateTime<Utc>,
    /// The user who made the change; null for the system (offer expiry).
    pub actor_id: Option<Id>,
    pub entity_type: EntityKind,
    pub entity_id: Id,
    pub park_id: Option<Id>,
    /// `create`, `update`, `delete`, or a transition.
    pub action: Action,
    /// What changed. Updates: `{field: {before, after}}` for each field that
    /// changed; creates: `{after: <record>}`; deletes: `{before: <record>}`;
    /// transitions: what they moved (`{from, to}` of a status, the lease an
    /// accepted offer made, the units held); `null` when nothing more is said
    /// (an offer that expired, was declined or withdrawn).
    #[schema(value_type = Option<std::collections::HashMap<String, serde_json::Value>>)]
    pub changes: serde_json::Value,
}

impl From<AuditEvent> for AuditEventOut {
    fn from(e: AuditEvent) -> Self {
        Self {
            id: e.id,
            at: utc(e.at),
            actor_id: e.actor_id,
            entity_type: e.entity_type,
            entity_id: e.entity_id,
            park_id: e.park_id,
            action: e.action,
            changes: serde_json::from_str(&e.changes).unwrap_or(serde_json::Value::Null),
        }
    }
}
