use actix_web::{HttpResponse, delete, get, patch, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::platform::http::respond::created;

use crate::access::CurrentUser;
use crate::audit::{self, Entity};
use crate::inventory::park::model::{CreatePark, ParkOut, PatchPark};
use crate::inventory::park::store as park;
use crate::platform::db;
use crate::platform::db::Id;
use crate::platform::error::{AppError, AppResult};
use crate::platform::http::etag::IfMatch;
use crate::platform::http::respond::ok_tagged;
use crate::platform::http::{Page, Paging, QueryMap, ValidJson};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_parks)
        .service(create_park)
        .service(get_park)
        .service(patch_park)
        .service(delete_park);
}

fn entity(p: &park::Park) -> Entity<'static> {
    Entity {
        kind: "park",
        id: p.id,
        park_id: Some(p.id),
    }
}

/// Parks, by name. Public.
#[utoipa::path(tag = "parks", params(("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<ParkOut>)))]
#[get("/parks")]
async fn list_parks(state: web::Data<AppState>, mut q: QueryMap) -> AppResult<HttpResponse> {
    let paging = Paging::from_query(&mut q);
    q.finish()?;
    let (rows, total) = db::read(&state.pool, move |c| park::list(c, paging)).await?;
    Ok(HttpResponse::Ok().json(paging.wrap(rows.into_iter().map(ParkOut::from).collect(), total)))
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
    user.require_admin()?;
    let row = body.into_row();
    let row = db::write(&state.pool, move |c| {
        park::insert(c, &row)?;
        audit::created(c, &user, entity(&row), &ParkOut::from(row.clone()))?;
        Ok(row)
    })
    .await?;
    Ok(created(
        format!("/api/v1/parks/{}", row.id),
        row.version,
        &ParkOut::from(row),
    ))
}

/// One park. Public.
#[utoipa::path(tag = "parks", params(("park_id" = Id, Path)), responses((status = 200, body = ParkOut)))]
#[get("/parks/{park_id}")]
async fn get_park(state: web::Data<AppState>, id: web::Path<Id>) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let row = db::read(&state.pool, move |c| park::get(c, id)).await?;
    Ok(ok_tagged(row.version, &ParkOut::from(row)))
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
    let id = id.into_inner();
    let row = db::write(&state.pool, move |c| {
        let mut row = park::get(c, id)?;
        user.require_park(row.id)?;
        if_match.check(row.version)?;
        let before = audit::to_json(&ParkOut::from(row.clone()));
        body.apply(&mut row);
        park::save(c, &mut row)?;
        audit::updated(c, &user, entity(&row), &before, &ParkOut::from(row.clone()))?;
        Ok(row)
    })
    .await?;
    Ok(ok_tagged(row.version, &ParkOut::from(row)))
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
    let id = id.into_inner();
    db::write(&state.pool, move |c| {
        let row = park::get(c, id)?;
        user.require_admin()?;
        if_match.check(row.version)?;
        let n = park::building_count(c, id)?;
        if n > 0 {
            return Err(AppError::Conflict(format!(
                "the park still has {n} building(s); delete them first"
            )));
        }
        audit::deleted(c, &user, entity(&row), &ParkOut::from(row.clone()))?;
        park::delete(c, id)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
