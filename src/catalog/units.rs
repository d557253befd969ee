//! `GET /units` from memory: the same filters and orders as the SQL search
//! (`inventory::unit::store::search`, kept as the reference the tests compare
//! against), over columns laid out for scanning. Filtering is one pass over
//! each column a filter names; each order is a permutation built the first
//! time it is asked for, so a page is read off it without sorting the
//! matches.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use crate::domain::{FitOut, Id, UnitSort, UnitStatus};
use crate::inventory::unit::store::UnitView;
use crate::inventory::unit::store::search::UnitFilter;
use crate::matching::engine::LiftInfo;
use crate::platform::db::Window;

/// A unit on level 1 is reached from the yard: any lift load is met.
const FROM_THE_YARD: i32 = i32::MAX;
/// No lift of the building stops at the unit's level.
const NO_LIFT: i32 = -1;

/// The units of a snapshot, one column per searchable value; row `i` is
/// `views[i]` of the same snapshot.
#[derive(Default)]
pub struct UnitColumns {
    id: Vec<Id>,
    park: Vec<Id>,
    building: Vec<Id>,
    floor: Vec<Id>,
    status: Vec<UnitStatus>,
    fit_out: Vec<FitOut>,
    area: Vec<f64>,
    live_load: Vec<f64>,
    clear_height: Vec<i32>,
    level: Vec<i32>,
    /// The heaviest rated lift serving the unit's level, or the markers above.
    lift_load: Vec<i32>,
    rent: Vec<i64>,
    code: Vec<Arc<str>>,
    created: Vec<chrono::NaiveDateTime>,
    /// One permutation of the rows per order of `UnitSort::ALL`.
    orders: Vec<OnceLock<Order>>,
}

/// Rows in one order, and each row's position in it.
#[derive(Clone)]
struct Order {
    rows: Vec<u32>,
    rank: Vec<u32>,
}

/// More changed rows than this and an order is sorted again when next
/// asked for, rather than having each row moved to its new place.
const MOVES_PER_ORDER: usize = 64;

/// The heaviest lift load reaching each building's levels.
struct LiftLoads<'a>(HashMap<uuid::Uuid, Vec<&'a LiftInfo>>);

impl<'a> LiftLoads<'a> {
    fn new(lifts: &'a [LiftInfo]) -> Self {
        let mut by_building: HashMap<uuid::Uuid, Vec<&LiftInfo>> = HashMap::new();
        for l in lifts {
            by_building.entry(l.building_id).or_default().push(l);
        }
        Self(by_building)
    }

    fn of(&self, v: &UnitView) -> i32 {
        let level = v.floor.level;
        if level == 1 {
            return FROM_THE_YARD;
        }
        self.0
            .get(&v.unit.building_id.0)
            .into_iter()
            .flatten()
            .filter(|l| l.lowest_level <= level && level <= l.highest_level)
            .map(|l| l.rated_load_kg)
            .max()
            .unwrap_or(NO_LIFT)
    }
}

impl UnitColumns {
    pub fn new<V: AsRef<UnitView>>(views: &[V], lifts: &[LiftInfo]) -> Self {
        let lift_loads = LiftLoads::new(lifts);
        let mut columns = Self {
            orders: UnitSort::ALL.iter().map(|_| OnceLock::new()).collect(),
            ..Self::default()
        };
        for (row, v) in views.iter().enumerate() {
            columns.set(row, v.as_ref(), &lift_loads);
        }
        columns
    }

    /// These columns with `rows` of `views` written again (a row at or past
    /// the end is added): the orders already made are mended, not sorted.
    pub fn patched<V: AsRef<UnitView>>(
        &self,
        views: &[V],
        lifts: &[LiftInfo],
        rows: &[usize],
    ) -> Self {
        let lift_loads = LiftLoads::new(lifts);
        let mut columns = Self {
            id: self.id.clone(),
            park: self.park.clone(),
            building: self.building.clone(),
            floor: self.floor.clone(),
            status: self.status.clone(),
            fit_out: self.fit_out.clone(),
            area: self.area.clone(),
            live_load: self.live_load.clone(),
            clear_height: self.clear_height.clone(),
            level: self.level.clone(),
            lift_load: self.lift_load.clone(),
            rent: self.rent.clone(),
            code: self.code.clone(),
            created: self.created.clone(),
            orders: Vec::new(),
        };
        let mut rows = rows.to_vec();
        rows.sort_unstable();
        rows.dedup();
        for &row in &rows {
            columns.set(row, views[row].as_ref(), &lift_loads);
        }
        columns.orders = UnitSort::ALL
            .iter()
            .zip(&self.orders)
            .map(|(sort, old)| match old.get() {
                Some(old) if rows.len() <= MOVES_PER_ORDER => {
                    OnceLock::from(columns.mended(*sort, old, &rows))
                }
                _ => OnceLock::new(),
            })
            .collect();
        columns
    }

    /// Writes row `row` (the next row, or one already there).
    fn set(&mut self, row: usize, v: &UnitView, lift_loads: &LiftLoads) {
        fn put<T>(column: &mut Vec<T>, row: usize, value: T) {
            match column.get_mut(row) {
                Some(slot) => *slot = value,
                None => column.push(value),
            }
        }
        put(&mut self.id, row, v.unit.id);
        put(&mut self.park, row, v.park_id);
        put(&mut self.building, row, v.unit.building_id);
        put(&mut self.floor, row, v.unit.floor_id);
        put(&mut self.status, row, v.unit.status);
        put(&mut self.fit_out, row, v.unit.fit_out);
        put(&mut self.area, row, v.unit.area_m2);
        put(&mut self.live_load, row, v.effective_live_load_kn_m2());
        put(&mut self.clear_height, row, v.effective_clear_height_mm());
        put(&mut self.level, row, v.floor.level);
        put(&mut self.lift_load, row, lift_loads.of(v));
        put(&mut self.rent, row, v.unit.asking_rent_fen_m2_day);
        put(&mut self.code, row, Arc::from(v.unit.code.as_str()));
        put(&mut self.created, row, v.unit.created_at);
    }

    /// `old` (an order of the columns before `changed` rows were written)
    /// with each changed row taken out and put back where it now belongs.
    fn mended(&self, sort: UnitSort, old: &Order, changed: &[usize]) -> Order {
        let is_changed = |r: &u32| changed.binary_search(&(*r as usize)).is_ok();
        let mut rows: Vec<u32> = old
            .rows
            .iter()
            .copied()
            .filter(|r| !is_changed(r))
            .collect();
        for &r in changed {
            let at = rows.partition_point(|x| self.compare(sort, *x as usize, r).is_lt());
            rows.insert(at, r as u32);
        }
        Order::of(rows)
    }

    pub fn len(&self) -> usize {
        self.id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.id.is_empty()
    }

    /// Which rows the filter admits: one tight pass per column the filter
    /// names (the compiler vectorises them), not one branchy pass per row.
    fn admitted(&self, f: &UnitFilter) -> Vec<bool> {
        fn narrow<T: Copy>(keep: &mut [bool], column: &[T], ok: impl Fn(T) -> bool) {
            for (k, v) in keep.iter_mut().zip(column) {
                *k &= ok(*v);
            }
        }
        let mut keep = vec![true; self.len()];
        if let Some(v) = f.park_id {
            narrow(&mut keep, &self.park, |x| x == v);
        }
        if let Some(v) = f.building_id {
            narrow(&mut keep, &self.building, |x| x == v);
        }
        if let Some(v) = f.floor_id {
            narrow(&mut keep, &self.floor, |x| x == v);
        }
        if let Some(v) = f.status {
            narrow(&mut keep, &self.status, |x| x == v);
        }
        if let Some(v) = f.fit_out {
            narrow(&mut keep, &self.fit_out, |x| x == v);
        }
        if let Some(v) = f.min_area_m2 {
            narrow(&mut keep, &self.area, |x| x >= v);
        }
        if let Some(v) = f.max_area_m2 {
            narrow(&mut keep, &self.area, |x| x <= v);
        }
        if let Some(v) = f.max_rent_fen_m2_day {
            narrow(&mut keep, &self.rent, |x| x <= v);
        }
        if let Some(v) = f.min_live_load_kn_m2 {
            narrow(&mut keep, &self.live_load, |x| x >= v);
        }
        if let Some(v) = f.min_clear_height_mm {
            narrow(&mut keep, &self.clear_height, |x| x >= v);
        }
        if let Some(v) = f.min_lift_load_kg {
            narrow(&mut keep, &self.lift_load, |x| x >= v);
        }
        keep
    }

    /// The key of `sort`, then the id: pages never repeat or skip a unit.
    fn compare(&self, sort: UnitSort, a: usize, b: usize) -> std::cmp::Ordering {
        use UnitSort::*;
        let key = match sort {
            AreaAsc => self.area[a].total_cmp(&self.area[b]),
            AreaDesc => self.area[b].total_cmp(&self.area[a]),
            RentAsc => self.rent[a].cmp(&self.rent[b]),
            RentDesc => self.rent[b].cmp(&self.rent[a]),
            LevelAsc => self.level[a].cmp(&self.level[b]),
            LevelDesc => self.level[b].cmp(&self.level[a]),
            CodeAsc => self.code[a].cmp(&self.code[b]),
            CodeDesc => self.code[b].cmp(&self.code[a]),
            LiveLoadAsc => self.live_load[a].total_cmp(&self.live_load[b]),
            LiveLoadDesc => self.live_load[b].total_cmp(&self.live_load[a]),
            ClearHeightAsc => self.clear_height[a].cmp(&self.clear_height[b]),
            ClearHeightDesc => self.clear_height[b].cmp(&self.clear_height[a]),
            CreatedAsc => self.created[a].cmp(&self.created[b]),
            CreatedDesc => self.created[b].cmp(&self.created[a]),
        };
        key.then_with(|| self.id[a].cmp(&self.id[b]))
    }

    fn order(&self, sort: UnitSort) -> &Order {
        let slot = UnitSort::ALL.iter().position(|s| *s == sort).unwrap_or(0);
        self.orders[slot].get_or_init(|| {
            let mut rows: Vec<u32> = (0..self.len() as u32).collect();
            rows.sort_unstable_by(|a, b| self.compare(sort, *a as usize, *b as usize));
            Order::of(rows)
        })
    }

    /// The rows of one page, and how many rows the filter admits in all.
    pub fn search(&self, f: &UnitFilter, sort: UnitSort, window: Window) -> (Vec<usize>, i64) {
        let admitted = self.admitted(f);
        let total = admitted.iter().filter(|k| **k).count();
        let offset = usize::try_from(window.offset).unwrap_or(usize::MAX);
        let limit = usize::try_from(window.limit).unwrap_or(0);
        if offset >= total || limit == 0 {
            return (Vec::new(), total as i64);
        }
        let end = offset.saturating_add(limit).min(total);
        let order = self.order(sort);
        if total * 8 >= self.len() {
            // Many matches: walk the order until the page is full.
            let page = order
                .rows
                .iter()
                .map(|r| *r as usize)
                .filter(|r| admitted[*r])
                .skip(offset)
                .take(end - offset)
                .collect();
            return (page, total as i64);
        }
        // Few matches: bring the page's rows to the front by rank, then sort them.
        let mut matches: Vec<u32> = (0..self.len() as u32)
            .filter(|r| admitted[*r as usize])
            .collect();
        let rank = |r: &u32| order.rank[*r as usize];
        if end < matches.len() {
            matches.select_nth_unstable_by_key(end, rank);
            matches.truncate(end);
        }
        matches.sort_unstable_by_key(rank);
        let page = matches[offset..].iter().map(|r| *r as usize).collect();
        (page, total as i64)
    }
}

impl Order {
    fn of(rows: Vec<u32>) -> Self {
        let mut rank = vec![0; rows.len()];
        for (position, row) in rows.iter().enumerate() {
            rank[*row as usize] = position as u32;
        }
        Order { rows, rank }
    }
}
