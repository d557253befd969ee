//! The caller and every rule of who may see and change what, in one place.

use crate::domain::Role;
use crate::platform::db::Id;
use crate::platform::error::AppError;

#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: Id,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub tenant_id: Option<Id>,
    /// Parks an operator manages (empty for other roles).
    pub park_ids: Vec<Id>,
}

impl CurrentUser {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    pub fn require_admin(&self) -> Result<(), AppError> {
        if self.is_admin() {
            Ok(())
        } else {
            Err(AppError::Forbidden("only an admin may do this".into()))
        }
    }

    /// Admins manage every park, operators those assigned to them.
    pub fn manages_park(&self, park_id: Id) -> bool {
        self.role == Role::Admin
            || (self.role == Role::Operator && self.park_ids.contains(&park_id))
    }

    pub fn require_park(&self, park_id: Id) -> Result<(), AppError> {
        if self.manages_park(park_id) {
            Ok(())
        } else {
            Err(AppError::Forbidden("you do not manage this park".into()))
        }
    }
}

/// A caller who may or may not have sent a token (public endpoints). A token
/// that is sent must be valid: a bad one is 401, not silently anonymous.
pub struct MaybeUser(pub Option<CurrentUser>);
