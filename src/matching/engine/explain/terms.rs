//! Checks of the lease terms: rent and availability for the period.

use crate::matching::engine::values::*;

use super::{Told, check, joined};
use crate::i18n::Lang;
use crate::matching::engine::criteria::{Need, Offer};
use crate::matching::engine::index::Shard;
use crate::matching::engine::output::Criterion;
use crate::matching::engine::{availability, criteria};
use crate::text;

pub(super) fn rent(need: &Need, offer: &Offer, lang: Lang) -> Told {
    let max = need.req.max_rent_fen_m2_day;
    let r = offer.max_rent_fen_m2_day;
    let (units, rent) = (offer.units, per_day(r, lang));
    let message = match max {
        None => text!("check-rent-no-budget", units = units, rent = rent),
        Some(m) if r > m => text!(
            "check-rent-over-budget",
            units = units,
            rent = rent,
            budget = per_day(m, lang)
        ),
        Some(m) => text!(
            "check-rent-within-budget",
            units = units,
            rent = rent,
            budget = per_day(m, lang)
        ),
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

/// A rent per m² per day as the reader counts it: fen in English, as the
/// API stores it; yuan with two decimals (元/㎡·天) in Chinese, as the parks
/// quote it.
fn per_day(fen: i64, lang: Lang) -> String {
    match lang {
        Lang::En => fen.to_string(),
        Lang::ZhCn => {
            let sign = if fen < 0 { "-" } else { "" };
            let fen = fen.unsigned_abs();
            format!("{sign}{}.{:02}", fen / 100, fen % 100)
        }
    }
}

/// Lists every unit taken off the market and every hold overlapping the period.
pub(super) fn availability(index: &Shard, need: &Need, rows: &[u32], offer: &Offer) -> Told {
    let (start, end) = need.period;
    let mut unavailable = Vec::new();
    let mut conflicts = Vec::new();
    let mut reasons = Vec::new();
    for &r in rows {
        let row = &index.rows[r as usize];
        let code = &index.units[r as usize].code;
        if row.unavailable {
            unavailable.push(row.id);
            reasons.push(text!("check-availability-unit-unavailable", code = code));
        }
        for &(hs, he) in index.holds_of(r as usize) {
            if availability::overlaps((hs, he), need.period) {
                conflicts.push(ConflictingHold {
                    unit_id: row.id,
                    start: hs,
                    end: he,
                });
                reasons.push(text!(
                    "check-availability-unit-held",
                    code = code,
                    start = hs.to_string(),
                    end = he.to_string()
                ));
            }
        }
    }
    // A reason is found exactly where `offer.available` is false.
    let message = joined(reasons).unwrap_or_else(|| {
        text!(
            "check-availability-free",
            units = rows.len(),
            start = start.to_string(),
            end = end.to_string()
        )
    });
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
