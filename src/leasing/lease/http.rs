use actix_web::{HttpResponse, get, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::platform::http::respond::created;

use crate::access::CurrentUser;
use crate::domain::{LeaseStatus, Role};
use crate::leasing::lease::service as leases;
use crate::leasing::lease::store as lease;
use crate::leasing::lease::store::{ListFilter, Scope};
use crate::leasing::offer::model::{CreateLease, LeaseOut, TerminateLease};
use crate::platform::db;
use crate::platform::db::Id;
use crate::platform::error::AppResult;
use crate::platform::http::respond::ok_tagged;
use crate::platform::http::{Page, Paging, QueryMap, ValidJson};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_leases)
        .service(create_lease)
        .service(get_lease)
        .service(terminate_lease);
}

pub fn scope(user: &CurrentUser) -> Scope {
    match user.role {
        Role::Admin => Scope::All,
        Role::Operator => Scope::Parks(user.park_ids.clone()),
        Role::Tenant => match user.tenant_id {
            Some(t) => Scope::Tenant(t),
            None => Scope::Parks(Vec::new()),
        },
    }
}

pub fn with_units(c: &mut db::DbConn, rows: Vec<lease::Lease>) -> AppResult<Vec<LeaseOut>> {
    rows.into_iter()
        .map(|l| {
            let units = lease::unit_ids(c, l.id)?;
            Ok(LeaseOut::new(l, units))
        })
        .collect()
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
        park_id: q.take("park_id", "a UUID"),
        tenant_id: q.take("tenant_id", "a UUID"),
        status: q.take("status", "active or terminated"),
        ending_by: None,
        ending_from: None,
    };
    q.finish()?;
    let scope = scope(&user);
    let page = db::read(&state.pool, move |c| {
        let (rows, total) = lease::list(c, &scope, &filter, paging)?;
        Ok(paging.wrap(with_units(c, rows)?, total))
    })
    .await?;
    Ok(HttpResponse::Ok().json(page))
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
    crate::leasing::sweep(&state.pool).await?;
    let (l, units) = db::write(&state.pool, move |c| leases::create(c, &user, body)).await?;
    Ok(created(
        format!("/api/v1/leases/{}", l.id),
        l.version,
        &LeaseOut::new(l, units),
    ))
}

#[utoipa::path(tag = "offers and leases", params(("lease_id" = Id, Path)), responses((status = 200, body = LeaseOut)),
    security(("bearer" = [])))]
#[get("/leases/{lease_id}")]
async fn get_lease(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let (l, units) = db::read(&state.pool, move |c| {
        let l = leases::visible(c, &user, id)?;
        let units = lease::unit_ids(c, l.id)?;
        Ok((l, units))
    })
    .await?;
    Ok(ok_tagged(l.version, &LeaseOut::new(l, units)))
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
    let (l, units) = db::write(&state.pool, move |c| leases::terminate(c, &user, id, body)).await?;
    Ok(ok_tagged(l.version, &LeaseOut::new(l, units)))
}
