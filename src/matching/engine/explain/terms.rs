//! Checks of the lease terms: rent and availability for the period.

use crate::matching::engine::values::*;

use super::check;
use crate::matching::engine::criteria::{Need, Offer};
use crate::matching::engine::index::Shard;
use crate::matching::engine::output::{Check, Criterion};
use crate::matching::engine::{availability, criteria};

pub(super) fn rent(need: &Need, offer: &Offer) -> Check {
    let max = need.req.max_rent_fen_m2_day;
    let r = offer.max_rent_fen_m2_day;
    let dearest = if offer.units == 1 {
        "the asking rent"
    } else {
        "the dearest unit's asking rent"
    };
    let message = match max {
        None => format!("no budget given; {dearest} is {r} fen/m²/day"),
        Some(m) if r > m => {
            format!("{dearest} is {r} fen/m²/day, above the budget of {m} fen/m²/day")
        }
        Some(m) => format!("{dearest} is {r} fen/m²/day, within the budget of {m} fen/m²/day"),
    };
    check(
        Criterion::Rent,
        criteria::rent_ok(need.req, r),
        Required::Rent(RentAsked {
            max_rent_fen_m2_day: max,
        }),
        Actual::Rent(RentOffered {
            asking_rent_fen_m2_day: r,
            monthly_rent_fen: offer.monthly_rent_fen(),
        }),
        message,
    )
}

/// Lists every unit taken off the market and every hold overlapping the period.
pub(super) fn availability(index: &Shard, need: &Need, rows: &[u32], offer: &Offer) -> Check {
    let (start, end) = need.period;
    let mut unavailable = Vec::new();
    let mut conflicts = Vec::new();
    let mut reasons = Vec::new();
    for &r in rows {
        let row = &index.rows[r as usize];
        let code = &index.units[r as usize].code;
        if row.unavailable {
            unavailable.push(row.id);
            reasons.push(format!("unit {code} is marked unavailable"));
        }
        for &(hs, he) in index.holds_of(r as usize) {
            if availability::overlaps((hs, he), need.period) {
                conflicts.push(ConflictingHold {
                    unit_id: row.id,
                    start: hs,
                    end: he,
                });
                reasons.push(format!(
                    "unit {code} is held from {hs} until {he}, overlapping the lease"
                ));
            }
        }
    }
    let message = if offer.available {
        let subject = if rows.len() == 1 {
            "the unit is"
        } else {
            "all units are"
        };
        format!("{subject} free from {start} until {end}")
    } else {
        reasons.join("; ")
    };
    check(
        Criterion::Availability,
        offer.available,
        Required::Availability(PeriodAsked { start, end }),
        Actual::Availability(AvailabilityOffered {
            unavailable_unit_ids: unavailable,
            conflicting_holds: conflicts,
        }),
        message,
    )
}
