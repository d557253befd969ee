//! Creating accounts: shared by registration, `POST /users`, the `user
//! create` command, the first-admin bootstrap and the demo data.

use crate::accounts::tenants::store as tenant;
use crate::accounts::users::store as user;
use crate::accounts::users::store::User;
use crate::domain::Role;
use crate::platform::auth::password;
use crate::platform::db::{DbConn, Id, now};
use crate::platform::error::{AppError, AppResult};

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
            "a tenant user needs a tenant_id",
        )),
        (Role::Tenant, Some(id)) => {
            if tenant::find(conn, id)?.is_none() {
                return Err(AppError::field(
                    "tenant_id",
                    "unknown_tenant",
                    format!("no tenant with id {id}"),
                ));
            }
            Ok(())
        }
        (_, Some(_)) => Err(AppError::field(
            "tenant_id",
            "not_allowed",
            "only tenant users belong to a tenant",
        )),
        (_, None) => Ok(()),
    }
}

/// Hashes outside any transaction: argon2 is deliberately slow and must not
/// hold SQLite's write lock.
pub fn hash_password(plain: &str) -> AppResult<String> {
    password::hash(plain).map_err(AppError::Internal)
}

pub fn create(conn: &mut DbConn, a: NewAccount, password_hash: String) -> AppResult<User> {
    let email = a.email.trim().to_lowercase();
    if user::email_taken(conn, &email)? {
        return Err(AppError::Conflict(format!(
            "an account with email {email} exists"
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
    user::insert(conn, &row)?;
    Ok(row)
}
