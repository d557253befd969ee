//! Work that would stall the async workers (diesel's synchronous queries,
//! argon2's deliberate slowness) runs on the blocking pool.

use crate::platform::error::{AppError, AppResult};

pub async fn off_thread<T, F>(f: F) -> AppResult<T>
where
    T: Send + 'static,
    F: FnOnce() -> AppResult<T> + Send + 'static,
{
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| AppError::internal(anyhow::anyhow!("blocking task failed: {e}")))?
}
