use std::collections::BTreeMap;

use actix_web::{HttpResponse, get, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::access::CurrentUser;
use crate::domain::Role;
use crate::leasing::application::model::CreateApplication;
use crate::leasing::application::store as application;
use crate::leasing::{self, today};
use crate::matching::engine as matching;
use crate::matching::engine::Criterion;
use crate::matching::model::{DemandGap, DemandGaps, MatchesOut, requirement};
use crate::platform::db;
use crate::platform::db::Id;
use crate::platform::error::{AppError, AppResult};
use crate::platform::http::{QueryMap, ValidJson};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(application_matches)
        .service(match_requirement)
        .service(demand_gaps);
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
    let cache = state.matching.clone();
    let out = db::read(&state.pool, move |c| {
        let a = leasing::visible_application(c, &user, id)?;
        let snapshot = cache.get(c, today())?;
        let result = matching::find(&requirement(&a), snapshot.index(), limit);
        Ok(MatchesOut::new(result, &snapshot.views))
    })
    .await?;
    Ok(HttpResponse::Ok().json(out))
}

/// Matches a requirement without storing anything. Public. The body has the
/// fields of an application; `tenant_id` and `notes` are ignored.
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
    let a = body.into_row(Id::new(), Id::new());
    let cache = state.matching.clone();
    let out = db::read(&state.pool, move |c| {
        let snapshot = cache.get(c, today())?;
        let result = matching::find(&requirement(&a), snapshot.index(), limit);
        Ok(MatchesOut::new(result, &snapshot.views))
    })
    .await?;
    Ok(HttpResponse::Ok().json(out))
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
    if user.role == Role::Tenant {
        return Err(AppError::Forbidden("reports are for park staff".into()));
    }
    q.finish()?;
    let cache = state.matching.clone();
    let out = db::read(&state.pool, move |c| {
        let who = leasing::visibility(&user);
        let offer_parks = crate::leasing::offer::store::parks_by_application(c)?;
        let open: Vec<_> = application::open(c)?
            .into_iter()
            .filter(|a| who.allows(a, offer_parks.get(&a.id).map(Vec::as_slice).unwrap_or(&[])))
            .collect();
        let snapshot = cache.get(c, today())?;
        let index = snapshot.index();
        let mut groups: BTreeMap<Option<Criterion>, DemandGap> = BTreeMap::new();
        let mut unmatched = 0;
        for a in &open {
            let result = matching::find(&requirement(a), index, 1);
            if !result.matches.is_empty() {
                continue;
            }
            unmatched += 1;
            let blocking = result
                .near_misses
                .first()
                .and_then(|c| c.checks.iter().find(|k| !k.passed))
                .map(|k| k.criterion);
            let g = groups.entry(blocking).or_insert_with(|| DemandGap {
                criterion: blocking,
                applications: 0,
                area_demanded_m2: 0.0,
                application_ids: Vec::new(),
            });
            g.applications += 1;
            g.area_demanded_m2 += a.min_area_m2;
            g.application_ids.push(a.id);
        }
        let mut gaps: Vec<DemandGap> = groups.into_values().collect();
        gaps.sort_by(|x, y| {
            y.applications
                .cmp(&x.applications)
                .then(y.area_demanded_m2.total_cmp(&x.area_demanded_m2))
        });
        Ok(DemandGaps {
            open_applications: open.len() as i64,
            unmatched_applications: unmatched,
            gaps,
        })
    })
    .await?;
    Ok(HttpResponse::Ok().json(out))
}
