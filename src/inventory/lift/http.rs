use actix_web::{HttpResponse, delete, get, patch, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use super::model::{CreateFreightLift, FreightLiftOut, PatchFreightLift};
use super::service::FreightLifts;
use crate::access::CurrentUser;
use crate::inventory::http as resource;
use crate::platform::db::Id;
use crate::platform::error::AppResult;
use crate::platform::http::etag::IfMatch;
use crate::platform::http::{Page, QueryMap, ValidJson};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_freight_lifts)
        .service(create_freight_lift)
        .service(get_freight_lift)
        .service(patch_freight_lift)
        .service(delete_freight_lift);
}

/// Freight lifts of a building, by code. Public.
#[utoipa::path(tag = "freight lifts", params(("building_id" = Id, Path), ("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<FreightLiftOut>)))]
#[get("/buildings/{building_id}/freight-lifts")]
async fn list_freight_lifts(
    state: web::Data<AppState>,
    building_id: web::Path<Id>,
    q: QueryMap,
) -> AppResult<HttpResponse> {
    resource::list::<FreightLifts>(state, building_id.into_inner(), q).await
}

/// Adds a freight lift; the levels it serves must be levels of the building.
#[utoipa::path(tag = "freight lifts", params(("building_id" = Id, Path)), request_body = CreateFreightLift,
    responses((status = 201, body = FreightLiftOut)), security(("bearer" = [])))]
#[post("/buildings/{building_id}/freight-lifts")]
async fn create_freight_lift(
    state: web::Data<AppState>,
    user: CurrentUser,
    building_id: web::Path<Id>,
    ValidJson(body): ValidJson<CreateFreightLift>,
) -> AppResult<HttpResponse> {
    resource::create::<FreightLifts>(state, user, building_id.into_inner(), body).await
}

/// One freight lift. Public.
#[utoipa::path(tag = "freight lifts", params(("lift_id" = Id, Path)), responses((status = 200, body = FreightLiftOut)))]
#[get("/freight-lifts/{lift_id}")]
async fn get_freight_lift(
    state: web::Data<AppState>,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    resource::get::<FreightLifts>(state, id.into_inner()).await
}

/// Changes a freight lift.
#[utoipa::path(tag = "freight lifts", params(("lift_id" = Id, Path), ("If-Match" = Option<String>, Header)),
    request_body = PatchFreightLift, responses((status = 200, body = FreightLiftOut)), security(("bearer" = [])))]
#[patch("/freight-lifts/{lift_id}")]
async fn patch_freight_lift(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    if_match: IfMatch,
    ValidJson(body): ValidJson<PatchFreightLift>,
) -> AppResult<HttpResponse> {
    resource::update::<FreightLifts>(state, user, id.into_inner(), if_match, body).await
}

/// Deletes a freight lift.
#[utoipa::path(tag = "freight lifts", params(("lift_id" = Id, Path), ("If-Match" = Option<String>, Header)),
    responses((status = 204)), security(("bearer" = [])))]
#[delete("/freight-lifts/{lift_id}")]
async fn delete_freight_lift(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    if_match: IfMatch,
) -> AppResult<HttpResponse> {
    resource::delete::<FreightLifts>(state, user, id.into_inner(), if_match).await
}
