//! Reverse matching asks the search for the candidates that hold one unit,
//! or that lie in one park: each must answer exactly the part of the whole
//! search's answer that does.

use proptest::prelude::*;

use super::generators::{arb_inventory, arb_requirement};
use crate::i18n::Lang;
use crate::matching::engine::*;

const ALL: usize = 100_000;

fn holding(list: &[Candidate], unit: uuid::Uuid) -> Vec<Candidate> {
    list.iter()
        .filter(|c| c.unit_ids.contains(&unit))
        .cloned()
        .collect()
}

proptest! {
    #[test]
    fn the_candidates_holding_a_unit_are_those_of_the_whole_search_that_hold_it(
        inv in arb_inventory(), req in arb_requirement(), pick in any::<prop::sample::Index>(),
    ) {
        prop_assume!(!inv.units.is_empty());
        let unit = inv.units[pick.index(inv.units.len())].id;
        let index = Index::new(&inv);
        let whole = find(&req, &index, ALL);
        let around = find_with_unit(&req, &index, unit, ALL, Limits::default(), Lang::En);
        prop_assert!(!whole.truncated && !around.truncated);
        prop_assert_eq!(around.matches, holding(&whole.matches, unit));
        prop_assert_eq!(around.near_misses, holding(&whole.near_misses, unit));
    }

    #[test]
    fn the_candidates_in_a_park_are_those_of_the_whole_search_in_it(
        inv in arb_inventory(), req in arb_requirement(), pick in any::<prop::sample::Index>(),
    ) {
        prop_assume!(!inv.buildings.is_empty());
        let park = inv.buildings[pick.index(inv.buildings.len())].park_id;
        let index = Index::new(&inv);
        let whole = find(&req, &index, ALL);
        let in_park = |list: &[Candidate]| -> Vec<Candidate> {
            list.iter().filter(|c| c.park_id == park).cloned().collect()
        };
        let r = find_in_park(&req, &index, park, ALL, Limits::default(), Lang::En);
        prop_assert_eq!(r.matches, in_park(&whole.matches));
        prop_assert_eq!(r.near_misses, in_park(&whole.near_misses));
    }
}

proptest! {
    #[test]
    fn the_best_candidate_is_the_head_of_the_longer_answer_and_explains_alike(
        inv in arb_inventory(), req in arb_requirement(), pick in any::<prop::sample::Index>(),
    ) {
        prop_assume!(!inv.units.is_empty());
        let unit = inv.units[pick.index(inv.units.len())].id;
        let park = inv.units[pick.index(inv.units.len())].building_id;
        let park = inv.buildings.iter().find(|b| b.id == park).map_or(uuid::Uuid::nil(), |b| b.park_id);
        let index = Index::new(&inv);
        let head = |r: MatchResult| {
            r.matches.first().map(|c| (true, c.clone()))
                .or_else(|| r.near_misses.first().map(|c| (false, c.clone())))
        };
        let explained = |found: Option<Unexplained>| {
            found.map(|u| (u.is_match, u.explain(&req, &index, Lang::En)))
        };
        let (found, _) = best_with_unit(&req, &index, unit, Limits::default());
        prop_assert_eq!(
            explained(found),
            head(find_with_unit(&req, &index, unit, ALL, Limits::default(), Lang::En))
        );
        let (found, _) = best_in_park(&req, &index, park, Limits::default());
        prop_assert_eq!(
            explained(found),
            head(find_in_park(&req, &index, park, ALL, Limits::default(), Lang::En))
        );
    }
}

#[test]
fn a_unit_the_index_does_not_have_has_no_candidates() {
    let r = find_with_unit(
        &super::fixtures::requirement(),
        &Index::default(),
        uuid::Uuid::nil(),
        10,
        Limits::default(),
        Lang::En,
    );
    assert_eq!(r, MatchResult::default());
}
