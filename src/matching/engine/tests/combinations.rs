//! Adjacent units offered together.

use super::fixtures::*;
use crate::domain::UnitStatus;
use crate::i18n::Lang;
use crate::matching::engine::*;
use crate::matching::engine::{Index, Limits, find_within};

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
fn the_weakest_unit_decides_load_and_height_and_the_dearest_rent_applies() {
    let mut w = World::new();
    let t = w.tower();
    let u = w.floor(t, 3, &[600.0, 500.0]);
    {
        let a = w.unit_mut(u[0]);
        a.live_load_kn_m2 = 12.0;
        a.clear_height_mm = 5000;
        a.asking_rent_fen_m2_day = 150;
        // Both draw on a floor supply nobody recorded.
        a.power_kva = None;
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
fn any_number_of_units_combine_up_to_the_whole_floor() {
    let mut w = World::new();
    let t = w.tower();
    let u = w.floor(t, 3, &[250.0; 5]);
    let r = w.find(&requirement());
    assert!(is_match(&r, &u[0..4]));
    assert!(is_match(&r, &u[1..5]));
    let mut req = requirement();
    req.min_area_m2 = 1_250.0;
    req.max_area_m2 = None;
    let r = w.find(&req);
    assert!(is_match(&r, &u), "the five together are exactly the space");
    assert_eq!(r.matches.len(), 1);
    assert!(!r.truncated);
    req.min_area_m2 = 1_250.5;
    let r = w.find(&req);
    assert!(r.matches.is_empty());
}

/// A floor of forty 100 m² units in two rows of twenty along a corridor:
/// each unit also shares a wall with the one across, so the floor has
/// millions of connected sets.
fn two_rows_of_twenty() -> (World, Vec<uuid::Uuid>) {
    let mut w = World::new();
    let t = w.tower();
    let u = w.floor(t, 3, &[100.0; 40]);
    for i in 0..20 {
        let (a, b) = (u[i], u[i + 20]);
        w.unit_mut(a).adjacent_unit_ids.push(b);
        w.unit_mut(b).adjacent_unit_ids.push(a);
    }
    (w, u)
}

#[test]
fn a_whole_floor_of_forty_units_in_two_rows_matches_its_whole_area() {
    let (w, u) = two_rows_of_twenty();
    let mut req = requirement();
    req.min_area_m2 = 4_000.0;
    req.max_area_m2 = None;
    let r = w.find(&req);
    assert!(
        is_match(&r, &u),
        "{:?}",
        r.matches.first().map(|c| c.unit_ids.len())
    );
    assert!(!r.truncated);
}

#[test]
fn a_bound_that_cuts_the_search_says_so() {
    let (w, _) = two_rows_of_twenty();
    let mut req = requirement();
    req.min_area_m2 = 2_000.0;
    req.max_area_m2 = None;
    let tight = Limits {
        sets_per_floor: 500,
        ..Limits::default()
    };
    let r = find_within(&req, &Index::new(&w.inv), 10, tight, Lang::En);
    assert!(r.truncated);
    assert_eq!(r.matches.len(), 10, "what was found before the cut is kept");
    let r = find_within(&req, &Index::new(&w.inv), 10, Limits::default(), Lang::En);
    assert_eq!(r.matches.len(), 10);
}

#[test]
fn connected_units_short_of_the_area_come_after_the_other_near_misses() {
    let mut w = World::new();
    let t = w.tower();
    let pair = w.floor(t, 3, &[400.0, 500.0]);
    let lone = w.floor(t, 4, &[950.0]);
    let r = w.find(&requirement());
    assert!(r.matches.is_empty());
    let ids: Vec<_> = r.near_misses.iter().map(|c| c.unit_ids.clone()).collect();
    let mut both = pair.clone();
    both.sort();
    let short = ids
        .iter()
        .position(|c| *c == both)
        .expect("the pair is offered");
    let single = ids
        .iter()
        .position(|c| *c == lone)
        .expect("the 950 m² unit");
    assert!(single < short, "{ids:?}");
    let c = &r.near_misses[short];
    assert_eq!(failed(c), vec![Criterion::Area]);
    assert_eq!(c.total_area_m2, 900.0);
    let area = check(c, Criterion::Area);
    assert!(area.message.contains("100 m² short"), "{}", area.message);
}

#[test]
fn power_adds_up_over_separate_supplies_and_a_floor_supply_counts_once() {
    let mut w = World::new();
    let t = w.tower();
    let u = w.floor(t, 3, &[500.0, 500.0]);
    let mut req = requirement();
    req.min_power_kva = Some(700.0);
    for (id, kva) in [(u[0], 300.0), (u[1], 400.0)] {
        let unit = w.unit_mut(id);
        unit.power_kva = Some(kva);
        unit.power_from_floor = false;
    }
    let r = w.find(&req);
    let c = candidate(&r, &u).unwrap();
    assert!(failed(c).is_empty(), "300 + 400 kVA of their own");
    assert_eq!(check(c, Criterion::Power).actual_json()["power_kva"], 700.0);

    // Both on the floor's 500 kVA: shared, so 500, not 1,000.
    for id in &u {
        let unit = w.unit_mut(*id);
        unit.power_kva = Some(500.0);
        unit.power_from_floor = true;
    }
    let r = w.find(&req);
    let c = candidate(&r, &u).unwrap();
    assert_eq!(failed(c), vec![Criterion::Power]);
    assert_eq!(check(c, Criterion::Power).actual_json()["power_kva"], 500.0);

    // One of its own (200) beside one on the floor's 500.
    let own = w.unit_mut(u[0]);
    own.power_kva = Some(200.0);
    own.power_from_floor = false;
    let r = w.find(&req);
    let c = candidate(&r, &u).unwrap();
    assert!(failed(c).is_empty());
    assert_eq!(check(c, Criterion::Power).actual_json()["power_kva"], 700.0);
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
