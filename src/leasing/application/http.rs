use actix_web::{HttpResponse, get, patch, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use super::model::{ApplicationOut, CreateApplication, PatchApplication};
use super::service;
use super::store::ListFilter;
use crate::access::CurrentUser;
use crate::domain::{ApplicationAction, ApplicationStatus};
use crate::platform::db::{self, Id};
use crate::platform::error::AppResult;
use crate::platform::http::etag::IfMatch;
use crate::platform::http::respond::{created, ok_tagged, page};
use crate::platform::http::{Page, Paging, QueryMap, ValidJson};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_applications)
        .service(create_application)
        .service(get_application)
        .service(patch_application)
        .service(submit_application)
        .service(review_application)
        .service(reject_application)
        .service(withdraw_application);
}

/// Applications the caller may see: tenants their own; operators those that
/// prefer their parks, name no park, or have an offer there (never drafts).
#[utoipa::path(tag = "applications", params(("status" = Option<ApplicationStatus>, Query), ("tenant_id" = Option<Id>, Query),
    ("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<ApplicationOut>)), security(("bearer" = [])))]
#[get("/applications")]
async fn list_applications(
    state: web::Data<AppState>,
    user: CurrentUser,
    mut q: QueryMap,
) -> AppResult<HttpResponse> {
    let paging = Paging::from_query(&mut q);
    let filter = ListFilter {
        status: q.take(
            "status",
            crate::text!("problem-expected-application-status"),
        ),
        tenant_id: q.take("tenant_id", crate::platform::validation::expected_uuid()),
    };
    q.finish()?;
    let rows = db::read(&state.pool, move |c| {
        service::list(c, &user, &filter, paging.window())
    })
    .await?;
    Ok(page::<_, ApplicationOut>(paging, rows))
}

/// Creates a draft. Tenants apply for their own organisation; staff name a `tenant_id`.
#[utoipa::path(tag = "applications", request_body = CreateApplication, responses((status = 201, body = ApplicationOut)),
    security(("bearer" = [])))]
#[post("/applications")]
async fn create_application(
    state: web::Data<AppState>,
    user: CurrentUser,
    ValidJson(body): ValidJson<CreateApplication>,
) -> AppResult<HttpResponse> {
    let a = db::write(&state.pool, move |c| service::create(c, &user, body)).await?;
    Ok(created(
        format!("/api/v1/applications/{}", a.id),
        a.version,
        &ApplicationOut::from(a),
    ))
}

/// One application the caller may see (its tenant, the staff of a park it concerns).
#[utoipa::path(tag = "applications", params(("application_id" = Id, Path)), responses((status = 200, body = ApplicationOut)),
    security(("bearer" = [])))]
#[get("/applications/{application_id}")]
async fn get_application(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let a = db::read(&state.pool, move |c| service::visible(c, &user, id)).await?;
    Ok(ok_tagged(a.version, &ApplicationOut::from(a)))
}

/// Edits a draft (409 `invalid_transition` once submitted).
#[utoipa::path(tag = "applications", params(("application_id" = Id, Path), ("If-Match" = Option<String>, Header)),
    request_body = PatchApplication, responses((status = 200, body = ApplicationOut)), security(("bearer" = [])))]
#[patch("/applications/{application_id}")]
async fn patch_application(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    if_match: IfMatch,
    ValidJson(body): ValidJson<PatchApplication>,
) -> AppResult<HttpResponse> {
    let (id, expected) = (id.into_inner(), if_match.expected());
    let a = db::write(&state.pool, move |c| {
        service::update(c, &user, id, &expected, body)
    })
    .await?;
    Ok(ok_tagged(a.version, &ApplicationOut::from(a)))
}

async fn act(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: Id,
    action: ApplicationAction,
) -> AppResult<HttpResponse> {
    let a = db::write(&state.pool, move |c| service::act(c, &user, id, action)).await?;
    Ok(ok_tagged(a.version, &ApplicationOut::from(a)))
}

/// draft → submitted.
#[utoipa::path(tag = "applications", params(("application_id" = Id, Path)), responses((status = 200, body = ApplicationOut)),
    security(("bearer" = [])))]
#[post("/applications/{application_id}/submit")]
async fn submit_application(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    act(state, user, id.into_inner(), ApplicationAction::Submit).await
}

/// submitted → under_review (operators).
#[utoipa::path(tag = "applications", params(("application_id" = Id, Path)), responses((status = 200, body = ApplicationOut)),
    security(("bearer" = [])))]
#[post("/applications/{application_id}/review")]
async fn review_application(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    act(state, user, id.into_inner(), ApplicationAction::Review).await
}

/// submitted or under_review → rejected (staff).
///
/// Rejecting closes the application for every park: an operator may reject it only when all the parks it
/// names are the operator's own (or the operator filed it); one naming no
/// park only an admin rejects. Otherwise 403.
#[utoipa::path(tag = "applications", params(("application_id" = Id, Path)), responses((status = 200, body = ApplicationOut)),
    security(("bearer" = [])))]
#[post("/applications/{application_id}/reject")]
async fn reject_application(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    act(state, user, id.into_inner(), ApplicationAction::Reject).await
}

/// Any state before leased → withdrawn (the tenant); open offers are withdrawn with it.
#[utoipa::path(tag = "applications", params(("application_id" = Id, Path)), responses((status = 200, body = ApplicationOut)),
    security(("bearer" = [])))]
#[post("/applications/{application_id}/withdraw")]
async fn withdraw_application(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    act(state, user, id.into_inner(), ApplicationAction::Withdraw).await
}
