//! What a whole floor can at best offer, so the search can skip floors
//! without looking at their units: when every candidate on the floor is
//! sure to fail two criteria, or cannot score high enough to get into lists
//! that are already full.

use super::criteria::{self, Need, Offer};
use super::index::UnitRow;
use super::output::{Criterion, Failures};
use super::score::{self, Basis, UNITS_SCORED};

/// The best values among a floor's units, kept in the index.
#[derive(Debug, Clone, Copy)]
pub(super) struct FloorSummary {
    pub units: usize,
    pub total_area_m2: f64,
    pub smallest_area_m2: f64,
    pub largest_area_m2: f64,
    /// The four largest unit areas, largest first (0 where fewer units).
    pub top_areas_m2: [f64; UNITS_SCORED],
    pub lightest_load_kn_m2: f64,
    pub heaviest_load_kn_m2: f64,
    pub lowest_clear_height_mm: i32,
    pub highest_clear_height_mm: i32,
    /// The most power any unit has on record; `None` if none has any.
    pub most_power_kva: Option<f64>,
    /// The power of every unit together (see `Offer::power_kva`), which no
    /// combination exceeds; `None` if none is on record.
    pub all_power_kva: Option<f64>,
    pub any_utility_shaft: bool,
    pub cheapest_rent_fen_m2_day: i64,
}

impl FloorSummary {
    pub fn of(rows: &[UnitRow]) -> Self {
        let mut s = FloorSummary {
            units: rows.len(),
            total_area_m2: 0.0,
            smallest_area_m2: f64::INFINITY,
            largest_area_m2: f64::NEG_INFINITY,
            top_areas_m2: [0.0; UNITS_SCORED],
            lightest_load_kn_m2: f64::INFINITY,
            heaviest_load_kn_m2: f64::NEG_INFINITY,
            lowest_clear_height_mm: i32::MAX,
            highest_clear_height_mm: i32::MIN,
            most_power_kva: None,
            all_power_kva: None,
            any_utility_shaft: false,
            cheapest_rent_fen_m2_day: i64::MAX,
        };
        for r in rows {
            s.total_area_m2 += r.area_m2;
            s.smallest_area_m2 = s.smallest_area_m2.min(r.area_m2);
            s.largest_area_m2 = s.largest_area_m2.max(r.area_m2);
            if let Some(i) = s.top_areas_m2.iter().position(|&a| r.area_m2 > a) {
                s.top_areas_m2.copy_within(i..UNITS_SCORED - 1, i + 1);
                s.top_areas_m2[i] = r.area_m2;
            }
            s.lightest_load_kn_m2 = s.lightest_load_kn_m2.min(r.live_load_kn_m2);
            s.heaviest_load_kn_m2 = s.heaviest_load_kn_m2.max(r.live_load_kn_m2);
            s.lowest_clear_height_mm = s.lowest_clear_height_mm.min(r.clear_height_mm);
            s.highest_clear_height_mm = s.highest_clear_height_mm.max(r.clear_height_mm);
            s.most_power_kva = match (s.most_power_kva, r.power_kva) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            };
            s.any_utility_shaft |= r.has_utility_shaft;
            s.cheapest_rent_fen_m2_day = s.cheapest_rent_fen_m2_day.min(r.rent_fen_m2_day);
        }
        let own: f64 = rows
            .iter()
            .filter(|r| !r.power_from_floor)
            .filter_map(|r| r.power_kva)
            .sum();
        let floor = rows
            .iter()
            .find(|r| r.power_from_floor)
            .and_then(|r| r.power_kva);
        let any_own = rows
            .iter()
            .any(|r| !r.power_from_floor && r.power_kva.is_some());
        s.all_power_kva = (any_own || floor.is_some()).then(|| own + floor.unwrap_or(0.0));
        s
    }

    /// Whether combinations of this floor's units are tried at all.
    fn combines(&self, need: &Need) -> bool {
        need.req.allow_combined_units && self.units > 1
    }
}

/// Criteria that every candidate on the floor fails, judged from the best
/// unit: if even the strongest floor load is too weak, every unit's and
/// every combination's is. Availability is left out: it takes the holds.
pub(super) fn certain_failures(need: &Need, s: &FloorSummary) -> Failures {
    let req = need.req;
    // The most area any candidate can have: the floor's total if units may
    // be combined, else the biggest unit. And the least: the smallest unit.
    let most_area = if s.combines(need) {
        s.total_area_m2
    } else {
        s.largest_area_m2
    };
    let area_fails =
        !criteria::enough_area(req, most_area) || criteria::too_much_area(req, s.smallest_area_m2);
    let most_power = if s.combines(need) {
        s.all_power_kva
    } else {
        s.most_power_kva
    };
    Failures::default()
        .with(Criterion::Area, area_fails)
        .with(
            Criterion::LiveLoad,
            !criteria::live_load_ok(need, s.heaviest_load_kn_m2),
        )
        .with(
            Criterion::ClearHeight,
            !criteria::clear_height_ok(req, s.highest_clear_height_mm),
        )
        .with(Criterion::Power, !criteria::power_ok(req, most_power))
        .with(
            Criterion::UtilityShaft,
            !criteria::utility_shaft_ok(req, s.any_utility_shaft),
        )
        .with(
            Criterion::Rent,
            !criteria::rent_ok(req, s.cheapest_rent_fen_m2_day),
        )
}

/// A score no candidate on the floor can beat. It is the better of two
/// imagined offers, each at least as good, part by part of the score, as any
/// real candidate of its kind: a single unit with the area closest to
/// `min_area_m2` any unit could have, and a combination of exactly
/// `min_area_m2` from as few units as the largest areas allow; both at the
/// cheapest rent, with the lightest load and lowest height (least surplus).
pub(super) fn best_score(need: &Need, basis: &Basis, s: &FloorSummary, targeted: bool) -> u8 {
    let min = need.req.min_area_m2;
    let single_area = if s.largest_area_m2 < min {
        s.largest_area_m2
    } else if s.smallest_area_m2 > min {
        s.smallest_area_m2
    } else {
        min
    };
    let single = score::score(basis, &imagined(s, single_area, 1), targeted);
    // Fewer units score more, down to nothing at `UNITS_SCORED`: a floor whose
    // largest units fall short of the area in fewer combines at least that many.
    let mut sum = 0.0;
    let fewest_combined = (1..=UNITS_SCORED)
        .find(|&k| {
            sum += s.top_areas_m2[k - 1];
            k >= 2 && criteria::enough_area(need.req, sum)
        })
        .unwrap_or(UNITS_SCORED);
    if s.combines(need) && criteria::enough_area(need.req, s.total_area_m2) {
        single.max(score::score(
            basis,
            &imagined(s, min, fewest_combined as u32),
            targeted,
        ))
    } else {
        single
    }
}

fn imagined(s: &FloorSummary, area_m2: f64, units: u32) -> Offer {
    Offer {
        units,
        area_m2,
        live_load_kn_m2: s.lightest_load_kn_m2,
        clear_height_mm: s.lowest_clear_height_mm,
        own_power_kva: s.all_power_kva.unwrap_or(0.0),
        floor_power_kva: None,
        has_utility_shaft: s.any_utility_shaft,
        max_rent_fen_m2_day: s.cheapest_rent_fen_m2_day,
        rent_fen_day: area_m2 * s.cheapest_rent_fen_m2_day as f64,
        available: true,
    }
}
