use actix_web::{HttpResponse, delete, get, patch, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use super::model::{BuildingOut, CreateBuilding, PatchBuilding};
use super::service::Buildings;
use crate::access::CurrentUser;
use crate::inventory::http as resource;
use crate::platform::db::Id;
use crate::platform::error::AppResult;
use crate::platform::http::etag::IfMatch;
use crate::platform::http::{Page, QueryMap, ValidJson};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_buildings)
        .service(create_building)
        .service(get_building)
        .service(patch_building)
        .service(delete_building);
}

/// Buildings of a park, by code. Public.
#[utoipa::path(tag = "buildings", params(("park_id" = Id, Path), ("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<BuildingOut>)))]
#[get("/parks/{park_id}/buildings")]
async fn list_buildings(
    state: web::Data<AppState>,
    park_id: web::Path<Id>,
    q: QueryMap,
) -> AppResult<HttpResponse> {
    resource::list::<Buildings>(state, park_id.into_inner(), q).await
}

/// Adds a building to a park. Admins, and the park's operators.
#[utoipa::path(tag = "buildings", params(("park_id" = Id, Path)), request_body = CreateBuilding,
    responses((status = 201, body = BuildingOut)), security(("bearer" = [])))]
#[post("/parks/{park_id}/buildings")]
async fn create_building(
    state: web::Data<AppState>,
    user: CurrentUser,
    park_id: web::Path<Id>,
    ValidJson(body): ValidJson<CreateBuilding>,
) -> AppResult<HttpResponse> {
    resource::create::<Buildings>(state, user, park_id.into_inner(), body).await
}

/// One building. Public.
#[utoipa::path(tag = "buildings", params(("building_id" = Id, Path)), responses((status = 200, body = BuildingOut)))]
#[get("/buildings/{building_id}")]
async fn get_building(state: web::Data<AppState>, id: web::Path<Id>) -> AppResult<HttpResponse> {
    resource::get::<Buildings>(state, id.into_inner()).await
}

/// Changes a building. It cannot shrink below levels that have floors or lift stops.
#[utoipa::path(tag = "buildings", params(("building_id" = Id, Path), ("If-Match" = Option<String>, Header)),
    request_body = PatchBuilding, responses((status = 200, body = BuildingOut)), security(("bearer" = [])))]
#[patch("/buildings/{building_id}")]
async fn patch_building(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    if_match: IfMatch,
    ValidJson(body): ValidJson<PatchBuilding>,
) -> AppResult<HttpResponse> {
    resource::update::<Buildings>(state, user, id.into_inner(), if_match, body).await
}

/// Deletes a building that has no floors or lifts left.
#[utoipa::path(tag = "buildings", params(("building_id" = Id, Path), ("If-Match" = Option<String>, Header)),
    responses((status = 204)), security(("bearer" = [])))]
#[delete("/buildings/{building_id}")]
async fn delete_building(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    if_match: IfMatch,
) -> AppResult<HttpResponse> {
    resource::delete::<Buildings>(state, user, id.into_inner(), if_match).await
}
