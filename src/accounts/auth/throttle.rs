//! Login throttling, kept in the database so that it holds across every API
//! instance behind a load balancer. A failed login appends one row per key
//! (the email, and the client address); a key with too many rows inside the
//! window is refused with 429 until the oldest falls out.

use chrono::{Duration, NaiveDateTime};

use super::store;
use crate::platform::db::DbConn;
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

/// Refuses with 429 when any key has used up its failures in the window.
pub fn check(
    conn: &mut DbConn,
    policy: ThrottlePolicy,
    keys: &[(String, i64)],
    now: NaiveDateTime,
) -> AppResult<()> {
    let since = now - Duration::seconds(policy.window_seconds);
    for (key, limit) in keys {
        let recent = store::recent_failures(conn, key, since, *limit)?;
        if recent.len() as i64 >= *limit {
            let oldest = recent.last().copied().unwrap_or(now);
            let retry = (oldest + Duration::seconds(policy.window_seconds) - now)
                .num_seconds()
                .max(1);
            return Err(AppError::RateLimited {
                retry_after_seconds: retry as u64,
            });
        }
    }
    Ok(())
}

/// Records a failed attempt against each key, forgetting those that have
/// left the window.
pub fn record_failure(
    conn: &mut DbConn,
    policy: ThrottlePolicy,
    keys: &[String],
    now: NaiveDateTime,
) -> AppResult<()> {
    let expired = now - Duration::seconds(policy.window_seconds);
    for key in keys {
        store::record_failure(conn, key, expired, now)?;
    }
    Ok(())
}

/// A successful login clears the email's failures (not the address's: one
/// right guess must not reset a spray across many accounts).
pub fn clear(conn: &mut DbConn, key: &str) -> AppResult<()> {
    Ok(store::clear(conn, key)?)
}
