use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::platform::validation as checks;

use crate::accounts::tenants::store::Tenant;
use crate::domain::limits as L;
use crate::platform::db::{Id, now};
use crate::platform::time::utc;

/// A tenant organisation as given at registration.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewOrganization {
    #[validate(length(min = 1, max = L::NAME_MAX), custom(function = "checks::not_blank"))]
    pub name: String,
    /// 18-character unified social credit code (GB 32100-2015); the check character is verified.
    #[validate(custom(function = "checks::credit_code"))]
    pub credit_code: Option<String>,
    /// GB/T 4754-2017 industry code, e.g. `C2770`.
    #[validate(custom(function = "checks::industry_code"))]
    pub industry_code: Option<String>,
}

impl NewOrganization {
    pub fn into_row(self) -> Tenant {
        let t = now();
        Tenant {
            id: Id::new(),
            name: self.name,
            credit_code: self.credit_code,
            industry_code: self.industry_code,
            contact_name: None,
            contact_phone: None,
            version: 1,
            created_at: t,
            updated_at: t,
            created_by: None,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TenantOut {
    pub id: Id,
    pub name: String,
    pub credit_code: Option<String>,
    pub industry_code: Option<String>,
    pub contact_name: Option<String>,
    pub contact_phone: Option<String>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<Tenant> for TenantOut {
    fn from(t: Tenant) -> Self {
        Self {
            id: t.id,
            name: t.name,
            credit_code: t.credit_code,
            industry_code: t.industry_code,
            contact_name: t.contact_name,
            contact_phone: t.contact_phone,
            version: t.version,
            created_at: utc(t.created_at),
            updated_at: utc(t.updated_at),
        }
    }
}

/// Changes to a tenant organisation; `null` clears an optional field.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PatchTenant {
    #[serde(default, deserialize_with = "crate::platform::validation::present")]
    #[validate(length(min = 1, max = L::NAME_MAX), custom(function = "checks::not_blank"))]
    #[schema(value_type = String)]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "crate::platform::validation::nullable")]
    #[validate(custom(function = "checks::credit_code"))]
    #[schema(value_type = Option<String>)]
    pub credit_code: Option<Option<String>>,
    #[serde(default, deserialize_with = "crate::platform::validation::nullable")]
    #[validate(custom(function = "checks::industry_code"))]
    #[schema(value_type = Option<String>)]
    pub industry_code: Option<Option<String>>,
    #[serde(default, deserialize_with = "crate::platform::validation::nullable")]
    #[validate(length(max = L::SHORT_TEXT_MAX))]
    #[schema(value_type = Option<String>)]
    pub contact_name: Option<Option<String>>,
    #[serde(default, deserialize_with = "crate::platform::validation::nullable")]
    #[validate(length(max = L::PHONE_MAX))]
    #[schema(value_type = Option<String>)]
    pub contact_phone: Option<Option<String>>,
}

impl PatchTenant {
    pub fn apply(self, t: &mut Tenant) {
        if let Some(v) = self.name {
            t.name = v;
        }
        if let Some(v) = self.credit_code {
            t.credit_code = v;
        }
        if let Some(v) = self.industry_code {
            t.industry_code = v;
        }
        if let Some(v) = self.contact_name {
            t.contact_name = v;
        }
        if let Some(v) = self.contact_phone {
            t.contact_phone = v;
        }
    }
}
