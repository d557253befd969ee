//! The inventory snapshot the matching engine and the unit search read, kept
//! per instance and replaced when the database's `match_generation` counter
//! moves (triggers bump it on any change to parks, buildings, lifts, floors,
//! units, adjacency, holds or offers). Loading 100,000 units takes about a
//! second, once, at start; each replacement after that is made from the
//! previous snapshot and the change log: the changed units are read again,
//! their rows in the search's columns written over, and the engine's index
//! rebuilt for the changed buildings only.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use crate::catalog::dirty;
use crate::catalog::store::{self, Changes};
use crate::catalog::units::UnitColumns;
use crate::domain::UnitSort;
use crate::inventory::unit::store::search::UnitFilter;
use crate::inventory::unit::store::{self as unit_store, UnitView};
use crate::matching::engine::{Index, Inventory, Limits};
use crate::platform::db::{DbConn, DbPool, Id, StoreError, StoreResult, Window};
use crate::platform::metrics::CatalogFigures;

/// An inventory, its index, and the unit views to answer with.
pub struct Snapshot {
    /// (generation, today): holds of open offers stop counting as days pass.
    key: (i64, NaiveDate),
    made: Instant,
    /// Parks, buildings, lifts and holds as read: the next snapshot tells
    /// from them which buildings changed.
    tables: Arc<Inventory>,
    /// Made in a thread as soon as a snapshot is loaded from scratch, so
    /// the unit search does not wait for it; updated from the previous
    /// snapshot's otherwise.
    index: OnceLock<Arc<Index>>,
    /// Shared with the next snapshot, which copies only what changed.
    views: Vec<Arc<UnitView>>,
    by_id: Arc<HashMap<Id, usize>>,
    /// The views again, in columns for `GET /units`.
    pub units: UnitColumns,
    /// The bounds matching on this snapshot keeps to (a server setting).
    pub limits: Limits,
}

/// What a change did to the views: the rows written again or added
/// (positions kept), or units gone (positions moved).
enum Rewritten {
    Rows(Vec<usize>),
    Moved,
}

impl Snapshot {
    fn loaded(
        key: (i64, NaiveDate),
        tables: Arc<Inventory>,
        views: Vec<Arc<UnitView>>,
        limits: Limits,
    ) -> Self {
        Self {
            limits,
            key,
            made: Instant::now(),
            units: UnitColumns::new(&views, &tables.lifts),
            by_id: Arc::new(positions(&views)),
            tables,
            index: OnceLock::new(),
            views,
        }
    }

    pub fn index(&self) -> &Index {
        self.index
            .get_or_init(|| Arc::new(Index::new(&self.inventory(None))))
    }

    /// The engine's input: the parks, and the buildings in `buildings`
    /// (all when `None`) with their lifts, units and holds.
    fn inventory(&self, buildings: Option<&HashSet<uuid::Uuid>>) -> Inventory {
        let t = &self.tables;
        // A change touches a building or two: comparing against a short
        // list beats hashing each of 100,000 ids.
        let few: Option<Vec<uuid::Uuid>> = buildings
            .filter(|b| b.len() <= 16)
            .map(|b| b.iter().copied().collect());
        let wanted = |b: &uuid::Uuid| match (buildings, &few) {
            (None, _) => true,
            (_, Some(few)) => few.contains(b),
            (Some(all), None) => all.contains(b),
        };
        Inventory {
            parks: t.parks.clone(),
            buildings: t
                .buildings
                .iter()
                .filter(|b| wanted(&b.id))
                .cloned()
                .collect(),
            lifts: t
                .lifts
                .iter()
                .filter(|l| wanted(&l.building_id))
                .cloned()
                .collect(),
            holds: t
                .holds
                .iter()
                .filter(|h| {
                    self.view(Id(h.unit_id))
                        .is_some_and(|v| wanted(&v.unit.building_id.0))
                })
                .cloned()
                .collect(),
            units: self
                .views
                .iter()
                .filter(|v| wanted(&v.unit.building_id.0))
                .map(|v| store::unit_info(v))
                .collect(),
        }
    }

    /// The view of one unit.
    pub fn view(&self, id: Id) -> Option<&UnitView> {
        self.by_id.get(&id).map(|i| self.views[*i].as_ref())
    }

    /// The next snapshot: `changes` and `tables` applied to this one.
    fn next(
        &self,
        conn: &mut DbConn,
        key: (i64, NaiveDate),
        tables: Arc<Inventory>,
        changes: &Changes,
    ) -> StoreResult<Snapshot> {
        let (views, rewritten, mut dirty) = self.rewritten_views(conn, changes)?;
        let lifts_changed =
            !Arc::ptr_eq(&self.tables, &tables) && self.tables.lifts != tables.lifts;
        let by_id = match &rewritten {
            Rewritten::Rows(rows) if rows.iter().all(|r| *r < self.views.len()) => {
                Arc::clone(&self.by_id)
            }
            _ => Arc::new(positions(&views)),
        };
        let units = match &rewritten {
            Rewritten::Rows(rows) if !lifts_changed => {
                self.units.patched(&views, &tables.lifts, rows)
            }
            _ => UnitColumns::new(&views, &tables.lifts),
        };
        if !Arc::ptr_eq(&self.tables, &tables) {
            dirty.extend(dirty::buildings(&self.tables, &tables, |unit| {
                by_id.get(&Id(unit)).map(|i| views[*i].unit.building_id.0)
            }));
        }
        let next = Snapshot {
            limits: self.limits,
            key,
            made: Instant::now(),
            tables,
            index: OnceLock::new(),
            views,
            by_id,
            units,
        };
        if let Some(index) = self.index.get() {
            let input = next.inventory(Some(&dirty));
            let _ = next
                .index
                .set(Arc::new(index.updated(&input, Some(&dirty))));
        }
        Ok(next)
    }

    /// The views after `changes`: those of the changed units and of every
    /// unit on a changed floor read again, the rest kept; and the
    /// buildings those units were or are in. A neighbour whose list
    /// changed is a changed unit: the adjacency triggers record both ends,
    /// for cascaded deletes too.
    fn rewritten_views(
        &self,
        conn: &mut DbConn,
        changes: &Changes,
    ) -> StoreResult<(Vec<Arc<UnitView>>, Rewritten, HashSet<uuid::Uuid>)> {
        let floors: HashSet<Id> = changes.floors.iter().copied().collect();
        let mut affected: HashSet<Id> = changes.units.iter().copied().collect();
        affected.extend(
            self.views
                .iter()
                .filter(|v| floors.contains(&v.floor.id))
                .map(|v| v.unit.id),
        );
        let ids: Vec<Id> = affected.iter().copied().collect();
        let fresh = unit_store::views_of(conn, &ids)?;
        let mut dirty: HashSet<uuid::Uuid> = affected
            .iter()
            .filter_map(|id| self.view(*id))
            .map(|v| v.unit.building_id.0)
            .collect();
        dirty.extend(fresh.iter().map(|v| v.unit.building_id.0));

        if fresh.len() < affected.len() {
            // Some are gone: the rest move up.
            let mut views: Vec<Arc<UnitView>> = self
                .views
                .iter()
                .filter(|v| !affected.contains(&v.unit.id))
                .cloned()
                .collect();
            views.extend(fresh.into_iter().map(Arc::new));
            return Ok((views, Rewritten::Moved, dirty));
        }
        let mut views = self.views.clone();
        let mut rows = Vec::with_capacity(fresh.len());
        for view in fresh {
            let row = match self.by_id.get(&view.unit.id) {
                Some(&row) => {
                    views[row] = Arc::new(view);
                    row
                }
                None => {
                    views.push(Arc::new(view));
                    views.len() - 1
                }
            };
            rows.push(row);
        }
        Ok((views, Rewritten::Rows(rows), dirty))
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
            rows.into_iter()
                .map(|r| self.views[r].as_ref().clone())
                .collect(),
            total,
        )
    }
}

fn positions(views: &[Arc<UnitView>]) -> HashMap<Id, usize> {
    views
        .iter()
        .enumerate()
        .map(|(i, v)| (v.unit.id, i))
        .collect()
}

/// How long a snapshot answers before the database is asked again whether
/// another instance changed the inventory: the bound on how late such a
/// change shows here (plus the time to load it).
pub const RECHECK_AFTER: Duration = Duration::from_secs(1);

/// This instance's snapshot. When another instance has changed the
/// inventory, reads answer from the one in hand while it is brought up to
/// date in the background. When this instance has written (`note_write`,
/// before the write is acknowledged), the next read brings it up to date
/// first, so a writer always reads what it wrote; writes themselves never
/// wait for the catalog.
#[derive(Clone)]
pub struct SnapshotCache {
    inner: Arc<Inner>,
}

struct Inner {
    pool: DbPool,
    limits: Limits,
    current: Mutex<Option<Arc<Snapshot>>>,
    /// When the generation was last found equal to the current snapshot's,
    /// and how many writes this instance had made by then.
    checked: Mutex<Option<(Instant, u64)>>,
    /// Writes this instance has made.
    writes: AtomicU64,
    /// One load at a time: others wait for it instead of loading too.
    loading: Mutex<()>,
    refreshing: AtomicBool,
    /// How long the last load from scratch and the last update took.
    took: Mutex<(Option<Duration>, Option<Duration>)>,
}

fn locked<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl SnapshotCache {
    pub fn new(pool: DbPool, limits: Limits) -> Self {
        Self {
            inner: Arc::new(Inner {
                pool,
                limits,
                current: Mutex::new(None),
                checked: Mutex::new(None),
                writes: AtomicU64::new(0),
                loading: Mutex::new(()),
                refreshing: AtomicBool::new(false),
                took: Mutex::new((None, None)),
            }),
        }
    }

    fn current(&self) -> Option<Arc<Snapshot>> {
        locked(&self.inner.current).clone()
    }

    fn mark_checked(&self, writes: u64) {
        *locked(&self.inner.checked) = Some((Instant::now(), writes));
    }

    /// After this instance commits a write, before it answers.
    pub fn note_write(&self) {
        self.inner.writes.fetch_add(1, Ordering::AcqRel);
    }

    /// How many writes this instance has made: what other caches of what
    /// the database holds compare to learn that this instance wrote.
    pub fn writes(&self) -> u64 {
        self.inner.writes.load(Ordering::Acquire)
    }

    /// Where this instance stands since the generation was last checked:
    /// its writes so far, whether it has written since, and whether the
    /// snapshot (if of `today`) may answer without asking the database.
    fn standing(&self, snapshot: &Snapshot, today: NaiveDate) -> (u64, bool, bool) {
        let writes = self.inner.writes.load(Ordering::Acquire);
        let checked = *locked(&self.inner.checked);
        let wrote_since = checked.is_none_or(|(_, w)| w != writes);
        let recent = checked.is_some_and(|(at, _)| at.elapsed() < RECHECK_AFTER);
        let current = snapshot.key.1 == today && !wrote_since && recent;
        (writes, wrote_since, current)
    }

    /// The snapshot, when it is known to be current without asking the
    /// database: checked within `RECHECK_AFTER`, today, and no write of
    /// this instance since.
    pub fn fresh(&self, today: NaiveDate) -> Option<Arc<Snapshot>> {
        let snapshot = self.current()?;
        let (_, _, current) = self.standing(&snapshot, today);
        current.then_some(snapshot)
    }

    /// The snapshot to answer a read with.
    pub fn get(&self, conn: &mut DbConn, today: NaiveDate) -> StoreResult<Arc<Snapshot>> {
        let Some(snapshot) = self.current() else {
            return self.sync(conn, today);
        };
        let (writes, wrote_since, current) = self.standing(&snapshot, today);
        if current {
            return Ok(snapshot);
        }
        if snapshot.key == (store::generation(conn)?, today) {
            self.mark_checked(writes);
            return Ok(snapshot);
        }
        if wrote_since {
            // The writer's next read must see what it wrote.
            return self.sync(conn, today);
        }
        self.refresh_in_background(today);
        Ok(snapshot)
    }

    /// Brings the snapshot up to the database's generation now. Concurrent
    /// callers wait for one load and share it.
    pub fn sync(&self, conn: &mut DbConn, today: NaiveDate) -> StoreResult<Arc<Snapshot>> {
        let _one_loader = locked(&self.inner.loading);
        let writes = self.inner.writes.load(Ordering::Acquire);
        // Read after taking the lock, so a load that finished meanwhile
        // counts; read before the data, so a snapshot is never older than
        // its key (a change committed meanwhile only causes another load).
        let key = (store::generation(conn)?, today);
        let old = self.current();
        if let Some(s) = old.as_ref().filter(|s| s.key == key) {
            self.mark_checked(writes);
            return Ok(Arc::clone(s));
        }
        // From the one in hand and what changed since, when the change log
        // reaches back to it; from scratch otherwise.
        let started = Instant::now();
        let changes = match &old {
            Some(old) => store::changes_since(conn, old.key.0)?,
            None => None,
        };
        let tables = match (&old, &changes) {
            (Some(old), Some(changes)) if !changes.tables && old.key.1 == today => {
                Arc::clone(&old.tables)
            }
            _ => Arc::new(store::tables(conn, today)?),
        };
        let snapshot = Arc::new(match (&old, changes) {
            (Some(old), Some(changes)) => {
                let next = old.next(conn, key, tables, &changes)?;
                locked(&self.inner.took).1 = Some(started.elapsed());
                next
            }
            _ => {
                let views = store::all_views(conn)?.into_iter().map(Arc::new).collect();
                let loaded = Snapshot::loaded(key, tables, views, self.inner.limits);
                locked(&self.inner.took).0 = Some(started.elapsed());
                loaded
            }
        });
        *locked(&self.inner.current) = Some(Arc::clone(&snapshot));
        self.mark_checked(writes);
        // The engine's index, ahead of the first match, when it was not
        // updated from the previous one; skipped when a newer snapshot has
        // replaced this one meanwhile (busy writing).
        if snapshot.index.get().is_some() {
            return Ok(snapshot);
        }
        let cache = self.clone();
        let indexing = Arc::downgrade(&snapshot);
        std::thread::spawn(move || {
            if let Some(s) = indexing.upgrade()
                && cache.current().is_some_and(|c| Arc::ptr_eq(&c, &s))
            {
                s.index();
            }
        });
        Ok(snapshot)
    }

    /// The snapshot's generation and age, and how long loads took, for
    /// `/metrics`; `None` before the first load.
    pub fn figures(&self) -> Option<CatalogFigures> {
        let snapshot = self.current()?;
        let (last_full_load, last_update) = *locked(&self.inner.took);
        Some(CatalogFigures {
            generation: snapshot.key.0,
            age: snapshot.made.elapsed(),
            last_full_load,
            last_update,
        })
    }

    fn refresh_in_background(&self, today: NaiveDate) {
        if self.inner.refreshing.swap(true, Ordering::AcqRel) {
            return;
        }
        let cache = self.clone();
        std::thread::spawn(move || {
            let result = cache
                .inner
                .pool
                .get()
                .map_err(StoreError::from)
                .and_then(|mut conn| cache.sync(&mut conn, today));
            if let Err(e) = result {
                tracing::warn!(error = %e, "the catalog could not be refreshed; will retry");
            }
            cache.inner.refreshing.store(false, Ordering::Release);
        });
    }
}
