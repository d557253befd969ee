use actix_web::http::header::{self, Accept, Header};
use actix_web::{HttpRequest, HttpResponse, HttpResponseBuilder, get, web};
use utoipa_actix_web::service_config::ServiceConfig;

use super::model::{DemandGaps, Expiration, ParkOccupancy, StackingPlan};
use super::stacking_picture::{self as picture, Labels};
use super::{demand_gaps as gaps, expirations, occupancy, stacking_plan as plan};
use crate::access::{CurrentUser, MaybeUser};
use crate::i18n::Lang;
use crate::platform::db::{self, Id};
use crate::platform::error::AppResult;
use crate::platform::http::{Page, Paging, QueryMap};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(park_occupancy)
        .service(lease_expirations)
        .service(stacking_plan)
        .service(stacking_plan_svg)
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

const SVG: &str = "image/svg+xml; charset=utf-8";
/// The picture is served from the API's origin and carries user input: it
/// is escaped, and should that ever fail, a browser that opens it still
/// runs or loads nothing.
const SVG_CSP: &str = "default-src 'none'";

/// Every floor of a building, top down, with its units and their status:
/// what a frontend draws as a stacking plan. Public; the park's operators
/// and admins also see each unit's tenant and lease end date. JSON unless
/// `Accept` prefers `image/svg+xml`, which answers the picture of
/// `stacking-plan.svg`.
#[utoipa::path(tag = "reports", params(("building_id" = Id, Path)),
    responses((status = 200, description = "The plan as JSON, or as the SVG picture when `Accept` prefers `image/svg+xml`",
        content((StackingPlan = "application/json"), (String = "image/svg+xml")),
        headers(("Vary" = String, description = "`Accept`: the answer depends on it"),
            ("Content-Security-Policy" = String, description = "On the picture: `default-src 'none'`")))),
    security((), ("bearer" = [])))]
#[get("/buildings/{building_id}/stacking-plan")]
async fn stacking_plan(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    id: web::Path<Id>,
    lang: Lang,
) -> AppResult<HttpResponse> {
    let building_id = id.into_inner();
    let vary = (header::VARY, "Accept");
    if prefers_svg(&req) {
        let svg = picture_of(&state, user, building_id, lang).await?;
        return Ok(svg_answer(HttpResponse::Ok().insert_header(vary), svg));
    }
    let plan = db::read(&state.pool, move |c| {
        plan::of_building(c, user.0.as_ref(), building_id)
    })
    .await?;
    Ok(HttpResponse::Ok().insert_header(vary).json(plan))
}

/// The stacking plan as a picture (楼盘表): floors top down with their live
/// load and clear height, units as boxes as wide as their area and coloured
/// by status, the freight lifts' reach beside them, and a legend. Same
/// visibility as the JSON: the park's operators and admins also see tenant
/// names and a mark on leases ending within 180 days.
#[utoipa::path(tag = "reports", params(("building_id" = Id, Path)),
    responses((status = 200, description = "The picture, an SVG document", content_type = "image/svg+xml", body = String,
        headers(("Content-Security-Policy" = String, description = "`default-src 'none'`: the picture runs and loads nothing")))),
    security((), ("bearer" = [])))]
#[get("/buildings/{building_id}/stacking-plan.svg")]
async fn stacking_plan_svg(
    state: web::Data<AppState>,
    user: MaybeUser,
    id: web::Path<Id>,
    lang: Lang,
) -> AppResult<HttpResponse> {
    let svg = picture_of(&state, user, id.into_inner(), lang).await?;
    Ok(svg_answer(&mut HttpResponse::Ok(), svg))
}

fn svg_answer(answer: &mut HttpResponseBuilder, svg: String) -> HttpResponse {
    answer
        .content_type(SVG)
        .insert_header((header::CONTENT_SECURITY_POLICY, SVG_CSP))
        .body(svg)
}

/// The picture's words are in the request's language (`?lang=`,
/// `Accept-Language`): an `<img>` sends the browser's `Accept-Language`.
async fn picture_of(
    state: &AppState,
    user: MaybeUser,
    building_id: Id,
    lang: Lang,
) -> AppResult<String> {
    let data = db::read(&state.pool, move |c| {
        plan::picture_of_building(c, user.0.as_ref(), building_id)
    })
    .await?;
    Ok(picture::render(&data, &Labels::new(lang)))
}

/// Whether `Accept` ranks `image/svg+xml` above `application/json`. JSON
/// stays the default: no header, `*/*`, a tie or a header that does not
/// parse all answer JSON; a browser's `<img>` (`image/svg+xml, */*;q=0.8`)
/// gets the picture.
fn prefers_svg(req: &HttpRequest) -> bool {
    let Ok(accept) = Accept::parse(req) else {
        return false;
    };
    // The quality of the most specific range that covers the type.
    let quality = |kind: &str, subtype: &str| {
        accept
            .iter()
            .filter_map(|q| {
                let (t, s) = (q.item.type_().as_str(), q.item.subtype().as_str());
                let s = match q.item.suffix() {
                    Some(suffix) if s != "*" => format!("{s}+{}", suffix.as_str()),
                    _ => s.to_string(),
                };
                let specificity = match (t, s.as_str()) {
                    (t, s) if t == kind && s == subtype => 3,
                    (t, "*") if t == kind => 2,
                    ("*", "*") => 1,
                    _ => return None,
                };
                Some((specificity, q.quality))
            })
            .max_by_key(|(specificity, _)| *specificity)
            .map(|(_, quality)| quality)
    };
    let svg = quality("image", "svg+xml");
    let json = quality("application", "json");
    match (svg, json) {
        (Some(svg), Some(json)) => svg > json,
        (Some(svg), None) => svg > header::Quality::ZERO,
        _ => false,
    }
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
