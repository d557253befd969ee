//! Invariants over random inventories and requirements.

use proptest::prelude::*;
use uuid::Uuid;

use super::generators::{arb_inventory, arb_requirement};
use crate::matching::engine::*;

proptest! {
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
                prop_assert!(!c.unit_ids.is_empty());
                prop_assert!(c.unit_ids.windows(2).all(|p| p[0] < p[1]));
                prop_assert!(req.allow_combined_units || c.unit_ids.len() == 1);
                let units: Vec<&UnitInfo> = c.unit_ids.iter().map(|id| index.unit(*id).unwrap()).collect();
                prop_assert!(units.iter().all(|u| u.floor_id == units[0].floor_id));
                let area: f64 = units.iter().map(|u| u.area_m2).sum();
                prop_assert!((area - c.total_area_m2).abs() < 1e-6);
                let rent: f64 = units.iter().map(|u| u.area_m2 * u.asking_rent_fen_m2_day as f64).sum();
                prop_assert_eq!(c.monthly_rent_fen, (rent * 365.0 / 12.0).round() as i64);
            }
            // Best first: score down, then rent up, then unit ids; connected
            // units short of the area after all the others.
            let short = |c: &Candidate| c.unit_ids.len() > 1 && c.total_area_m2 < req.min_area_m2 - 1e-6;
            for p in list.windows(2) {
                let key = |c: &Candidate| (short(c), std::cmp::Reverse(c.score), c.monthly_rent_fen, c.unit_ids.clone());
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

/// `inv` changed as an operator might change it, steered by `bits`: units
/// resized, taken off the market, deleted or given a hold; a lift
/// re-rated; a building dropped. Returns the buildings touched.
fn edited(inv: &Inventory, bits: u64) -> (Inventory, std::collections::HashSet<Uuid>) {
    let mut next = inv.clone();
    let mut touched = std::collections::HashSet::new();
    let bit = |i: usize| bits.rotate_right(i as u32 % 64) & 1 == 1;
    let mut dropped = Vec::new();
    for (i, u) in next.units.iter_mut().enumerate() {
        match (bit(3 * i), bit(3 * i + 1), bit(3 * i + 2)) {
            (true, true, _) => {
                u.area_m2 *= 1.5;
                touched.insert(u.building_id);
            }
            (true, false, true) => {
                u.status = crate::domain::UnitStatus::Unavailable;
                touched.insert(u.building_id);
            }
            (false, true, true) => {
                dropped.push(u.id);
                touched.insert(u.building_id);
            }
            _ => {}
        }
    }
    next.units.retain(|u| !dropped.contains(&u.id));
    if let Some(u) = next.units.first().filter(|_| bit(61)) {
        next.holds.push(Hold {
            unit_id: u.id,
            start: super::fixtures::d("2027-01-01"),
            end: super::fixtures::d("2029-01-01"),
        });
        touched.insert(u.building_id);
    }
    if let Some(l) = next.lifts.first_mut().filter(|_| bit(62)) {
        l.rated_load_kg /= 2;
        touched.insert(l.building_id);
    }
    if bit(63) && next.buildings.len() > 1 {
        touched.insert(next.buildings.remove(0).id);
    }
    (next, touched)
}

proptest! {
    #[test]
    fn an_index_updated_for_the_touched_buildings_answers_as_one_built_afresh(
        inv in arb_inventory(), req in arb_requirement(), bits in any::<u64>(), partial in any::<bool>(),
    ) {
        let (next, touched) = edited(&inv, bits);
        let mut input = next.clone();
        if partial {
            // Only what the update needs: the touched buildings' part.
            input.buildings.retain(|b| touched.contains(&b.id));
            input.lifts.retain(|l| touched.contains(&l.building_id));
            input.units.retain(|u| touched.contains(&u.building_id));
        }
        let updated = Index::new(&inv).updated(&input, Some(&touched));
        let fresh = Index::new(&next);
        prop_assert_eq!(updated.len(), fresh.len());
        prop_assert_eq!(find(&req, &updated, 25), find(&req, &fresh, 25));
        for u in inv.units.iter().chain(&next.units) {
            prop_assert_eq!(updated.unit(u.id), fresh.unit(u.id));
        }
    }
}
