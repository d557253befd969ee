//! Small inventories for tests: one park, one ten-storey tower with a 3 t
//! lift, and floors of adjacent units that meet any requirement built by
//! [`requirement`] unless a test changes something.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::domain::{BuildingStatus, FireHazardClass, UnitStatus};
use crate::matching::engine::*;

pub fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// A biotech tenant wanting 1,000 m² from 2027-03-01 for a year, asking
/// nothing else.
pub fn requirement() -> Requirement {
    Requirement {
        industry_code: "C2761".into(),
        min_area_m2: 1000.0,
        max_area_m2: None,
        min_live_load_kn_m2: None,
        min_clear_height_mm: None,
        heaviest_item: None,
        fire_hazard_class: FireHazardClass::C,
        min_power_kva: None,
        needs_utility_shaft: false,
        max_rent_fen_m2_day: None,
        move_in_date: d("2027-03-01"),
        lease_months: 12,
        preferred_park_ids: vec![],
        allow_combined_units: true,
    }
}

pub fn item(weight_kg: f64, length_mm: i32, width_mm: i32, height_mm: i32) -> Item {
    Item {
        weight_kg,
        length_mm,
        width_mm,
        height_mm,
    }
}

/// A test inventory under construction.
pub struct World {
    pub inv: Inventory,
}

impl World {
    /// One park targeting pharmaceuticals (`C27`), one tower, one lift.
    pub fn new() -> Self {
        let mut w = World {
            inv: Inventory::default(),
        };
        let park = w.park(&["C27"]);
        let b = w.building(park, 10);
        w.lift(b);
        w
    }

    pub fn park(&mut self, targets: &[&str]) -> Uuid {
        let id = Uuid::now_v7();
        self.inv.parks.push(ParkInfo {
            id,
            target_industries: targets.iter().map(|t| t.to_string()).collect(),
        });
        id
    }

    /// An operational building rated class c with `above` storeys.
    pub fn building(&mut self, park_id: Uuid, above: i32) -> Uuid {
        let id = Uuid::now_v7();
        self.inv.buildings.push(BuildingInfo {
            id,
            park_id,
            floors_above_ground: above,
            floors_below_ground: 1,
            status: BuildingStatus::Operational,
            completion_date: None,
            max_fire_hazard_class: FireHazardClass::C,
        });
        id
    }

    /// A 3 t lift (car 2000 × 3500 × 2800, door 1800 × 2500) serving 1–10.
    pub fn lift(&mut self, building_id: Uuid) {
        self.inv.lifts.push(three_tonne_lift(building_id, 10));
    }

    /// The first building and park.
    pub fn tower(&self) -> Uuid {
        self.inv.buildings[0].id
    }

    pub fn park_id(&self) -> Uuid {
        self.inv.parks[0].id
    }

    /// A floor of `areas.len()` units side by side, each sharing a wall
    /// with the next: 10 kN/m², 4,500 mm clear, 500 kVA, a shaft, 150 fen.
    pub fn floor(&mut self, building_id: Uuid, level: i32, areas: &[f64]) -> Vec<Uuid> {
        let floor_id = Uuid::now_v7();
        let ids: Vec<Uuid> = areas.iter().map(|_| Uuid::now_v7()).collect();
        for (i, (&id, &area_m2)) in ids.iter().zip(areas).enumerate() {
            let mut adjacent_unit_ids = vec![];
            if i > 0 {
                adjacent_unit_ids.push(ids[i - 1]);
            }
            if i + 1 < ids.len() {
                adjacent_unit_ids.push(ids[i + 1]);
            }
            self.inv.units.push(UnitInfo {
                id,
                code: format!("L{level:02}-{:02}", i + 1),
                building_id,
                floor_id,
                level,
                area_m2,
                live_load_kn_m2: 10.0,
                clear_height_mm: 4500,
                power_kva: Some(500.0),
                power_from_floor: true,
                has_utility_shaft: true,
                asking_rent_fen_m2_day: 150,
                status: UnitStatus::Available,
                adjacent_unit_ids,
            });
        }
        ids
    }

    pub fn unit_mut(&mut self, id: Uuid) -> &mut UnitInfo {
        self.inv.units.iter_mut().find(|u| u.id == id).unwrap()
    }

    pub fn hold(&mut self, unit_id: Uuid, start: &str, end: &str) {
        self.inv.holds.push(Hold {
            unit_id,
            start: d(start),
            end: d(end),
        });
    }

    pub fn find(&self, req: &Requirement) -> MatchResult {
        find(req, &Index::new(&self.inv), 50)
    }
}

/// The check of one criterion.
pub fn check(c: &Candidate, criterion: Criterion) -> &Check {
    c.checks.iter().find(|k| k.criterion == criterion).unwrap()
}

/// The candidate made of exactly these units, from matches or near misses.
pub fn candidate<'r>(r: &'r MatchResult, unit_ids: &[Uuid]) -> Option<&'r Candidate> {
    let mut want = unit_ids.to_vec();
    want.sort();
    r.matches
        .iter()
        .chain(&r.near_misses)
        .find(|c| c.unit_ids == want)
}

/// Whether the candidate of exactly these units is a match.
pub fn is_match(r: &MatchResult, unit_ids: &[Uuid]) -> bool {
    let mut want = unit_ids.to_vec();
    want.sort();
    r.matches.iter().any(|c| c.unit_ids == want)
}

/// The criteria the candidate fails.
pub fn failed(c: &Candidate) -> Vec<Criterion> {
    c.checks
        .iter()
        .filter(|k| !k.passed)
        .map(|k| k.criterion)
        .collect()
}

/// A 3 t lift: car 2000 wide × 3500 deep × 2800 high, door 1800 × 2500,
/// serving levels 1 to `highest_level`.
pub fn three_tonne_lift(building_id: Uuid, highest_level: i32) -> LiftInfo {
    LiftInfo {
        building_id,
        rated_load_kg: 3000,
        car_width_mm: 2000,
        car_depth_mm: 3500,
        car_height_mm: 2800,
        door_width_mm: 1800,
        door_height_mm: 2500,
        lowest_level: 1,
        highest_level,
    }
}
