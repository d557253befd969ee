use actix_web::{HttpResponse, delete, get, patch, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use super::model::{CreatePark, ParkOut, PatchPark};
use super::service::Parks;
use crate::access::CurrentUser;
use crate::inventory::http as resource;
use crate::platform::db::Id;
use crate::platform::error::AppResult;
use crate::platform::http::etag::IfMatch;
use crate::platform::http::{Page, QueryMap, ValidJson};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_parks)
        .service(create_park)
        .service(get_park)
        .service(patch_park)
        .service(delete_park);
}

/// Parks, by name. Public.
#[utoipa::path(tag = "parks", params(("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<ParkOut>)))]
#[get("/parks")]
async fn list_parks(state: web::Data<AppState>, q: QueryMap) -> AppResult<HttpResponse> {
    resource::list::<Parks>(state, (), q).await
}

/// Creates a park. Admin only.
#[utoipa::path(tag = "parks", request_body = CreatePark, responses((status = 201, body = ParkOut)),
    security(("bearer" = [])))]
#[post("/parks")]
async fn create_park(
    state: web::Data<AppState>,
    user: CurrentUser,
    ValidJson(body): ValidJson<CreatePark>,
) -> AppResult<HttpResponse> {
    resource::create::<Parks>(state, user, (), body).await
}

/// One park. Public.
#[utoipa::path(tag = "parks", params(("park_id" = Id, Path)), responses((status = 200, body = ParkOut)))]
#[get("/parks/{park_id}")]
async fn get_park(state: web::Data<AppState>, id: web::Path<Id>) -> AppResult<HttpResponse> {
    resource::get::<Parks>(state, id.into_inner()).await
}

/// Changes a park. Admins, and the park's operators.
#[utoipa::path(tag = "parks", params(("park_id" = Id, Path), ("If-Match" = Option<String>, Header)),
    request_body = PatchPark, responses((status = 200, body = ParkOut)), security(("bearer" = [])))]
#[patch("/parks/{park_id}")]
async fn patch_park(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    if_match: IfMatch,
    ValidJson(body): ValidJson<PatchPark>,
) -> AppResult<HttpResponse> {
    resource::update::<Parks>(state, user, id.into_inner(), if_match, body).await
}

/// Deletes a park that has no buildings left. Admin only.
#[utoipa::path(tag = "parks", params(("park_id" = Id, Path), ("If-Match" = Option<String>, Header)),
    responses((status = 204)), security(("bearer" = [])))]
#[delete("/parks/{park_id}")]
async fn delete_park(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    if_match: IfMatch,
) -> AppResult<HttpResponse> {
    resource::delete::<Parks>(state, user, id.into_inner(), if_match).await
}
