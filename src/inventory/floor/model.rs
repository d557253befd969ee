use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::domain::limits as L;
use crate::inventory::floor::store::Floor;
use crate::platform::db::{Id, now};
use crate::platform::time::utc;
use crate::platform::validation::{nullable, present};

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateFloor {
    /// 1 = ground floor, negative = basement; unique per building.
    #[validate(range(min = L::LEVEL_MIN, max = L::LEVEL_MAX))]
    pub level: i32,
    /// Floor to floor.
    #[validate(range(min = 1, max = L::STOREY_HEIGHT_MM_MAX))]
    pub floor_height_mm: i32,
    /// Usable height under beams and services.
    #[validate(range(min = 1, max = L::STOREY_HEIGHT_MM_MAX))]
    pub clear_height_mm: i32,
    #[validate(range(min = L::LIVE_LOAD_KN_M2_MIN, max = L::LIVE_LOAD_KN_M2_MAX))]
    pub live_load_kn_m2: f64,
    #[validate(range(exclusive_min = 0.0, max = L::AREA_M2_MAX))]
    pub area_m2: f64,
    #[validate(range(min = 1, max = L::SPAN_MM_MAX))]
    pub column_grid_x_mm: Option<i32>,
    #[validate(range(min = 1, max = L::SPAN_MM_MAX))]
    pub column_grid_y_mm: Option<i32>,
    #[validate(range(min = 0.0, max = L::POWER_KVA_MAX))]
    pub power_kva: Option<f64>,
    #[serde(default)]
    pub has_utility_shaft: bool,
}

impl CreateFloor {
    pub fn into_row(self, building_id: Id) -> Floor {
        let t = now();
        Floor {
            id: Id::new(),
            building_id,
            level: self.level,
            floor_height_mm: self.floor_height_mm,
            clear_height_mm: self.clear_height_mm,
            live_load_kn_m2: self.live_load_kn_m2,
            area_m2: self.area_m2,
            column_grid_x_mm: self.column_grid_x_mm,
            column_grid_y_mm: self.column_grid_y_mm,
            power_kva: self.power_kva,
            has_utility_shaft: self.has_utility_shaft,
            version: 1,
            created_at: t,
            updated_at: t,
        }
    }
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PatchFloor {
    #[serde(default, deserialize_with = "present")]
    #[validate(range(min = L::LEVEL_MIN, max = L::LEVEL_MAX))]
    #[schema(value_type = i32)]
    pub level: Option<i32>,
    #[serde(default, deserialize_with = "present")]
    #[validate(range(min = 1, max = L::STOREY_HEIGHT_MM_MAX))]
    #[schema(value_type = i32)]
    pub floor_height_mm: Option<i32>,
    #[serde(default, deserialize_with = "present")]
    #[validate(range(min = 1, max = L::STOREY_HEIGHT_MM_MAX))]
    #[schema(value_type = i32)]
    pub clear_height_mm: Option<i32>,
    #[serde(default, deserialize_with = "present")]
    #[validate(range(min = L::LIVE_LOAD_KN_M2_MIN, max = L::LIVE_LOAD_KN_M2_MAX))]
    #[schema(value_type = f64)]
    pub live_load_kn_m2: Option<f64>,
    #[serde(default, deserialize_with = "present")]
    #[validate(range(exclusive_min = 0.0, max = L::AREA_M2_MAX))]
    #[schema(value_type = f64)]
    pub area_m2: Option<f64>,
    #[serde(default, deserialize_with = "nullable")]
    #[validate(range(min = 1, max = L::SPAN_MM_MAX))]
    #[schema(value_type = Option<i32>)]
    pub column_grid_x_mm: Option<Option<i32>>,
    #[serde(default, deserialize_with = "nullable")]
    #[validate(range(min = 1, max = L::SPAN_MM_MAX))]
    #[schema(value_type = Option<i32>)]
    pub column_grid_y_mm: Option<Option<i32>>,
    #[serde(default, deserialize_with = "nullable")]
    #[validate(range(min = 0.0, max = L::POWER_KVA_MAX))]
    #[schema(value_type = Option<f64>)]
    pub power_kva: Option<Option<f64>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = bool)]
    pub has_utility_shaft: Option<bool>,
}

impl PatchFloor {
    pub fn apply(self, f: &mut Floor) {
        if let Some(v) = self.level {
            f.level = v;
        }
        if let Some(v) = self.floor_height_mm {
            f.floor_height_mm = v;
        }
        if let Some(v) = self.clear_height_mm {
            f.clear_height_mm = v;
        }
        if let Some(v) = self.live_load_kn_m2 {
            f.live_load_kn_m2 = v;
        }
        if let Some(v) = self.area_m2 {
            f.area_m2 = v;
        }
        if let Some(v) = self.column_grid_x_mm {
            f.column_grid_x_mm = v;
        }
        if let Some(v) = self.column_grid_y_mm {
            f.column_grid_y_mm = v;
        }
        if let Some(v) = self.power_kva {
            f.power_kva = v;
        }
        if let Some(v) = self.has_utility_shaft {
            f.has_utility_shaft = v;
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FloorOut {
    pub id: Id,
    pub building_id: Id,
    pub level: i32,
    pub floor_height_mm: i32,
    pub clear_height_mm: i32,
    pub live_load_kn_m2: f64,
    pub area_m2: f64,
    pub column_grid_x_mm: Option<i32>,
    pub column_grid_y_mm: Option<i32>,
    pub power_kva: Option<f64>,
    pub has_utility_shaft: bool,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<Floor> for FloorOut {
    fn from(f: Floor) -> Self {
        Self {
            id: f.id,
            building_id: f.building_id,
            level: f.level,
            floor_height_mm: f.floor_height_mm,
            clear_height_mm: f.clear_height_mm,
            live_load_kn_m2: f.live_load_kn_m2,
            area_m2: f.area_m2,
            column_grid_x_mm: f.column_grid_x_mm,
            column_grid_y_mm: f.column_grid_y_mm,
            power_kva: f.power_kva,
            has_utility_shaft: f.has_utility_shaft,
            version: f.version,
            created_at: utc(f.created_at),
            updated_at: utc(f.updated_at),
        }
    }
}
