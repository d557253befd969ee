//! What the engine matches: a tenant's requirement and a snapshot of the
//! inventory, as plain data the storage layer fills in.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::domain::{BuildingStatus, FireHazardClass, UnitStatus};

/// The heaviest single item a tenant must bring in: a machine, a pallet, a tank.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub weight_kg: f64,
    pub length_mm: i32,
    pub width_mm: i32,
    pub height_mm: i32,
}

impl Item {
    /// The pressure the item puts on the floor when its weight is spread over
    /// its footprint, in kN/m²: weight × 9.81 / (length × width), lengths in
    /// metres. Infinite for a footprint without area, so it fails any floor.
    pub fn footprint_pressure_kn_m2(&self) -> f64 {
        let footprint_m2 = f64::from(self.length_mm) * f64::from(self.width_mm) / 1e6;
        if footprint_m2 <= 0.0 {
            return f64::INFINITY;
        }
        self.weight_kg * 9.81 / footprint_m2 / 1000.0
    }
}

/// A tenant's request for space: an application, or the body of `POST /match`.
#[derive(Debug, Clone, PartialEq)]
pub struct Requirement {
    /// GB/T 4754-2017 code, e.g. `C2761`; parks targeting a prefix of it score higher.
    pub industry_code: String,
    pub min_area_m2: f64,
    pub max_area_m2: Option<f64>,
    pub min_live_load_kn_m2: Option<f64>,
    pub min_clear_height_mm: Option<i32>,
    pub heaviest_item: Option<Item>,
    pub fire_hazard_class: FireHazardClass,
    pub min_power_kva: Option<f64>,
    pub needs_utility_shaft: bool,
    pub max_rent_fen_m2_day: Option<i64>,
    pub move_in_date: NaiveDate,
    pub lease_months: u32,
    /// Empty means any park.
    pub preferred_park_ids: Vec<Uuid>,
    pub allow_combined_units: bool,
}

/// A park: only what matching needs.
#[derive(Debug, Clone, PartialEq)]
pub struct ParkInfo {
    pub id: Uuid,
    /// Industry-code prefixes the park wants to attract (`C27` covers `C2761`).
    pub target_industries: Vec<String>,
}

/// A building: only what matching needs.
#[derive(Debug, Clone, PartialEq)]
pub struct BuildingInfo {
    pub id: Uuid,
    pub park_id: Uuid,
    pub floors_above_ground: i32,
    pub floors_below_ground: i32,
    pub status: BuildingStatus,
    pub completion_date: Option<NaiveDate>,
    pub max_fire_hazard_class: FireHazardClass,
}

/// A freight lift and the levels it serves (`lowest_level..=highest_level`).
#[derive(Debug, Clone, PartialEq)]
pub struct LiftInfo {
    pub building_id: Uuid,
    pub rated_load_kg: i32,
    pub car_width_mm: i32,
    pub car_depth_mm: i32,
    pub car_height_mm: i32,
    pub door_width_mm: i32,
    pub door_height_mm: i32,
    pub lowest_level: i32,
    pub highest_level: i32,
}

/// A leasable unit with its floor's engineering already resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitInfo {
    pub id: Uuid,
    pub code: String,
    pub building_id: Uuid,
    pub floor_id: Uuid,
    pub level: i32,
    pub area_m2: f64,
    /// Effective: the unit's override or else its floor's.
    pub live_load_kn_m2: f64,
    /// Effective: the unit's override or else its floor's.
    pub clear_height_mm: i32,
    /// Effective: the unit's or else its floor's; `None` when neither is recorded.
    pub power_kva: Option<f64>,
    /// The unit has no supply of its own and draws on its floor's (so
    /// `power_kva` is the floor's, shared with the floor's other such units).
    pub power_from_floor: bool,
    /// The floor's: a shaft serves the whole floor.
    pub has_utility_shaft: bool,
    pub asking_rent_fen_m2_day: i64,
    pub status: UnitStatus,
    /// Units on the same floor that share a wall with this one.
    pub adjacent_unit_ids: Vec<Uuid>,
}

/// A live offer or lease holding a unit over [start, end).
#[derive(Debug, Clone, PartialEq)]
pub struct Hold {
    pub unit_id: Uuid,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// Everything a match runs against. Units whose building is missing are
/// ignored; a building whose park is missing counts as targeting nothing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Inventory {
    pub parks: Vec<ParkInfo>,
    pub buildings: Vec<BuildingInfo>,
    pub lifts: Vec<LiftInfo>,
    pub units: Vec<UnitInfo>,
    pub holds: Vec<Hold>,
}
