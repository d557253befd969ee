use actix_web::{HttpResponse, delete, get, patch, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use super::model::{CreateFloor, FloorOut, PatchFloor};
use super::service::Floors;
use crate::access::CurrentUser;
use crate::inventory::http as resource;
use crate::platform::db::Id;
use crate::platform::error::AppResult;
use crate::platform::http::etag::IfMatch;
use crate::platform::http::{Page, QueryMap, ValidJson};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_floors)
        .service(create_floor)
        .service(get_floor)
        .service(patch_floor)
        .service(delete_floor);
}

/// Floors of a building, top down. Public.
#[utoipa::path(tag = "floors", params(("building_id" = Id, Path), ("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<FloorOut>)))]
#[get("/buildings/{building_id}/floors")]
async fn list_floors(
    state: web::Data<AppState>,
    building_id: web::Path<Id>,
    q: QueryMap,
) -> AppResult<HttpResponse> {
    resource::list::<Floors>(state, building_id.into_inner(), q).await
}

/// Adds a floor; its level must exist in the building and be free.
#[utoipa::path(tag = "floors", params(("building_id" = Id, Path)), request_body = CreateFloor,
    responses((status = 201, body = FloorOut)), security(("bearer" = [])))]
#[post("/buildings/{building_id}/floors")]
async fn create_floor(
    state: web::Data<AppState>,
    user: CurrentUser,
    building_id: web::Path<Id>,
    ValidJson(body): ValidJson<CreateFloor>,
) -> AppResult<HttpResponse> {
    resource::create::<Floors>(state, user, building_id.into_inner(), body).await
}

/// One floor. Public.
#[utoipa::path(tag = "floors", params(("floor_id" = Id, Path)), responses((status = 200, body = FloorOut)))]
#[get("/floors/{floor_id}")]
async fn get_floor(state: web::Data<AppState>, id: web::Path<Id>) -> AppResult<HttpResponse> {
    resource::get::<Floors>(state, id.into_inner()).await
}

/// Changes a floor; it cannot shrink below what its units claim.
#[utoipa::path(tag = "floors", params(("floor_id" = Id, Path), ("If-Match" = Option<String>, Header)),
    request_body = PatchFloor, responses((status = 200, body = FloorOut)), security(("bearer" = [])))]
#[patch("/floors/{floor_id}")]
async fn patch_floor(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    if_match: IfMatch,
    ValidJson(body): ValidJson<PatchFloor>,
) -> AppResult<HttpResponse> {
    resource::update::<Floors>(state, user, id.into_inner(), if_match, body).await
}

/// Deletes a floor that has no units left.
#[utoipa::path(tag = "floors", params(("floor_id" = Id, Path), ("If-Match" = Option<String>, Header)),
    responses((status = 204)), security(("bearer" = [])))]
#[delete("/floors/{floor_id}")]
async fn delete_floor(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    if_match: IfMatch,
) -> AppResult<HttpResponse> {
    resource::delete::<Floors>(state, user, id.into_inner(), if_match).await
}
