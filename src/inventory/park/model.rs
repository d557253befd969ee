use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::platform::validation as checks;

use crate::domain::IndustryList;
use crate::domain::limits as L;
use crate::inventory::park::store::Park;
use crate::platform::db::{Id, now};
use crate::platform::error::AppResult;
use crate::platform::time::{DEFAULT_TIME_ZONE_NAME, utc};
use crate::platform::validation::{nullable, present};

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreatePark {
    #[validate(length(min = 1, max = L::NAME_MAX), custom(function = "checks::not_blank"))]
    pub name: String,
    #[validate(length(max = L::SHORT_TEXT_MAX))]
    pub district: Option<String>,
    #[validate(length(max = L::SHORT_TEXT_MAX))]
    pub city: Option<String>,
    #[validate(length(max = L::ADDRESS_MAX))]
    pub address: Option<String>,
    #[validate(range(exclusive_min = 0.0, max = L::SITE_AREA_M2_MAX))]
    pub site_area_m2: Option<f64>,
    #[validate(length(max = L::LONG_TEXT_MAX))]
    pub description: Option<String>,
    /// GB/T 4754-2017 codes of the industries the park courts, e.g. `["C27", "C35"]`.
    #[validate(custom(function = "checks::industry_codes"))]
    pub target_industries: Option<Vec<String>>,
    /// The park's IANA time zone; its dates are calendar dates there.
    /// Default `Asia/Shanghai` (China Standard Time).
    #[validate(custom(function = "checks::time_zone"))]
    #[schema(value_type = Option<TimeZone>)]
    pub time_zone: Option<String>,
}

impl CreatePark {
    pub fn into_row(self) -> AppResult<Park> {
        let t = now();
        // Checked with the body's other rules (`checks::time_zone`).
        let time_zone = self
            .time_zone
            .unwrap_or_else(|| DEFAULT_TIME_ZONE_NAME.to_string());
        Ok(Park {
            id: Id::new(),
            name: self.name,
            district: self.district,
            city: self.city,
            address: self.address,
            site_area_m2: self.site_area_m2,
            description: self.description,
            target_industries: IndustryList(self.target_industries.unwrap_or_default()),
            time_zone,
            version: 1,
            created_at: t,
            updated_at: t,
        })
    }
}

/// Fields left out stay as they are; `null` clears an optional field.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PatchPark {
    #[serde(default, deserialize_with = "present")]
    #[validate(length(min = 1, max = L::NAME_MAX), custom(function = "checks::not_blank"))]
    #[schema(value_type = String)]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    #[validate(length(max = L::SHORT_TEXT_MAX))]
    #[schema(value_type = Option<String>)]
    pub district: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    #[validate(length(max = L::SHORT_TEXT_MAX))]
    #[schema(value_type = Option<String>)]
    pub city: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    #[validate(length(max = L::ADDRESS_MAX))]
    #[schema(value_type = Option<String>)]
    pub address: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    #[validate(range(exclusive_min = 0.0, max = L::SITE_AREA_M2_MAX))]
    #[schema(value_type = Option<f64>)]
    pub site_area_m2: Option<Option<f64>>,
    #[serde(default, deserialize_with = "nullable")]
    #[validate(length(max = L::LONG_TEXT_MAX))]
    #[schema(value_type = Option<String>)]
    pub description: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    #[validate(custom(function = "checks::industry_codes"))]
    #[schema(value_type = Vec<String>)]
    pub target_industries: Option<Vec<String>>,
    /// An IANA time zone name; `null` is refused (every park has a zone).
    #[serde(default, deserialize_with = "present")]
    #[validate(custom(function = "checks::time_zone"))]
    #[schema(value_type = TimeZone)]
    pub time_zone: Option<String>,
}

impl PatchPark {
    pub fn apply(self, p: &mut Park) -> AppResult<()> {
        if let Some(v) = self.time_zone {
            p.time_zone = v;
        }
        if let Some(v) = self.name {
            p.name = v;
        }
        if let Some(v) = self.district {
            p.district = v;
        }
        if let Some(v) = self.city {
            p.city = v;
        }
        if let Some(v) = self.address {
            p.address = v;
        }
        if let Some(v) = self.site_area_m2 {
            p.site_area_m2 = v;
        }
        if let Some(v) = self.description {
            p.description = v;
        }
        if let Some(v) = self.target_industries {
            p.target_industries = IndustryList(v);
        }
        Ok(())
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ParkOut {
    pub id: Id,
    pub name: String,
    pub district: Option<String>,
    pub city: Option<String>,
    pub address: Option<String>,
    pub site_area_m2: Option<f64>,
    pub description: Option<String>,
    pub target_industries: Vec<String>,
    /// The IANA time zone the park's dates are calendar dates in.
    #[schema(value_type = TimeZone)]
    pub time_zone: String,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<Park> for ParkOut {
    fn from(p: Park) -> Self {
        Self {
            id: p.id,
            name: p.name,
            district: p.district,
            city: p.city,
            address: p.address,
            site_area_m2: p.site_area_m2,
            description: p.description,
            target_industries: p.target_industries.0,
            time_zone: p.time_zone,
            version: p.version,
            created_at: utc(p.created_at),
            updated_at: utc(p.updated_at),
        }
    }
}

/// The schema of a time zone field: every IANA name the server's tz
/// database knows, so the document accepts exactly what the server does.
pub struct TimeZone;

impl utoipa::PartialSchema for TimeZone {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some(
                "An IANA time zone name; a park's dates are calendar dates there. \
                 Default `Asia/Shanghai` (China Standard Time).",
            ))
            .enum_values(Some(chrono_tz::TZ_VARIANTS.iter().map(|z| z.name())))
            .examples(["Asia/Shanghai"])
            .into()
    }
}

impl ToSchema for TimeZone {
    fn name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("TimeZone")
    }
}
