//! Failed logins, one row per key, kept in the database so that the limit
//! holds across every instance.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::platform::db::schema::{known_addresses, login_failures, revoked_tokens};
use crate::platform::db::{DbConn, Id, StoreResult};

/// The key's failures after `since`, newest first, at most `limit`.
pub fn recent_failures(
    conn: &mut DbConn,
    key: &str,
    since: NaiveDateTime,
    limit: i64,
) -> StoreResult<Vec<NaiveDateTime>> {
    Ok(login_failures::table
        .filter(login_failures::throttle_key.eq(key))
        .filter(login_failures::failed_at.gt(since))
        .select(login_failures::failed_at)
        .order(login_failures::failed_at.desc())
        .limit(limit)
        .load(conn)?)
}

/// Appends a failure at `now`, dropping the key's failures up to `expired`;
/// the new row's id.
pub fn record_failure(
    conn: &mut DbConn,
    key: &str,
    expired: NaiveDateTime,
    now: NaiveDateTime,
) -> StoreResult<Id> {
    diesel::delete(
        login_failures::table
            .filter(login_failures::throttle_key.eq(key))
            .filter(login_failures::failed_at.le(expired)),
    )
    .execute(conn)?;
    let id = Id::new();
    diesel::insert_into(login_failures::table)
        .values((
            login_failures::id.eq(id),
            login_failures::throttle_key.eq(key),
            login_failures::failed_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Takes these failures back.
pub fn forget(conn: &mut DbConn, ids: &[Id]) -> StoreResult<()> {
    diesel::delete(login_failures::table.filter(login_failures::id.eq_any(ids))).execute(conn)?;
    Ok(())
}

pub fn clear(conn: &mut DbConn, key: &str) -> StoreResult<()> {
    diesel::delete(login_failures::table.filter(login_failures::throttle_key.eq(key)))
        .execute(conn)?;
    Ok(())
}

/// Ends one token until `expires_at` (when it would have ended anyway).
pub fn revoke(conn: &mut DbConn, jti: Id, expires_at: NaiveDateTime) -> StoreResult<()> {
    // Logging out twice is no error.
    if is_revoked(conn, jti)? {
        return Ok(());
    }
    diesel::insert_into(revoked_tokens::table)
        .values((
            revoked_tokens::jti.eq(jti),
            revoked_tokens::expires_at.eq(expires_at),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn is_revoked(conn: &mut DbConn, jti: Id) -> StoreResult<bool> {
    Ok(revoked_tokens::table
        .find(jti)
        .count()
        .get_result::<i64>(conn)?
        > 0)
}

/// Forgets revocations of tokens that have expired.
pub fn forget_expired_revocations(conn: &mut DbConn, now: NaiveDateTime) -> StoreResult<usize> {
    Ok(
        diesel::delete(revoked_tokens::table.filter(revoked_tokens::expires_at.le(now)))
            .execute(conn)?,
    )
}

/// Whether the account has logged in from this address before.
pub fn is_known(conn: &mut DbConn, email_key: &str, address_key: &str) -> StoreResult<bool> {
    Ok(known_addresses::table
        .find((email_key, address_key))
        .count()
        .get_result::<i64>(conn)?
        > 0)
}

/// Remembers that the account logged in from this address.
pub fn remember(
    conn: &mut DbConn,
    email_key: &str,
    address_key: &str,
    now: NaiveDateTime,
) -> StoreResult<()> {
    let known = known_addresses::table.find((email_key, address_key));
    if diesel::update(known)
        .set(known_addresses::last_seen_at.eq(now))
        .execute(conn)?
        == 0
    {
        diesel::insert_into(known_addresses::table)
            .values((
                known_addresses::email_key.eq(email_key),
                known_addresses::address_key.eq(address_key),
                known_addresses::last_seen_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}
