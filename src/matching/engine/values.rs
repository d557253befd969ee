//! What a check compares: for each criterion, what the tenant asked for
//! (`required`) and what the space offers (`actual`). Every key carries its
//! unit in its name; a `null` was not asked for, or is not recorded.

use chrono::NaiveDate;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::domain::{BuildingStatus, FireHazardClass};

/// `required` of a check: which shape depends on its `criterion`.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(untagged)]
pub enum Required {
    Area(AreaAsked),
    LiveLoad(LiveLoadAsked),
    ClearHeight(ClearHeightAsked),
    FreightLift(FreightLiftAsked),
    FireHazard(FireHazardAsked),
    Power(PowerAsked),
    UtilityShaft(UtilityShaftAsked),
    Rent(RentAsked),
    Park(ParkAsked),
    Availability(PeriodAsked),
    BuildingReady(MoveInAsked),
}

/// `actual` of a check: which shape depends on its `criterion`.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(untagged)]
pub enum Actual {
    Area(AreaOffered),
    LiveLoad(LiveLoadOffered),
    ClearHeight(ClearHeightOffered),
    FreightLift(FreightLiftOffered),
    FireHazard(FireHazardOffered),
    Power(PowerOffered),
    UtilityShaft(UtilityShaftOffered),
    Rent(RentOffered),
    Park(ParkOffered),
    Availability(AvailabilityOffered),
    BuildingReady(BuildingReadyOffered),
}

/// `area`: the request's bounds.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AreaAsked {
    pub min_area_m2: f64,
    #[schema(required = true)]
    pub max_area_m2: Option<f64>,
}

/// `area`: the space's area, and how many units make it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AreaOffered {
    pub area_m2: f64,
    pub units: u32,
}

/// `live_load`: the load asked for, and what the heaviest item presses.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LiveLoadAsked {
    #[schema(required = true)]
    pub min_live_load_kn_m2: Option<f64>,
    /// The heaviest item's weight over its footprint.
    #[schema(required = true)]
    pub item_pressure_kn_m2: Option<f64>,
}

/// `live_load`: the floor's rated load (the weakest unit's, combined).
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LiveLoadOffered {
    pub live_load_kn_m2: f64,
}

/// `clear_height`: the height asked for, and the heaviest item's height.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ClearHeightAsked {
    #[schema(required = true)]
    pub min_clear_height_mm: Option<i32>,
    #[schema(required = true)]
    pub item_height_mm: Option<i32>,
}

/// `clear_height`: the space's clear height (the lowest, combined).
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ClearHeightOffered {
    pub clear_height_mm: i32,
}

/// The heaviest item a request brings up.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemAsked {
    pub weight_kg: f64,
    pub length_mm: i32,
    pub width_mm: i32,
    pub height_mm: i32,
}

/// `freight_lift`: the level to reach and the item to bring up.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FreightLiftAsked {
    pub level: i32,
    #[schema(required = true)]
    pub item: Option<ItemAsked>,
}

/// A freight lift as the check saw it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LiftOffered {
    pub rated_load_kg: i32,
    pub car_width_mm: i32,
    pub car_depth_mm: i32,
    pub car_height_mm: i32,
    pub door_width_mm: i32,
    pub door_height_mm: i32,
    pub lowest_level: i32,
    pub highest_level: i32,
}

/// `freight_lift`: the lift that takes the item up, or the closest one that
/// serves the level; null on the ground floor or where none serves it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FreightLiftOffered {
    #[schema(required = true)]
    pub lift: Option<LiftOffered>,
}

/// `fire_hazard`: the tenant's GB 50016 class.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FireHazardAsked {
    pub fire_hazard_class: FireHazardClass,
}

/// `fire_hazard`: what the building admits, its storeys, and the level.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FireHazardOffered {
    pub max_fire_hazard_class: FireHazardClass,
    pub floors_above_ground: i32,
    pub level: i32,
}

/// `power`: the supply asked for.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PowerAsked {
    #[schema(required = true)]
    pub min_power_kva: Option<f64>,
}

/// `power`: the supply (the weakest unit's, combined); null when not recorded.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PowerOffered {
    #[schema(required = true)]
    pub power_kva: Option<f64>,
}

/// `utility_shaft`: whether one is needed.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UtilityShaftAsked {
    pub needs_utility_shaft: bool,
}

/// `utility_shaft`: whether the floor has one.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UtilityShaftOffered {
    pub has_utility_shaft: bool,
}

/// `rent`: the budget.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RentAsked {
    #[schema(required = true)]
    pub max_rent_fen_m2_day: Option<i64>,
}

/// `rent`: the asking rent (the dearest unit's, combined) and what the
/// whole space costs a 30-day month.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RentOffered {
    pub asking_rent_fen_m2_day: i64,
    pub monthly_rent_fen: i64,
}

/// `park`: the preferred parks; empty means any.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ParkAsked {
    pub preferred_park_ids: Vec<Uuid>,
}

/// `park`: the space's park.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ParkOffered {
    pub park_id: Uuid,
}

/// `availability`: the lease period, `[start, end)`.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PeriodAsked {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// A hold (an open offer or a lease) that overlaps the period.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConflictingHold {
    pub unit_id: Uuid,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// `availability`: units marked unavailable, and holds in the way.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AvailabilityOffered {
    pub unavailable_unit_ids: Vec<Uuid>,
    pub conflicting_holds: Vec<ConflictingHold>,
}

/// `building_ready`: the move-in date.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MoveInAsked {
    pub move_in_date: NaiveDate,
}

/// `building_ready`: where the building is in its life, and when it is due.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BuildingReadyOffered {
    pub status: BuildingStatus,
    #[schema(required = true)]
    pub completion_date: Option<NaiveDate>,
}
