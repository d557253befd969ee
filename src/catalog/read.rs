//! Reading the catalog for a request: straight from memory when the
//! snapshot is known to be current, through a database connection otherwise
//! (to check the generation, and bring the snapshot up to date if needed).
//! Either way off the async workers: a match can take milliseconds.

use std::sync::Arc;

use super::snapshot::{Snapshot, SnapshotCache};
use crate::leasing::today;
use crate::platform::blocking::off_thread;
use crate::platform::db::{self, DbPool};
use crate::platform::error::AppResult;

pub async fn read<T, F>(pool: &DbPool, cache: &Arc<SnapshotCache>, f: F) -> AppResult<T>
where
    T: Send + 'static,
    F: FnOnce(&Snapshot) -> T + Send + 'static,
{
    if let Some(snapshot) = cache.fresh(today()) {
        return off_thread(move || Ok(f(&snapshot))).await;
    }
    let cache = Arc::clone(cache);
    db::read(pool, move |c| {
        let snapshot = cache.get(c, today())?;
        Ok(f(&snapshot))
    })
    .await
}
