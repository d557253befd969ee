//! How good a candidate is for the tenant and for the park, 0–100.
//!
//! The score is a weighted sum of five parts, each between 0 and 1:
//!
//! | part | weight | 1 when | 0 when |
//! | --- | --- | --- | --- |
//! | area fit | 30 | the area equals `min_area_m2` | it is off by the minimum or more |
//! | rent | 25 | the space is free | it costs twice the budget per m² |
//! | spec thrift | 20 | load and height are no more than needed | both are far beyond it |
//! | industry | 15 | the park targets the tenant's industry | it does not |
//! | fewer units | 10 | one unit | four or more combined units |
//!
//! Every part depends only on the candidate and the requirement, never on
//! the other candidates, so a candidate scores the same whatever else is in
//! the inventory.

use std::cmp::Ordering;

use uuid::Uuid;

use super::criteria::{Need, Offer};

pub const AREA_FIT_WEIGHT: f64 = 30.0;
pub const RENT_WEIGHT: f64 = 25.0;
pub const SPEC_THRIFT_WEIGHT: f64 = 20.0;
pub const INDUSTRY_WEIGHT: f64 = 15.0;
pub const FEWER_UNITS_WEIGHT: f64 = 10.0;

/// The number of units at which the "fewer units" part reaches 0: more
/// score no lower still.
pub const UNITS_SCORED: usize = 4;

/// The budget rents are judged against when the tenant gives none: 2.50 CNY
/// per m² per day, the top of asking rents in industry-upstairs towers.
pub const DEFAULT_BUDGET_FEN_M2_DAY: f64 = 250.0;

/// What any production tenant needs even if they ask for nothing: the load
/// of light industry (GB 50009 puts workshops at 4–10 kN/m²) and a usual
/// storey's clear height. Surplus is measured from here or from what was
/// asked, whichever is more.
pub const BASELINE_LOAD_KN_M2: f64 = 5.0;
pub const BASELINE_CLEAR_HEIGHT_MM: f64 = 4000.0;

/// Surplus load tolerated before it counts as waste (50 % above the need),
/// and the surplus at which the waste is total (200 %: three times the need).
const LOAD_TOLERANCE: f64 = 0.5;
const LOAD_FULL_WASTE: f64 = 2.0;
/// Heights vary less between storeys than loads do, so less is tolerated.
const HEIGHT_TOLERANCE: f64 = 0.25;
const HEIGHT_FULL_WASTE: f64 = 1.0;

/// What the score needs from a requirement, worked out once per search.
#[derive(Debug, Clone, Copy)]
pub(super) struct Basis {
    min_area_m2: f64,
    /// Twice the budget per m² per day: the rent that scores 0.
    zero_rent_fen_m2_day: f64,
    /// The load and clear height surplus is measured from.
    load_need_kn_m2: f64,
    height_need_mm: f64,
}

impl Basis {
    pub fn new(need: &Need) -> Self {
        let req = need.req;
        let budget = req
            .max_rent_fen_m2_day
            .map_or(DEFAULT_BUDGET_FEN_M2_DAY, |b| (b as f64).max(1.0));
        let load_need_kn_m2 = [
            req.min_live_load_kn_m2.unwrap_or(0.0),
            need.item_pressure_kn_m2.unwrap_or(0.0),
            BASELINE_LOAD_KN_M2,
        ]
        .into_iter()
        .fold(0.0, f64::max);
        let height_need_mm = [
            req.min_clear_height_mm.map_or(0.0, f64::from),
            req.heaviest_item
                .as_ref()
                .map_or(0.0, |i| f64::from(i.height_mm)),
            BASELINE_CLEAR_HEIGHT_MM,
        ]
        .into_iter()
        .fold(0.0, f64::max);
        Basis {
            min_area_m2: req.min_area_m2,
            zero_rent_fen_m2_day: 2.0 * budget,
            load_need_kn_m2,
            height_need_mm,
        }
    }
}

/// The score of `offer`; `targeted` says whether the park's target
/// industries cover the tenant's industry code.
pub(super) fn score(basis: &Basis, offer: &Offer, targeted: bool) -> u8 {
    let total = AREA_FIT_WEIGHT * area_fit(basis, offer)
        + RENT_WEIGHT * rent(basis, offer)
        + SPEC_THRIFT_WEIGHT * spec_thrift(basis, offer)
        + INDUSTRY_WEIGHT * if targeted { 1.0 } else { 0.0 }
        + FEWER_UNITS_WEIGHT * fewer_units(offer);
    // Rounds half up without a libm call (this runs for every candidate and
    // floor); NaN from nonsensical input (a zero-area unit) becomes 0.
    (total.clamp(0.0, 100.0) + 0.5) as u8
}

/// 1 − |area − min| / min: excess space costs rent and a shortfall (for a
/// near miss) is worse the bigger it is.
fn area_fit(basis: &Basis, offer: &Offer) -> f64 {
    let min = basis.min_area_m2;
    if min <= 0.0 {
        return 1.0;
    }
    unit_interval(1.0 - (offer.area_m2 - min).abs() / min)
}

/// 1 − rent / (2 × budget), on the area-weighted rent per m².
fn rent(basis: &Basis, offer: &Offer) -> f64 {
    let per_m2 = if offer.area_m2 > 0.0 {
        offer.rent_fen_day / offer.area_m2
    } else {
        offer.max_rent_fen_m2_day as f64
    };
    unit_interval(1.0 - per_m2 / basis.zero_rent_fen_m2_day)
}

/// Heavy floors and high ceilings are what industry-upstairs buildings are
/// short of: 1 minus the mean of the load and height waste.
fn spec_thrift(basis: &Basis, offer: &Offer) -> f64 {
    let load_waste = waste(
        offer.live_load_kn_m2 / basis.load_need_kn_m2,
        LOAD_TOLERANCE,
        LOAD_FULL_WASTE,
    );
    let height_waste = waste(
        f64::from(offer.clear_height_mm) / basis.height_need_mm,
        HEIGHT_TOLERANCE,
        HEIGHT_FULL_WASTE,
    );
    1.0 - (load_waste + height_waste) / 2.0
}

/// 0 up to `1 + tolerance` times the need, rising linearly to 1 at `1 + full`.
fn waste(ratio: f64, tolerance: f64, full: f64) -> f64 {
    unit_interval((ratio - 1.0 - tolerance) / (full - tolerance))
}

/// Each extra unit is another wall to open and another lease line.
fn fewer_units(offer: &Offer) -> f64 {
    unit_interval(1.0 - f64::from(offer.units.saturating_sub(1)) / (UNITS_SCORED as f64 - 1.0))
}

fn unit_interval(x: f64) -> f64 {
    if x.is_nan() { 0.0 } else { x.clamp(0.0, 1.0) }
}

/// The order of candidates: score descending, then monthly rent ascending,
/// then the sorted unit ids, so equal candidates always come out alike.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Rank {
    pub score: u8,
    pub monthly_rent_fen: i64,
    /// Sorted.
    ids: Box<[Uuid]>,
}

impl Rank {
    pub fn new(score: u8, monthly_rent_fen: i64, unit_ids: impl IntoIterator<Item = Uuid>) -> Self {
        let mut ids: Box<[Uuid]> = unit_ids.into_iter().collect();
        ids.sort_unstable();
        Rank {
            score,
            monthly_rent_fen,
            ids,
        }
    }
}

/// `Less` means better: sorting ascending puts the best first.
impl Ord for Rank {
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .score
            .cmp(&self.score)
            .then(self.monthly_rent_fen.cmp(&other.monthly_rent_fen))
            .then_with(|| self.ids.cmp(&other.ids))
    }
}

impl PartialOrd for Rank {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
