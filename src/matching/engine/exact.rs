//! Quantities compared exactly, so that equal is equal: areas, loads and
//! power in whole thousandths of their unit (a tenant's 6.5 kN/m² and a
//! floor's 6.5 kN/m² are both 6,500 N/m², however the sum or quotient that
//! produced them rounded), and the heaviest item's pressure as a product of
//! integers (grams, N/m², mm²) rather than a quotient. Sums of units' areas
//! and power are rounded the same way before they are compared.

use super::input::Item;

/// `x` in thousandths of its unit, rounded to the nearest (half away from
/// zero). Not `f64::round`: that is a library call, and this runs for every
/// combination the search grows.
fn milli(x: f64) -> i64 {
    let scaled = x * 1000.0;
    (scaled + 0.5f64.copysign(scaled)) as i64
}

/// `have` reaches `want`.
pub(super) fn at_least(have: f64, want: f64) -> bool {
    milli(have) >= milli(want)
}

/// `have` stays within `limit`.
pub(super) fn at_most(have: f64, limit: f64) -> bool {
    milli(have) <= milli(limit)
}

/// The item, its weight spread over its footprint, within a floor's live
/// load: weight × 9.81 / (length × width) ≤ load, compared as
/// grams × 9,810 ≤ N/m² × mm² (both sides scaled by 10⁶ mm²/m² and 1,000).
/// A footprint without area bears on nothing and fails.
pub(super) fn bears(item: &Item, live_load_kn_m2: f64) -> bool {
    let footprint_mm2 = i128::from(item.length_mm) * i128::from(item.width_mm);
    if footprint_mm2 <= 0 {
        return false;
    }
    let grams = i128::from(milli(item.weight_kg));
    let load_n_m2 = i128::from(milli(live_load_kn_m2));
    grams * 9_810 <= load_n_m2 * footprint_mm2
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn item(weight_kg: f64, length_mm: i32, width_mm: i32) -> Item {
        Item {
            weight_kg,
            length_mm,
            width_mm,
            height_mm: 1_000,
        }
    }

    #[test]
    fn an_item_pressing_exactly_the_floor_load_is_borne() {
        // 1,430 × 9.81 / (2.2 × 0.981) = 6.5 kN/m², which floating point
        // computes as 6.500000000000001.
        let machine = item(1_430.0, 2_200, 981);
        assert!(machine.footprint_pressure_kn_m2() > 6.5);
        assert!(bears(&machine, 6.5));
        assert!(!bears(&item(1_430.001, 2_200, 981), 6.5));
    }

    #[test]
    fn sums_that_float_below_a_decimal_still_reach_it() {
        let (a, b) = (std::hint::black_box(0.7), std::hint::black_box(0.1));
        assert!(a + b < 0.8);
        assert!(at_least(a + b, 0.8));
        assert!(at_most(400.1 + 599.9, 1_000.0));
        assert!(!at_least(999.998, 1_000.0));
    }

    #[test]
    fn a_footprint_without_area_bears_nothing() {
        assert!(!bears(&item(1.0, 0, 500), 100.0));
    }

    proptest! {
        /// An item found by scaling a footprint to press exactly the load
        /// passes, and one gram more fails.
        #[test]
        fn one_gram_over_an_exactly_borne_item_fails(
            length in 200..4_000i32, width in 200..4_000i32, load_tenths in 20..300i64,
        ) {
            let load = load_tenths as f64 / 10.0;
            // grams × 9,810 = N/m² × mm²: the heaviest whole-gram item borne.
            let n_m2 = i128::from(load_tenths) * 100;
            let grams = n_m2 * i128::from(length) * i128::from(width) / 9_810;
            let kg = grams as f64 / 1000.0;
            prop_assert!(bears(&item(kg, length, width), load));
            prop_assert!(!bears(&item((grams + 1) as f64 / 1000.0, length, width), load));
        }
    }
}
