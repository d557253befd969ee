//! Argon2id password hashes (OWASP parameters: 19 MiB, 2 passes, 1 lane).

use std::sync::{Arc, LazyLock, Mutex, mpsc};
use std::time::Duration;

use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use tokio::sync::{Semaphore, oneshot};

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

/// Password work (argon2 takes 19 MiB a hash) runs on a few threads of its
/// own, one per core, and nowhere else. Run on the general blocking pool,
/// each of its many threads kept a freed 19 MiB block in its own allocator
/// arena: a flood of 150 sign-ups left the server at 360 MiB. Here memory is
/// bounded by the number of hashing threads, and requests beyond them wait
/// their turn, then are told to come back.
struct Hashers {
    jobs: Mutex<mpsc::Sender<Job>>,
    slots: Semaphore,
}

type Job = Box<dyn FnOnce() + Send>;

static HASHERS: LazyLock<Hashers> = LazyLock::new(|| {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let (jobs, queue) = mpsc::channel::<Job>();
    let queue = Arc::new(Mutex::new(queue));
    for i in 0..threads {
        let queue = Arc::clone(&queue);
        let spawned = std::thread::Builder::new()
            .name(format!("password-{i}"))
            .spawn(move || {
                loop {
                    let job = match queue.lock() {
                        Ok(q) => q.recv(),
                        Err(poisoned) => poisoned.into_inner().recv(),
                    };
                    match job {
                        Ok(job) => job(),
                        Err(_) => return,
                    }
                }
            });
        if let Err(e) = spawned {
            tracing::error!(error = %e, "could not start a password thread");
        }
    }
    Hashers {
        jobs: Mutex::new(jobs),
        slots: Semaphore::new(threads),
    }
});

/// How long a request waits for a hashing thread before it is told to come back.
const WAIT_FOR_SLOT: Duration = Duration::from_secs(5);

/// Runs `work` (a hash or a verification) on a password thread, once one is
/// free; 503 with `Retry-After` when none frees up in time.
pub async fn in_slot<T, F>(work: F) -> AppResult<T>
where
    T: Send + 'static,
    F: FnOnce() -> AppResult<T> + Send + 'static,
{
    let busy = || AppError::Unavailable(crate::text!("problem-password-checks-busy"));
    let _slot = tokio::time::timeout(WAIT_FOR_SLOT, HASHERS.slots.acquire())
        .await
        .ok()
        .and_then(Result::ok)
        .ok_or_else(busy)?;
    let (answer, answered) = oneshot::channel();
    let job: Job = Box::new(move || {
        let _ = answer.send(work());
    });
    HASHERS
        .jobs
        .lock()
        .map_err(|_| busy())?
        .send(job)
        .map_err(|_| AppError::internal(anyhow::anyhow!("the password threads are gone")))?;
    answered
        .await
        .map_err(|_| AppError::internal(anyhow::anyhow!("a password job was dropped")))?
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
