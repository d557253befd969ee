use actix_web::{HttpResponse, delete, get, patch, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::platform::http::respond::created;

use crate::access::CurrentUser;
use crate::audit::{self, Entity};
use crate::domain::rules;
use crate::inventory::building::model::{BuildingOut, CreateBuilding, PatchBuilding};
use crate::inventory::building::store as building;
use crate::inventory::park::store as park;
use crate::platform::db;
use crate::platform::db::{DbConn, Id};
use crate::platform::error::{AppError, AppResult};
use crate::platform::http::etag::IfMatch;
use crate::platform::http::respond::ok_tagged;
use crate::platform::http::{Page, Paging, QueryMap, ValidJson};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_buildings)
        .service(create_building)
        .service(get_building)
        .service(patch_building)
        .service(delete_building);
}

fn ensure_code_free(c: &mut DbConn, park_id: Id, code: &str, except: Option<Id>) -> AppResult<()> {
    if building::code_taken(c, park_id, code, except)? {
        return Err(AppError::Conflict(format!(
            "the park already has a building with code {code:?}"
        )));
    }
    Ok(())
}

fn entity(b: &building::Building) -> Entity<'static> {
    Entity {
        kind: "building",
        id: b.id,
        park_id: Some(b.park_id),
    }
}

/// Buildings of a park, by code. Public.
#[utoipa::path(tag = "buildings", params(("park_id" = Id, Path), ("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<BuildingOut>)))]
#[get("/parks/{park_id}/buildings")]
async fn list_buildings(
    state: web::Data<AppState>,
    park_id: web::Path<Id>,
    mut q: QueryMap,
) -> AppResult<HttpResponse> {
    let park_id = park_id.into_inner();
    let paging = Paging::from_query(&mut q);
    q.finish()?;
    let (rows, total) = db::read(&state.pool, move |c| {
        park::get(c, park_id)?;
        building::list_in_park(c, park_id, paging)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .json(paging.wrap(rows.into_iter().map(BuildingOut::from).collect(), total)))
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
    let park_id = park_id.into_inner();
    let row = db::write(&state.pool, move |c| {
        park::get(c, park_id)?;
        user.require_park(park_id)?;
        let row = body.into_row(park_id);
        ensure_code_free(c, park_id, &row.code, None)?;
        building::insert(c, &row)?;
        audit::created(c, &user, entity(&row), &BuildingOut::from(row.clone()))?;
        Ok(row)
    })
    .await?;
    Ok(created(
        format!("/api/v1/buildings/{}", row.id),
        row.version,
        &BuildingOut::from(row),
    ))
}

/// One building. Public.
#[utoipa::path(tag = "buildings", params(("building_id" = Id, Path)), responses((status = 200, body = BuildingOut)))]
#[get("/buildings/{building_id}")]
async fn get_building(state: web::Data<AppState>, id: web::Path<Id>) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let row = db::read(&state.pool, move |c| building::get(c, id)).await?;
    Ok(ok_tagged(row.version, &BuildingOut::from(row)))
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
    let id = id.into_inner();
    let row = db::write(&state.pool, move |c| {
        let mut row = building::get(c, id)?;
        user.require_park(row.park_id)?;
        if_match.check(row.version)?;
        let before = audit::to_json(&BuildingOut::from(row.clone()));
        body.apply(&mut row);
        let problems = rules::check_building_levels(row.levels(), &building::used_levels(c, id)?);
        if !problems.is_empty() {
            return Err(AppError::Validation(problems));
        }
        ensure_code_free(c, row.park_id, &row.code, Some(id))?;
        building::save(c, &mut row)?;
        audit::updated(
            c,
            &user,
            entity(&row),
            &before,
            &BuildingOut::from(row.clone()),
        )?;
        Ok(row)
    })
    .await?;
    Ok(ok_tagged(row.version, &BuildingOut::from(row)))
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
    let id = id.into_inner();
    db::write(&state.pool, move |c| {
        let row = building::get(c, id)?;
        user.require_park(row.park_id)?;
        if_match.check(row.version)?;
        let (floors, lifts) = building::child_counts(c, id)?;
        if floors + lifts > 0 {
            return Err(AppError::Conflict(format!(
                "the building still has {floors} floor(s) and {lifts} freight lift(s); delete them first"
            )));
        }
        audit::deleted(c, &user, entity(&row), &BuildingOut::from(row.clone()))?;
        building::delete(c, id)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
