//! Invariants over random inventories and requirements.

use std::collections::HashMap;

use chrono::Duration;
use proptest::prelude::*;
use uuid::Uuid;

use super::fixtures::{d, item};
use crate::domain::matching::*;
use crate::domain::{BuildingStatus, FireHazardClass, UnitStatus};

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

fn arb_building() -> impl Strategy<Value = BuildingInfo> {
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

fn arb_lift() -> impl Strategy<Value = (usize, LiftInfo)> {
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

fn arb_unit() -> impl Strategy<Value = UnitSpec> {
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

fn arb_floor() -> impl Strategy<Value = FloorSpec> {
    (
        0..3usize,
        prop::sample::select(vec![-1, 1, 2, 3, 5, 8, 12]),
        prop::collection::vec(arb_unit(), 1..7),
        prop::collection::vec((0..7usize, 0..7usize), 0..4),
    )
}

fn build(
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

fn arb_inventory() -> impl Strategy<Value = Inventory> {
    (
        prop::collection::vec(arb_building(), 1..4),
        prop::collection::vec(arb_lift(), 0..4),
        prop::collection::vec(arb_floor(), 1..8),
    )
        .prop_map(|(b, l, f)| build(b, l, f))
}

fn arb_requirement() -> impl Strategy<Value = Requirement> {
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn matches_pass_everything_and_near_misses_fail_exactly_once(
        inv in arb_inventory(), req in arb_requirement(), limit in 1..40usize,
    ) {
        let index = Index::new(&inv);
        let r = find(&req, &index, limit);
        prop_assert!(r.matches.len() <= limit && r.near_misses.len() <= limit);
        for (list, failures) in [(&r.matches, 0), (&r.near_misses, 1)] {
            for c in list.iter() {
                let order: Vec<_> = c.checks.iter().map(|k| k.criterion).collect();
                prop_assert_eq!(order, Criterion::ALL.to_vec());
                prop_assert_eq!(c.checks.iter().filter(|k| !k.passed).count(), failures);
                prop_assert!(c.score <= 100);
                prop_assert!(!c.unit_ids.is_empty() && c.unit_ids.len() <= MAX_UNITS);
                prop_assert!(c.unit_ids.windows(2).all(|p| p[0] < p[1]));
                prop_assert!(req.allow_combined_units || c.unit_ids.len() == 1);
                let units: Vec<&UnitInfo> = c.unit_ids.iter().map(|id| index.unit(*id).unwrap()).collect();
                prop_assert!(units.iter().all(|u| u.floor_id == units[0].floor_id));
                let area: f64 = units.iter().map(|u| u.area_m2).sum();
                prop_assert!((area - c.total_area_m2).abs() < 1e-6);
                let rent: f64 = units.iter().map(|u| u.area_m2 * u.asking_rent_fen_m2_day as f64).sum();
                prop_assert_eq!(c.monthly_rent_fen, (rent * 365.0 / 12.0).round() as i64);
            }
            // Best first: score down, then rent up, then unit ids.
            for p in list.windows(2) {
                let key = |c: &Candidate| (std::cmp::Reverse(c.score), c.monthly_rent_fen, c.unit_ids.clone());
                prop_assert!(key(&p[0]) < key(&p[1]));
            }
        }
    }

    #[test]
    fn the_answer_does_not_depend_on_the_order_of_the_inventory(
        inv in arb_inventory(), req in arb_requirement(),
    ) {
        let r = find(&req, &Index::new(&inv), 25);
        let mut shuffled = inv.clone();
        shuffled.units.reverse();
        shuffled.buildings.reverse();
        shuffled.lifts.reverse();
        shuffled.holds.reverse();
        prop_assert_eq!(find(&req, &Index::new(&shuffled), 25), r);
    }

    #[test]
    fn a_smaller_limit_gives_the_head_of_a_larger_one(
        inv in arb_inventory(), req in arb_requirement(), limit in 1..6usize,
    ) {
        let index = Index::new(&inv);
        let all = find(&req, &index, 10_000);
        let head = find(&req, &index, limit);
        prop_assert_eq!(&head.matches[..], &all.matches[..limit.min(all.matches.len())]);
        prop_assert_eq!(&head.near_misses[..], &all.near_misses[..limit.min(all.near_misses.len())]);
    }

    #[test]
    fn single_units_are_judged_as_a_naive_reading_of_the_rules_judges_them(
        inv in arb_inventory(), req in arb_requirement(),
    ) {
        let r = find(&req, &Index::new(&inv), 100_000);
        let engine: std::collections::BTreeMap<Uuid, Vec<Criterion>> = r
            .matches
            .iter()
            .chain(&r.near_misses)
            .filter(|c| c.unit_ids.len() == 1)
            .map(|c| (c.unit_ids[0], super::fixtures::failed(c)))
            .collect();
        let mut naive = super::reference::single_unit_failures(&inv, &req);
        naive.retain(|_, failed| failed.len() <= 1);
        prop_assert_eq!(engine, naive);
    }
}
