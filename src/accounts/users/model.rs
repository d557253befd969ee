use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::platform::validation as checks;

use crate::accounts::users::store::User;
use crate::domain::Role;
use crate::domain::limits as L;
use crate::platform::db::Id;
use crate::platform::time::utc;
use crate::platform::validation::{nullable, present};

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateUser {
    #[validate(email, length(max = L::EMAIL_MAX), custom(function = "checks::no_hidden_characters"))]
    pub email: String,
    /// At least 10 characters.
    #[validate(custom(function = "checks::password"))]
    pub password: String,
    #[validate(length(min = 1, max = L::NAME_MAX), custom(function = "checks::not_blank"))]
    pub display_name: String,
    pub role: Role,
    /// Required for `tenant` users, refused for the others.
    pub tenant_id: Option<Id>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PatchUser {
    #[serde(default, deserialize_with = "present")]
    #[validate(length(min = 1, max = L::NAME_MAX), custom(function = "checks::not_blank"))]
    #[schema(value_type = String)]
    pub display_name: Option<String>,
    /// A disabled user cannot log in, and their tokens stop working at once.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = bool)]
    pub disabled: Option<bool>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Role)]
    pub role: Option<Role>,
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<Id>)]
    pub tenant_id: Option<Option<Id>>,
    /// Ends every token issued before the change.
    #[serde(default, deserialize_with = "present")]
    #[validate(custom(function = "checks::password"))]
    #[schema(value_type = String)]
    pub password: Option<String>,
    /// Required when users change their own password.
    #[serde(default, deserialize_with = "present")]
    #[validate(length(min = 1, max = L::PASSWORD_MAX))]
    #[schema(value_type = String)]
    pub current_password: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UserOut {
    pub id: Id,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<Id>,
    /// Parks an operator manages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub park_ids: Option<Vec<Id>>,
    pub disabled: bool,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl UserOut {
    pub fn new(u: User, park_ids: Vec<Id>) -> Self {
        let park_ids = (u.role == Role::Operator).then_some(park_ids);
        Self {
            id: u.id,
            email: u.email,
            display_name: u.display_name,
            role: u.role,
            tenant_id: u.tenant_id,
            park_ids,
            disabled: u.disabled,
            version: u.version,
            created_at: utc(u.created_at),
            updated_at: utc(u.updated_at),
        }
    }
}
