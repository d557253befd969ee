use actix_web::{HttpResponse, delete, get, patch, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use super::model::{CreateUser, PatchUser, UserOut};
use super::service;
use crate::access::CurrentUser;
use crate::domain::Role;
use crate::platform::db::{self, Id};
use crate::platform::error::AppResult;
use crate::platform::http::etag::IfMatch;
use crate::platform::http::respond::{created, no_content, ok_tagged};
use crate::platform::http::{Page, Paging, QueryMap, ValidJson};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_users)
        .service(create_user)
        .service(get_user)
        .service(patch_user)
        .service(delete_user);
}

/// Users, by email. Admin only.
#[utoipa::path(tag = "users", params(("role" = Option<Role>, Query), ("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<UserOut>)), security(("bearer" = [])))]
#[get("/users")]
async fn list_users(
    state: web::Data<AppState>,
    user: CurrentUser,
    mut q: QueryMap,
) -> AppResult<HttpResponse> {
    let paging = Paging::from_query(&mut q);
    let role = q.take::<Role>("role", crate::platform::validation::one_of(Role::ALL));
    q.finish()?;
    let (rows, total) = db::read(&state.pool, move |c| {
        service::list(c, &user, role, paging.window())
    })
    .await?;
    Ok(HttpResponse::Ok().json(paging.wrap(rows, total)))
}

/// Creates a user of any role. Admin only.
#[utoipa::path(tag = "users", request_body = CreateUser, responses((status = 201, body = UserOut)), security(("bearer" = [])))]
#[post("/users")]
async fn create_user(
    state: web::Data<AppState>,
    user: CurrentUser,
    ValidJson(body): ValidJson<CreateUser>,
) -> AppResult<HttpResponse> {
    let u = service::create(&state.pool, user, body).await?;
    Ok(created(format!("/api/v1/users/{}", u.id), u.version, &u))
}

/// One user. Admins, and the user themself.
#[utoipa::path(tag = "users", params(("user_id" = Id, Path)), responses((status = 200, body = UserOut)), security(("bearer" = [])))]
#[get("/users/{user_id}")]
async fn get_user(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let u = db::read(&state.pool, move |c| service::get(c, &user, id)).await?;
    Ok(ok_tagged(u.version, &u))
}

/// Changes a user: disable, change role, reset password. Admins; a user may
/// change their own display name and password only.
#[utoipa::path(tag = "users", params(("user_id" = Id, Path), ("If-Match" = Option<String>, Header)),
    request_body = PatchUser, responses((status = 200, body = UserOut)), security(("bearer" = [])))]
#[patch("/users/{user_id}")]
async fn patch_user(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    if_match: IfMatch,
    ValidJson(body): ValidJson<PatchUser>,
) -> AppResult<HttpResponse> {
    let (id, expected) = (id.into_inner(), if_match.expected());
    let u = service::update(&state.pool, user, id, expected, body).await?;
    Ok(ok_tagged(u.version, &u))
}

/// Deletes a user; their tokens stop working at once. Admin only.
#[utoipa::path(tag = "users", params(("user_id" = Id, Path), ("If-Match" = Option<String>, Header)),
    responses((status = 204)), security(("bearer" = [])))]
#[delete("/users/{user_id}")]
async fn delete_user(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    if_match: IfMatch,
) -> AppResult<HttpResponse> {
    let (id, expected) = (id.into_inner(), if_match.expected());
    db::write(&state.pool, move |c| {
        service::delete(c, &user, id, &expected)
    })
    .await?;
    Ok(no_content())
}
