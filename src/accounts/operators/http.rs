use actix_web::{HttpResponse, delete, get, put, web};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::accounts::users::model::UserOut;
use serde_json::json;

use crate::access::CurrentUser;
use crate::accounts::operators::store as park_operator;
use crate::accounts::users::store as user;
use crate::audit::{self, Entity};
use crate::domain::Role;
use crate::inventory::park::store as park;
use crate::platform::db;
use crate::platform::db::Id;
use crate::platform::error::{AppError, AppResult};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_operators)
        .service(assign_operator)
        .service(unassign_operator);
}

/// Operators of a park. Admins, and the park's operators.
#[utoipa::path(tag = "parks", params(("park_id" = Id, Path)), responses((status = 200, body = Vec<UserOut>)),
    security(("bearer" = [])))]
#[get("/parks/{park_id}/operators")]
async fn list_operators(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    let park_id = id.into_inner();
    let users = db::read(&state.pool, move |c| {
        park::get(c, park_id)?;
        user.require_park(park_id)?;
        let mut out = Vec::new();
        for uid in park_operator::user_ids_of(c, park_id)? {
            let u = user::get(c, uid)?;
            let parks = park_operator::park_ids_of(c, uid)?;
            out.push(UserOut::new(u, parks));
        }
        Ok(out)
    })
    .await?;
    Ok(HttpResponse::Ok().json(users))
}

/// Lets an operator manage a park. Admin only. Idempotent.
#[utoipa::path(tag = "parks", params(("park_id" = Id, Path), ("user_id" = Id, Path)),
    responses((status = 204, description = "assigned (or already was)")), security(("bearer" = [])))]
#[put("/parks/{park_id}/operators/{user_id}")]
async fn assign_operator(
    state: web::Data<AppState>,
    user: CurrentUser,
    ids: web::Path<(Id, Id)>,
) -> AppResult<HttpResponse> {
    user.require_admin()?;
    let (park_id, user_id) = ids.into_inner();
    db::write(&state.pool, move |c| {
        park::get(c, park_id)?;
        let u = user::get(c, user_id)?;
        if u.role != Role::Operator {
            return Err(AppError::field(
                "user_id",
                "not_operator",
                format!("the user is a {}, not an operator", u.role),
            ));
        }
        if park_operator::assign(c, park_id, user_id)? {
            let e = Entity {
                kind: "park",
                id: park_id,
                park_id: Some(park_id),
            };
            audit::record(
                c,
                Some(&user),
                e,
                "assign_operator",
                json!({"user_id": user_id}),
            )?;
        }
        Ok(())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Takes a park away from an operator. Admin only.
#[utoipa::path(tag = "parks", params(("park_id" = Id, Path), ("user_id" = Id, Path)),
    responses((status = 204)), security(("bearer" = [])))]
#[delete("/parks/{park_id}/operators/{user_id}")]
async fn unassign_operator(
    state: web::Data<AppState>,
    user: CurrentUser,
    ids: web::Path<(Id, Id)>,
) -> AppResult<HttpResponse> {
    user.require_admin()?;
    let (park_id, user_id) = ids.into_inner();
    let removed = db::write(&state.pool, move |c| {
        let removed = park_operator::unassign(c, park_id, user_id)?;
        if removed {
            let e = Entity {
                kind: "park",
                id: park_id,
                park_id: Some(park_id),
            };
            audit::record(
                c,
                Some(&user),
                e,
                "unassign_operator",
                json!({"user_id": user_id}),
            )?;
        }
        Ok(removed)
    })
    .await?;
    if !removed {
        return Err(AppError::NotFound(
            "that user is not an operator of that park".into(),
        ));
    }
    Ok(HttpResponse::NoContent().finish())
}
