use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::accounts::tenants::model::{NewOrganization, TenantOut};
use crate::accounts::users::model::UserOut;
use crate::domain::Role;
use crate::domain::limits as L;
use crate::platform::db::Id;
use crate::platform::validation as checks;

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Register {
    #[validate(email, length(max = L::EMAIL_MAX), custom(function = "checks::no_hidden_characters"))]
    pub email: String,
    /// At least 10 characters.
    #[validate(custom(function = "checks::password"))]
    pub password: String,
    #[validate(length(min = 1, max = L::NAME_MAX), custom(function = "checks::not_blank"))]
    pub display_name: String,
    #[validate(nested)]
    pub organization: NewOrganization,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Registered {
    pub user: UserOut,
    pub tenant: TenantOut,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Login {
    #[validate(length(min = 1, max = L::EMAIL_MAX))]
    pub email: String,
    #[validate(length(min = 1, max = L::PASSWORD_MAX))]
    pub password: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TokenOut {
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the token expires.
    pub expires_in: i64,
    pub user: UserOut,
}

/// `GET /me`.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeOut {
    pub id: Id,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<Id>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub park_ids: Option<Vec<Id>>,
}
