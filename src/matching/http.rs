use actix_web::{HttpResponse, get, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use super::engine::Requirement;
use super::model::MatchesOut;
use super::service;
use crate::access::CurrentUser;
use crate::catalog::read as catalog;
use crate::leasing::application::model::CreateApplication;
use crate::platform::db::{self, Id};
use crate::platform::error::AppResult;
use crate::platform::http::{QueryMap, ValidJson};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(application_matches).service(match_requirement);
}

fn limit(q: &mut QueryMap) -> usize {
    q.take_in::<usize>("limit", 1, 50).unwrap_or(10)
}

/// Space for an application: matches and near misses, each with one check per criterion.
#[utoipa::path(tag = "matching", params(("application_id" = Id, Path), ("limit" = Option<usize>, Query, description = "1–50, default 10; applies to matches and to near misses")),
    responses((status = 200, body = MatchesOut)), security(("bearer" = [])))]
#[get("/applications/{application_id}/matches")]
async fn application_matches(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    mut q: QueryMap,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let limit = limit(&mut q);
    q.finish()?;
    let cache = state.catalog.clone();
    let out = db::read(&state.pool, move |c| {
        service::for_application(c, &cache, &user, id, limit)
    })
    .await?;
    Ok(HttpResponse::Ok().json(out))
}

/// Matches a requirement without storing anything. Public. The body has the
/// fields of an application (the contract's "same fields"); `tenant_id` and
/// `notes` are accepted and have no effect on the answer.
#[utoipa::path(tag = "matching", params(("limit" = Option<usize>, Query, description = "1–50, default 10")),
    request_body = CreateApplication, responses((status = 200, body = MatchesOut)))]
#[post("/match")]
async fn match_requirement(
    state: web::Data<AppState>,
    mut q: QueryMap,
    ValidJson(body): ValidJson<CreateApplication>,
) -> AppResult<HttpResponse> {
    let limit = limit(&mut q);
    q.finish()?;
    let req = Requirement::from(&body);
    let out = catalog::read(&state.pool, &state.catalog, move |s| {
        service::on_snapshot(s, &req, limit)
    })
    .await?;
    Ok(HttpResponse::Ok().json(out))
}
