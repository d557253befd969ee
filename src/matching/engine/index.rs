//! Lookup structures built once per inventory, so that many requirements can
//! be matched against it without searching lists.
//!
//! The index is a list of buildings, each a [`Shard`] owning its own copy of
//! what the search reads: its lifts, its floors, and its units as compact
//! rows ordered floor by floor, so the units of one floor are one contiguous
//! slice whose neighbours point into the same slice. A change to the
//! inventory rebuilds only the shards of the buildings it touched
//! ([`Index::updated`]); the others are shared with the previous index.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

use chrono::NaiveDate;
use uuid::Uuid;

use super::bounds::FloorSummary;
use super::input::{BuildingInfo, Hold, Inventory, LiftInfo, UnitInfo};
use crate::domain::UnitStatus;

/// A half-open range of positions into one of a shard's vectors.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Span {
    start: u32,
    end: u32,
}

impl Span {
    fn new(start: usize, end: usize) -> Self {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    pub(super) fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    pub(super) fn len(self) -> usize {
        (self.end - self.start) as usize
    }
}

/// One floor of a shard: its units are `Shard::rows[rows]`.
#[derive(Debug)]
pub(super) struct FloorEntry {
    pub id: Uuid,
    pub level: i32,
    pub rows: Span,
    pub summary: FloorSummary,
}

/// The numbers of one unit the search reads, kept small and contiguous.
#[derive(Debug, Clone)]
pub(super) struct UnitRow {
    pub id: Uuid,
    pub area_m2: f64,
    pub live_load_kn_m2: f64,
    pub clear_height_mm: i32,
    pub power_kva: Option<f64>,
    /// The unit has no supply of its own: `power_kva` is its floor's.
    pub power_from_floor: bool,
    pub has_utility_shaft: bool,
    pub rent_fen_m2_day: i64,
    pub unavailable: bool,
    /// Positions in `Shard::holds`.
    pub holds: Span,
    /// Positions in `Shard::neighbours`.
    pub neighbours: Span,
}

/// One building and everything the search reads of it. Row positions
/// (`u32`) are positions in `rows` of the same shard.
#[derive(Debug)]
pub(super) struct Shard {
    pub info: BuildingInfo,
    /// Target industries of its park; empty when the park is unknown.
    pub target_industries: Vec<String>,
    pub lifts: Vec<LiftInfo>,
    pub floors: Vec<FloorEntry>,
    pub rows: Vec<UnitRow>,
    /// The units again, whole, in row order: for the answer's texts.
    pub units: Vec<UnitInfo>,
    /// Row positions of adjacent units on the same floor: symmetric, and
    /// sorted within each row.
    neighbours: Vec<u32>,
    /// Holds of each row as `[start, end)`.
    holds: Vec<(NaiveDate, NaiveDate)>,
}

/// Where a floor is: its shard, and its position among the shard's floors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Place {
    pub shard: u32,
    pub floor: u32,
}

/// Builds lookup indexes once (buildings, floors and units by id; lifts by
/// building; holds by unit) so many requirements can be matched against one
/// inventory.
#[derive(Debug, Default)]
pub struct Index {
    pub(super) shards: Vec<Arc<Shard>>,
    building_at: HashMap<Uuid, u32>,
    /// (shard, row) of each unit.
    unit_at: HashMap<Uuid, (u32, u32)>,
    floor_at: HashMap<Uuid, Place>,
}

/// What one building's shard is built from, gathered from an inventory.
struct Parts<'a> {
    info: &'a BuildingInfo,
    target_industries: &'a [String],
    lifts: Vec<&'a LiftInfo>,
    units: Vec<&'a UnitInfo>,
}

impl Index {
    /// Indexes `inv`. Linear in its size apart from sorting units by floor.
    /// Units whose building is missing are ignored, and a unit id listed
    /// twice keeps its first occurrence.
    pub fn new(inv: &Inventory) -> Self {
        Self::default().updated(inv, None)
    }

    /// This index after a change: the shards of the buildings in `dirty`
    /// are built again from `inv` (or dropped when `inv` no longer has the
    /// building), the others kept. `inv` needs the dirty buildings, their
    /// lifts, units and holds, and the parks; it may hold more, which is
    /// ignored. `None` builds every building of `inv` afresh.
    pub fn updated(&self, inv: &Inventory, dirty: Option<&HashSet<Uuid>>) -> Self {
        let wanted = |id: &Uuid| dirty.is_none_or(|d| d.contains(id));
        let targets: HashMap<Uuid, &[String]> = inv
            .parks
            .iter()
            .rev()
            .map(|p| (p.id, &p.target_industries[..]))
            .collect();
        let mut parts: HashMap<Uuid, Parts> = HashMap::new();
        for info in inv.buildings.iter().filter(|b| wanted(&b.id)) {
            parts.entry(info.id).or_insert_with(|| Parts {
                info,
                target_industries: targets.get(&info.park_id).copied().unwrap_or(&[]),
                lifts: Vec::new(),
                units: Vec::new(),
            });
        }
        for lift in &inv.lifts {
            if let Some(p) = parts.get_mut(&lift.building_id) {
                p.lifts.push(lift);
            }
        }
        // Ids kept in a clean shard stay there; within `inv`, the first
        // occurrence counts.
        let mut seen: HashSet<Uuid> = HashSet::new();
        for u in &inv.units {
            let first = seen.insert(u.id);
            let elsewhere = self
                .located(u.id)
                .is_some_and(|(s, _)| !wanted(&self.shards[s as usize].info.id));
            if first
                && !elsewhere
                && let Some(p) = parts.get_mut(&u.building_id)
            {
                p.units.push(u);
            }
        }
        let mut holds: HashMap<Uuid, Vec<&Hold>> = HashMap::new();
        for h in &inv.holds {
            holds.entry(h.unit_id).or_default().push(h);
        }

        // Dirty shards rebuilt where they stand (or dropped), new buildings
        // after them in the inventory's order.
        let mut shards = Vec::with_capacity(self.shards.len());
        let mut rebuilt = Vec::new();
        let mut dropped = false;
        for shard in &self.shards {
            if !wanted(&shard.info.id) {
                shards.push(Arc::clone(shard));
            } else if let Some(p) = parts.remove(&shard.info.id) {
                rebuilt.push((shards.len(), shard));
                shards.push(Arc::new(Shard::new(p, &holds)));
            } else {
                dropped = true;
            }
        }
        let appended = shards.len();
        for info in &inv.buildings {
            if let Some(p) = parts.remove(&info.id) {
                shards.push(Arc::new(Shard::new(p, &holds)));
            }
        }

        let mut index = Index {
            shards,
            ..Index::default()
        };
        if dropped {
            index.enter(0..index.shards.len());
        } else {
            // Kept shards did not move: their entries stay valid.
            index.building_at = self.building_at.clone();
            index.unit_at = self.unit_at.clone();
            index.floor_at = self.floor_at.clone();
            for (s, old) in rebuilt {
                for row in &old.rows {
                    index.unit_at.remove(&row.id);
                }
                for floor in &old.floors {
                    index.floor_at.remove(&floor.id);
                }
                index.enter(s..s + 1);
            }
            index.enter(appended..index.shards.len());
        }
        index
    }

    /// Enters the ids of the shards at `positions` into the maps.
    fn enter(&mut self, positions: Range<usize>) {
        for s in positions {
            let shard = &self.shards[s];
            let s = s as u32;
            self.building_at.insert(shard.info.id, s);
            for (r, row) in shard.rows.iter().enumerate() {
                self.unit_at.insert(row.id, (s, r as u32));
            }
            for (f, floor) in shard.floors.iter().enumerate() {
                let place = Place {
                    shard: s,
                    floor: f as u32,
                };
                self.floor_at.entry(floor.id).or_insert(place);
            }
        }
    }

    /// A unit by id, e.g. to add the full units to a candidate.
    pub fn unit(&self, id: Uuid) -> Option<&UnitInfo> {
        let (s, r) = self.located(id)?;
        Some(&self.shards[s as usize].units[r as usize])
    }

    /// A building by id.
    pub fn building(&self, id: Uuid) -> Option<&BuildingInfo> {
        let s = self.building_at.get(&id)?;
        Some(&self.shards[*s as usize].info)
    }

    /// The ids of the units on a floor, in code order.
    pub fn units_on_floor(&self, floor_id: Uuid) -> Vec<Uuid> {
        self.floor_at
            .get(&floor_id)
            .map(|p| {
                let shard = &self.shards[p.shard as usize];
                shard.rows[shard.floors[p.floor as usize].rows.range()]
                    .iter()
                    .map(|r| r.id)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// How many units the index holds.
    pub fn len(&self) -> usize {
        self.shards.iter().map(|s| s.rows.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.shards.iter().all(|s| s.rows.is_empty())
    }

    /// The floor and row of a unit.
    pub(super) fn place_of(&self, id: Uuid) -> Option<(Place, u32)> {
        let (s, r) = self.located(id)?;
        // A shard's floors hold consecutive runs of its rows.
        let floors = &self.shards[s as usize].floors;
        let f = floors.partition_point(|f| f.rows.range().end <= r as usize);
        Some((
            Place {
                shard: s,
                floor: f as u32,
            },
            r,
        ))
    }

    /// The shard and row of a unit, if the map entry is still current.
    fn located(&self, id: Uuid) -> Option<(u32, u32)> {
        let &(s, r) = self.unit_at.get(&id)?;
        let shard = self.shards.get(s as usize)?;
        (shard.rows.get(r as usize)?.id == id).then_some((s, r))
    }
}

impl Shard {
    fn new(p: Parts, holds_by_unit: &HashMap<Uuid, Vec<&Hold>>) -> Self {
        // Units in walking order: level, floor, then code and id, so that
        // the order (and so any bounded combination search) does not depend
        // on the order the caller listed them in.
        let mut units = p.units;
        units.sort_by(|u1, u2| {
            (u1.level, u1.floor_id, &u1.code, u1.id).cmp(&(u2.level, u2.floor_id, &u2.code, u2.id))
        });

        let mut floors: Vec<FloorEntry> = Vec::new();
        let mut floor_of_row = Vec::with_capacity(units.len());
        for (row, u) in units.iter().enumerate() {
            match floors.last_mut() {
                Some(f) if f.id == u.floor_id => f.rows.end += 1,
                _ => floors.push(FloorEntry {
                    id: u.floor_id,
                    level: u.level,
                    rows: Span::new(row, row + 1),
                    summary: FloorSummary::of(&[]),
                }),
            }
            floor_of_row.push(floors.len() - 1);
        }
        let row_of: HashMap<Uuid, u32> = units
            .iter()
            .enumerate()
            .map(|(r, u)| (u.id, r as u32))
            .collect();

        // Adjacency kept symmetric and within one floor whatever the input says.
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        for (row, u) in units.iter().enumerate() {
            for &other in u.adjacent_unit_ids.iter().filter_map(|id| row_of.get(id)) {
                if other as usize != row && floor_of_row[other as usize] == floor_of_row[row] {
                    pairs.push((row as u32, other));
                    pairs.push((other, row as u32));
                }
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        let neighbour_spans = spans(units.len(), pairs.iter().map(|p| p.0));
        let neighbours = pairs.into_iter().map(|p| p.1).collect();

        let mut holds: Vec<(u32, NaiveDate, NaiveDate)> = units
            .iter()
            .enumerate()
            .flat_map(|(r, u)| {
                holds_by_unit
                    .get(&u.id)
                    .into_iter()
                    .flatten()
                    .map(move |h| (r as u32, h.start, h.end))
            })
            .collect();
        holds.sort_unstable();
        let hold_spans = spans(units.len(), holds.iter().map(|h| h.0));
        let holds = holds.into_iter().map(|h| (h.1, h.2)).collect();

        let rows: Vec<UnitRow> = units
            .iter()
            .enumerate()
            .map(|(row, u)| UnitRow {
                id: u.id,
                area_m2: u.area_m2,
                live_load_kn_m2: u.live_load_kn_m2,
                clear_height_mm: u.clear_height_mm,
                power_kva: u.power_kva,
                power_from_floor: u.power_from_floor,
                has_utility_shaft: u.has_utility_shaft,
                rent_fen_m2_day: u.asking_rent_fen_m2_day,
                unavailable: u.status == UnitStatus::Unavailable,
                holds: hold_spans[row],
                neighbours: neighbour_spans[row],
            })
            .collect();
        for f in &mut floors {
            f.summary = FloorSummary::of(&rows[f.rows.range()]);
        }

        Shard {
            info: p.info.clone(),
            target_industries: p.target_industries.to_vec(),
            lifts: p.lifts.into_iter().cloned().collect(),
            floors,
            rows,
            units: units.into_iter().cloned().collect(),
            neighbours,
            holds,
        }
    }

    /// The holds of a row, `[start, end)` each.
    pub(super) fn holds_of(&self, row: usize) -> &[(NaiveDate, NaiveDate)] {
        &self.holds[self.rows[row].holds.range()]
    }

    /// The adjacent units of a row, as row positions on the same floor.
    pub(super) fn neighbours_of(&self, row: usize) -> &[u32] {
        &self.neighbours[self.rows[row].neighbours.range()]
    }
}

/// For keys sorted ascending (row positions), the span of each of `n` rows.
fn spans(n: usize, sorted_keys: impl Iterator<Item = u32>) -> Vec<Span> {
    let mut out = vec![Span::default(); n];
    let mut counts = vec![0usize; n];
    for k in sorted_keys {
        counts[k as usize] += 1;
    }
    let mut start = 0;
    for (row, count) in counts.into_iter().enumerate() {
        out[row] = Span::new(start, start + count);
        start += count;
    }
    out
}
