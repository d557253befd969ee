//! Random inventories and requirements for the property tests: a few
//! buildings in two parks, floors of up to six units with extra shared walls,
//! holds around the move-in date, and requirements across every option.

use std::collections::HashMap;

use chrono::Duration;
use proptest::prelude::*;
use uuid::Uuid;

use super::fixtures::{d, item};
use crate::domain::{BuildingStatus, FireHazardClass, UnitStatus};
use crate::matching::engine::*;

const CLASSES: [FireHazardClass; 5] = [
    FireHazardClass::A,
    FireHazardClass::B,
    FireHazardClass::C,
    FireHazardClass::D,
    FireHazardClass::E,
];
const STATUSES: [BuildingStatus; 4] = [
    BuildingStatus::Planned,
    BuildingStatus::UnderConstruction,
    BuildingStatus::Completed,
    BuildingStatus::Operational,
];
const UNIT_STATUSES: [UnitStatus; 4] = [
    UnitStatus::Available,
    UnitStatus::Reserved,
    UnitStatus::Leased,
    UnitStatus::Unavailable,
];

pub fn arb_building() -> impl Strategy<Value = BuildingInfo> {
    (
        0..2usize,
        1..16i32,
        0..4usize,
        prop::option::of(-400..400i64),
        0..5usize,
    )
        .prop_map(|(park, above, status, due, class)| BuildingInfo {
            id: Uuid::now_v7(),
            park_id: Uuid::from_u128(park as u128 + 1),
            floors_above_ground: above,
            floors_below_ground: 1,
            status: STATUSES[status],
            completion_date: due.map(|days| d("2027-03-01") + Duration::days(days)),
            max_fire_hazard_class: CLASSES[class],
        })
}

pub fn arb_lift() -> impl Strategy<Value = (usize, LiftInfo)> {
    (
        0..3usize,
        1000..5001i32,
        1200..3000i32,
        1800..5000i32,
        2000..3200i32,
        -1..3i32,
        3..16i32,
    )
        .prop_map(|(b, kg, w, dep, h, low, high)| {
            let lift = LiftInfo {
                building_id: Uuid::nil(),
                rated_load_kg: kg,
                car_width_mm: w,
                car_depth_mm: dep,
                car_height_mm: h,
                door_width_mm: w - 200,
                door_height_mm: h - 300,
                lowest_level: if low == 0 { 1 } else { low },
                highest_level: high,
            };
            (b, lift)
        })
}

/// (area, load, height, power, shaft, rent, status, hold start and length in days)
type UnitSpec = (
    f64,
    f64,
    i32,
    Option<f64>,
    bool,
    i64,
    usize,
    Option<(i64, i64)>,
);

pub fn arb_unit() -> impl Strategy<Value = UnitSpec> {
    (
        (1..25u32).prop_map(|a| f64::from(a) * 100.0),
        prop::sample::select(vec![5.0, 6.5, 8.0, 10.0, 12.0, 15.0]),
        3000..6500i32,
        prop::option::of((1..16u32).prop_map(|p| f64::from(p) * 100.0)),
        any::<bool>(),
        80..250i64,
        0..4usize,
        prop::option::of((-800..800i64, 1..900i64)),
    )
}

/// (building, level, units, extra adjacency pairs)
type FloorSpec = (usize, i32, Vec<UnitSpec>, Vec<(usize, usize)>);

pub fn arb_floor() -> impl Strategy<Value = FloorSpec> {
    (
        0..3usize,
        prop::sample::select(vec![-1, 1, 2, 3, 5, 8, 12]),
        prop::collection::vec(arb_unit(), 1..7),
        prop::collection::vec((0..7usize, 0..7usize), 0..4),
    )
}

pub fn build(
    buildings: Vec<BuildingInfo>,
    lifts: Vec<(usize, LiftInfo)>,
    floors: Vec<FloorSpec>,
) -> Inventory {
    let mut inv = Inventory {
        parks: vec![
            ParkInfo {
                id: Uuid::from_u128(1),
                target_industries: vec!["C27".into()],
            },
            ParkInfo {
                id: Uuid::from_u128(2),
                target_industries: vec!["O80".into()],
            },
        ],
        ..Inventory::default()
    };
    for (b, mut lift) in lifts {
        lift.building_id = buildings[b % buildings.len()].id;
        inv.lifts.push(lift);
    }
    let mut levels_used = HashMap::new();
    for (b, level, units, extra) in floors {
        let building = &buildings[b % buildings.len()];
        // One floor per level of a building.
        if levels_used.insert((building.id, level), ()).is_some() {
            continue;
        }
        let floor_id = Uuid::now_v7();
        let ids: Vec<Uuid> = units.iter().map(|_| Uuid::now_v7()).collect();
        let n = ids.len();
        let mut adjacent = vec![Vec::new(); n];
        for i in 1..n {
            adjacent[i].push(ids[i - 1]);
            adjacent[i - 1].push(ids[i]);
        }
        for (a, c) in extra {
            let (a, c) = (a % n, c % n);
            adjacent[a].push(ids[c]);
            adjacent[c].push(ids[a]);
        }
        for (i, (area, load, height, power, shaft, rent, status, hold)) in
            units.into_iter().enumerate()
        {
            inv.units.push(UnitInfo {
                id: ids[i],
                code: format!("U{i}"),
                building_id: building.id,
                floor_id,
                level,
                area_m2: area,
                live_load_kn_m2: load,
                clear_height_mm: height,
                power_kva: power,
                power_from_floor: false,
                has_utility_shaft: shaft,
                asking_rent_fen_m2_day: rent,
                status: UNIT_STATUSES[status],
                adjacent_unit_ids: adjacent[i].clone(),
            });
            if let Some((start, days)) = hold {
                let start = d("2027-03-01") + Duration::days(start);
                inv.holds.push(Hold {
                    unit_id: ids[i],
                    start,
                    end: start + Duration::days(days),
                });
            }
        }
    }
    inv.buildings = buildings;
    inv
}

pub fn arb_inventory() -> impl Strategy<Value = Inventory> {
    (
        prop::collection::vec(arb_building(), 1..4),
        prop::collection::vec(arb_lift(), 0..4),
        prop::collection::vec(arb_floor(), 1..8),
    )
        .prop_map(|(b, l, f)| build(b, l, f))
}

pub fn arb_requirement() -> impl Strategy<Value = Requirement> {
    (
        (2..30u32).prop_map(|a| f64::from(a) * 100.0),
        prop::option::of(0..2000u32),
        prop::option::of(prop::sample::select(vec![5.0, 8.0, 10.0, 12.0])),
        prop::option::of(3500..5500i32),
        prop::option::of((500..5000u32, 800..3000i32, 800..3000i32, 1000..3000i32)),
        0..5usize,
        (
            prop::option::of(100..1200u32),
            any::<bool>(),
            prop::option::of(90..220i64),
        ),
        (-200..200i64, 1..60u32, any::<bool>(), any::<bool>()),
    )
        .prop_map(
            |(
                min,
                extra,
                load,
                height,
                it,
                class,
                (power, shaft, rent),
                (day, months, prefer, combine),
            )| {
                Requirement {
                    industry_code: "C2761".into(),
                    min_area_m2: min,
                    max_area_m2: extra.map(|e| min + f64::from(e)),
                    min_live_load_kn_m2: load,
                    min_clear_height_mm: height,
                    heaviest_item: it.map(|(kg, l, w, h)| item(f64::from(kg), l, w, h)),
                    fire_hazard_class: CLASSES[class],
                    min_power_kva: power.map(f64::from),
                    needs_utility_shaft: shaft,
                    max_rent_fen_m2_day: rent,
                    move_in_date: d("2027-03-01") + Duration::days(day),
                    lease_months: months,
                    preferred_park_ids: if prefer {
                        vec![Uuid::from_u128(1)]
                    } else {
                        vec![]
                    },
                    allow_combined_units: combine,
                }
            },
        )
}
