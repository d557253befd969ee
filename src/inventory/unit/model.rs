use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::platform::validation as checks;

use crate::domain::limits as L;
use crate::domain::{FitOut, UnitStatus};
use crate::inventory::floor::store::Floor;
use crate::inventory::unit::store::{Unit, UnitView};
use crate::platform::db::{Id, now};
use crate::platform::time::utc;
use crate::platform::validation::{nullable, present};

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateUnit {
    /// Unique in its building, e.g. `A1-0501`.
    #[validate(custom(function = "checks::code"))]
    pub code: String,
    #[validate(range(exclusive_min = 0.0, max = L::AREA_M2_MAX))]
    pub area_m2: f64,
    /// Only `available` or `unavailable`; the others follow offers and leases.
    pub status: UnitStatus,
    #[validate(range(min = 0, max = L::RENT_FEN_M2_DAY_MAX))]
    pub asking_rent_fen_m2_day: i64,
    pub fit_out: FitOut,
    /// Overrides the floor's value.
    #[validate(range(min = L::LIVE_LOAD_KN_M2_MIN, max = L::LIVE_LOAD_KN_M2_MAX))]
    pub live_load_kn_m2: Option<f64>,
    /// Overrides the floor's value.
    #[validate(range(min = 1, max = L::STOREY_HEIGHT_MM_MAX))]
    pub clear_height_mm: Option<i32>,
    /// Overrides the floor's value.
    #[validate(range(min = 0.0, max = L::POWER_KVA_MAX))]
    pub power_kva: Option<f64>,
    /// Units on the same floor that share a wall with this one.
    #[validate(length(max = L::LIST_MAX))]
    pub adjacent_unit_ids: Option<Vec<Id>>,
}

impl CreateUnit {
    pub fn into_row(self, floor: &Floor) -> (Unit, Vec<Id>) {
        let t = now();
        let unit = Unit {
            id: Id::new(),
            floor_id: floor.id,
            building_id: floor.building_id,
            code: self.code,
            area_m2: self.area_m2,
            status: self.status,
            asking_rent_fen_m2_day: self.asking_rent_fen_m2_day,
            fit_out: self.fit_out,
            live_load_kn_m2: self.live_load_kn_m2,
            clear_height_mm: self.clear_height_mm,
            power_kva: self.power_kva,
            version: 1,
            created_at: t,
            updated_at: t,
        };
        (unit, self.adjacent_unit_ids.unwrap_or_default())
    }
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PatchUnit {
    #[serde(default, deserialize_with = "present")]
    #[validate(custom(function = "checks::code"))]
    #[schema(value_type = String)]
    pub code: Option<String>,
    #[serde(default, deserialize_with = "present")]
    #[validate(range(exclusive_min = 0.0, max = L::AREA_M2_MAX))]
    #[schema(value_type = f64)]
    pub area_m2: Option<f64>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = UnitStatus)]
    pub status: Option<UnitStatus>,
    #[serde(default, deserialize_with = "present")]
    #[validate(range(min = 0, max = L::RENT_FEN_M2_DAY_MAX))]
    #[schema(value_type = i64)]
    pub asking_rent_fen_m2_day: Option<i64>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = FitOut)]
    pub fit_out: Option<FitOut>,
    /// `null` returns to the floor's value.
    #[serde(default, deserialize_with = "nullable")]
    #[validate(range(min = L::LIVE_LOAD_KN_M2_MIN, max = L::LIVE_LOAD_KN_M2_MAX))]
    #[schema(value_type = Option<f64>)]
    pub live_load_kn_m2: Option<Option<f64>>,
    #[serde(default, deserialize_with = "nullable")]
    #[validate(range(min = 1, max = L::STOREY_HEIGHT_MM_MAX))]
    #[schema(value_type = Option<i32>)]
    pub clear_height_mm: Option<Option<i32>>,
    #[serde(default, deserialize_with = "nullable")]
    #[validate(range(min = 0.0, max = L::POWER_KVA_MAX))]
    #[schema(value_type = Option<f64>)]
    pub power_kva: Option<Option<f64>>,
    /// Replaces the whole set of neighbours.
    #[serde(default, deserialize_with = "present")]
    #[validate(length(max = L::LIST_MAX))]
    #[schema(value_type = Vec<Id>)]
    pub adjacent_unit_ids: Option<Vec<Id>>,
}

impl PatchUnit {
    /// Applies the fields; returns the new neighbour set if one was given.
    pub fn apply(self, u: &mut Unit) -> Option<Vec<Id>> {
        if let Some(v) = self.code {
            u.code = v;
        }
        if let Some(v) = self.area_m2 {
            u.area_m2 = v;
        }
        if let Some(v) = self.status {
            u.status = v;
        }
        if let Some(v) = self.asking_rent_fen_m2_day {
            u.asking_rent_fen_m2_day = v;
        }
        if let Some(v) = self.fit_out {
            u.fit_out = v;
        }
        if let Some(v) = self.live_load_kn_m2 {
            u.live_load_kn_m2 = v;
        }
        if let Some(v) = self.clear_height_mm {
            u.clear_height_mm = v;
        }
        if let Some(v) = self.power_kva {
            u.power_kva = v;
        }
        self.adjacent_unit_ids
    }
}

/// The unit's own values, where it departs from its floor.
#[derive(Debug, Serialize, ToSchema)]
pub struct UnitOverrides {
    pub live_load_kn_m2: Option<f64>,
    pub clear_height_mm: Option<i32>,
    pub power_kva: Option<f64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UnitOut {
    pub id: Id,
    pub park_id: Id,
    pub building_id: Id,
    pub floor_id: Id,
    pub level: i32,
    pub code: String,
    pub area_m2: f64,
    pub status: UnitStatus,
    pub asking_rent_fen_m2_day: i64,
    pub fit_out: FitOut,
    /// Effective: the unit's override, else the floor's.
    pub live_load_kn_m2: f64,
    /// Effective: the unit's override, else the floor's.
    pub clear_height_mm: i32,
    /// Effective: the unit's override, else the floor's; null when neither is recorded.
    pub power_kva: Option<f64>,
    pub has_utility_shaft: bool,
    pub overrides: UnitOverrides,
    pub adjacent_unit_ids: Vec<Id>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<UnitView> for UnitOut {
    fn from(v: UnitView) -> Self {
        let live_load_kn_m2 = v.effective_live_load_kn_m2();
        let clear_height_mm = v.effective_clear_height_mm();
        let power_kva = v.effective_power_kva();
        let u = v.unit;
        Self {
            id: u.id,
            park_id: v.park_id,
            building_id: u.building_id,
            floor_id: u.floor_id,
            level: v.floor.level,
            code: u.code,
            area_m2: u.area_m2,
            status: u.status,
            asking_rent_fen_m2_day: u.asking_rent_fen_m2_day,
            fit_out: u.fit_out,
            live_load_kn_m2,
            clear_height_mm,
            power_kva,
            has_utility_shaft: v.floor.has_utility_shaft,
            overrides: UnitOverrides {
                live_load_kn_m2: u.live_load_kn_m2,
                clear_height_mm: u.clear_height_mm,
                power_kva: u.power_kva,
            },
            adjacent_unit_ids: v.adjacent_unit_ids,
            version: u.version,
            created_at: utc(u.created_at),
            updated_at: utc(u.updated_at),
        }
    }
}
