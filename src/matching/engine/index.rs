//! Lookup structures built once per inventory snapshot, so that many
//! requirements can be matched against it without searching lists.
//!
//! Units are copied into compact rows ordered building by building and floor
//! by floor: a search walks them front to back, and the units of one floor
//! are one contiguous slice whose neighbours point into the same slice.

use std::collections::HashMap;
use std::ops::Range;

use chrono::NaiveDate;
use uuid::Uuid;

use super::bounds::FloorSummary;
use super::input::{BuildingInfo, Inventory, LiftInfo, UnitInfo};
use crate::domain::UnitStatus;

/// A half-open range of positions into one of the index's vectors.
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

/// A building, with where its park, lifts and floors are.
#[derive(Debug)]
pub(super) struct BuildingEntry<'a> {
    pub info: &'a BuildingInfo,
    /// Target industries of its park; empty when the park is unknown.
    pub target_industries: &'a [String],
    pub lifts: Vec<&'a LiftInfo>,
    /// Positions in `Index::floors`.
    pub floors: Span,
}

/// One floor: the units on it are `Index::rows[rows]`.
#[derive(Debug)]
pub(super) struct FloorEntry {
    pub building: u32,
    pub level: i32,
    pub rows: Span,
    pub summary: FloorSummary,
}

/// The numbers of one unit the search reads, kept small and contiguous.
#[derive(Debug, Clone)]
pub(super) struct UnitRow {
    pub id: Uuid,
    /// Position in `Inventory::units`.
    pub unit: u32,
    pub area_m2: f64,
    pub live_load_kn_m2: f64,
    pub clear_height_mm: i32,
    pub power_kva: Option<f64>,
    pub has_utility_shaft: bool,
    pub rent_fen_m2_day: i64,
    pub unavailable: bool,
    /// Positions in `Index::holds`.
    pub holds: Span,
    /// Positions in `Index::neighbours`.
    pub neighbours: Span,
}

/// Builds lookup indexes once (by building, floor, unit id; lifts by
/// building; holds by unit) so many requirements can be matched against one
/// inventory.
#[derive(Debug)]
pub struct Index<'a> {
    inv: &'a Inventory,
    unit_by_id: HashMap<Uuid, u32>,
    building_by_id: HashMap<Uuid, u32>,
    floor_by_id: HashMap<Uuid, u32>,
    pub(super) buildings: Vec<BuildingEntry<'a>>,
    pub(super) floors: Vec<FloorEntry>,
    pub(super) rows: Vec<UnitRow>,
    /// Row positions of adjacent units on the same floor: symmetric, and
    /// sorted within each row.
    pub(super) neighbours: Vec<u32>,
    /// Holds of each row as `[start, end)`.
    pub(super) holds: Vec<(NaiveDate, NaiveDate)>,
}

impl<'a> Index<'a> {
    /// Indexes `inv`. Linear in its size apart from sorting units by floor.
    pub fn new(inv: &'a Inventory) -> Self {
        let building_by_id = first_position_by_id(inv.buildings.iter().map(|b| b.id));
        let park_by_id = first_position_by_id(inv.parks.iter().map(|p| p.id));
        let unit_by_id = first_position_by_id(inv.units.iter().map(|u| u.id));

        let mut buildings: Vec<BuildingEntry> = inv
            .buildings
            .iter()
            .map(|info| BuildingEntry {
                info,
                target_industries: park_by_id
                    .get(&info.park_id)
                    .map_or(&[][..], |&p| &inv.parks[p as usize].target_industries),
                lifts: Vec::new(),
                floors: Span::default(),
            })
            .collect();
        for lift in &inv.lifts {
            if let Some(&b) = building_by_id.get(&lift.building_id) {
                buildings[b as usize].lifts.push(lift);
            }
        }

        // Units in walking order: building, level, floor, then code and id so
        // that the order (and so any bounded combination search) does not
        // depend on the order the caller listed them in.
        // A duplicated unit id keeps its first occurrence only.
        let mut order: Vec<(u32, u32, &UnitInfo)> = inv
            .units
            .iter()
            .enumerate()
            .filter(|(i, u)| unit_by_id.get(&u.id) == Some(&(*i as u32)))
            .filter_map(|(i, u)| {
                building_by_id
                    .get(&u.building_id)
                    .map(|&b| (b, i as u32, u))
            })
            .collect();
        order.sort_by(|(b1, _, u1), (b2, _, u2)| {
            (b1, u1.level, u1.floor_id, &u1.code, u1.id).cmp(&(
                b2,
                u2.level,
                u2.floor_id,
                &u2.code,
                u2.id,
            ))
        });

        let mut floors: Vec<FloorEntry> = Vec::new();
        let mut floor_by_id = HashMap::new();
        let mut floor_of_row = Vec::with_capacity(order.len());
        let mut row_of_unit = vec![u32::MAX; inv.units.len()];
        for (row, (b, p, u)) in order.iter().enumerate() {
            let same_floor = floors.last().is_some_and(|f| {
                f.building == *b && order[f.rows.start as usize].2.floor_id == u.floor_id
            });
            if same_floor {
                if let Some(f) = floors.last_mut() {
                    f.rows.end += 1;
                }
            } else {
                floor_by_id.entry(u.floor_id).or_insert(floors.len() as u32);
                floors.push(FloorEntry {
                    building: *b,
                    level: u.level,
                    rows: Span::new(row, row + 1),
                    summary: FloorSummary::of(&[]),
                });
            }
            floor_of_row.push(floors.len() - 1);
            row_of_unit[*p as usize] = row as u32;
        }
        for (i, f) in floors.iter().enumerate() {
            let entry = &mut buildings[f.building as usize].floors;
            if entry.len() == 0 {
                *entry = Span::new(i, i + 1);
            } else {
                entry.end = i as u32 + 1;
            }
        }

        let row_of = |id: &Uuid| {
            unit_by_id
                .get(id)
                .map(|&p| row_of_unit[p as usize])
                .filter(|&r| r != u32::MAX)
        };

        // Adjacency kept symmetric and within one floor whatever the input says.
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        for (row, (_, _, u)) in order.iter().enumerate() {
            for other in u.adjacent_unit_ids.iter().filter_map(row_of) {
                if other as usize != row && floor_of_row[other as usize] == floor_of_row[row] {
                    pairs.push((row as u32, other));
                    pairs.push((other, row as u32));
                }
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        let neighbour_spans = spans(order.len(), pairs.iter().map(|p| p.0));
        let neighbours = pairs.into_iter().map(|p| p.1).collect();

        let mut holds: Vec<(u32, NaiveDate, NaiveDate)> = inv
            .holds
            .iter()
            .filter_map(|h| row_of(&h.unit_id).map(|r| (r, h.start, h.end)))
            .collect();
        holds.sort_unstable();
        let hold_spans = spans(order.len(), holds.iter().map(|h| h.0));
        let holds = holds.into_iter().map(|h| (h.1, h.2)).collect();

        let rows: Vec<UnitRow> = order
            .iter()
            .enumerate()
            .map(|(row, (_, p, u))| UnitRow {
                id: u.id,
                unit: *p,
                area_m2: u.area_m2,
                live_load_kn_m2: u.live_load_kn_m2,
                clear_height_mm: u.clear_height_mm,
                power_kva: u.power_kva,
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

        Index {
            inv,
            unit_by_id,
            building_by_id,
            floor_by_id,
            buildings,
            floors,
            rows,
            neighbours,
            holds,
        }
    }

    /// The inventory this index was built from.
    pub fn inventory(&self) -> &'a Inventory {
        self.inv
    }

    /// A unit by id, e.g. to add the full units to a candidate.
    pub fn unit(&self, id: Uuid) -> Option<&'a UnitInfo> {
        let inv = self.inv;
        self.unit_by_id.get(&id).map(|&p| &inv.units[p as usize])
    }

    /// A building by id.
    pub fn building(&self, id: Uuid) -> Option<&'a BuildingInfo> {
        let inv = self.inv;
        self.building_by_id
            .get(&id)
            .map(|&p| &inv.buildings[p as usize])
    }

    /// The ids of the units on a floor, in code order.
    pub fn units_on_floor(&self, floor_id: Uuid) -> Vec<Uuid> {
        self.floor_by_id
            .get(&floor_id)
            .map(|&f| {
                self.rows[self.floors[f as usize].rows.range()]
                    .iter()
                    .map(|r| r.id)
                    .collect()
            })
            .unwrap_or_default()
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

/// Position of the first occurrence of each id: duplicates are ignored.
fn first_position_by_id(ids: impl Iterator<Item = Uuid>) -> HashMap<Uuid, u32> {
    let mut map = HashMap::new();
    for (i, id) in ids.enumerate() {
        map.entry(id).or_insert(i as u32);
    }
    map
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
