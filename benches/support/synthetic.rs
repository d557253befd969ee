//! The synthetic inventory both engine benchmarks read: parks of 20 towers ×
//! 20 storeys × 5 adjacent units (2,000 units a park), with freight lifts, a
//! basement level in some towers, and holds on the leased and reserved
//! units; and 60 varied requirements against it.

use chrono::NaiveDate;
use upstairs::domain::{BuildingStatus, FireHazardClass, UnitStatus};
use upstairs::matching::engine::{
    BuildingInfo, Hold, Inventory, Item, LiftInfo, ParkInfo, Requirement, UnitInfo,
};
use uuid::Uuid;

pub const TOWERS_PER_PARK: usize = 20;
pub const STOREYS: i32 = 20;
pub const UNITS_PER_FLOOR: usize = 5;
pub const REQUIREMENTS: usize = 60;

/// SplitMix64: a tiny deterministic generator, so every run sees the same data.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo) as u64) as i64
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[(self.next() % items.len() as u64) as usize]
    }

    pub fn id(&mut self) -> Uuid {
        Uuid::from_u128(u128::from(self.next()) << 64 | u128::from(self.next()))
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn day_offset(rng: &mut Rng, from: NaiveDate, lo: i64, hi: i64) -> NaiveDate {
    from + chrono::Duration::days(rng.range(lo, hi))
}

const INDUSTRIES: [&str; 8] = ["C27", "C35", "C358", "C38", "C39", "I65", "M73", "O80"];

pub fn inventory(rng: &mut Rng, parks: usize) -> Inventory {
    inventory_with(rng, parks, UNITS_PER_FLOOR)
}

/// The same portfolio with `per_floor` units a floor sharing about the
/// same floor area (4,500 m² on average): five in a row, or from ten on
/// two rows along a corridor, each unit also sharing a wall with the one
/// across.
pub fn inventory_with(rng: &mut Rng, parks: usize, per_floor: usize) -> Inventory {
    let mut inv = Inventory::default();
    let today = date(2026, 6, 1);
    for _ in 0..parks {
        let park_id = rng.id();
        let targets = (0..rng.range(1, 4)).map(|_| rng.pick(&INDUSTRIES).to_string());
        inv.parks.push(ParkInfo {
            id: park_id,
            target_industries: targets.collect(),
        });
        for _ in 0..TOWERS_PER_PARK {
            let building_id = rng.id();
            let below = i32::from(rng.chance(30));
            let (status, completion_date) = match rng.range(0, 20) {
                0 => (BuildingStatus::Planned, None),
                1 | 2 => (
                    BuildingStatus::UnderConstruction,
                    Some(day_offset(rng, today, 100, 900)),
                ),
                _ => (BuildingStatus::Operational, Some(date(2024, 6, 30))),
            };
            inv.buildings.push(BuildingInfo {
                id: building_id,
                park_id,
                floors_above_ground: STOREYS,
                floors_below_ground: below,
                status,
                completion_date,
                max_fire_hazard_class: rng.pick(&[
                    FireHazardClass::B,
                    FireHazardClass::C,
                    FireHazardClass::C,
                    FireHazardClass::C,
                    FireHazardClass::D,
                ]),
            });
            let lift = |kg, car: [i32; 3], door: [i32; 2], levels: (i32, i32)| LiftInfo {
                building_id,
                rated_load_kg: kg,
                car_width_mm: car[0],
                car_depth_mm: car[1],
                car_height_mm: car[2],
                door_width_mm: door[0],
                door_height_mm: door[1],
                lowest_level: levels.0,
                highest_level: levels.1,
            };
            if rng.chance(70) {
                inv.lifts.push(lift(
                    5000,
                    [2700, 4500, 3000],
                    [2500, 2800],
                    (-below, STOREYS),
                ));
            }
            inv.lifts
                .push(lift(3000, [2000, 3500, 2800], [1800, 2500], (1, STOREYS)));
            inv.lifts
                .push(lift(2000, [1800, 2700, 2600], [1400, 2300], (1, 10)));
            let levels = (if below == 1 { -1 } else { 1 })..=STOREYS;
            for level in levels.filter(|&l| l != 0).take(STOREYS as usize) {
                floor(rng, &mut inv, building_id, level, today, per_floor);
            }
        }
    }
    inv
}

/// One storey of `n` units, heavier and taller low in the tower.
fn floor(
    rng: &mut Rng,
    inv: &mut Inventory,
    building_id: Uuid,
    level: i32,
    today: NaiveDate,
    n: usize,
) {
    let (load, height) = match level {
        ..=1 => (15.0, 6000),
        2..=3 => (12.0, 5000),
        4..=8 => (10.0, 4500),
        9..=14 => (8.0, 4500),
        _ => (6.5, 4200),
    };
    let power = rng
        .chance(90)
        .then(|| rng.pick(&[400.0, 500.0, 630.0, 800.0, 1000.0]));
    let shaft = rng.chance(70);
    let floor_id = rng.id();
    let ids: Vec<Uuid> = (0..n).map(|_| rng.id()).collect();
    let row = if n >= 10 { n / 2 } else { n };
    for (i, &id) in ids.iter().enumerate() {
        let status = match rng.range(0, 100) {
            0..=84 => UnitStatus::Available,
            85..=89 => UnitStatus::Reserved,
            90..=96 => UnitStatus::Leased,
            _ => UnitStatus::Unavailable,
        };
        if matches!(status, UnitStatus::Reserved | UnitStatus::Leased) {
            let start = day_offset(rng, today, -700, 30);
            let end = day_offset(rng, start, 180, 1800);
            inv.holds.push(Hold {
                unit_id: id,
                start,
                end,
            });
        }
        let along = [
            i.checked_sub(1).filter(|_| i % row != 0),
            Some(i + 1).filter(|&j| j < ids.len() && j % row != 0),
        ];
        let across = [
            i.checked_sub(row).filter(|_| row < n),
            Some(i + row).filter(|&j| row < n && j < ids.len()),
        ];
        inv.units.push(UnitInfo {
            id,
            code: format!("U{level:02}{i:02}"),
            building_id,
            floor_id,
            level,
            area_m2: (rng.range(30, 151) * 5 / n as i64) as f64 * 10.0,
            live_load_kn_m2: load,
            clear_height_mm: height,
            power_kva: power,
            power_from_floor: true,
            has_utility_shaft: shaft,
            asking_rent_fen_m2_day: rng.range(80, 221),
            status,
            adjacent_unit_ids: along
                .into_iter()
                .chain(across)
                .flatten()
                .map(|j| ids[j])
                .collect(),
        });
    }
}

pub fn requirements(rng: &mut Rng, inv: &Inventory) -> Vec<Requirement> {
    (0..REQUIREMENTS)
        .map(|_| {
            let min = rng.pick(&[200.0, 500.0, 800.0, 1000.0, 1500.0, 2000.0, 3000.0]);
            let preferred = if rng.chance(30) {
                (0..rng.range(1, 4))
                    .map(|_| inv.parks[rng.range(0, inv.parks.len() as i64) as usize].id)
                    .collect()
            } else {
                vec![]
            };
            Requirement {
                industry_code: format!("{}{}", rng.pick(&INDUSTRIES), rng.range(10, 99)),
                min_area_m2: min,
                max_area_m2: rng.chance(60).then_some(min * 1.5),
                min_live_load_kn_m2: rng.chance(60).then(|| rng.pick(&[5.0, 8.0, 10.0, 12.0])),
                min_clear_height_mm: rng.chance(40).then(|| rng.pick(&[4000, 4500, 5000])),
                heaviest_item: rng.chance(50).then(|| Item {
                    weight_kg: rng.range(300, 4500) as f64,
                    length_mm: rng.range(1000, 3000) as i32,
                    width_mm: rng.range(800, 2200) as i32,
                    height_mm: rng.range(1000, 2700) as i32,
                }),
                fire_hazard_class: rng.pick(&[
                    FireHazardClass::B,
                    FireHazardClass::C,
                    FireHazardClass::C,
                    FireHazardClass::D,
                    FireHazardClass::E,
                ]),
                min_power_kva: rng.chance(40).then(|| rng.pick(&[200.0, 400.0, 630.0])),
                needs_utility_shaft: rng.chance(40),
                max_rent_fen_m2_day: rng.chance(50).then(|| rng.range(100, 200)),
                move_in_date: day_offset(rng, date(2026, 6, 1), 0, 600),
                lease_months: rng.pick(&[12, 24, 36, 60]),
                preferred_park_ids: preferred,
                allow_combined_units: rng.chance(80),
            }
        })
        .collect()
}
