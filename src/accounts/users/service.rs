//! User accounts. `create_account` is shared by registration, `POST
//! /users`, the `user create` command, the first-admin bootstrap and the
//! demo data.

use serde_json::json;

use super::model::{CreateUser, PatchUser, UserOut};
use super::store::{self, User};
use crate::access::{self, CurrentUser};
use crate::accounts::operators::store as operators;
use crate::accounts::tenants::store::Tenant;
use crate::audit::{self, Action, Entity, EntityKind};
use crate::domain::Role;
use crate::platform::auth::password;
use crate::platform::db::{self, DbConn, DbPool, Expected, Id, Versioned, Window, now};
use crate::platform::error::{AppError, AppResult};

fn entity(id: Id) -> Entity {
    Entity::new(EntityKind::User, id, None)
}

/// The parks an operator manages; none for other roles.
pub fn managed_parks(c: &mut DbConn, u: &User) -> AppResult<Vec<Id>> {
    if u.role == Role::Operator {
        Ok(operators::park_ids_of(c, u.id)?)
    } else {
        Ok(Vec::new())
    }
}

/// The account as shown: an operator's with its parks.
pub fn shown(c: &mut DbConn, u: User) -> AppResult<UserOut> {
    let parks = managed_parks(c, &u)?;
    Ok(UserOut::new(u, parks))
}

pub struct NewAccount {
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub tenant_id: Option<Id>,
}

/// A tenant user belongs to exactly one tenant organisation; staff to none.
pub fn check_role_tenant(conn: &mut DbConn, role: Role, tenant_id: Option<Id>) -> AppResult<()> {
    match (role, tenant_id) {
        (Role::Tenant, None) => Err(AppError::field(
            "tenant_id",
            "required",
            crate::text!("problem-tenant-user-needs-tenant"),
        )),
        (Role::Tenant, Some(id)) => {
            if Tenant::find(conn, id)?.is_none() {
                return Err(AppError::field(
                    "tenant_id",
                    "unknown_tenant",
                    crate::text!("problem-unknown-tenant", id = id.to_string()),
                ));
            }
            Ok(())
        }
        (_, Some(_)) => Err(AppError::field(
            "tenant_id",
            "not_allowed",
            crate::text!("problem-only-tenant-users-have-tenant"),
        )),
        (_, None) => Ok(()),
    }
}

/// Hashes outside any transaction: argon2 is deliberately slow and must not
/// hold SQLite's write lock.
pub fn hash_password(plain: &str) -> AppResult<String> {
    password::hash(plain).map_err(AppError::Internal)
}

pub fn create_account(conn: &mut DbConn, a: NewAccount, password_hash: String) -> AppResult<User> {
    let email = a.email.trim().to_lowercase();
    if store::email_taken(conn, &email)? {
        return Err(AppError::Conflict(crate::text!(
            "problem-email-taken",
            email = email.to_string()
        )));
    }
    check_role_tenant(conn, a.role, a.tenant_id)?;
    let t = now();
    let row = User {
        id: Id::new(),
        email,
        password_hash,
        display_name: a.display_name,
        role: a.role,
        tenant_id: a.tenant_id,
        disabled: false,
        version: 1,
        created_at: t,
        updated_at: t,
        session_version: 0,
    };
    row.insert(conn)?;
    Ok(row)
}

/// Users, by email. Admin only.
pub fn list(
    c: &mut DbConn,
    user: &CurrentUser,
    role: Option<Role>,
    window: Window,
) -> AppResult<(Vec<UserOut>, i64)> {
    user.require_admin()?;
    let (rows, total) = store::list(c, role, window)?;
    let shown = rows
        .into_iter()
        .map(|u| shown(c, u))
        .collect::<AppResult<Vec<_>>>()?;
    Ok((shown, total))
}

/// One account: its owner and admins.
pub fn get(c: &mut DbConn, user: &CurrentUser, id: Id) -> AppResult<UserOut> {
    access::require_user(user, id)?;
    let u = User::get(c, id)?;
    shown(c, u)
}

/// Creates a user of any role. Admin only.
pub async fn create(pool: &DbPool, user: CurrentUser, new: CreateUser) -> AppResult<UserOut> {
    user.require_admin()?;
    let plain = new.password.clone();
    let hash = password::in_slot(move || hash_password(&plain)).await?;
    db::write(pool, move |c| {
        let account = NewAccount {
            email: new.email,
            display_name: new.display_name,
            role: new.role,
            tenant_id: new.tenant_id,
        };
        let u = create_account(c, account, hash)?;
        let o = shown(c, u)?;
        audit::created(c, &user, entity(o.id), &o)?;
        Ok(o)
    })
    .await
}

/// A user changing their own password proves they know the current one.
async fn confirm_current_password(pool: &DbPool, id: Id, current: Option<String>) -> AppResult<()> {
    let Some(current) = current else {
        return Err(AppError::field(
            "current_password",
            "required",
            crate::text!("problem-current-password-required"),
        ));
    };
    let stored = db::read(pool, move |c| Ok(User::get(c, id)?.password_hash)).await?;
    if password::in_slot(move || Ok(password::verify(&current, &stored))).await? {
        Ok(())
    } else {
        Err(AppError::field(
            "current_password",
            "wrong_password",
            crate::text!("problem-current-password-wrong"),
        ))
    }
}

/// Admins change anything but their own role and access; a user changes
/// their own display name and password only.
pub async fn update(
    pool: &DbPool,
    user: CurrentUser,
    id: Id,
    expected: Expected,
    change: PatchUser,
) -> AppResult<UserOut> {
    access::require_user(&user, id)?;
    let is_self = user.id == id;
    if !user.is_admin()
        && (change.disabled.is_some() || change.role.is_some() || change.tenant_id.is_some())
    {
        return Err(AppError::Forbidden(crate::text!(
            "problem-admin-only-user-fields"
        )));
    }
    if is_self
        && (change.disabled == Some(true)
            || change.role.is_some_and(|r| r != Role::Admin) && user.is_admin())
    {
        return Err(AppError::Conflict(crate::text!(
            "problem-admin-demotes-self"
        )));
    }
    if is_self && change.password.is_some() {
        confirm_current_password(pool, id, change.current_password.clone()).await?;
    }
    let new_hash = match change.password.clone() {
        Some(plain) => Some(password::in_slot(move || hash_password(&plain)).await?),
        None => None,
    };
    db::write(pool, move |c| {
        let mut row = User::get_for_change(c, id)?;
        let before = shown(c, row.clone())?;
        expected.check(User::WHAT, row.version)?;
        let old_role = row.role;
        if let Some(v) = change.display_name {
            row.display_name = v;
        }
        if let Some(v) = change.disabled {
            // Disabling ends every token at once; so does enabling again, so
            // that tokens from before the account was disabled stay dead.
            if v != row.disabled {
                row.session_version += 1;
            }
            row.disabled = v;
        }
        if let Some(v) = change.role {
            row.role = v;
        }
        if let Some(v) = change.tenant_id {
            row.tenant_id = v;
        }
        let password_changed = new_hash.is_some();
        if let Some(h) = new_hash {
            row.password_hash = h;
            row.session_version += 1;
        }
        check_role_tenant(c, row.role, row.tenant_id)?;
        if old_role == Role::Operator && row.role != Role::Operator {
            operators::unassign_all_of_user(c, id)?;
        }
        row.save(c)?;
        let after = shown(c, row)?;
        let mut changes = audit::diff(&audit::to_json(&before), &audit::to_json(&after));
        if password_changed {
            // The hash itself is never recorded.
            changes["password"] = json!("changed");
        }
        audit::record(c, Some(&user), entity(id), Action::Update, changes)?;
        Ok(after)
    })
    .await
}

/// Deletes a user; their tokens stop working at once. Admin only.
pub fn delete(c: &mut DbConn, user: &CurrentUser, id: Id, expected: &Expected) -> AppResult<()> {
    access::require_user(user, id)?;
    user.require_admin()?;
    if user.id == id {
        return Err(AppError::Conflict(crate::text!(
            "problem-admin-deletes-self"
        )));
    }
    let row = User::get_for_change(c, id)?;
    expected.check(User::WHAT, row.version)?;
    let last = shown(c, row)?;
    audit::deleted(c, user, entity(id), &last)?;
    Ok(User::delete(c, id)?)
}
