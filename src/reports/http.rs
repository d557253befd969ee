use actix_web::{HttpResponse, get, web};
use utoipa_actix_web::service_config::ServiceConfig;

use super::model::{DemandGaps, Expiration, ParkOccupancy, StackingPlan};
use super::{demand_gaps as gaps, expirations, occupancy, stacking_plan as plan};
use crate::access::{CurrentUser, MaybeUser};
use crate::platform::db::{self, Id};
use crate::platform::error::AppResult;
use crate::platform::http::{Page, Paging, QueryMap};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(park_occupancy)
        .service(lease_expirations)
        .service(stacking_plan)
        .service(demand_gaps);
}

/// Today's occupancy of a park by building and floor. The park's operators and admins.
#[utoipa::path(tag = "reports", params(("park_id" = Id, Path)), responses((status = 200, body = ParkOccupancy)),
    security(("bearer" = [])))]
#[get("/parks/{park_id}/occupancy")]
async fn park_occupancy(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    let park_id = id.into_inner();
    let report = db::read(&state.pool, move |c| occupancy::of_park(c, &user, park_id)).await?;
    Ok(HttpResponse::Ok().json(report))
}

/// Leases ending within `within_days` (default 90), soonest first. Operators
/// see their parks', admins all.
#[utoipa::path(tag = "reports", params(("within_days" = Option<i64>, Query), ("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<Expiration>)), security(("bearer" = [])))]
#[get("/reports/expirations")]
async fn lease_expirations(
    state: web::Data<AppState>,
    user: CurrentUser,
    mut q: QueryMap,
) -> AppResult<HttpResponse> {
    let paging = Paging::from_query(&mut q);
    let within = q.take_in::<i64>("within_days", 1, 3650).unwrap_or(90);
    q.finish()?;
    let (items, total) = db::read(&state.pool, move |c| {
        expirations::within(c, &user, within, paging.window())
    })
    .await?;
    Ok(HttpResponse::Ok().json(paging.wrap(items, total)))
}

/// Every floor of a building, top down, with its units and their status:
/// what a frontend draws as a stacking plan. Public; the park's operators
/// and admins also see each unit's tenant and lease end date.
#[utoipa::path(tag = "reports", params(("building_id" = Id, Path)), responses((status = 200, body = StackingPlan)),
    security((), ("bearer" = [])))]
#[get("/buildings/{building_id}/stacking-plan")]
async fn stacking_plan(
    state: web::Data<AppState>,
    user: MaybeUser,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    let building_id = id.into_inner();
    let plan = db::read(&state.pool, move |c| {
        plan::of_building(c, user.0.as_ref(), building_id)
    })
    .await?;
    Ok(HttpResponse::Ok().json(plan))
}

/// Open applications no space matches, grouped by the criterion that blocks
/// them, with the area they demand: what the park should build or refit next.
/// Operators see the applications visible to them, admins all.
#[utoipa::path(tag = "reports", responses((status = 200, body = DemandGaps)), security(("bearer" = [])))]
#[get("/reports/demand-gaps")]
async fn demand_gaps(
    state: web::Data<AppState>,
    user: CurrentUser,
    q: QueryMap,
) -> AppResult<HttpResponse> {
    q.finish()?;
    let cache = state.catalog.clone();
    let out = db::read(&state.pool, move |c| gaps::report(c, &user, &cache)).await?;
    Ok(HttpResponse::Ok().json(out))
}
