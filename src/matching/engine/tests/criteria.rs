//! One criterion at a time, through `find`: a single 1,200 m² unit that
//! meets everything, then one thing changed.

use super::fixtures::*;
use crate::domain::{BuildingStatus, FireHazardClass, UnitStatus};
use crate::matching::engine::*;

/// A world with one 1,200 m² unit on `level` of the tower.
fn one_unit(level: i32) -> (World, uuid::Uuid) {
    let mut w = World::new();
    let t = w.tower();
    let id = w.floor(t, level, &[1200.0])[0];
    (w, id)
}

/// The only candidate, and the criteria it fails.
fn verdict(w: &World, req: &Requirement) -> (Candidate, Vec<Criterion>) {
    let r = w.find(req);
    let c = r
        .matches
        .iter()
        .chain(&r.near_misses)
        .next()
        .unwrap()
        .clone();
    let f = failed(&c);
    (c, f)
}

#[test]
fn a_unit_meeting_everything_matches_with_one_check_per_criterion_in_order() {
    let (w, id) = one_unit(5);
    let r = w.find(&requirement());
    assert_eq!(r.matches.len(), 1);
    let c = &r.matches[0];
    assert_eq!(c.unit_ids, vec![id]);
    let order: Vec<_> = c.checks.iter().map(|k| k.criterion).collect();
    assert_eq!(order, Criterion::ALL.to_vec());
    assert!(c.checks.iter().all(|k| k.passed));
    // 1200 m² × 150 fen × 365 / 12
    assert_eq!(c.monthly_rent_fen, 5_475_000);
}

#[test]
fn area_bounds_are_inclusive() {
    let (w, _) = one_unit(5);
    let mut req = requirement();
    req.min_area_m2 = 1200.0;
    req.max_area_m2 = Some(1200.0);
    assert!(verdict(&w, &req).1.is_empty());
    req.min_area_m2 = 1200.5;
    req.max_area_m2 = None;
    let (c, f) = verdict(&w, &req);
    assert_eq!(f, vec![Criterion::Area]);
    assert!(check(&c, Criterion::Area).message.contains("less than"));
    req.min_area_m2 = 800.0;
    req.max_area_m2 = Some(1000.0);
    let (c, f) = verdict(&w, &req);
    assert_eq!(f, vec![Criterion::Area]);
    assert!(
        check(&c, Criterion::Area)
            .message
            .contains("more than the 1000 m² maximum")
    );
}

#[test]
fn live_load_minimum_is_inclusive() {
    let (w, _) = one_unit(5);
    let mut req = requirement();
    req.min_live_load_kn_m2 = Some(10.0);
    assert!(verdict(&w, &req).1.is_empty());
    req.min_live_load_kn_m2 = Some(10.5);
    let (c, f) = verdict(&w, &req);
    assert_eq!(f, vec![Criterion::LiveLoad]);
    let k = check(&c, Criterion::LiveLoad);
    assert_eq!(k.actual_json()["live_load_kn_m2"], 10.0);
    assert_eq!(k.required_json()["min_live_load_kn_m2"], 10.5);
}

#[test]
fn a_heavy_item_on_a_small_footprint_fails_the_load_and_says_so() {
    let (w, _) = one_unit(1);
    let mut req = requirement();
    req.min_live_load_kn_m2 = Some(8.0);
    // 3 t on a 1200 × 1000 mm pallet: 3000 × 9.81 / 1.2 / 1000 = 24.5 kN/m².
    req.heaviest_item = Some(item(3000.0, 1200, 1000, 1800));
    let (c, f) = verdict(&w, &req);
    assert_eq!(f, vec![Criterion::LiveLoad]);
    let k = check(&c, Criterion::LiveLoad);
    assert!(k.message.contains("heaviest item"), "{}", k.message);
    assert!(k.message.contains("24.52 kN/m²"), "{}", k.message);
    assert!(!k.message.contains("asked for"), "{}", k.message);
    assert_eq!(k.required_json()["item_pressure_kn_m2"], 24.525);
    // Spread over 2000 × 1500 mm it presses 9.81 kN/m²: fine on 10.
    req.heaviest_item = Some(item(3000.0, 2000, 1500, 1800));
    assert!(verdict(&w, &req).1.is_empty());
}

#[test]
fn clear_height_minimum_and_item_height() {
    let (w, _) = one_unit(1);
    let mut req = requirement();
    req.min_clear_height_mm = Some(4500);
    assert!(verdict(&w, &req).1.is_empty());
    req.min_clear_height_mm = Some(4501);
    assert_eq!(verdict(&w, &req).1, vec![Criterion::ClearHeight]);
    req.min_clear_height_mm = None;
    req.heaviest_item = Some(item(500.0, 2000, 2000, 4600));
    let (c, f) = verdict(&w, &req);
    assert_eq!(f, vec![Criterion::ClearHeight]);
    assert!(
        check(&c, Criterion::ClearHeight)
            .message
            .contains("4600 mm tall item")
    );
}

#[test]
fn the_ground_floor_needs_no_lift_but_a_level_outside_the_lift_range_fails() {
    let mut w = World::new();
    let t = w.tower();
    let ground = w.floor(t, 1, &[1200.0])[0];
    let top = w.floor(t, 11, &[1200.0])[0];
    let mut req = requirement();
    // 9 t over 5 × 5 m: light on the floor, far too big for any lift.
    req.heaviest_item = Some(item(9000.0, 5000, 5000, 2000));
    let r = w.find(&req);
    let k = check(candidate(&r, &[ground]).unwrap(), Criterion::FreightLift);
    assert!(k.passed);
    assert_eq!(k.message, "ground floor: no lift needed");
    let c = candidate(&r, &[top]).unwrap();
    assert_eq!(failed(c), vec![Criterion::FreightLift]);
    assert_eq!(
        check(c, Criterion::FreightLift).message,
        "no freight lift of the building serves level 11"
    );
}

#[test]
fn a_lift_too_weak_for_the_item_is_named_with_the_reason() {
    let (w, _) = one_unit(4);
    let mut req = requirement();
    req.heaviest_item = Some(item(3000.0, 2000, 1600, 2200));
    assert!(
        verdict(&w, &req).1.is_empty(),
        "rated load exactly equal passes"
    );
    req.heaviest_item = Some(item(3200.0, 2000, 1600, 2200));
    let (c, f) = verdict(&w, &req);
    assert_eq!(f, vec![Criterion::FreightLift]);
    let k = check(&c, Criterion::FreightLift);
    assert!(k.message.contains("the 3000 kg lift"), "{}", k.message);
    assert!(k.message.contains("rated for 3000 kg"), "{}", k.message);
    assert_eq!(k.actual_json()["lift"]["rated_load_kg"], 3000);
}

#[test]
fn fire_hazard_rules_apply_per_building_and_level() {
    let mut w = World::new();
    let t = w.tower();
    let basement = w.floor(t, -1, &[1200.0])[0];
    w.inv.lifts[0].lowest_level = -1;
    let mut req = requirement();
    req.fire_hazard_class = FireHazardClass::B;
    let r = w.find(&req);
    let c = candidate(&r, &[basement]).unwrap();
    assert_eq!(failed(c), vec![Criterion::FireHazard]);
    assert!(
        check(c, Criterion::FireHazard)
            .message
            .contains("rated for class c")
    );
    w.inv.buildings[0].max_fire_hazard_class = FireHazardClass::B;
    let r = w.find(&req);
    let c = candidate(&r, &[basement]).unwrap();
    assert!(
        check(c, Criterion::FireHazard)
            .message
            .contains("below ground")
    );
    req.fire_hazard_class = FireHazardClass::C;
    assert!(
        is_match(&w.find(&req), &[basement]),
        "class c may work below ground"
    );
}

#[test]
fn unknown_power_fails_a_requested_minimum_and_says_it_is_unknown() {
    let (mut w, id) = one_unit(3);
    let mut req = requirement();
    req.min_power_kva = Some(500.0);
    assert!(verdict(&w, &req).1.is_empty());
    w.unit_mut(id).power_kva = None;
    let (c, f) = verdict(&w, &req);
    assert_eq!(f, vec![Criterion::Power]);
    let k = check(&c, Criterion::Power);
    assert!(k.message.contains("unknown"), "{}", k.message);
    assert!(k.actual_json()["power_kva"].is_null());
    req.min_power_kva = None;
    assert!(
        verdict(&w, &req).1.is_empty(),
        "unknown power is fine if none asked"
    );
}

#[test]
fn utility_shaft_rent_and_park() {
    let (mut w, id) = one_unit(3);
    w.unit_mut(id).has_utility_shaft = false;
    let mut req = requirement();
    req.needs_utility_shaft = true;
    assert_eq!(verdict(&w, &req).1, vec![Criterion::UtilityShaft]);
    req.needs_utility_shaft = false;
    req.max_rent_fen_m2_day = Some(150);
    assert!(
        verdict(&w, &req).1.is_empty(),
        "rent equal to the budget passes"
    );
    req.max_rent_fen_m2_day = Some(149);
    assert_eq!(verdict(&w, &req).1, vec![Criterion::Rent]);
    req.max_rent_fen_m2_day = None;
    req.preferred_park_ids = vec![uuid::Uuid::now_v7()];
    assert_eq!(verdict(&w, &req).1, vec![Criterion::Park]);
    req.preferred_park_ids.push(w.park_id());
    assert!(verdict(&w, &req).1.is_empty());
}

#[test]
fn availability_follows_holds_over_the_period_not_todays_status() {
    let (mut w, id) = one_unit(3);
    let req = requirement(); // 2027-03-01 for 12 months
    w.hold(id, "2025-03-01", "2027-03-01");
    w.unit_mut(id).status = UnitStatus::Leased;
    assert!(
        verdict(&w, &req).1.is_empty(),
        "a hold ending on move-in day is fine"
    );
    w.unit_mut(id).status = UnitStatus::Reserved;
    assert!(
        verdict(&w, &req).1.is_empty(),
        "reserved without an overlapping hold is fine"
    );
    w.hold(id, "2028-02-29", "2029-01-01");
    let (c, f) = verdict(&w, &req);
    assert_eq!(f, vec![Criterion::Availability]);
    let k = check(&c, Criterion::Availability);
    assert!(k.message.contains("held from 2028-02-29"), "{}", k.message);
    assert_eq!(
        k.actual_json()["conflicting_holds"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    w.inv.holds.pop();
    w.unit_mut(id).status = UnitStatus::Unavailable;
    let (c, f) = verdict(&w, &req);
    assert_eq!(f, vec![Criterion::Availability]);
    assert!(
        check(&c, Criterion::Availability)
            .message
            .contains("marked unavailable")
    );
}

#[test]
fn a_building_is_ready_when_standing_or_due_by_move_in() {
    let (mut w, _) = one_unit(3);
    let req = requirement();
    w.inv.buildings[0].status = BuildingStatus::UnderConstruction;
    w.inv.buildings[0].completion_date = Some(d("2027-03-01"));
    assert!(
        verdict(&w, &req).1.is_empty(),
        "due on the move-in date is ready"
    );
    w.inv.buildings[0].completion_date = Some(d("2027-03-02"));
    let (c, f) = verdict(&w, &req);
    assert_eq!(f, vec![Criterion::BuildingReady]);
    assert!(
        check(&c, Criterion::BuildingReady)
            .message
            .contains("after the move-in date")
    );
    w.inv.buildings[0].completion_date = None;
    assert_eq!(verdict(&w, &req).1, vec![Criterion::BuildingReady]);
    w.inv.buildings[0].status = BuildingStatus::Completed;
    assert!(verdict(&w, &req).1.is_empty());
}
