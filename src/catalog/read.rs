//! Reading the catalog for a request: straight from memory when the
//! snapshot is known to be current, through a database connection otherwise
//! (to check the generation, and bring the snapshot up to date if needed).
//! Either way off the async workers: a match can take milliseconds.

use std::sync::Arc;

use super::snapshot::{Snapshot, SnapshotCache};
use crate::platform::blocking::off_thread;
use crate::platform::db::{self, DbPool};
use crate::platform::error::AppResult;
use crate::platform::time::china_today;

pub async fn read<T, F>(pool: &DbPool, cache: &Arc<SnapshotCache>, f: F) -> AppResult<T>
where
    T: Send + 'static,
    F: FnOnce(&Snapshot) -> T + Send + 'static,
{
    // One snapshot serves every park, so it is taken as of one date: the
    // date in China Standard Time, where the parks are. A park in another
    // zone sees its offers' holds lapse in the catalog at 00:00 CST; the
    // sweep expires them at its own midnight.
    if let Some(snapshot) = cache.fresh(china_today()) {
        return off_thread(move || Ok(f(&snapshot))).await;
    }
    let cache = Arc::clone(cache);
    db::read(pool, move |c| {
        let snapshot = cache.get(c, china_today())?;
        Ok(f(&snapshot))
    })
    .await
}
