//! The slices' domain rules over the inventory as the import would leave
//! it (`domain::rules`, as the create and update services apply them). Only
//! rows that change are checked: a stored record that stays as it is was
//! valid when written, and blaming it would hide the row at fault.

use std::collections::HashMap;

use super::model::{Outcome, Sheet};
use super::plan::{Plan, Planner, Touch};
use super::rows::SheetRows;
use crate::domain::{FieldError, Id, rules};

pub fn run(p: &mut Planner, plan: &Plan, sheets: &[SheetRows]) {
    let changed: HashMap<(Sheet, u32), bool> = plan
        .rows
        .iter()
        .map(|r| ((r.sheet, r.row), r.outcome != Outcome::Unchanged))
        .collect();
    let st = &p.state;
    let mut used_levels: HashMap<Id, Vec<i32>> = HashMap::new();
    for f in &st.floors {
        used_levels.entry(f.building_id).or_default().push(f.level);
    }
    for l in &st.lifts {
        used_levels
            .entry(l.building_id)
            .or_default()
            .extend([l.lowest_level, l.highest_level]);
    }
    // Per floor: the area its units cover and the tallest clear height one records.
    let mut on_floor: HashMap<Id, (f64, Option<i32>)> = HashMap::new();
    for u in &st.units {
        let e = on_floor.entry(u.floor_id).or_insert((0.0, None));
        e.0 += u.area_m2;
        e.1 = e.1.max(u.clear_height_mm);
    }
    let mut problems: Vec<(Sheet, u32, FieldError)> = Vec::new();
    let changing = |sheet: Sheet, touches: &[Touch]| -> Vec<Touch> {
        touches
            .iter()
            .filter(|t| changed.get(&(sheet, t.number)).copied().unwrap_or(false))
            .cloned()
            .collect()
    };
    for t in changing(Sheet::Buildings, &p.buildings) {
        let b = &st.buildings[t.index];
        let used = used_levels
            .get(&b.id)
            .map(Vec::as_slice)
            .unwrap_or_default();
        for e in rules::check_building_levels(b.levels(), used) {
            problems.push((Sheet::Buildings, t.number, e));
        }
    }
    for t in changing(Sheet::Floors, &p.floors) {
        let f = &st.floors[t.index];
        let Some(b) = st.building_of(f.building_id) else {
            continue;
        };
        let mut found =
            rules::check_floor(f.level, f.floor_height_mm, f.clear_height_mm, b.levels());
        let (units_area, tallest) = on_floor.get(&f.id).copied().unwrap_or((0.0, None));
        found.extend(rules::check_floor_against_units(
            f.area_m2,
            f.floor_height_mm,
            units_area,
            tallest,
        ));
        problems.extend(found.into_iter().map(|e| (Sheet::Floors, t.number, e)));
    }
    for t in changing(Sheet::Lifts, &p.lifts) {
        let l = &st.lifts[t.index];
        let Some(b) = st.building_of(l.building_id) else {
            continue;
        };
        for e in rules::check_lift(l.lowest_level, l.highest_level, b.levels()) {
            problems.push((Sheet::Lifts, t.number, e));
        }
    }
    for t in changing(Sheet::Units, &p.units) {
        let u = &st.units[t.index];
        let Some(f) = st.floor_of(u.floor_id) else {
            continue;
        };
        let (units_area, _) = on_floor.get(&f.id).copied().unwrap_or((0.0, None));
        let limits = rules::FloorLimits {
            floor_height_mm: f.floor_height_mm,
            area_m2: f.area_m2,
            other_units_area_m2: units_area - u.area_m2,
        };
        let mut found = rules::check_unit(u.area_m2, u.clear_height_mm, limits);
        // Status: as the unit service rules it, only `available` and
        // `unavailable` are set by hand; the others follow offers and leases.
        let before = p.stored.units.get(t.index).map(|b| b.status);
        if before != Some(u.status) {
            if !u.status.settable_by_hand() {
                found.push(FieldError::new(
                    "status",
                    "not_settable",
                    crate::text!("files-status-not-settable"),
                ));
            } else if let Some(old) = before.filter(|s| !s.settable_by_hand()) {
                found.push(FieldError::new(
                    "status",
                    "follows_deals",
                    crate::text!("files-status-follows-deals", status = old.label()),
                ));
            }
        }
        problems.extend(found.into_iter().map(|e| (Sheet::Units, t.number, e)));
    }
    for (sheet, number, e) in problems {
        if let Some(rows) = sheets.iter().find(|r| r.sheet == sheet) {
            p.errors.push(rows.locate(number, e));
        }
    }
}
