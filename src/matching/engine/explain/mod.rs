//! Turns a selected candidate into the answer: one check per criterion with
//! what was required, what the space has, and a sentence a leasing manager
//! can read out to the tenant. Only the returned candidates get here, so
//! this is where strings and JSON are built.

use super::values::{Actual, Required};

use super::criteria::{self, Need, Offer};
use super::index::{Index, Place, Shard};
use super::output::{Candidate, Check, Criterion};
use building::{building_ready, fire_hazard, park};
use lift::freight_lift;
use space::{area, clear_height, live_load, power, utility_shaft};
use terms::{availability, rent};

/// The full candidate for `rows` (row positions on floor `floor`).
pub(super) fn candidate(
    index: &Index,
    need: &Need,
    place: Place,
    rows: &[u32],
    score: u8,
) -> Candidate {
    let b = &index.shards[place.shard as usize];
    let f = &b.floors[place.floor as usize];
    let offer = offer_of(b, need, rows);
    let mut unit_ids: Vec<_> = rows.iter().map(|&r| b.rows[r as usize].id).collect();
    unit_ids.sort_unstable();
    let checks = vec![
        area(need, &offer),
        live_load(need, &offer),
        clear_height(need, &offer),
        freight_lift(need, f.level, &b.lifts),
        fire_hazard(need, &b.info, f.level),
        power(need, &offer),
        utility_shaft(need, &offer),
        rent(need, &offer),
        park(need, b.info.park_id),
        availability(b, need, rows, &offer),
        building_ready(need, &b.info),
    ];
    Candidate {
        unit_ids,
        park_id: b.info.park_id,
        building_id: b.info.id,
        level: f.level,
        total_area_m2: offer.area_m2,
        monthly_rent_fen: offer.monthly_rent_fen(),
        score,
        checks,
    }
}

/// The combined offer of `rows`, built exactly as the search builds it.
pub(super) fn offer_of(index: &Shard, need: &Need, rows: &[u32]) -> Offer {
    let unit = |r: u32| {
        let row = &index.rows[r as usize];
        let free = criteria::unit_available(row, index.holds_of(r as usize), need.period);
        Offer::of(row, free)
    };
    let mut offer = unit(rows[0]);
    for &r in &rows[1..] {
        offer = offer.join(&unit(r));
    }
    offer
}

fn check(
    criterion: Criterion,
    passed: bool,
    required: Required,
    actual: Actual,
    message: String,
) -> Check {
    Check {
        criterion,
        passed,
        required,
        actual,
        message,
    }
}

/// A number without noise: `1300`, `6.5`, `24.53`.
pub(super) fn num(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A computed value, with as many decimals (up to three) as it takes to
/// tell it from `limit` it was compared with: 6.505, not 6.5, against 6.5.
pub(super) fn num_beside(x: f64, limit: f64) -> String {
    (2..=3)
        .map(|d| {
            let s = format!("{x:.d$}");
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        })
        .find(|s| *s != num(limit))
        .unwrap_or_else(|| num(x))
}

/// "the unit" or "the weakest of the 3 units", for sentences about limits.
fn whose(offer: &Offer) -> String {
    if offer.units == 1 {
        "the unit".into()
    } else {
        format!("the weakest of the {} units", offer.units)
    }
}

mod building;
mod lift;
mod space;
mod terms;
