use actix_web::{HttpResponse, delete, get, patch, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::platform::http::respond::created;

use crate::access::CurrentUser;
use crate::audit::{self, Entity};
use crate::domain::rules;
use crate::inventory::building::store as building;
use crate::inventory::building::store::Building;
use crate::inventory::lift::model::{CreateFreightLift, FreightLiftOut, PatchFreightLift};
use crate::inventory::lift::store as freight_lift;
use crate::inventory::lift::store::FreightLift;
use crate::platform::db;
use crate::platform::db::{DbConn, Id};
use crate::platform::error::{AppError, AppResult};
use crate::platform::http::etag::IfMatch;
use crate::platform::http::respond::ok_tagged;
use crate::platform::http::{Page, Paging, QueryMap, ValidJson};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_freight_lifts)
        .service(create_freight_lift)
        .service(get_freight_lift)
        .service(patch_freight_lift)
        .service(delete_freight_lift);
}

fn check(c: &mut DbConn, lift: &FreightLift, b: &Building, except: Option<Id>) -> AppResult<()> {
    let problems = rules::check_lift(lift.lowest_level, lift.highest_level, b.levels());
    if !problems.is_empty() {
        return Err(AppError::Validation(problems));
    }
    if freight_lift::code_taken(c, b.id, &lift.code, except)? {
        return Err(AppError::Conflict(format!(
            "the building already has a lift with code {:?}",
            lift.code
        )));
    }
    Ok(())
}

fn entity(l: &FreightLift, b: &Building) -> Entity<'static> {
    Entity {
        kind: "freight_lift",
        id: l.id,
        park_id: Some(b.park_id),
    }
}

/// Freight lifts of a building, by code. Public.
#[utoipa::path(tag = "freight lifts", params(("building_id" = Id, Path), ("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<FreightLiftOut>)))]
#[get("/buildings/{building_id}/freight-lifts")]
async fn list_freight_lifts(
    state: web::Data<AppState>,
    id: web::Path<Id>,
    mut q: QueryMap,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let paging = Paging::from_query(&mut q);
    q.finish()?;
    let (rows, total) = db::read(&state.pool, move |c| {
        building::get(c, id)?;
        freight_lift::list_in_building(c, id, paging)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .json(paging.wrap(rows.into_iter().map(FreightLiftOut::from).collect(), total)))
}

/// Adds a freight lift; the levels it serves must be levels of the building.
#[utoipa::path(tag = "freight lifts", params(("building_id" = Id, Path)), request_body = CreateFreightLift,
    responses((status = 201, body = FreightLiftOut)), security(("bearer" = [])))]
#[post("/buildings/{building_id}/freight-lifts")]
async fn create_freight_lift(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    ValidJson(body): ValidJson<CreateFreightLift>,
) -> AppResult<HttpResponse> {
    let building_id = id.into_inner();
    let row = db::write(&state.pool, move |c| {
        let b = building::get(c, building_id)?;
        user.require_park(b.park_id)?;
        let row = body.into_row(building_id);
        check(c, &row, &b, None)?;
        freight_lift::insert(c, &row)?;
        audit::created(
            c,
            &user,
            entity(&row, &b),
            &FreightLiftOut::from(row.clone()),
        )?;
        Ok(row)
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
    let row = db::read(&state.pool, move |c| freight_lift::get(c, id)).await?;
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
    let id = id.into_inner();
    let row = db::write(&state.pool, move |c| {
        let mut row = freight_lift::get(c, id)?;
        let b = building::get(c, row.building_id)?;
        user.require_park(b.park_id)?;
        if_match.check(row.version)?;
        let before = audit::to_json(&FreightLiftOut::from(row.clone()));
        body.apply(&mut row);
        check(c, &row, &b, Some(id))?;
        freight_lift::save(c, &mut row)?;
        audit::updated(
            c,
            &user,
            entity(&row, &b),
            &before,
            &FreightLiftOut::from(row.clone()),
        )?;
        Ok(row)
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
    let id = id.into_inner();
    db::write(&state.pool, move |c| {
        let row = freight_lift::get(c, id)?;
        let b = building::get(c, row.building_id)?;
        user.require_park(b.park_id)?;
        if_match.check(row.version)?;
        audit::deleted(
            c,
            &user,
            entity(&row, &b),
            &FreightLiftOut::from(row.clone()),
        )?;
        freight_lift::delete(c, id)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
