//! Login throttling, kept in the database so that it holds across every API
//! instance behind a load balancer. A failed login appends one row per key
//! (the email, and the client address); a key with too many rows inside the
//! window is refused with 429 until the oldest falls out.

use chrono::{Duration, NaiveDateTime};

use super::store;
use crate::platform::db::{DbConn, Id, locks};
use crate::platform::error::{AppError, AppResult};

#[derive(Debug, Clone, Copy)]
pub struct ThrottlePolicy {
    pub window_seconds: i64,
    pub max_failures_per_email: i64,
    pub max_failures_per_address: i64,
}

impl Default for ThrottlePolicy {
    fn default() -> Self {
        Self {
            window_seconds: 900,
            max_failures_per_email: 5,
            max_failures_per_address: 30,
        }
    }
}

pub fn email_key(email: &str) -> String {
    format!("email:{}", email.trim().to_lowercase())
}

pub fn address_key(address: &str) -> String {
    format!("addr:{address}")
}

/// Counts this attempt as a failure of its email and of its address
/// before the password is checked, and refuses with 429 when either has
/// used up its window: the check and the count are one step, under a lock
/// per key, so attempts racing in parallel cannot all slip under the limit.
/// A login that then succeeds takes its counts back (`release`).
///
/// Strangers' failures must not lock an account's owner out: from an
/// address the account has logged in from before, only that address's own
/// limit applies.
pub fn reserve(
    conn: &mut DbConn,
    policy: ThrottlePolicy,
    email_key: &str,
    address_key: &str,
    now: NaiveDateTime,
) -> AppResult<Vec<Id>> {
    let since = now - Duration::seconds(policy.window_seconds);
    let mut keys = [email_key, address_key];
    keys.sort();
    for key in keys {
        locks::lock_name(conn, key)?;
    }
    let over = |conn: &mut DbConn, key: &str, limit: i64| -> AppResult<Option<u64>> {
        let recent = store::recent_failures(conn, key, since, limit)?;
        if (recent.len() as i64) < limit {
            return Ok(None);
        }
        let oldest = recent.last().copied().unwrap_or(now);
        let retry = (oldest + Duration::seconds(policy.window_seconds) - now).num_seconds();
        Ok(Some(retry.max(1) as u64))
    };
    let refused = match over(conn, address_key, policy.max_failures_per_address)? {
        Some(retry) => Some(retry),
        None if store::is_known(conn, email_key, address_key)? => None,
        None => over(conn, email_key, policy.max_failures_per_email)?,
    };
    if let Some(retry_after_seconds) = refused {
        return Err(AppError::RateLimited {
            retry_after_seconds,
        });
    }
    Ok(vec![
        store::record_failure(conn, email_key, since, now)?,
        store::record_failure(conn, address_key, since, now)?,
    ])
}

/// The attempt succeeded: its counts are taken back, the email's earlier
/// failures forgotten (not the address's: one right guess must not reset a
/// spray across many accounts), and the address remembered as the owner's.
pub fn release(
    conn: &mut DbConn,
    counted: &[Id],
    email_key: &str,
    address_key: &str,
    now: NaiveDateTime,
) -> AppResult<()> {
    store::forget(conn, counted)?;
    store::clear(conn, email_key)?;
    Ok(store::remember(conn, email_key, address_key, now)?)
}
