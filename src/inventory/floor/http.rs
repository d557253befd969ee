use actix_web::{HttpResponse, delete, get, patch, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::platform::http::respond::created;

use crate::access::CurrentUser;
use crate::audit::{self, Entity};
use crate::domain::rules;
use crate::inventory::building::store as building;
use crate::inventory::building::store::Building;
use crate::inventory::floor::model::{CreateFloor, FloorOut, PatchFloor};
use crate::inventory::floor::store as floor;
use crate::inventory::floor::store::Floor;
use crate::platform::db;
use crate::platform::db::{DbConn, Id};
use crate::platform::error::{AppError, AppResult};
use crate::platform::http::etag::IfMatch;
use crate::platform::http::respond::ok_tagged;
use crate::platform::http::{Page, Paging, QueryMap, ValidJson};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_floors)
        .service(create_floor)
        .service(get_floor)
        .service(patch_floor)
        .service(delete_floor);
}

fn check(c: &mut DbConn, f: &Floor, b: &Building, existing: bool) -> AppResult<()> {
    let mut problems =
        rules::check_floor(f.level, f.floor_height_mm, f.clear_height_mm, b.levels());
    if existing {
        let (_, units_area, tallest) = floor::units_summary(c, f.id, None)?;
        problems.extend(rules::check_floor_against_units(
            f.area_m2,
            f.floor_height_mm,
            units_area,
            tallest,
        ));
    }
    if !problems.is_empty() {
        return Err(AppError::Validation(problems));
    }
    if floor::level_taken(c, b.id, f.level, existing.then_some(f.id))? {
        return Err(AppError::Conflict(format!(
            "the building already has a floor at level {}",
            f.level
        )));
    }
    Ok(())
}

fn entity(f: &Floor, b: &Building) -> Entity<'static> {
    Entity {
        kind: "floor",
        id: f.id,
        park_id: Some(b.park_id),
    }
}

/// Floors of a building, top down. Public.
#[utoipa::path(tag = "floors", params(("building_id" = Id, Path), ("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<FloorOut>)))]
#[get("/buildings/{building_id}/floors")]
async fn list_floors(
    state: web::Data<AppState>,
    id: web::Path<Id>,
    mut q: QueryMap,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let paging = Paging::from_query(&mut q);
    q.finish()?;
    let (rows, total) = db::read(&state.pool, move |c| {
        building::get(c, id)?;
        floor::list_in_building(c, id, paging)
    })
    .await?;
    Ok(HttpResponse::Ok().json(paging.wrap(rows.into_iter().map(FloorOut::from).collect(), total)))
}

/// Adds a floor; its level must exist in the building and be free.
#[utoipa::path(tag = "floors", params(("building_id" = Id, Path)), request_body = CreateFloor,
    responses((status = 201, body = FloorOut)), security(("bearer" = [])))]
#[post("/buildings/{building_id}/floors")]
async fn create_floor(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    ValidJson(body): ValidJson<CreateFloor>,
) -> AppResult<HttpResponse> {
    let building_id = id.into_inner();
    let row = db::write(&state.pool, move |c| {
        let b = building::get(c, building_id)?;
        user.require_park(b.park_id)?;
        let row = body.into_row(building_id);
        check(c, &row, &b, false)?;
        floor::insert(c, &row)?;
        audit::created(c, &user, entity(&row, &b), &FloorOut::from(row.clone()))?;
        Ok(row)
    })
    .await?;
    Ok(created(
        format!("/api/v1/floors/{}", row.id),
        row.version,
        &FloorOut::from(row),
    ))
}

/// One floor. Public.
#[utoipa::path(tag = "floors", params(("floor_id" = Id, Path)), responses((status = 200, body = FloorOut)))]
#[get("/floors/{floor_id}")]
async fn get_floor(state: web::Data<AppState>, id: web::Path<Id>) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let row = db::read(&state.pool, move |c| floor::get(c, id)).await?;
    Ok(ok_tagged(row.version, &FloorOut::from(row)))
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
    let id = id.into_inner();
    let row = db::write(&state.pool, move |c| {
        let mut row = floor::get(c, id)?;
        let b = building::get(c, row.building_id)?;
        user.require_park(b.park_id)?;
        if_match.check(row.version)?;
        let before = audit::to_json(&FloorOut::from(row.clone()));
        body.apply(&mut row);
        check(c, &row, &b, true)?;
        floor::save(c, &mut row)?;
        audit::updated(
            c,
            &user,
            entity(&row, &b),
            &before,
            &FloorOut::from(row.clone()),
        )?;
        Ok(row)
    })
    .await?;
    Ok(ok_tagged(row.version, &FloorOut::from(row)))
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
    let id = id.into_inner();
    db::write(&state.pool, move |c| {
        let row = floor::get(c, id)?;
        let b = building::get(c, row.building_id)?;
        user.require_park(b.park_id)?;
        if_match.check(row.version)?;
        let (units, _, _) = floor::units_summary(c, id, None)?;
        if units > 0 {
            return Err(AppError::Conflict(format!(
                "the floor still has {units} unit(s); delete them first"
            )));
        }
        audit::deleted(c, &user, entity(&row, &b), &FloorOut::from(row.clone()))?;
        floor::delete(c, id)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
