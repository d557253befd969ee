use actix_web::{HttpResponse, get, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use super::model::{CreateLease, LeaseOut, TerminateLease};
use super::service;
use super::store::ListFilter;
use crate::access::CurrentUser;
use crate::domain::LeaseStatus;
use crate::leasing::upkeep;
use crate::platform::db::{self, Id};
use crate::platform::error::AppResult;
use crate::platform::http::respond::{created, ok_tagged, page};
use crate::platform::http::{Page, Paging, QueryMap, ValidJson};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_leases)
        .service(create_lease)
        .service(get_lease)
        .service(terminate_lease);
}

/// Leases the caller may see, by end date.
#[utoipa::path(tag = "offers and leases", params(("park_id" = Option<Id>, Query), ("tenant_id" = Option<Id>, Query),
    ("status" = Option<LeaseStatus>, Query), ("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<LeaseOut>)), security(("bearer" = [])))]
#[get("/leases")]
async fn list_leases(
    state: web::Data<AppState>,
    user: CurrentUser,
    mut q: QueryMap,
) -> AppResult<HttpResponse> {
    let paging = Paging::from_query(&mut q);
    let filter = ListFilter {
        park_id: q.take("park_id", crate::platform::validation::expected_uuid()),
        tenant_id: q.take("tenant_id", crate::platform::validation::expected_uuid()),
        status: q.take("status", crate::text!("problem-expected-lease-status")),
        ending_by: None,
        ending_from: None,
    };
    q.finish()?;
    let rows = db::read(&state.pool, move |c| {
        service::list(c, &user, &filter, paging.window())
    })
    .await?;
    Ok(page::<_, LeaseOut>(paging, rows))
}

/// Leases units directly (operators of the units' park). 409
/// `unit_unavailable` when a unit is offered or leased for an overlapping period.
#[utoipa::path(tag = "offers and leases", request_body = CreateLease, responses((status = 201, body = LeaseOut)),
    security(("bearer" = [])))]
#[post("/leases")]
async fn create_lease(
    state: web::Data<AppState>,
    user: CurrentUser,
    ValidJson(body): ValidJson<CreateLease>,
) -> AppResult<HttpResponse> {
    upkeep::sweep(&state.pool).await?;
    let (l, units) = db::write(&state.pool, move |c| service::create(c, &user, body)).await?;
    Ok(created(
        format!("/api/v1/leases/{}", l.id),
        l.version,
        &LeaseOut::from((l, units)),
    ))
}

/// One lease: its tenant, its park's operators, admins.
#[utoipa::path(tag = "offers and leases", params(("lease_id" = Id, Path)), responses((status = 200, body = LeaseOut)),
    security(("bearer" = [])))]
#[get("/leases/{lease_id}")]
async fn get_lease(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let (l, units) = db::read(&state.pool, move |c| service::get(c, &user, id)).await?;
    Ok(ok_tagged(l.version, &LeaseOut::from((l, units))))
}

/// Ends a lease early; its units are free from `end_date` on.
#[utoipa::path(tag = "offers and leases", params(("lease_id" = Id, Path)), request_body = TerminateLease,
    responses((status = 200, body = LeaseOut)), security(("bearer" = [])))]
#[post("/leases/{lease_id}/terminate")]
async fn terminate_lease(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    ValidJson(body): ValidJson<TerminateLease>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let (l, units) =
        db::write(&state.pool, move |c| service::terminate(c, &user, id, body)).await?;
    Ok(ok_tagged(l.version, &LeaseOut::from((l, units))))
}
