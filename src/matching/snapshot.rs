//! The inventory snapshot the matching engine reads, kept per instance until
//! the database's `match_generation` counter moves (triggers bump it on any
//! change to parks, buildings, lifts, floors, units, adjacency, holds or
//! offers). Loading 100,000 units takes about a second; a cached snapshot
//! answers in milliseconds.

use std::sync::{Arc, Mutex};

use chrono::NaiveDate;

use crate::inventory::unit::store::UnitView;
use crate::matching::engine::{Index, Inventory};
use crate::matching::store as match_data;
use crate::platform::db::{DbConn, StoreResult};

self_cell::self_cell!(
    struct Indexed {
        owner: Inventory,
        #[covariant]
        dependent: Index,
    }
);

/// An inventory, its index, and the unit views to answer with.
pub struct Snapshot {
    /// (generation, today): holds of open offers stop counting as days pass.
    key: (i64, NaiveDate),
    indexed: Indexed,
    pub views: Vec<UnitView>,
}

impl Snapshot {
    pub fn index(&self) -> &Index<'_> {
        self.indexed.borrow_dependent()
    }
}

#[derive(Default)]
pub struct SnapshotCache {
    current: Mutex<Option<Arc<Snapshot>>>,
}

impl SnapshotCache {
    /// The snapshot for `today`, reloaded when the inventory has changed.
    /// The generation is read before the data, so a snapshot is never older
    /// than its key; a change committed meanwhile only causes a reload later.
    pub fn get(&self, conn: &mut DbConn, today: NaiveDate) -> StoreResult<Arc<Snapshot>> {
        let key = (match_data::generation(conn)?, today);
        // One loader at a time: concurrent requests wait for it rather than
        // all reading the whole inventory at once.
        let mut current = self
            .current
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(s) = current.as_ref().filter(|s| s.key == key) {
            return Ok(Arc::clone(s));
        }
        let (inventory, views) = match_data::load(conn, today)?;
        let snapshot = Arc::new(Snapshot {
            key,
            indexed: Indexed::new(inventory, |inv| Index::new(inv)),
            views,
        });
        *current = Some(Arc::clone(&snapshot));
        Ok(snapshot)
    }
}
