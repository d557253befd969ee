//! Turns a selected candidate into the answer: one check per criterion with
//! what was required, what the space has, and a sentence a leasing manager
//! can read out to the tenant. Only the returned candidates get here, so
//! this is where strings and JSON are built, and each message is put into
//! the reader's language (`locales/*/matching.ftl`).

use super::values::{Actual, Required};
use crate::i18n::{Arg, Lang, Text};
use crate::text;

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
    lang: Lang,
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
        fire_hazard(need, &b.info, f.level, lang),
        power(need, &offer),
        utility_shaft(need, &offer),
        rent(need, &offer, lang),
        park(need, b.info.park_id),
        availability(b, need, rows, &offer),
        building_ready(need, &b.info, lang),
    ]
    .into_iter()
    .map(|told| told.in_words(lang))
    .collect();
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

/// A check whose message is not yet in words.
struct Told {
    criterion: Criterion,
    passed: bool,
    required: Required,
    actual: Actual,
    message: Text,
}

impl Told {
    fn in_words(self, lang: Lang) -> Check {
        Check {
            criterion: self.criterion,
            passed: self.passed,
            required: self.required,
            actual: self.actual,
            message: self.message.render(lang),
        }
    }
}

fn check(
    criterion: Criterion,
    passed: bool,
    required: Required,
    actual: Actual,
    message: Text,
) -> Told {
    Told {
        criterion,
        passed,
        required,
        actual,
        message,
    }
}

/// Several findings of one check as one message, in their order.
fn joined(parts: Vec<Text>) -> Option<Text> {
    parts
        .into_iter()
        .reduce(|first, then| text!("check-and", first = first, then = then))
}

/// A level as the reader counts them: `-1` in English, `B1` in Chinese.
pub(super) fn level(level: i32) -> Arg {
    if level < 0 {
        Arg::Text(text!(
            "check-level-below",
            depth = level.unsigned_abs().to_string()
        ))
    } else {
        Arg::Str(level.to_string())
    }
}

/// A value a sentence names: its label in Chinese (丙类, 在建); in English
/// the wire value in words ("c", "under construction"), as the English
/// sentences have always read.
pub(super) fn value(lang: Lang, label: Text, wire: &str) -> Arg {
    match lang {
        Lang::ZhCn => Arg::Text(label),
        Lang::En => Arg::Str(wire.replace('_', " ")),
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

mod building;
mod lift;
mod space;
mod terms;
