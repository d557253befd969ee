//! Which buildings' part of the engine's index a change touched, from the
//! small tables read before and after it: a building whose row, lifts, park
//! targets or holds differ. Changed units add their own buildings.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use uuid::Uuid;

use crate::matching::engine::Inventory;

/// The buildings whose shards `new` changes from `old` (units aside).
/// `building_of` names a unit's building, for holds.
pub fn buildings(
    old: &Inventory,
    new: &Inventory,
    building_of: impl Fn(Uuid) -> Option<Uuid>,
) -> HashSet<Uuid> {
    let mut dirty = HashSet::new();
    dirty.extend(differing(&old.buildings, &new.buildings, |b| b.id));
    dirty.extend(differing(&old.lifts, &new.lifts, |l| l.building_id));
    let parks = differing(&old.parks, &new.parks, |p| p.id);
    if !parks.is_empty() {
        for b in old.buildings.iter().chain(&new.buildings) {
            if parks.contains(&b.park_id) {
                dirty.insert(b.id);
            }
        }
    }
    let held = differing(&old.holds, &new.holds, |h| h.unit_id);
    dirty.extend(held.into_iter().filter_map(building_of));
    dirty
}

/// The keys whose rows differ between `old` and `new`, rows grouped by
/// `key` in their listed order.
fn differing<T: PartialEq, K: Hash + Eq + Copy>(
    old: &[T],
    new: &[T],
    key: impl Fn(&T) -> K,
) -> HashSet<K> {
    fn grouped<'t, T, K: Hash + Eq>(
        rows: &'t [T],
        key: &impl Fn(&T) -> K,
    ) -> HashMap<K, Vec<&'t T>> {
        let mut groups: HashMap<K, Vec<&T>> = HashMap::new();
        for row in rows {
            groups.entry(key(row)).or_default().push(row);
        }
        groups
    }
    let (old, new) = (grouped(old, &key), grouped(new, &key));
    let mut keys: HashSet<K> = HashSet::new();
    for (k, rows) in &old {
        if new.get(k) != Some(rows) {
            keys.insert(*k);
        }
    }
    for k in new.keys() {
        if !old.contains_key(k) {
            keys.insert(*k);
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{BuildingStatus, FireHazardClass};
    use crate::matching::engine::{BuildingInfo, Hold, LiftInfo, ParkInfo};
    use chrono::NaiveDate;

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    fn building(n: u128, park: u128) -> BuildingInfo {
        BuildingInfo {
            id: id(n),
            park_id: id(park),
            floors_above_ground: 10,
            floors_below_ground: 0,
            status: BuildingStatus::Completed,
            completion_date: None,
            max_fire_hazard_class: FireHazardClass::C,
        }
    }

    fn lift(b: u128, rated: i32) -> LiftInfo {
        LiftInfo {
            building_id: id(b),
            rated_load_kg: rated,
            car_width_mm: 2000,
            car_depth_mm: 3000,
            car_height_mm: 2500,
            door_width_mm: 1800,
            door_height_mm: 2300,
            lowest_level: 1,
            highest_level: 10,
        }
    }

    fn base() -> Inventory {
        Inventory {
            parks: vec![
                ParkInfo {
                    id: id(100),
                    target_industries: vec!["C27".into()],
                },
                ParkInfo {
                    id: id(200),
                    target_industries: vec![],
                },
            ],
            buildings: vec![building(1, 100), building(2, 100), building(3, 200)],
            lifts: vec![lift(1, 3000), lift(3, 2000)],
            units: vec![],
            holds: vec![],
        }
    }

    fn set(ids: &[u128]) -> HashSet<Uuid> {
        ids.iter().map(|n| id(*n)).collect()
    }

    #[test]
    fn nothing_changed_dirties_nothing() {
        assert!(buildings(&base(), &base(), |_| None).is_empty());
    }

    #[test]
    fn a_changed_lift_dirties_its_building_only() {
        let mut new = base();
        new.lifts[1].rated_load_kg = 5000;
        assert_eq!(buildings(&base(), &new, |_| None), set(&[3]));
    }

    #[test]
    fn a_park_retargeted_dirties_all_its_buildings() {
        let mut new = base();
        new.parks[0].target_industries.push("C35".into());
        assert_eq!(buildings(&base(), &new, |_| None), set(&[1, 2]));
    }

    #[test]
    fn added_and_removed_buildings_are_dirty() {
        let mut new = base();
        new.buildings.remove(0);
        new.buildings.push(building(4, 200));
        assert_eq!(buildings(&base(), &new, |_| None), set(&[1, 4]));
    }

    #[test]
    fn a_new_hold_dirties_the_building_of_its_unit() {
        let mut new = base();
        let day = |d| NaiveDate::from_ymd_opt(2027, 1, d).unwrap_or_default();
        new.holds.push(Hold {
            unit_id: id(77),
            start: day(1),
            end: day(20),
        });
        let of = |u: Uuid| (u == id(77)).then_some(id(2));
        assert_eq!(buildings(&base(), &new, of), set(&[2]));
    }
}
