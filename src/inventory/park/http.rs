use actix_web::{HttpResponse, delete, get, patch, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use super::model::{CreatePark, ParkOut, PatchPark};
use super::service;
use crate::access::CurrentUser;
use crate::platform::db::{self, Id};
use crate::platform::error::AppResult;
use crate::platform::http::etag::IfMatch;
use crate::platform::http::respond::{created, no_content, ok_tagged, page};
use crate::platform::http::{Page, Paging, QueryMap, ValidJson};
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
async fn list_parks(state: web::Data<AppState>, mut q: QueryMap) -> AppResult<HttpResponse> {
    let paging = Paging::from_query(&mut q);
    q.finish()?;
    let rows = db::read(&state.pool, move |c| service::list(c, paging.window())).await?;
    Ok(page::<_, ParkOut>(paging, rows))
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
    let row = db::write(&state.pool, move |c| service::create(c, &user, body)).await?;
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
    let row = db::read(&state.pool, move |c| service::get(c, id)).await?;
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
    let expected = if_match.expected();
    let row = db::write(&state.pool, move |c| {
        service::update(c, &user, id, &expected, body)
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
    let expected = if_match.expected();
    db::write(&state.pool, move |c| {
        service::delete(c, &user, id, &expected)
    })
    .await?;
    Ok(no_content())
}
