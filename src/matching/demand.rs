//! What the open applications (submitted or under review: those awaiting
//! an offer) want, kept in memory between requests:
//! reverse matching reads every open application on each request, and
//! reading their requirements afresh cost more than matching them.
//!
//! Each list of open applications (the id and version of those a caller
//! may see, one narrow query) is read again when this instance has written
//! since (any write: an application's, or an offer's, which can make one
//! visible), or when it is older than the catalog's `RECHECK_AFTER`: as
//! late as a change through another instance shows in the catalog. Only
//! the applications this cache lacks or holds at another version are then
//! loaded again; every write to an application raises its version.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use super::engine::Requirement;
use super::model::requirement;
use crate::access::Visibility;
use crate::catalog::snapshot::RECHECK_AFTER;
use crate::leasing::application::store as applications;
use crate::platform::db::{DbConn, Id};
use crate::platform::error::AppResult;

/// An open application, as matching needs it.
#[derive(Debug)]
pub struct Wanted {
    pub application_id: Id,
    pub tenant_id: Id,
    pub version: i32,
    pub requirement: Requirement,
}

/// Requirements of applications by id, and the lists last read; one per
/// server.
#[derive(Debug, Default)]
pub struct DemandCache {
    by_id: Mutex<HashMap<Id, Arc<Wanted>>>,
    lists: Mutex<HashMap<Visibility, Listed>>,
}

/// A list of open applications as read at `at`, after this instance's
/// `writes` writes.
#[derive(Debug)]
struct Listed {
    at: Instant,
    writes: u64,
    open: Arc<[Arc<Wanted>]>,
}

/// Entries kept beyond those one request asked for, before the cache is
/// emptied of applications no longer asked for.
const SLACK: usize = 10_000;

impl DemandCache {
    /// The open applications `who` may see, newest first, as of at most
    /// `RECHECK_AFTER` ago and no earlier than this instance's last write
    /// (`writes`, from the catalog).
    pub fn open(
        &self,
        c: &mut DbConn,
        who: &Visibility,
        writes: u64,
    ) -> AppResult<Arc<[Arc<Wanted>]>> {
        if let Some(l) = locked(&self.lists).get(who)
            && l.writes == writes
            && l.at.elapsed() < RECHECK_AFTER
        {
            return Ok(l.open.clone());
        }
        let at = Instant::now();
        let open: Arc<[Arc<Wanted>]> = self.read(c, who)?.into();
        let mut lists = locked(&self.lists);
        lists.retain(|_, l| l.at.elapsed() < RECHECK_AFTER);
        lists.insert(
            who.clone(),
            Listed {
                at,
                writes,
                open: open.clone(),
            },
        );
        Ok(open)
    }

    /// The open applications `who` may see, read now.
    fn read(&self, c: &mut DbConn, who: &Visibility) -> AppResult<Vec<Arc<Wanted>>> {
        let current = applications::awaiting_versions(c, who)?;
        let stale: Vec<Id> = {
            let map = locked(&self.by_id);
            current
                .iter()
                .filter(|(id, v)| map.get(id).is_none_or(|w| w.version != *v))
                .map(|(id, _)| *id)
                .collect()
        };
        // Read outside the lock; a concurrent request may load the same rows.
        let fresh = applications::by_ids(c, &stale)?;
        let mut map = locked(&self.by_id);
        for a in fresh {
            let w = Wanted {
                application_id: a.id,
                tenant_id: a.tenant_id,
                version: a.version,
                requirement: requirement(&a),
            };
            // Never step back to an older version another request loaded.
            if map.get(&a.id).is_none_or(|old| old.version <= w.version) {
                map.insert(a.id, Arc::new(w));
            }
        }
        let out: Vec<Arc<Wanted>> = current
            .iter()
            // A newer version than the list says was written meanwhile.
            .filter_map(|(id, v)| map.get(id).filter(|w| w.version >= *v).cloned())
            .collect();
        if map.len() > current.len() + SLACK {
            let asked: HashSet<Id> = current.iter().map(|(id, _)| *id).collect();
            map.retain(|id, _| asked.contains(id));
        }
        Ok(out)
    }
}

fn locked<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}
