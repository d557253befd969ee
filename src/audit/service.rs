//! Reading the audit trail.

use super::EntityKind;
use super::store::{self, AuditEvent, Filter};
use crate::access::{self, AuditScope, CurrentUser};
use crate::leasing::application::service as applications;
use crate::platform::db::{DbConn, Id, Window};
use crate::platform::error::AppResult;

/// The trail, newest first, as far as the caller may read it.
pub fn list(
    c: &mut DbConn,
    user: &CurrentUser,
    entity_type: Option<EntityKind>,
    entity_id: Option<Id>,
    window: Window,
) -> AppResult<(Vec<AuditEvent>, i64)> {
    let application = match (entity_type, entity_id) {
        (Some(EntityKind::Application), Some(id)) => Some(id),
        _ => None,
    };
    let parks = match access::audit(user, application)? {
        AuditScope::All => None,
        AuditScope::Application(id) => {
            applications::visible(c, user, id)?;
            None
        }
        AuditScope::Parks(parks) => Some(parks),
    };
    let filter = Filter {
        entity_type,
        entity_id,
        parks,
    };
    Ok(store::list(c, &filter, window)?)
}
