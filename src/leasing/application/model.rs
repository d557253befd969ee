use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::{Validate, ValidationError};

use crate::platform::validation as checks;

use crate::domain::limits as L;
use crate::domain::{ApplicationStatus, FireHazardClass, UseType};
use crate::leasing::application::store::Application;
use crate::platform::db::{Id, IdList, now};
use crate::platform::time::utc;
use crate::platform::validation::{nullable, present};

/// The heaviest piece of equipment that must reach the space.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HeaviestItem {
    #[validate(range(exclusive_min = 0.0, max = L::ITEM_WEIGHT_KG_MAX))]
    pub weight_kg: f64,
    #[validate(range(min = 1, max = L::SPAN_MM_MAX))]
    pub length_mm: i32,
    #[validate(range(min = 1, max = L::SPAN_MM_MAX))]
    pub width_mm: i32,
    #[validate(range(min = 1, max = L::SPAN_MM_MAX))]
    pub height_mm: i32,
}

fn area_order(a: &CreateApplication) -> Result<(), ValidationError> {
    match a.max_area_m2 {
        Some(max) if max < a.min_area_m2 => Err(checks::error(
            "order",
            crate::text!("problem-max-area-below-min"),
        )),
        _ => Ok(()),
    }
}

/// A space request: what the tenant's production needs.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[validate(schema(function = "area_order", skip_on_field_errors = true))]
pub struct CreateApplication {
    /// Staff creating on behalf of a tenant name it; tenants may not set it.
    pub tenant_id: Option<Id>,
    /// GB/T 4754-2017 industry code, e.g. `C2770`.
    #[validate(custom(function = "checks::industry_code"))]
    pub industry_code: String,
    #[serde(rename = "use")]
    #[schema(rename = "use")]
    pub use_type: UseType,
    #[validate(range(exclusive_min = 0.0, max = L::AREA_M2_MAX))]
    pub min_area_m2: f64,
    #[validate(range(exclusive_min = 0.0, max = L::AREA_M2_MAX))]
    pub max_area_m2: Option<f64>,
    #[validate(range(min = L::LIVE_LOAD_KN_M2_MIN, max = L::LIVE_LOAD_KN_M2_MAX))]
    pub min_live_load_kn_m2: Option<f64>,
    #[validate(range(min = 1, max = L::STOREY_HEIGHT_MM_MAX))]
    pub min_clear_height_mm: Option<i32>,
    #[validate(nested)]
    pub heaviest_item: Option<HeaviestItem>,
    /// GB 50016 production class of the tenant's process.
    pub fire_hazard_class: FireHazardClass,
    #[validate(range(min = 0.0, max = L::POWER_KVA_MAX))]
    pub min_power_kva: Option<f64>,
    pub needs_utility_shaft: bool,
    #[validate(range(min = 0, max = L::RENT_FEN_M2_DAY_MAX))]
    pub max_rent_fen_m2_day: Option<i64>,
    pub move_in_date: NaiveDate,
    #[validate(range(min = 1, max = L::LEASE_MONTHS_MAX))]
    pub lease_months: i32,
    #[validate(length(max = L::LIST_MAX))]
    pub preferred_park_ids: Option<Vec<Id>>,
    #[serde(default = "yes")]
    pub allow_combined_units: bool,
    #[validate(length(max = L::LONG_TEXT_MAX))]
    pub notes: Option<String>,
}

fn yes() -> bool {
    true
}

impl CreateApplication {
    pub fn into_row(self, tenant_id: Id, created_by: Id) -> Application {
        let t = now();
        let item = self.heaviest_item;
        Application {
            id: Id::new(),
            tenant_id,
            created_by: Some(created_by),
            status: ApplicationStatus::Draft,
            industry_code: self.industry_code,
            use_type: self.use_type,
            min_area_m2: self.min_area_m2,
            max_area_m2: self.max_area_m2,
            min_live_load_kn_m2: self.min_live_load_kn_m2,
            min_clear_height_mm: self.min_clear_height_mm,
            item_weight_kg: item.map(|i| i.weight_kg),
            item_length_mm: item.map(|i| i.length_mm),
            item_width_mm: item.map(|i| i.width_mm),
            item_height_mm: item.map(|i| i.height_mm),
            fire_hazard_class: self.fire_hazard_class,
            min_power_kva: self.min_power_kva,
            needs_utility_shaft: self.needs_utility_shaft,
            max_rent_fen_m2_day: self.max_rent_fen_m2_day,
            move_in_date: self.move_in_date,
            lease_months: self.lease_months,
            preferred_park_ids: IdList(self.preferred_park_ids.unwrap_or_default()),
            allow_combined_units: self.allow_combined_units,
            notes: self.notes,
            version: 1,
            created_at: t,
            updated_at: t,
        }
    }
}

/// Changes to a draft; fields left out stay, `null` clears an optional one.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PatchApplication {
    #[serde(default, deserialize_with = "present")]
    #[validate(custom(function = "checks::industry_code"))]
    #[schema(value_type = String)]
    pub industry_code: Option<String>,
    #[serde(default, deserialize_with = "present", rename = "use")]
    #[schema(rename = "use", value_type = UseType)]
    pub use_type: Option<UseType>,
    #[serde(default, deserialize_with = "present")]
    #[validate(range(exclusive_min = 0.0, max = L::AREA_M2_MAX))]
    #[schema(value_type = f64)]
    pub min_area_m2: Option<f64>,
    #[serde(default, deserialize_with = "nullable")]
    #[validate(range(exclusive_min = 0.0, max = L::AREA_M2_MAX))]
    #[schema(value_type = Option<f64>)]
    pub max_area_m2: Option<Option<f64>>,
    #[serde(default, deserialize_with = "nullable")]
    #[validate(range(min = L::LIVE_LOAD_KN_M2_MIN, max = L::LIVE_LOAD_KN_M2_MAX))]
    #[schema(value_type = Option<f64>)]
    pub min_live_load_kn_m2: Option<Option<f64>>,
    #[serde(default, deserialize_with = "nullable")]
    #[validate(range(min = 1, max = L::STOREY_HEIGHT_MM_MAX))]
    #[schema(value_type = Option<i32>)]
    pub min_clear_height_mm: Option<Option<i32>>,
    #[serde(default, deserialize_with = "nullable")]
    #[validate(nested)]
    #[schema(value_type = Option<HeaviestItem>)]
    pub heaviest_item: Option<Option<HeaviestItem>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = FireHazardClass)]
    pub fire_hazard_class: Option<FireHazardClass>,
    #[serde(default, deserialize_with = "nullable")]
    #[validate(range(min = 0.0, max = L::POWER_KVA_MAX))]
    #[schema(value_type = Option<f64>)]
    pub min_power_kva: Option<Option<f64>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = bool)]
    pub needs_utility_shaft: Option<bool>,
    #[serde(default, deserialize_with = "nullable")]
    #[validate(range(min = 0, max = L::RENT_FEN_M2_DAY_MAX))]
    #[schema(value_type = Option<i64>)]
    pub max_rent_fen_m2_day: Option<Option<i64>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = NaiveDate)]
    pub move_in_date: Option<NaiveDate>,
    #[serde(default, deserialize_with = "present")]
    #[validate(range(min = 1, max = L::LEASE_MONTHS_MAX))]
    #[schema(value_type = i32)]
    pub lease_months: Option<i32>,
    #[serde(default, deserialize_with = "present")]
    #[validate(length(max = L::LIST_MAX))]
    #[schema(value_type = Vec<Id>)]
    pub preferred_park_ids: Option<Vec<Id>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = bool)]
    pub allow_combined_units: Option<bool>,
    #[serde(default, deserialize_with = "nullable")]
    #[validate(length(max = L::LONG_TEXT_MAX))]
    #[schema(value_type = Option<String>)]
    pub notes: Option<Option<String>>,
}

macro_rules! set {
    ($row:ident.$field:ident = $v:expr) => {
        if let Some(v) = $v {
            $row.$field = v;
        }
    };
}

impl PatchApplication {
    pub fn apply(self, a: &mut Application) {
        set!(a.industry_code = self.industry_code);
        set!(a.use_type = self.use_type);
        set!(a.min_area_m2 = self.min_area_m2);
        set!(a.max_area_m2 = self.max_area_m2);
        set!(a.min_live_load_kn_m2 = self.min_live_load_kn_m2);
        set!(a.min_clear_height_mm = self.min_clear_height_mm);
        if let Some(item) = self.heaviest_item {
            a.item_weight_kg = item.map(|i| i.weight_kg);
            a.item_length_mm = item.map(|i| i.length_mm);
            a.item_width_mm = item.map(|i| i.width_mm);
            a.item_height_mm = item.map(|i| i.height_mm);
        }
        set!(a.fire_hazard_class = self.fire_hazard_class);
        set!(a.min_power_kva = self.min_power_kva);
        set!(a.needs_utility_shaft = self.needs_utility_shaft);
        set!(a.max_rent_fen_m2_day = self.max_rent_fen_m2_day);
        set!(a.move_in_date = self.move_in_date);
        set!(a.lease_months = self.lease_months);
        set!(a.preferred_park_ids = self.preferred_park_ids.map(IdList));
        set!(a.allow_combined_units = self.allow_combined_units);
        set!(a.notes = self.notes);
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationOut {
    pub id: Id,
    pub tenant_id: Id,
    pub status: ApplicationStatus,
    pub industry_code: String,
    #[serde(rename = "use")]
    #[schema(rename = "use")]
    pub use_type: UseType,
    pub min_area_m2: f64,
    pub max_area_m2: Option<f64>,
    pub min_live_load_kn_m2: Option<f64>,
    pub min_clear_height_mm: Option<i32>,
    pub heaviest_item: Option<HeaviestItem>,
    pub fire_hazard_class: FireHazardClass,
    pub min_power_kva: Option<f64>,
    pub needs_utility_shaft: bool,
    pub max_rent_fen_m2_day: Option<i64>,
    pub move_in_date: NaiveDate,
    pub lease_months: i32,
    pub preferred_park_ids: Vec<Id>,
    pub allow_combined_units: bool,
    pub notes: Option<String>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

pub fn heaviest_item(a: &Application) -> Option<HeaviestItem> {
    Some(HeaviestItem {
        weight_kg: a.item_weight_kg?,
        length_mm: a.item_length_mm?,
        width_mm: a.item_width_mm?,
        height_mm: a.item_height_mm?,
    })
}

impl From<Application> for ApplicationOut {
    fn from(a: Application) -> Self {
        Self {
            heaviest_item: heaviest_item(&a),
            id: a.id,
            tenant_id: a.tenant_id,
            status: a.status,
            industry_code: a.industry_code,
            use_type: a.use_type,
            min_area_m2: a.min_area_m2,
            max_area_m2: a.max_area_m2,
            min_live_load_kn_m2: a.min_live_load_kn_m2,
            min_clear_height_mm: a.min_clear_height_mm,
            fire_hazard_class: a.fire_hazard_class,
            min_power_kva: a.min_power_kva,
            needs_utility_shaft: a.needs_utility_shaft,
            max_rent_fen_m2_day: a.max_rent_fen_m2_day,
            move_in_date: a.move_in_date,
            lease_months: a.lease_months,
            preferred_park_ids: a.preferred_park_ids.0,
            allow_combined_units: a.allow_combined_units,
            notes: a.notes,
            version: a.version,
            created_at: utc(a.created_at),
            updated_at: utc(a.updated_at),
        }
    }
}
