//! The pass/fail rule of each criterion, as cheap predicates over numbers.
//!
//! The search calls these for every unit and combination and only counts
//! failures; `explain` calls the same predicates to fill in the checks of
//! the few candidates it returns, so a check's `passed` can never disagree
//! with the verdict that selected the candidate.

use chrono::NaiveDate;
use uuid::Uuid;

use super::availability;
use super::exact;
use super::index::UnitRow;
use super::input::{BuildingInfo, Requirement};
use super::output::{Criterion, Failures};
use crate::domain::BuildingStatus;

/// A requirement with what is derived from it computed once per search.
#[derive(Debug, Clone, Copy)]
pub(super) struct Need<'r> {
    pub req: &'r Requirement,
    /// The heaviest item's weight spread over its footprint, kN/m².
    pub item_pressure_kn_m2: Option<f64>,
    /// `[move_in_date, move_in_date + lease_months)`.
    pub period: (NaiveDate, NaiveDate),
}

impl<'r> Need<'r> {
    pub fn new(req: &'r Requirement) -> Self {
        Need {
            req,
            item_pressure_kn_m2: req
                .heaviest_item
                .as_ref()
                .map(|i| i.footprint_pressure_kn_m2()),
            period: availability::lease_period(req.move_in_date, req.lease_months),
        }
    }
}

/// What a candidate offers: its units' values combined. Areas and rents add
/// up; the weakest unit's load and height apply; the dearest rent per m² is
/// the one held against the budget. Power adds up over separate supplies:
/// each unit with a supply of its own brings it, and the units that draw on
/// their floor's supply share it, so it counts once.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Offer {
    pub units: u32,
    pub area_m2: f64,
    pub live_load_kn_m2: f64,
    pub clear_height_mm: i32,
    /// The supplies of units that have their own, added up.
    pub own_power_kva: f64,
    /// The floor's supply when some unit draws on it: `Some(None)` when the
    /// floor has none recorded.
    pub floor_power_kva: Option<Option<f64>>,
    /// A shaft serves its whole floor, so one unit having it is enough.
    pub has_utility_shaft: bool,
    pub max_rent_fen_m2_day: i64,
    /// Σ area × rent per m² per day.
    pub rent_fen_day: f64,
    /// Every unit is free for the whole period.
    pub available: bool,
}

impl Offer {
    /// One unit on its own; `available` is worked out by the caller, who
    /// holds the unit's holds.
    pub fn of(row: &UnitRow, available: bool) -> Self {
        let (own_power_kva, floor_power_kva) = if row.power_from_floor {
            (0.0, Some(row.power_kva))
        } else {
            (row.power_kva.unwrap_or(0.0), None)
        };
        Offer {
            units: 1,
            area_m2: row.area_m2,
            live_load_kn_m2: row.live_load_kn_m2,
            clear_height_mm: row.clear_height_mm,
            own_power_kva,
            floor_power_kva,
            has_utility_shaft: row.has_utility_shaft,
            max_rent_fen_m2_day: row.rent_fen_m2_day,
            rent_fen_day: row.area_m2 * row.rent_fen_m2_day as f64,
            available,
        }
    }

    /// This offer and `other` taken together.
    pub fn join(&self, other: &Offer) -> Self {
        Offer {
            units: self.units + other.units,
            area_m2: self.area_m2 + other.area_m2,
            live_load_kn_m2: self.live_load_kn_m2.min(other.live_load_kn_m2),
            clear_height_mm: self.clear_height_mm.min(other.clear_height_mm),
            own_power_kva: self.own_power_kva + other.own_power_kva,
            // One floor, one supply: either side's value is the floor's.
            floor_power_kva: self.floor_power_kva.or(other.floor_power_kva),
            has_utility_shaft: self.has_utility_shaft || other.has_utility_shaft,
            max_rent_fen_m2_day: self.max_rent_fen_m2_day.max(other.max_rent_fen_m2_day),
            rent_fen_day: self.rent_fen_day + other.rent_fen_day,
            available: self.available && other.available,
        }
    }

    /// The power the space has: `None` when a unit draws on a floor supply
    /// nobody recorded.
    pub fn power_kva(&self) -> Option<f64> {
        match self.floor_power_kva {
            None => Some(self.own_power_kva),
            Some(Some(floor)) => Some(self.own_power_kva + floor),
            Some(None) => None,
        }
    }

    /// round(Σ area × rent × 365 / 12).
    pub fn monthly_rent_fen(&self) -> i64 {
        (self.rent_fen_day * 365.0 / 12.0).round() as i64
    }
}

pub(super) fn area_ok(req: &Requirement, area_m2: f64) -> bool {
    enough_area(req, area_m2) && !too_much_area(req, area_m2)
}

pub(super) fn enough_area(req: &Requirement, area_m2: f64) -> bool {
    exact::at_least(area_m2, req.min_area_m2)
}

pub(super) fn too_much_area(req: &Requirement, area_m2: f64) -> bool {
    req.max_area_m2
        .is_some_and(|max| !exact::at_most(area_m2, max))
}

/// The requested minimum, and the item's footprint pressure, both within the load.
pub(super) fn live_load_ok(need: &Need, live_load_kn_m2: f64) -> bool {
    load_reaches_minimum(need.req, live_load_kn_m2) && bears_item(need.req, live_load_kn_m2)
}

pub(super) fn load_reaches_minimum(req: &Requirement, live_load_kn_m2: f64) -> bool {
    req.min_live_load_kn_m2
        .is_none_or(|min| exact::at_least(live_load_kn_m2, min))
}

pub(super) fn bears_item(req: &Requirement, live_load_kn_m2: f64) -> bool {
    req.heaviest_item
        .as_ref()
        .is_none_or(|i| exact::bears(i, live_load_kn_m2))
}

/// The requested minimum reached, and the item standing upright underneath.
pub(super) fn clear_height_ok(req: &Requirement, clear_height_mm: i32) -> bool {
    req.min_clear_height_mm
        .is_none_or(|min| clear_height_mm >= min)
        && req
            .heaviest_item
            .as_ref()
            .is_none_or(|i| i.height_mm <= clear_height_mm)
}

/// Unknown power fails a requested minimum: nobody should promise what
/// nobody has measured.
pub(super) fn power_ok(req: &Requirement, power_kva: Option<f64>) -> bool {
    match (req.min_power_kva, power_kva) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(min), Some(p)) => exact::at_least(p, min),
    }
}

pub(super) fn utility_shaft_ok(req: &Requirement, has_utility_shaft: bool) -> bool {
    !req.needs_utility_shaft || has_utility_shaft
}

pub(super) fn rent_ok(req: &Requirement, rent_fen_m2_day: i64) -> bool {
    req.max_rent_fen_m2_day
        .is_none_or(|max| rent_fen_m2_day <= max)
}

pub(super) fn park_ok(req: &Requirement, park_id: Uuid) -> bool {
    req.preferred_park_ids.is_empty() || req.preferred_park_ids.contains(&park_id)
}

/// Standing and handed over, or due to be by the move-in date.
pub(super) fn building_ready_ok(building: &BuildingInfo, move_in: NaiveDate) -> bool {
    matches!(
        building.status,
        BuildingStatus::Completed | BuildingStatus::Operational
    ) || building.completion_date.is_some_and(|d| d <= move_in)
}

/// Free for the whole period: not taken off the market, and no live offer or
/// lease overlapping it. `reserved` and `leased` describe today only.
pub(super) fn unit_available(
    row: &UnitRow,
    holds: &[(NaiveDate, NaiveDate)],
    period: (NaiveDate, NaiveDate),
) -> bool {
    !row.unavailable && !holds.iter().any(|&h| availability::overlaps(h, period))
}

/// The criteria that only ever get worse as units are added to a combination
/// (minimums over the weakest unit, the dearest rent, every unit free).
/// Area, power and the utility shaft can improve, so they never prune a
/// search.
const LASTING: u16 = Criterion::LiveLoad.bit()
    | Criterion::ClearHeight.bit()
    | Criterion::Rent.bit()
    | Criterion::Availability.bit();

/// The criteria an offer decides by itself, whatever floor it is on.
pub(super) fn offer_failures(need: &Need, offer: &Offer) -> Failures {
    let req = need.req;
    Failures::default()
        .with(Criterion::Area, !area_ok(req, offer.area_m2))
        .with(
            Criterion::LiveLoad,
            !live_load_ok(need, offer.live_load_kn_m2),
        )
        .with(
            Criterion::ClearHeight,
            !clear_height_ok(req, offer.clear_height_mm),
        )
        .with(Criterion::Power, !power_ok(req, offer.power_kva()))
        .with(
            Criterion::UtilityShaft,
            !utility_shaft_ok(req, offer.has_utility_shaft),
        )
        .with(Criterion::Rent, !rent_ok(req, offer.max_rent_fen_m2_day))
        .with(Criterion::Availability, !offer.available)
}

/// An offer with the failures it has that no added unit can cure. Judging
/// each unit once and OR-ing these bits is what makes combinations cheap:
/// the weakest load fails a minimum exactly when some unit's load does, and
/// likewise for height, power, the dearest rent and availability.
#[derive(Debug, Clone, Copy)]
pub(super) struct Judged {
    pub offer: Offer,
    pub lasting: Failures,
}

impl Judged {
    pub fn new(need: &Need, offer: Offer) -> Self {
        let lasting = Failures(offer_failures(need, &offer).0 & LASTING);
        Judged { offer, lasting }
    }

    pub fn join(&self, other: &Judged) -> Self {
        Judged {
            offer: self.offer.join(&other.offer),
            lasting: self.lasting.union(other.lasting),
        }
    }

    /// All the offer's own failures: the lasting ones plus area, power and
    /// shaft.
    pub fn failures(&self, need: &Need) -> Failures {
        let all = self
            .lasting
            .with(Criterion::Area, !area_ok(need.req, self.offer.area_m2))
            .with(
                Criterion::Power,
                !power_ok(need.req, self.offer.power_kva()),
            )
            .with(
                Criterion::UtilityShaft,
                !utility_shaft_ok(need.req, self.offer.has_utility_shaft),
            );
        // Tests run in debug builds: every property test checks the shortcut.
        debug_assert_eq!(all, offer_failures(need, &self.offer));
        all
    }
}
