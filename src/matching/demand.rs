//! What the open applications want, kept in memory between requests:
//! reverse matching reads every open application on each request, and
//! reading their requirements afresh cost more than matching them.
//!
//! Exact on any number of instances: each request reads the id and version
//! of the open applications the caller may see (one narrow query), and
//! loads again only those this cache lacks or holds at another version.
//! Every write to an application raises its version.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, PoisonError};

use super::engine::Requirement;
use super::model::requirement;
use crate::access::Visibility;
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

/// Requirements of applications by id; one per server.
#[derive(Debug, Default)]
pub struct DemandCache {
    by_id: Mutex<HashMap<Id, Arc<Wanted>>>,
}

/// Entries kept beyond those one request asked for, before the cache is
/// emptied of applications no longer asked for.
const SLACK: usize = 10_000;

impl DemandCache {
    /// The open applications `who` may see, newest first.
    pub fn open(&self, c: &mut DbConn, who: &Visibility) -> AppResult<Vec<Arc<Wanted>>> {
        let current = applications::open_versions(c, who)?;
        let stale: Vec<Id> = {
            let map = self.by_id.lock().unwrap_or_else(PoisonError::into_inner);
            current
                .iter()
                .filter(|(id, v)| map.get(id).is_none_or(|w| w.version != *v))
                .map(|(id, _)| *id)
                .collect()
        };
        // Read outside the lock; a concurrent request may load the same rows.
        let fresh = applications::by_ids(c, &stale)?;
        let mut map = self.by_id.lock().unwrap_or_else(PoisonError::into_inner);
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
