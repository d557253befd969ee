use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::platform::validation as checks;

use crate::domain::limits as L;
use crate::domain::{BuildingKind, BuildingStatus, FireHazardClass};
use crate::inventory::building::store::Building;
use crate::platform::db::{Id, now};
use crate::platform::time::utc;
use crate::platform::validation::{nullable, present};

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateBuilding {
    /// Unique in its park, e.g. `A1`.
    #[validate(custom(function = "checks::code"))]
    pub code: String,
    #[validate(length(max = L::NAME_MAX))]
    pub name: Option<String>,
    pub kind: BuildingKind,
    #[validate(range(min = 1, max = L::FLOORS_ABOVE_GROUND_MAX))]
    pub floors_above_ground: i32,
    #[validate(range(min = 0, max = L::FLOORS_BELOW_GROUND_MAX))]
    pub floors_below_ground: Option<i32>,
    pub status: BuildingStatus,
    pub completion_date: Option<NaiveDate>,
    /// The most hazardous GB 50016 production class (`a`…`e`) the building admits.
    pub max_fire_hazard_class: FireHazardClass,
}

impl CreateBuilding {
    pub fn into_row(self, park_id: Id) -> Building {
        let t = now();
        Building {
            id: Id::new(),
            park_id,
            code: self.code,
            name: self.name,
            kind: self.kind,
            floors_above_ground: self.floors_above_ground,
            floors_below_ground: self.floors_below_ground.unwrap_or(0),
            status: self.status,
            completion_date: self.completion_date,
            max_fire_hazard_class: self.max_fire_hazard_class,
            version: 1,
            created_at: t,
            updated_at: t,
        }
    }
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PatchBuilding {
    #[serde(default, deserialize_with = "present")]
    #[validate(custom(function = "checks::code"))]
    #[schema(value_type = String)]
    pub code: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    #[validate(length(max = L::NAME_MAX))]
    #[schema(value_type = Option<String>)]
    pub name: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = BuildingKind)]
    pub kind: Option<BuildingKind>,
    #[serde(default, deserialize_with = "present")]
    #[validate(range(min = 1, max = L::FLOORS_ABOVE_GROUND_MAX))]
    #[schema(value_type = i32)]
    pub floors_above_ground: Option<i32>,
    #[serde(default, deserialize_with = "present")]
    #[validate(range(min = 0, max = L::FLOORS_BELOW_GROUND_MAX))]
    #[schema(value_type = i32)]
    pub floors_below_ground: Option<i32>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = BuildingStatus)]
    pub status: Option<BuildingStatus>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<NaiveDate>)]
    pub completion_date: Option<Option<NaiveDate>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = FireHazardClass)]
    pub max_fire_hazard_class: Option<FireHazardClass>,
}

impl PatchBuilding {
    pub fn apply(self, b: &mut Building) {
        if let Some(v) = self.code {
            b.code = v;
        }
        if let Some(v) = self.name {
            b.name = v;
        }
        if let Some(v) = self.kind {
            b.kind = v;
        }
        if let Some(v) = self.floors_above_ground {
            b.floors_above_ground = v;
        }
        if let Some(v) = self.floors_below_ground {
            b.floors_below_ground = v;
        }
        if let Some(v) = self.status {
            b.status = v;
        }
        if let Some(v) = self.completion_date {
            b.completion_date = v;
        }
        if let Some(v) = self.max_fire_hazard_class {
            b.max_fire_hazard_class = v;
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BuildingOut {
    pub id: Id,
    pub park_id: Id,
    pub code: String,
    pub name: Option<String>,
    pub kind: BuildingKind,
    pub floors_above_ground: i32,
    pub floors_below_ground: i32,
    pub status: BuildingStatus,
    pub completion_date: Option<NaiveDate>,
    pub max_fire_hazard_class: FireHazardClass,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<Building> for BuildingOut {
    fn from(b: Building) -> Self {
        Self {
            id: b.id,
            park_id: b.park_id,
            code: b.code,
            name: b.name,
            kind: b.kind,
            floors_above_ground: b.floors_above_ground,
            floors_below_ground: b.floors_below_ground,
            status: b.status,
            completion_date: b.completion_date,
            max_fire_hazard_class: b.max_fire_hazard_class,
            version: b.version,
            created_at: utc(b.created_at),
            updated_at: utc(b.updated_at),
        }
    }
}
