//! The caller, re-read from the database on every request: a disabled or
//! deleted user, or one given another role, loses the old rights at once.

use std::future::Future;
use std::pin::Pin;

use actix_web::{FromRequest, HttpRequest, dev::Payload, http::header, web};

use crate::db::models::{park_operator, user};
use crate::db::{self, Id};
use crate::domain::Role;
use crate::error::AppError;
use crate::state::AppState;

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

fn bearer(req: &HttpRequest) -> Result<Option<String>, AppError> {
    let Some(value) = req.headers().get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    let value = value
        .to_str()
        .map_err(|_| AppError::Unauthorized("malformed Authorization header".into()))?;
    match value.split_once(' ') {
        Some((scheme, token))
            if scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty() =>
        {
            Ok(Some(token.trim().to_string()))
        }
        _ => Err(AppError::Unauthorized(
            "use `Authorization: Bearer <token>`".into(),
        )),
    }
}

async fn load(req: &HttpRequest) -> Result<Option<CurrentUser>, AppError> {
    let Some(token) = bearer(req)? else {
        return Ok(None);
    };
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("app state missing")))?
        .clone();
    let invalid = || AppError::Unauthorized("the token is invalid or has expired".into());
    let claims = state.jwt.verify(&token).ok_or_else(invalid)?;
    let user_id: Id = claims.sub.parse().map_err(|_| invalid())?;
    let found = db::read(&state.pool, move |conn| {
        let Some(u) = user::find(conn, user_id)? else {
            return Ok(None);
        };
        let park_ids = if u.role == Role::Operator {
            park_operator::park_ids_of(conn, u.id)?
        } else {
            Vec::new()
        };
        Ok(Some((u, park_ids)))
    })
    .await?;
    let revoked = |u: &crate::db::models::user::User| claims.sv != u.session_version;
    match found {
        Some((u, _)) if revoked(&u) => Err(AppError::Unauthorized(
            "the password changed after this token was issued; log in again".into(),
        )),
        Some((u, park_ids)) if !u.disabled => Ok(Some(CurrentUser {
            id: u.id,
            email: u.email,
            display_name: u.display_name,
            role: u.role,
            tenant_id: u.tenant_id,
            park_ids,
        })),
        _ => Err(AppError::Unauthorized(
            "this account no longer exists or is disabled".into(),
        )),
    }
}

impl FromRequest for CurrentUser {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            load(&req)
                .await?
                .ok_or_else(|| AppError::Unauthorized("this endpoint needs a bearer token".into()))
        })
    }
}

impl FromRequest for MaybeUser {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { load(&req).await.map(MaybeUser) })
    }
}
