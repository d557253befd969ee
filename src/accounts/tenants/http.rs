use std::collections::BTreeSet;

use actix_web::{HttpResponse, get, patch, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::platform::http::respond::created;

use crate::access::CurrentUser;
use crate::accounts::tenants::model::{NewOrganization, PatchTenant, TenantOut};
use crate::accounts::tenants::store as tenant;
use crate::accounts::tenants::store::Tenant;
use crate::audit::{self, Entity};
use crate::domain::Role;
use crate::leasing;
use crate::leasing::application::store as application;
use crate::leasing::application::store::ListFilter;
use crate::leasing::lease::store as lease;
use crate::leasing::lease::store::Scope;
use crate::platform::db;
use crate::platform::db::{DbConn, Id};
use crate::platform::error::{AppError, AppResult};
use crate::platform::http::etag::IfMatch;
use crate::platform::http::respond::ok_tagged;
use crate::platform::http::{Page, Paging, QueryMap, ValidJson};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_tenants)
        .service(create_tenant)
        .service(get_tenant)
        .service(patch_tenant);
}

/// Tenants an operator deals with: those with an application they can see
/// or a lease in their parks.
fn operator_tenants(c: &mut DbConn, user: &CurrentUser) -> AppResult<BTreeSet<Id>> {
    let all = Paging {
        page: 1,
        per_page: i64::MAX / 2,
    };
    let filter = ListFilter {
        status: None,
        tenant_id: None,
    };
    let (apps, _) = application::list(c, &leasing::visibility(user), &filter, all)?;
    let lease_filter = lease::ListFilter {
        park_id: None,
        tenant_id: None,
        status: None,
        ending_by: None,
        ending_from: None,
    };
    let (leases, _) = lease::list(c, &Scope::Parks(user.park_ids.clone()), &lease_filter, all)?;
    Ok(apps
        .iter()
        .map(|a| a.tenant_id)
        .chain(leases.iter().map(|l| l.tenant_id))
        .collect())
}

fn visible(c: &mut DbConn, user: &CurrentUser, id: Id) -> AppResult<Tenant> {
    let t = tenant::find(c, id)?.ok_or_else(|| AppError::not_found("tenant", id))?;
    let ok = match user.role {
        Role::Admin => true,
        Role::Tenant => user.tenant_id == Some(id),
        Role::Operator => operator_tenants(c, user)?.contains(&id),
    };
    if ok {
        Ok(t)
    } else {
        Err(AppError::not_found("tenant", id))
    }
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
    let page = db::read(&state.pool, move |c| {
        let only: Option<Vec<Id>> = match user.role {
            Role::Admin => None,
            Role::Tenant => Some(user.tenant_id.into_iter().collect()),
            Role::Operator => Some(operator_tenants(c, &user)?.into_iter().collect()),
        };
        let (rows, total) = tenant::list(c, only.as_deref(), paging)?;
        Ok(paging.wrap(rows.into_iter().map(TenantOut::from).collect(), total))
    })
    .await?;
    Ok(HttpResponse::Ok().json(page))
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
    if user.role == Role::Tenant {
        return Err(AppError::Forbidden(
            "tenants register through /auth/register".into(),
        ));
    }
    let t = db::write(&state.pool, move |c| {
        let row = body.into_row();
        if let Some(code) = &row.credit_code
            && tenant::credit_code_taken(c, code)?
        {
            return Err(AppError::Conflict(
                "an organisation with this credit code is registered".into(),
            ));
        }
        tenant::insert(c, &row)?;
        audit::created(
            c,
            &user,
            Entity {
                kind: "tenant",
                id: row.id,
                park_id: None,
            },
            &TenantOut::from(row.clone()),
        )?;
        Ok(row)
    })
    .await?;
    Ok(created(
        format!("/api/v1/tenants/{}", t.id),
        t.version,
        &TenantOut::from(t),
    ))
}

#[utoipa::path(tag = "tenants", params(("tenant_id" = Id, Path)), responses((status = 200, body = TenantOut)),
    security(("bearer" = [])))]
#[get("/tenants/{tenant_id}")]
async fn get_tenant(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let t = db::read(&state.pool, move |c| visible(c, &user, id)).await?;
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
    let id = id.into_inner();
    let t = db::write(&state.pool, move |c| {
        let mut row = visible(c, &user, id)?;
        if user.role == Role::Operator {
            return Err(AppError::Forbidden(
                "a tenant's details are changed by the tenant or an admin".into(),
            ));
        }
        if_match.check(row.version)?;
        let before = audit::to_json(&TenantOut::from(row.clone()));
        body.apply(&mut row);
        if let Some(code) = &row.credit_code
            && tenant::credit_code_taken_by_other(c, code, id)?
        {
            return Err(AppError::Conflict(
                "an organisation with this credit code is registered".into(),
            ));
        }
        tenant::save(c, &mut row)?;
        audit::updated(
            c,
            &user,
            Entity {
                kind: "tenant",
                id,
                park_id: None,
            },
            &before,
            &TenantOut::from(row.clone()),
        )?;
        Ok(row)
    })
    .await?;
    Ok(ok_tagged(t.version, &TenantOut::from(t)))
}
