//! Which operators manage which park. Admins assign; a park's operators see
//! who else manages it.

use serde_json::json;

use super::store;
use crate::access::{self, CurrentUser};
use crate::accounts::users::model::UserOut;
use crate::accounts::users::store::User;
use crate::audit::{self, Action, Entity, EntityKind};
use crate::domain::Role;
use crate::inventory::park::store::Park;
use crate::platform::db::{DbConn, Id, Versioned, Window};
use crate::platform::error::{AppError, AppResult};

fn record(
    c: &mut DbConn,
    user: &CurrentUser,
    park_id: Id,
    action: Action,
    user_id: Id,
) -> AppResult<()> {
    let e = Entity::new(EntityKind::Park, park_id, Some(park_id));
    audit::record(c, Some(user), e, action, json!({"user_id": user_id}))
}

/// Operators of a park. Admins, and the park's operators.
pub fn list(
    c: &mut DbConn,
    user: &CurrentUser,
    park_id: Id,
    window: Window,
) -> AppResult<(Vec<UserOut>, i64)> {
    Park::get(c, park_id)?;
    access::require_park_staff(user, park_id)?;
    let (ids, total) = store::user_ids_of(c, park_id, window)?;
    let mut out = Vec::new();
    for uid in ids {
        let u = User::get(c, uid)?;
        let parks = store::park_ids_of(c, uid)?;
        out.push(UserOut::new(u, parks));
    }
    Ok((out, total))
}

/// Lets an operator manage a park. Admin only. Idempotent.
pub fn assign(c: &mut DbConn, user: &CurrentUser, park_id: Id, user_id: Id) -> AppResult<()> {
    user.require_admin()?;
    Park::get(c, park_id)?;
    let u = User::get(c, user_id)?;
    if u.role != Role::Operator {
        return Err(AppError::field(
            "user_id",
            "not_operator",
            crate::text!("problem-not-an-operator", role = u.role.label()),
        ));
    }
    if store::assign(c, park_id, user_id)? {
        record(c, user, park_id, Action::AssignOperator, user_id)?;
    }
    Ok(())
}

/// Takes a park away from an operator. Admin only.
pub fn unassign(c: &mut DbConn, user: &CurrentUser, park_id: Id, user_id: Id) -> AppResult<()> {
    user.require_admin()?;
    if !store::unassign(c, park_id, user_id)? {
        return Err(AppError::NotFound(crate::text!(
            "problem-not-operator-of-park"
        )));
    }
    record(c, user, park_id, Action::UnassignOperator, user_id)
}
