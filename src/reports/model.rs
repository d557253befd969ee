use chrono::NaiveDate;
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::UnitStatus;
use crate::domain::occupancy::Occupancy;
use crate::matching::engine::Criterion;
use crate::platform::db::Id;

#[derive(Debug, Serialize, ToSchema)]
pub struct FloorOccupancy {
    pub floor_id: Id,
    pub level: i32,
    #[serde(flatten)]
    pub occupancy: Occupancy,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BuildingOccupancy {
    pub building_id: Id,
    pub code: String,
    pub name: Option<String>,
    #[serde(flatten)]
    pub occupancy: Occupancy,
    /// Top down.
    pub floors: Vec<FloorOccupancy>,
}

/// `GET /parks/{park_id}/occupancy`: today's occupancy by building and floor.
#[derive(Debug, Serialize, ToSchema)]
pub struct ParkOccupancy {
    pub park_id: Id,
    pub as_of: NaiveDate,
    #[serde(flatten)]
    pub occupancy: Occupancy,
    pub buildings: Vec<BuildingOccupancy>,
}

/// A lease ending soon.
#[derive(Debug, Serialize, ToSchema)]
pub struct Expiration {
    pub lease_id: Id,
    pub park_id: Id,
    pub tenant_id: Id,
    pub tenant_name: String,
    pub unit_ids: Vec<Id>,
    pub unit_codes: Vec<String>,
    pub area_m2: f64,
    pub end_date: NaiveDate,
    pub days_left: i64,
    pub rent_fen_m2_day: i64,
}

/// Who holds a unit today (staff only).
#[derive(Debug, Serialize, ToSchema)]
pub struct Occupant {
    pub tenant_id: Id,
    pub tenant_name: String,
    pub lease_id: Id,
    pub lease_end_date: NaiveDate,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StackUnit {
    pub unit_id: Id,
    pub code: String,
    pub area_m2: f64,
    pub status: UnitStatus,
    pub adjacent_unit_ids: Vec<Id>,
    /// Present for the park's operators and admins when a lease covers today.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub occupant: Option<Occupant>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StackFloor {
    pub floor_id: Id,
    pub level: i32,
    pub area_m2: f64,
    pub live_load_kn_m2: f64,
    pub clear_height_mm: i32,
    pub units: Vec<StackUnit>,
}

/// `GET /buildings/{building_id}/stacking-plan`: every floor, top down.
#[derive(Debug, Serialize, ToSchema)]
pub struct StackingPlan {
    pub building_id: Id,
    pub park_id: Id,
    pub code: String,
    pub as_of: NaiveDate,
    /// Whether tenants and lease end dates are included (the park's staff only).
    pub includes_occupants: bool,
    pub floors: Vec<StackFloor>,
}

/// One group of `GET /reports/demand-gaps`.
#[derive(Debug, Serialize, ToSchema)]
pub struct DemandGap {
    /// The criterion that blocks these applications: the one the best near
    /// miss fails; null when no space comes within one criterion.
    pub criterion: Option<Criterion>,
    pub applications: i64,
    /// Sum of the applications' `min_area_m2`.
    pub area_demanded_m2: f64,
    pub application_ids: Vec<Id>,
}

/// Open applications with no match, grouped by what blocks them.
#[derive(Debug, Serialize, ToSchema)]
pub struct DemandGaps {
    pub open_applications: i64,
    pub unmatched_applications: i64,
    pub gaps: Vec<DemandGap>,
}
