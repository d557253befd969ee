use actix_web::{HttpResponse, get, patch, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use super::model::{NewOrganization, PatchTenant, TenantOut};
use super::service;
use crate::access::CurrentUser;
use crate::platform::db::{self, Id};
use crate::platform::error::AppResult;
use crate::platform::http::etag::IfMatch;
use crate::platform::http::respond::{created, ok_tagged, page};
use crate::platform::http::{Page, Paging, QueryMap, ValidJson};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_tenants)
        .service(create_tenant)
        .service(get_tenant)
        .service(patch_tenant);
}

/// Tenant organisations the caller deals with: all (admins), those with
/// applications or leases in their parks (operators), their own (tenants).
#[utoipa::path(tag = "tenants", params(("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<TenantOut>)), security(("bearer" = [])))]
#[get("/tenants")]
async fn list_tenants(
    state: web::Data<AppState>,
    user: CurrentUser,
    mut q: QueryMap,
) -> AppResult<HttpResponse> {
    let paging = Paging::from_query(&mut q);
    q.finish()?;
    let rows = db::read(&state.pool, move |c| {
        service::list(c, &user, paging.window())
    })
    .await?;
    Ok(page::<_, TenantOut>(paging, rows))
}

/// Records a tenant organisation that has not registered itself (e.g. for a
/// direct lease). Staff only.
#[utoipa::path(tag = "tenants", request_body = NewOrganization, responses((status = 201, body = TenantOut)),
    security(("bearer" = [])))]
#[post("/tenants")]
async fn create_tenant(
    state: web::Data<AppState>,
    user: CurrentUser,
    ValidJson(body): ValidJson<NewOrganization>,
) -> AppResult<HttpResponse> {
    let t = db::write(&state.pool, move |c| service::create(c, &user, body)).await?;
    Ok(created(
        format!("/api/v1/tenants/{}", t.id),
        t.version,
        &TenantOut::from(t),
    ))
}

/// One tenant organisation the caller deals with.
#[utoipa::path(tag = "tenants", params(("tenant_id" = Id, Path)), responses((status = 200, body = TenantOut)),
    security(("bearer" = [])))]
#[get("/tenants/{tenant_id}")]
async fn get_tenant(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let t = db::read(&state.pool, move |c| service::visible(c, &user, id)).await?;
    Ok(ok_tagged(t.version, &TenantOut::from(t)))
}

/// Changes a tenant organisation: its own users, or an admin.
#[utoipa::path(tag = "tenants", params(("tenant_id" = Id, Path), ("If-Match" = Option<String>, Header)),
    request_body = PatchTenant, responses((status = 200, body = TenantOut)), security(("bearer" = [])))]
#[patch("/tenants/{tenant_id}")]
async fn patch_tenant(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    if_match: IfMatch,
    ValidJson(body): ValidJson<PatchTenant>,
) -> AppResult<HttpResponse> {
    let (id, expected) = (id.into_inner(), if_match.expected());
    let t = db::write(&state.pool, move |c| {
        service::update(c, &user, id, &expected, body)
    })
    .await?;
    Ok(ok_tagged(t.version, &TenantOut::from(t)))
}
