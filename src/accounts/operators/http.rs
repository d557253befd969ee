use actix_web::{HttpResponse, delete, get, put, web};
use utoipa_actix_web::service_config::ServiceConfig;

use super::service;
use crate::access::CurrentUser;
use crate::accounts::users::model::UserOut;
use crate::platform::db::{self, Id};
use crate::platform::error::AppResult;
use crate::platform::http::respond::no_content;
use crate::platform::http::{Page, Paging, QueryMap};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_operators)
        .service(assign_operator)
        .service(unassign_operator);
}

/// Operators of a park. Admins, and the park's operators.
#[utoipa::path(tag = "parks", params(("park_id" = Id, Path), ("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<UserOut>)),
    security(("bearer" = [])))]
#[get("/parks/{park_id}/operators")]
async fn list_operators(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    mut q: QueryMap,
) -> AppResult<HttpResponse> {
    let park_id = id.into_inner();
    let paging = Paging::from_query(&mut q);
    q.finish()?;
    let (users, total) = db::read(&state.pool, move |c| {
        service::list(c, &user, park_id, paging.window())
    })
    .await?;
    Ok(HttpResponse::Ok().json(paging.wrap(users, total)))
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
    let (park_id, user_id) = ids.into_inner();
    db::write(&state.pool, move |c| {
        service::assign(c, &user, park_id, user_id)
    })
    .await?;
    Ok(no_content())
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
    let (park_id, user_id) = ids.into_inner();
    db::write(&state.pool, move |c| {
        service::unassign(c, &user, park_id, user_id)
    })
    .await?;
    Ok(no_content())
}
