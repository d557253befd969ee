//! The caller as an extractor: the bearer token checked and its user re-read
//! from the database on every request, so a disabled or deleted user, or one
//! given another role, loses the old rights at once.

use std::future::Future;
use std::pin::Pin;

use actix_web::{FromRequest, HttpRequest, dev::Payload, http::header, web};

use crate::access::{CurrentUser, MaybeUser};
use crate::accounts::auth::service;
use crate::domain::Id;
use crate::platform::error::AppError;
use crate::state::AppState;

fn bearer(req: &HttpRequest) -> Result<Option<String>, AppError> {
    let Some(value) = req.headers().get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    let value = value
        .to_str()
        .map_err(|_| AppError::Unauthorized(crate::text!("problem-authorization-malformed")))?;
    match value.split_once(' ') {
        Some((scheme, token))
            if scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty() =>
        {
            Ok(Some(token.trim().to_string()))
        }
        _ => Err(AppError::Unauthorized(crate::text!(
            "problem-authorization-bearer"
        ))),
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
    let invalid = || AppError::Unauthorized(crate::text!("problem-token-invalid"));
    let claims = state.jwt.verify(&token).ok_or_else(invalid)?;
    let user_id: Id = claims.sub.parse().map_err(|_| invalid())?;
    let token = match &claims.jti {
        Some(jti) => Some((jti.parse::<Id>().map_err(|_| invalid())?, claims.exp)),
        None => None,
    };
    let user = service::caller(&state.pool, user_id, claims.sv, token).await?;
    Ok(Some(user))
}

impl FromRequest for CurrentUser {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            load(&req)
                .await?
                .ok_or_else(|| AppError::Unauthorized(crate::text!("problem-token-required")))
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
