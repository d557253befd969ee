//! Argon2id password hashes (OWASP parameters: 19 MiB, 2 passes, 1 lane).

use std::sync::LazyLock;
use std::time::Duration;

use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use tokio::sync::Semaphore;

use crate::platform::blocking::off_thread;
use crate::platform::error::{AppError, AppResult};

pub const MIN_PASSWORD_CHARS: usize = 10;

pub fn hash(password: &str) -> anyhow::Result<String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))
}

pub fn verify(password: &str, stored: &str) -> bool {
    match PasswordHash::new(stored) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// Spends the time of one verification, so that an unknown email takes as
/// long to refuse as a wrong password.
pub fn verify_dummy(password: &str) {
    static DUMMY: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    if let Some(h) = DUMMY.get_or_init(|| hash("upstairs-timing-equaliser").ok()) {
        let _ = verify(password, h);
    }
}

/// Each hash takes 19 MiB for its moment: at most one per core runs at
/// once, so a flood of sign-ups or logins cannot take the server's memory.
static SLOTS: LazyLock<Semaphore> =
    LazyLock::new(|| Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get())));

/// How long a request waits for a slot before it is told to come back.
const WAIT_FOR_SLOT: Duration = Duration::from_secs(5);

/// Runs `work` (a hash or a verification) off the async workers, once a
/// slot is free; 503 with `Retry-After` when none frees up in time.
pub async fn in_slot<T, F>(work: F) -> AppResult<T>
where
    T: Send + 'static,
    F: FnOnce() -> AppResult<T> + Send + 'static,
{
    let _permit = tokio::time::timeout(WAIT_FOR_SLOT, SLOTS.acquire())
        .await
        .ok()
        .and_then(Result::ok)
        .ok_or_else(|| {
            AppError::Unavailable("too many password checks at once; retry shortly".into())
        })?;
    off_thread(work).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_are_argon2id() {
        let h = hash("correct horse battery").expect("hash");
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("correct horse battery", &h));
        assert!(!verify("wrong horse battery", &h));
        assert!(!verify("anything", "not a hash"));
    }
}
