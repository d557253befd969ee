//! Adjacent units offered together.

use super::fixtures::*;
use crate::domain::UnitStatus;
use crate::matching::engine::*;

/// Every candidate's unit set, sorted, matches and near misses alike.
fn unit_sets(r: &MatchResult) -> Vec<Vec<uuid::Uuid>> {
    let mut sets: Vec<_> = r
        .matches
        .iter()
        .chain(&r.near_misses)
        .map(|c| c.unit_ids.clone())
        .collect();
    sets.sort();
    sets
}

fn sorted(mut ids: Vec<uuid::Uuid>) -> Vec<uuid::Uuid> {
    ids.sort();
    ids
}

#[test]
fn only_units_connected_through_shared_walls_combine() {
    let mut w = World::new();
    let t = w.tower();
    let u = w.floor(t, 3, &[600.0, 600.0, 600.0]); // a row: 1–2–3
    let r = w.find(&requirement());
    assert!(is_match(&r, &[u[0], u[1]]));
    assert!(is_match(&r, &[u[1], u[2]]));
    assert!(
        candidate(&r, &[u[0], u[2]]).is_none(),
        "1 and 3 share no wall"
    );
    assert!(
        candidate(&r, &[u[0], u[1], u[2]]).is_none(),
        "two units suffice, a third is never added"
    );
    // The single units are still candidates, as near misses on area.
    for id in &u {
        let c = candidate(&r, &[*id]).unwrap();
        assert_eq!(failed(c), vec![Criterion::Area]);
    }
}

#[test]
fn units_on_different_floors_never_combine() {
    let mut w = World::new();
    let t = w.tower();
    let a = w.floor(t, 3, &[600.0])[0];
    let b = w.floor(t, 4, &[600.0])[0];
    // Bad data: "adjacent" across floors. The index ignores it.
    w.unit_mut(a).adjacent_unit_ids.push(b);
    w.unit_mut(b).adjacent_unit_ids.push(a);
    let r = w.find(&requirement());
    assert_eq!(unit_sets(&r), sorted_sets(vec![vec![a], vec![b]]));
}

fn sorted_sets(sets: Vec<Vec<uuid::Uuid>>) -> Vec<Vec<uuid::Uuid>> {
    let mut sets: Vec<_> = sets.into_iter().map(sorted).collect();
    sets.sort();
    sets
}

#[test]
fn no_combinations_when_the_tenant_does_not_allow_them() {
    let mut w = World::new();
    let t = w.tower();
    let u = w.floor(t, 3, &[600.0, 600.0]);
    let mut req = requirement();
    req.allow_combined_units = false;
    let r = w.find(&req);
    assert!(r.matches.is_empty());
    assert_eq!(unit_sets(&r), sorted_sets(vec![vec![u[0]], vec![u[1]]]));
}

#[test]
fn the_weakest_unit_decides_load_height_power_and_the_dearest_rent() {
    let mut w = World::new();
    let t = w.tower();
    let u = w.floor(t, 3, &[600.0, 500.0]);
    {
        let a = w.unit_mut(u[0]);
        a.live_load_kn_m2 = 12.0;
        a.clear_height_mm = 5000;
        a.asking_rent_fen_m2_day = 150;
    }
    {
        let b = w.unit_mut(u[1]);
        b.live_load_kn_m2 = 8.0;
        b.power_kva = None;
        b.asking_rent_fen_m2_day = 200;
        b.has_utility_shaft = false;
    }
    let mut req = requirement();
    req.needs_utility_shaft = true;
    let r = w.find(&req);
    let c = candidate(&r, &u).unwrap();
    assert!(failed(c).is_empty(), "one unit's shaft serves the floor");
    assert_eq!(c.total_area_m2, 1100.0);
    assert_eq!(
        check(c, Criterion::LiveLoad).actual_json()["live_load_kn_m2"],
        8.0
    );
    assert_eq!(
        check(c, Criterion::ClearHeight).actual_json()["clear_height_mm"],
        4500
    );
    assert!(check(c, Criterion::Power).actual_json()["power_kva"].is_null());
    assert_eq!(
        check(c, Criterion::Rent).actual_json()["asking_rent_fen_m2_day"],
        200
    );
    // (600 × 150 + 500 × 200) × 365 / 12 = 5,779,166.67
    assert_eq!(c.monthly_rent_fen, 5_779_167);

    req.min_live_load_kn_m2 = Some(10.0);
    let r = w.find(&req);
    let c = candidate(&r, &u).unwrap();
    assert_eq!(failed(c), vec![Criterion::LiveLoad]);
    assert!(
        check(c, Criterion::LiveLoad)
            .message
            .contains("weakest of the 2 units")
    );

    req.min_live_load_kn_m2 = None;
    req.min_power_kva = Some(100.0);
    let r = w.find(&req);
    let c = candidate(&r, &u).unwrap();
    assert_eq!(failed(c), vec![Criterion::Power]);
    assert!(check(c, Criterion::Power).message.contains("unknown"));

    req.min_power_kva = None;
    req.max_rent_fen_m2_day = Some(180);
    let r = w.find(&req);
    assert_eq!(failed(candidate(&r, &u).unwrap()), vec![Criterion::Rent]);
}

#[test]
fn combinations_stop_growing_once_big_enough() {
    let mut w = World::new();
    let t = w.tower();
    let u = w.floor(t, 3, &[700.0, 300.0, 300.0, 1200.0]);
    let r = w.find(&requirement());
    assert!(
        is_match(&r, &[u[0], u[1]]),
        "700 + 300 reaches 1,000 exactly"
    );
    assert!(candidate(&r, &[u[0], u[1], u[2]]).is_none());
    assert!(
        candidate(&r, &[u[1], u[2]]).is_none(),
        "600 m² together is no use"
    );
    assert!(
        candidate(&r, &[u[2], u[3]]).is_none(),
        "1,200 m² needs no neighbour"
    );
    assert!(is_match(&r, &[u[3]]));
}

#[test]
fn at_most_four_units_combine() {
    let mut w = World::new();
    let t = w.tower();
    let u = w.floor(t, 3, &[250.0; 5]);
    let r = w.find(&requirement());
    assert!(is_match(&r, &u[0..4]));
    assert!(is_match(&r, &u[1..5]));
    let mut req = requirement();
    req.min_area_m2 = 1001.0;
    let r = w.find(&req);
    assert!(r.matches.is_empty(), "five units would be needed");
    assert!(r.near_misses.iter().all(|c| c.unit_ids.len() == 1));
}

#[test]
fn a_combination_with_an_unavailable_unit_is_a_near_miss_naming_it() {
    let mut w = World::new();
    let t = w.tower();
    let u = w.floor(t, 3, &[600.0, 600.0]);
    w.unit_mut(u[1]).status = UnitStatus::Unavailable;
    let r = w.find(&requirement());
    let c = candidate(&r, &u).unwrap();
    assert_eq!(failed(c), vec![Criterion::Availability]);
    let k = check(c, Criterion::Availability);
    assert!(
        k.message.contains("L03-02 is marked unavailable"),
        "{}",
        k.message
    );
    assert_eq!(k.actual_json()["unavailable_unit_ids"][0], u[1].to_string());
}

#[test]
fn adjacency_listed_on_one_side_only_still_connects() {
    let mut w = World::new();
    let t = w.tower();
    let u = w.floor(t, 3, &[600.0, 600.0]);
    w.unit_mut(u[1]).adjacent_unit_ids.clear();
    assert!(is_match(&w.find(&requirement()), &u));
}
