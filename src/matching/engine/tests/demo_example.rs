//! The worked example of `docs/matching.md`, computed by the engine: the
//! demo parks of `src/demo/` as plain data, and a biotech tenant's request.
//! Run `cargo test --lib demo_example -- --nocapture` to print the table
//! the document shows.

use uuid::Uuid;

use super::fixtures::{d, item};
use crate::domain::{BuildingStatus, FireHazardClass as Class, UnitStatus};
use crate::matching::engine::*;

struct Demo {
    inv: Inventory,
}

impl Demo {
    fn park(&mut self, targets: &[&str]) -> Uuid {
        let id = Uuid::now_v7();
        let target_industries = targets.iter().map(|t| t.to_string()).collect();
        self.inv.parks.push(ParkInfo {
            id,
            target_industries,
        });
        id
    }

    fn building(
        &mut self,
        park_id: Uuid,
        above: i32,
        below: i32,
        ready: bool,
        class: Class,
    ) -> Uuid {
        let id = Uuid::now_v7();
        self.inv.buildings.push(BuildingInfo {
            id,
            park_id,
            floors_above_ground: above,
            floors_below_ground: below,
            status: if ready {
                BuildingStatus::Operational
            } else {
                BuildingStatus::UnderConstruction
            },
            completion_date: Some(d(if ready { "2024-06-30" } else { "2027-09-30" })),
            max_fire_hazard_class: class,
        });
        id
    }

    /// (rated kg, car w×d×h, door w×h, lowest..highest), as in `builder::lift`.
    fn lift(
        &mut self,
        building_id: Uuid,
        kg: i32,
        car: [i32; 3],
        door: [i32; 2],
        levels: (i32, i32),
    ) {
        self.inv.lifts.push(LiftInfo {
            building_id,
            rated_load_kg: kg,
            car_width_mm: car[0],
            car_depth_mm: car[1],
            car_height_mm: car[2],
            door_width_mm: door[0],
            door_height_mm: door[1],
            lowest_level: levels.0,
            highest_level: levels.1,
        });
    }

    /// Units side by side on one floor, as in `builder::units_in_a_row`.
    #[allow(clippy::too_many_arguments)]
    fn row(
        &mut self,
        b: Uuid,
        level: i32,
        units: &[(String, f64)],
        load: f64,
        height: i32,
        power: Option<f64>,
        shaft: bool,
        rent: i64,
    ) {
        let floor_id = Uuid::now_v7();
        let ids: Vec<Uuid> = units.iter().map(|_| Uuid::now_v7()).collect();
        for (i, (code, area)) in units.iter().enumerate() {
            let neighbours = [i.checked_sub(1), Some(i + 1).filter(|&n| n < ids.len())];
            self.inv.units.push(UnitInfo {
                id: ids[i],
                code: code.clone(),
                building_id: b,
                floor_id,
                level,
                area_m2: *area,
                live_load_kn_m2: load,
                clear_height_mm: height,
                power_kva: power,
                power_from_floor: true,
                has_utility_shaft: shaft,
                asking_rent_fen_m2_day: rent,
                status: UnitStatus::Available,
                adjacent_unit_ids: neighbours.into_iter().flatten().map(|n| ids[n]).collect(),
            });
        }
    }
}

/// 源嘉 (tower A1, factories B1–B4) and 洁神 (workshop 1, R&D building 2).
fn demo_inventory() -> Inventory {
    let mut w = Demo {
        inv: Inventory::default(),
    };
    let yuanjia = w.park(&["C27", "C358", "C39", "I65"]);
    let a1 = w.building(yuanjia, 15, 1, true, Class::C);
    w.lift(a1, 5000, [2700, 4500, 3000], [2500, 2800], (-1, 15));
    w.lift(a1, 3000, [2000, 3500, 2800], [1800, 2500], (1, 15));
    w.lift(a1, 2000, [1800, 2700, 2600], [1400, 2300], (1, 9));
    for level in 1..=15 {
        let (height, load, power) = match level {
            1 => (6000, 15.0, 1250.0),
            2..=3 => (5000, 12.0, 1000.0),
            4..=9 => (4500, 8.0, 630.0),
            _ => (4500, 6.5, 500.0),
        };
        let rent = match level {
            1 => 180,
            3 | 4 => 200,
            2 | 5..=9 => 150,
            _ => 130,
        };
        let units = [1300.0, 800.0, 500.0].iter().enumerate();
        let units: Vec<_> = units
            .map(|(i, &a)| (format!("A1-{level:02}0{}", i + 1), a))
            .collect();
        w.row(a1, level, &units, load, height, Some(power), true, rent);
    }
    for (i, code) in ["B1", "B2", "B3", "B4"].into_iter().enumerate() {
        let class = if i == 2 { Class::B } else { Class::C };
        let b = w.building(yuanjia, 5, 0, i < 3, class);
        w.lift(b, 3000, [2200, 3200, 2800], [2000, 2600], (1, 5));
        for level in 1..=5 {
            let (height, load, power) = match level {
                1 => (5500, 12.0, 800.0),
                2..=3 => (4300, 8.0, 500.0),
                _ => (4000, 6.5, 400.0),
            };
            let units = [
                (format!("{code}-{level:02}01"), 1200.0),
                (format!("{code}-{level:02}02"), 1000.0),
            ];
            w.row(
                b,
                level,
                &units,
                load,
                height,
                Some(power),
                false,
                if level == 1 { 130 } else { 110 },
            );
        }
    }
    let jieshen = w.park(&["O80", "C27", "M73"]);
    let workshop = w.building(jieshen, 4, 0, true, Class::C);
    w.lift(workshop, 2000, [1800, 2500, 2400], [1500, 2100], (1, 4));
    for level in 1..=4 {
        let units: Vec<_> = (1..=3).map(|n| (format!("1-{level}0{n}"), 600.0)).collect();
        match level {
            1 => w.row(workshop, 1, &units, 12.0, 5200, Some(630.0), true, 120),
            _ => w.row(workshop, level, &units, 6.5, 3900, None, false, 90),
        }
    }
    let rnd = w.building(jieshen, 6, 0, true, Class::D);
    w.lift(rnd, 1600, [1600, 2400, 2400], [1200, 2100], (1, 6));
    for level in 1..=6 {
        let units = [
            (format!("2-{level}01"), 700.0),
            (format!("2-{level}02"), 500.0),
        ];
        w.row(rnd, level, &units, 5.0, 3300, Some(250.0), true, 110);
    }
    w.inv
}

/// 青岛蓝海生物医药 (C2761): 1,000–1,500 m², 10 kN/m², a 3 t machine on a
/// 2.2 × 1.6 m skid, 2.1 m tall, class c, from 2027-03-01 for three years.
fn biotech() -> Requirement {
    Requirement {
        industry_code: "C2761".into(),
        min_area_m2: 1000.0,
        max_area_m2: Some(1500.0),
        min_live_load_kn_m2: Some(10.0),
        min_clear_height_mm: None,
        heaviest_item: Some(item(3000.0, 2200, 1600, 2100)),
        fire_hazard_class: Class::C,
        min_power_kva: None,
        needs_utility_shaft: false,
        max_rent_fen_m2_day: None,
        move_in_date: d("2027-03-01"),
        lease_months: 36,
        preferred_park_ids: vec![],
        allow_combined_units: true,
    }
}

fn codes(index: &Index, c: &Candidate) -> String {
    let codes: Vec<_> = c
        .unit_ids
        .iter()
        .map(|id| index.unit(*id).unwrap().code.clone())
        .collect();
    codes.join(" + ")
}

#[test]
fn the_worked_example_of_the_documentation() {
    let inv = demo_inventory();
    let index = Index::new(&inv);
    let r = find(&biotech(), &index, 50);

    println!("| # | units | m² | score | monthly rent (CNY) | lift named |");
    for (n, c) in r.matches.iter().enumerate() {
        let lift = &c.checks[3].message;
        let rent = c.monthly_rent_fen as f64 / 100.0;
        println!(
            "| {} | {} | {} | {} | {rent:.2} | {lift} |",
            n + 1,
            codes(&index, c),
            c.total_area_m2,
            c.score
        );
    }
    println!("\nnear misses:");
    for c in &r.near_misses {
        let k = c.checks.iter().find(|k| !k.passed).unwrap();
        println!(
            "| {} | {} | {} | {:?} | {} |",
            codes(&index, c),
            c.total_area_m2,
            c.score,
            k.criterion,
            k.message
        );
    }

    let matched: Vec<String> = r.matches.iter().map(|c| codes(&index, c)).collect();
    for floor in ["01", "02", "03"] {
        assert!(matched.contains(&format!("A1-{floor}01")), "{matched:?}");
    }
    assert!(
        matched
            .iter()
            .all(|m| !m.starts_with("A1-04") && !m.starts_with("A1-12"))
    );
    assert!(matched.iter().all(|m| !m.starts_with("B4")));

    let near = |code: &str| {
        r.near_misses
            .iter()
            .find(|c| codes(&index, c) == code)
            .unwrap()
    };
    let level12 = near("A1-1201");
    let failing: Vec<_> = level12.checks.iter().filter(|k| !k.passed).collect();
    assert_eq!(failing.len(), 1);
    assert_eq!(failing[0].criterion, Criterion::LiveLoad);
    assert!(
        failing[0]
            .message
            .contains("less than the 10 kN/m² asked for")
    );
    assert!(failing[0].message.contains("presses 8.36 kN/m²"));

    let b4 = near("B4-0101");
    let failing: Vec<_> = b4.checks.iter().filter(|k| !k.passed).collect();
    assert_eq!(failing[0].criterion, Criterion::BuildingReady);
    assert!(
        failing[0]
            .message
            .contains("due 2027-09-30, after the move-in date 2027-03-01")
    );
}
