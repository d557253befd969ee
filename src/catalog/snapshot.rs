//! The inventory snapshot the matching engine and the unit search read, kept per instance until
//! the database's `match_generation` counter moves (triggers bump it on any
//! change to parks, buildings, lifts, floors, units, adjacency, holds or
//! offers). Loading 100,000 units takes about a second; a cached snapshot
//! answers in milliseconds.

use std::sync::{Arc, Mutex};

use chrono::NaiveDate;

use crate::catalog::store as match_data;
use crate::catalog::units::UnitColumns;
use crate::domain::UnitSort;
use crate::inventory::unit::store::UnitView;
use crate::inventory::unit::store::search::UnitFilter;
use crate::matching::engine::{Index, Inventory};
use crate::platform::db::{DbConn, StoreResult, Window};

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
    /// The views again, in columns for `GET /units`.
    pub units: UnitColumns,
}

impl Snapshot {
    pub fn index(&self) -> &Index<'_> {
        self.indexed.borrow_dependent()
    }

    /// One page of the unit search, and the number of units it admits.
    pub fn search_units(
        &self,
        filter: &UnitFilter,
        sort: UnitSort,
        window: Window,
    ) -> (Vec<UnitView>, i64) {
        let (rows, total) = self.units.search(filter, sort, window);
        (
            rows.into_iter().map(|r| self.views[r].clone()).collect(),
            total,
        )
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
        let units = UnitColumns::new(&views, &inventory.lifts);
        let snapshot = Arc::new(Snapshot {
            key,
            indexed: Indexed::new(inventory, |inv| Index::new(inv)),
            views,
            units,
        });
        *current = Some(Arc::clone(&snapshot));
        Ok(snapshot)
    }
}
