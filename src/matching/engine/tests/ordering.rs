//! Which candidates are kept, and in which order.

use super::fixtures::*;
use crate::matching::engine::*;

#[test]
fn a_near_miss_fails_exactly_one_criterion_and_two_failures_drop_a_candidate() {
    let mut w = World::new();
    let t = w.tower();
    let one = w.floor(t, 2, &[1200.0])[0];
    let two = w.floor(t, 3, &[1200.0])[0];
    w.unit_mut(one).asking_rent_fen_m2_day = 300;
    w.unit_mut(two).asking_rent_fen_m2_day = 300;
    w.unit_mut(two).live_load_kn_m2 = 5.0;
    let mut req = requirement();
    req.max_rent_fen_m2_day = Some(200);
    req.min_live_load_kn_m2 = Some(8.0);
    let r = w.find(&req);
    assert!(r.matches.is_empty());
    assert_eq!(r.near_misses.len(), 1);
    assert_eq!(r.near_misses[0].unit_ids, vec![one]);
    assert_eq!(failed(&r.near_misses[0]), vec![Criterion::Rent]);
}

#[test]
fn a_snug_fit_beats_an_oversized_one() {
    let mut w = World::new();
    let t = w.tower();
    let big = w.floor(t, 2, &[2000.0])[0];
    let snug = w.floor(t, 3, &[1050.0])[0];
    let r = w.find(&requirement());
    assert_eq!(r.matches[0].unit_ids, vec![snug]);
    assert_eq!(r.matches[1].unit_ids, vec![big]);
    assert!(r.matches[0].score > r.matches[1].score);
}

#[test]
fn a_park_targeting_the_industry_beats_one_that_does_not() {
    let mut w = World::new();
    let laundry_park = w.park(&["O80"]);
    let other = w.building(laundry_park, 10);
    w.lift(other);
    let untargeted = w.floor(other, 3, &[1200.0])[0];
    let t = w.tower();
    let targeted = w.floor(t, 3, &[1200.0])[0];
    let r = w.find(&requirement());
    assert_eq!(r.matches[0].unit_ids, vec![targeted]);
    assert_eq!(r.matches[1].unit_ids, vec![untargeted]);
    assert_eq!(r.matches[0].score - r.matches[1].score, 15);
}

#[test]
fn a_light_tenant_is_not_offered_the_heavy_high_floor_first() {
    let mut w = World::new();
    let t = w.tower();
    let heavy = w.floor(t, 1, &[1200.0])[0];
    w.unit_mut(heavy).live_load_kn_m2 = 15.0;
    w.unit_mut(heavy).clear_height_mm = 6000;
    let light = w.floor(t, 6, &[1200.0])[0];
    w.unit_mut(light).live_load_kn_m2 = 6.5;
    let r = w.find(&requirement());
    assert_eq!(r.matches[0].unit_ids, vec![light]);
    assert_eq!(r.matches[1].unit_ids, vec![heavy]);
    // A tenant who needs 12 kN/m² and 5 m wastes nothing on the heavy floor.
    let mut req = requirement();
    req.min_live_load_kn_m2 = Some(12.0);
    req.min_clear_height_mm = Some(5000);
    let r = w.find(&req);
    assert_eq!(r.matches[0].unit_ids, vec![heavy]);
}

#[test]
fn one_unit_beats_two_of_the_same_size_and_rent() {
    let mut w = World::new();
    let t = w.tower();
    let pair = w.floor(t, 2, &[500.0, 500.0]);
    let single = w.floor(t, 3, &[1000.0])[0];
    let r = w.find(&requirement());
    assert_eq!(r.matches[0].unit_ids, vec![single]);
    let mut both = pair.clone();
    both.sort();
    assert_eq!(r.matches[1].unit_ids, both);
}

#[test]
fn cheaper_rent_ranks_higher() {
    let mut w = World::new();
    let t = w.tower();
    let dear = w.floor(t, 2, &[1200.0])[0];
    let cheap = w.floor(t, 3, &[1200.0])[0];
    w.unit_mut(dear).asking_rent_fen_m2_day = 200;
    w.unit_mut(cheap).asking_rent_fen_m2_day = 100;
    let r = w.find(&requirement());
    assert_eq!(r.matches[0].unit_ids, vec![cheap]);
}

#[test]
fn ties_are_broken_by_unit_id_whatever_the_inventory_order() {
    let mut w = World::new();
    let t = w.tower();
    let mut ids: Vec<_> = (2..=6)
        .map(|level| w.floor(t, level, &[1200.0])[0])
        .collect();
    ids.sort();
    let r = w.find(&requirement());
    let got: Vec<_> = r.matches.iter().map(|c| c.unit_ids[0]).collect();
    assert_eq!(got, ids);
    assert!(r.matches.windows(2).all(|p| p[0].score == p[1].score));
    w.inv.units.reverse();
    w.inv.buildings.reverse();
    assert_eq!(w.find(&requirement()), r);
}

#[test]
fn near_misses_are_sorted_like_matches_and_both_lists_are_limited() {
    let mut w = World::new();
    let t = w.tower();
    for (level, area) in [
        (2, 900.0),
        (3, 990.0),
        (4, 500.0),
        (5, 1000.0),
        (6, 1300.0),
        (7, 1100.0),
    ] {
        w.floor(t, level, &[area]);
    }
    let index = Index::new(&w.inv);
    let r = find(&requirement(), &index, 2);
    let areas = |cs: &[Candidate]| cs.iter().map(|c| c.total_area_m2).collect::<Vec<_>>();
    assert_eq!(areas(&r.matches), vec![1000.0, 1100.0]);
    assert_eq!(areas(&r.near_misses), vec![990.0, 900.0]);
    assert_eq!(find(&requirement(), &index, 0), MatchResult::default());
}
