//! Registering a tenant organisation with its first user, and logging in.
//! Password hashing runs off the async workers and outside any transaction:
//! argon2 is deliberately slow and must not hold SQLite's write lock.

use super::model::Register;
use super::store;
use super::throttle::{self, ThrottlePolicy};
use crate::access::CurrentUser;
use crate::accounts::tenants::store::{self as tenants, Tenant};
use crate::accounts::users::service::{self as users, NewAccount};
use crate::accounts::users::store::{self as user_store, User};
use crate::domain::{Id, Role};
use crate::platform::auth::password;
use crate::platform::db::{self, DbConn, DbPool, Versioned, now};
use crate::platform::error::{AppError, AppResult};

/// Creates the organisation and its first (tenant) user.
pub async fn register(pool: &DbPool, new: Register) -> AppResult<(User, Tenant)> {
    let plain = new.password.clone();
    let hash = password::in_slot(move || users::hash_password(&plain)).await?;
    db::write(pool, move |c| {
        let org = new.organization.into_row();
        if let Some(code) = &org.credit_code
            && tenants::credit_code_taken(c, code, None)?
        {
            return Err(AppError::Conflict(crate::text!(
                "problem-credit-code-taken"
            )));
        }
        org.insert(c)?;
        let account = NewAccount {
            email: new.email,
            display_name: new.display_name,
            role: Role::Tenant,
            tenant_id: Some(org.id),
        };
        let u = users::create_account(c, account, hash)?;
        Ok((u, org))
    })
    .await
}

/// The user whose password this is, with an operator's parks; 401 for a
/// wrong email or password alike, 429 once the email or the address has
/// failed too often. `address` is the client's, as the edge saw it.
pub async fn login(
    pool: &DbPool,
    policy: ThrottlePolicy,
    email: String,
    plain: String,
    address: &str,
) -> AppResult<(User, Vec<Id>)> {
    let email_key = throttle::email_key(&email);
    let address_key = throttle::address_key(address);
    // Counted as a failure up front; a right password takes it back.
    let counted = db::write(pool, {
        let (email_key, address_key) = (email_key.clone(), address_key.clone());
        move |c| throttle::reserve(c, policy, &email_key, &address_key, now())
    })
    .await?;
    let (found, park_ids) = db::read(pool, move |c| {
        let u = user_store::find_by_email(c, &email)?;
        let parks = match &u {
            Some(u) => users::managed_parks(c, u)?,
            None => Vec::new(),
        };
        Ok((u, parks))
    })
    .await?;
    let verified = password::in_slot(move || {
        Ok(match found {
            Some(u) if !u.disabled => password::verify(&plain, &u.password_hash).then_some(u),
            _ => {
                password::verify_dummy(&plain);
                None
            }
        })
    })
    .await?;
    let Some(u) = verified else {
        return Err(AppError::Unauthorized(crate::text!("problem-wrong-login")));
    };
    db::write(pool, move |c| {
        throttle::release(c, &counted, &email_key, &address_key, now())
    })
    .await?;
    Ok((u, park_ids))
}

/// Ends the token the caller came with; the user's other tokens live on.
pub fn logout(conn: &mut DbConn, user: &CurrentUser) -> AppResult<()> {
    let Some((jti, exp)) = user.token else {
        return Err(AppError::BadRequest(crate::text!(
            "problem-token-without-id"
        )));
    };
    let expires_at = chrono::DateTime::from_timestamp(exp, 0)
        .map(|t| t.naive_utc())
        .unwrap_or_else(now);
    Ok(store::revoke(conn, jti, expires_at)?)
}

/// Logouts of tokens that have expired need no remembering.
pub fn forget_expired_logouts(conn: &mut DbConn) -> AppResult<()> {
    store::forget_expired_revocations(conn, now())?;
    Ok(())
}

/// The caller behind a verified token, re-read on every request: a disabled
/// or deleted user, one given another role, or one whose password changed
/// since the token (`session_version`), loses the old rights at once.
pub async fn caller(
    pool: &DbPool,
    user_id: Id,
    session_version: i32,
    token: Option<(Id, i64)>,
) -> AppResult<CurrentUser> {
    let found = db::read(pool, move |conn| {
        if let Some((jti, _)) = token
            && store::is_revoked(conn, jti)?
        {
            return Err(AppError::Unauthorized(crate::text!(
                "problem-token-logged-out"
            )));
        }
        let Some(u) = User::find(conn, user_id)? else {
            return Ok(None);
        };
        let park_ids = users::managed_parks(conn, &u)?;
        Ok(Some((u, park_ids)))
    })
    .await?;
    match found {
        Some((u, _)) if u.session_version != session_version => Err(AppError::Unauthorized(
            crate::text!("problem-token-password-changed"),
        )),
        Some((u, park_ids)) if !u.disabled => Ok(CurrentUser {
            id: u.id,
            email: u.email,
            display_name: u.display_name,
            role: u.role,
            tenant_id: u.tenant_id,
            park_ids,
            token,
        }),
        _ => Err(AppError::Unauthorized(crate::text!("problem-account-gone"))),
    }
}
