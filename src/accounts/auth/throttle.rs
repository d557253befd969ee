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

/// Counts this attempt as a failure of each key before the password is
/// checked, and refuses with 429 when a key has used up its window: the
/// check and the count are one step, under a lock per key, so attempts racing
/// in parallel cannot all slip under the limit. A login that then succeeds
/// takes its counts back (`release`).
pub fn reserve(
    conn: &mut DbConn,
    policy: ThrottlePolicy,
    keys: &[(String, i64)],
    now: NaiveDateTime,
) -> AppResult<Vec<Id>> {
    let since = now - Duration::seconds(policy.window_seconds);
    let mut ordered = keys.to_vec();
    ordered.sort();
    let mut counted = Vec::new();
    for (key, limit) in &ordered {
        locks::lock_name(conn, key)?;
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
        counted.push(store::record_failure(conn, key, since, now)?);
    }
    Ok(counted)
}

/// The attempt succeeded: its counts are taken back, and the email's earlier
/// failures forgotten (not the address's: one right guess must not reset a
/// spray across many accounts).
pub fn release(conn: &mut DbConn, counted: &[Id], email_key: &str) -> AppResult<()> {
    store::forget(conn, counted)?;
    Ok(store::clear(conn, email_key)?)
}
