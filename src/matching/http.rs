use actix_web::{HttpResponse, get, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use super::engine::Requirement;
use super::model::{ApplicationBest, MatchesOut, UnitApplications};
use super::{reverse, service};
use crate::access::CurrentUser;
use crate::catalog::read as catalog;
use crate::i18n::Lang;
use crate::leasing::application::model::CreateApplication;
use crate::platform::db::{self, Id};
use crate::platform::error::AppResult;
use crate::platform::http::{Page, Paging, QueryMap, ValidJson};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(application_matches)
        .service(match_requirement)
        .service(unit_applications)
        .service(park_applications);
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
    lang: Lang,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let limit = limit(&mut q);
    q.finish()?;
    let cache = state.catalog.clone();
    let out = db::read(&state.pool, move |c| {
        service::for_application(c, &cache, &user, id, limit, lang)
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
    lang: Lang,
    ValidJson(body): ValidJson<CreateApplication>,
) -> AppResult<HttpResponse> {
    let limit = limit(&mut q);
    q.finish()?;
    let req = Requirement::from(&body);
    let out = catalog::read(&state.pool, &state.catalog, move |s| {
        service::on_snapshot(s, &req, limit, lang)
    })
    .await?;
    Ok(HttpResponse::Ok().json(out))
}

/// The open applications (submitted or under review) this unit suits,
/// alone or combined with connected neighbours: for each application its
/// best candidate holding the unit, with the same checks as the
/// application's matches. The park's operators and admins; applications as
/// the caller may see them.
#[utoipa::path(tag = "matching", params(("unit_id" = Id, Path), ("limit" = Option<usize>, Query, description = "1–50, default 10; applies to matches and to near misses")),
    responses((status = 200, body = UnitApplications)), security(("bearer" = [])))]
#[get("/units/{unit_id}/matching-applications")]
async fn unit_applications(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    mut q: QueryMap,
    lang: Lang,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let limit = limit(&mut q);
    q.finish()?;
    let (catalog, demand) = (state.catalog.clone(), state.demand.clone());
    let out = db::read(&state.pool, move |c| {
        reverse::for_unit(c, (&catalog, &demand), &user, id, limit, lang)
    })
    .await?;
    Ok(HttpResponse::Ok().json(out))
}

/// The open applications the caller sees, newest first (as
/// `GET /applications` lists them), each with its best candidate in this
/// park: a match if it has one, else its best near miss, else `null`. The
/// park's operators and admins.
#[utoipa::path(tag = "matching", params(("park_id" = Id, Path), ("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<ApplicationBest>)), security(("bearer" = [])))]
#[get("/parks/{park_id}/matching-applications")]
async fn park_applications(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    mut q: QueryMap,
    lang: Lang,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let paging = Paging::from_query(&mut q);
    q.finish()?;
    let (catalog, demand) = (state.catalog.clone(), state.demand.clone());
    let (items, total) = db::read(&state.pool, move |c| {
        reverse::for_park(c, (&catalog, &demand), &user, id, paging.window(), lang)
    })
    .await?;
    Ok(HttpResponse::Ok().json(paging.wrap(items, total)))
}
