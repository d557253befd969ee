use actix_web::{HttpResponse, delete, get, patch, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use super::model::{CreateFreightLift, FreightLiftOut, PatchFreightLift};
use super::service;
use crate::access::CurrentUser;
use crate::platform::db::{self, Id};
use crate::platform::error::AppResult;
use crate::platform::http::etag::IfMatch;
use crate::platform::http::respond::{created, no_content, ok_tagged, page};
use crate::platform::http::{Page, Paging, QueryMap, ValidJson};
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
    mut q: QueryMap,
) -> AppResult<HttpResponse> {
    let building_id = building_id.into_inner();
    let paging = Paging::from_query(&mut q);
    q.finish()?;
    let rows = db::read(&state.pool, move |c| {
        service::list(c, building_id, paging.window())
    })
    .await?;
    Ok(page::<_, FreightLiftOut>(paging, rows))
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
    let building_id = building_id.into_inner();
    let row = db::write(&state.pool, move |c| {
        service::create(c, &user, building_id, body)
    })
    .await?;
    Ok(created(
        format!("/api/v1/freight-lifts/{}", row.id),
        row.version,
        &FreightLiftOut::from(row),
    ))
}

/// One freight lift. Public.
#[utoipa::path(tag = "freight lifts", params(("lift_id" = Id, Path)), responses((status = 200, body = FreightLiftOut)))]
#[get("/freight-lifts/{lift_id}")]
async fn get_freight_lift(
    state: web::Data<AppState>,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let row = db::read(&state.pool, move |c| service::get(c, id)).await?;
    Ok(ok_tagged(row.version, &FreightLiftOut::from(row)))
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
    let (id, expected) = (id.into_inner(), if_match.expected());
    let row = db::write(&state.pool, move |c| {
        service::update(c, &user, id, &expected, body)
    })
    .await?;
    Ok(ok_tagged(row.version, &FreightLiftOut::from(row)))
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
    let (id, expected) = (id.into_inner(), if_match.expected());
    db::write(&state.pool, move |c| {
        service::delete(c, &user, id, &expected)
    })
    .await?;
    Ok(no_content())
}
