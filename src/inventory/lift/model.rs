use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::platform::validation as checks;

use crate::domain::limits as L;
use crate::inventory::lift::store::FreightLift;
use crate::platform::db::{Id, now};
use crate::platform::time::utc;
use crate::platform::validation::present;

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateFreightLift {
    #[validate(custom(function = "checks::code"))]
    pub code: String,
    #[validate(range(min = 1, max = L::LIFT_RATED_LOAD_KG_MAX))]
    pub rated_load_kg: i32,
    #[validate(range(min = 1, max = L::LIFT_SIZE_MM_MAX))]
    pub car_width_mm: i32,
    #[validate(range(min = 1, max = L::LIFT_SIZE_MM_MAX))]
    pub car_depth_mm: i32,
    #[validate(range(min = 1, max = L::LIFT_SIZE_MM_MAX))]
    pub car_height_mm: i32,
    #[validate(range(min = 1, max = L::LIFT_SIZE_MM_MAX))]
    pub door_width_mm: i32,
    #[validate(range(min = 1, max = L::LIFT_SIZE_MM_MAX))]
    pub door_height_mm: i32,
    /// Lowest level served (1 = ground floor, negative = basement).
    #[validate(range(min = L::LEVEL_MIN, max = L::LEVEL_MAX))]
    pub lowest_level: i32,
    #[validate(range(min = L::LEVEL_MIN, max = L::LEVEL_MAX))]
    pub highest_level: i32,
}

impl CreateFreightLift {
    pub fn into_row(self, building_id: Id) -> FreightLift {
        let t = now();
        FreightLift {
            id: Id::new(),
            building_id,
            code: self.code,
            rated_load_kg: self.rated_load_kg,
            car_width_mm: self.car_width_mm,
            car_depth_mm: self.car_depth_mm,
            car_height_mm: self.car_height_mm,
            door_width_mm: self.door_width_mm,
            door_height_mm: self.door_height_mm,
            lowest_level: self.lowest_level,
            highest_level: self.highest_level,
            version: 1,
            created_at: t,
            updated_at: t,
        }
    }
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PatchFreightLift {
    #[serde(default, deserialize_with = "present")]
    #[validate(custom(function = "checks::code"))]
    #[schema(value_type = String)]
    pub code: Option<String>,
    #[serde(default, deserialize_with = "present")]
    #[validate(range(min = 1, max = L::LIFT_RATED_LOAD_KG_MAX))]
    #[schema(value_type = i32)]
    pub rated_load_kg: Option<i32>,
    #[serde(default, deserialize_with = "present")]
    #[validate(range(min = 1, max = L::LIFT_SIZE_MM_MAX))]
    #[schema(value_type = i32)]
    pub car_width_mm: Option<i32>,
    #[serde(default, deserialize_with = "present")]
    #[validate(range(min = 1, max = L::LIFT_SIZE_MM_MAX))]
    #[schema(value_type = i32)]
    pub car_depth_mm: Option<i32>,
    #[serde(default, deserialize_with = "present")]
    #[validate(range(min = 1, max = L::LIFT_SIZE_MM_MAX))]
    #[schema(value_type = i32)]
    pub car_height_mm: Option<i32>,
    #[serde(default, deserialize_with = "present")]
    #[validate(range(min = 1, max = L::LIFT_SIZE_MM_MAX))]
    #[schema(value_type = i32)]
    pub door_width_mm: Option<i32>,
    #[serde(default, deserialize_with = "present")]
    #[validate(range(min = 1, max = L::LIFT_SIZE_MM_MAX))]
    #[schema(value_type = i32)]
    pub door_height_mm: Option<i32>,
    #[serde(default, deserialize_with = "present")]
    #[validate(range(min = L::LEVEL_MIN, max = L::LEVEL_MAX))]
    #[schema(value_type = i32)]
    pub lowest_level: Option<i32>,
    #[serde(default, deserialize_with = "present")]
    #[validate(range(min = L::LEVEL_MIN, max = L::LEVEL_MAX))]
    #[schema(value_type = i32)]
    pub highest_level: Option<i32>,
}

impl PatchFreightLift {
    pub fn apply(self, l: &mut FreightLift) {
        let set = |slot: &mut i32, v: Option<i32>| {
            if let Some(v) = v {
                *slot = v;
            }
        };
        if let Some(v) = self.code {
            l.code = v;
        }
        set(&mut l.rated_load_kg, self.rated_load_kg);
        set(&mut l.car_width_mm, self.car_width_mm);
        set(&mut l.car_depth_mm, self.car_depth_mm);
        set(&mut l.car_height_mm, self.car_height_mm);
        set(&mut l.door_width_mm, self.door_width_mm);
        set(&mut l.door_height_mm, self.door_height_mm);
        set(&mut l.lowest_level, self.lowest_level);
        set(&mut l.highest_level, self.highest_level);
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FreightLiftOut {
    pub id: Id,
    pub building_id: Id,
    pub code: String,
    pub rated_load_kg: i32,
    pub car_width_mm: i32,
    pub car_depth_mm: i32,
    pub car_height_mm: i32,
    pub door_width_mm: i32,
    pub door_height_mm: i32,
    pub lowest_level: i32,
    pub highest_level: i32,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<FreightLift> for FreightLiftOut {
    fn from(l: FreightLift) -> Self {
        Self {
            id: l.id,
            building_id: l.building_id,
            code: l.code,
            rated_load_kg: l.rated_load_kg,
            car_width_mm: l.car_width_mm,
            car_depth_mm: l.car_depth_mm,
            car_height_mm: l.car_height_mm,
            door_width_mm: l.door_width_mm,
            door_height_mm: l.door_height_mm,
            lowest_level: l.lowest_level,
            highest_level: l.highest_level,
            version: l.version,
            created_at: utc(l.created_at),
            updated_at: utc(l.updated_at),
        }
    }
}
