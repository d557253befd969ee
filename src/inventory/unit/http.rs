use actix_web::{HttpResponse, delete, get, patch, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use super::model::{CreateUnit, PatchUnit, UnitOut};
use super::service;
use super::store::search::UnitFilter;
use crate::access::CurrentUser;
use crate::catalog::read as catalog;
use crate::domain::limits as L;
use crate::domain::{FitOut, UnitSort, UnitStatus};
use crate::platform::db::{self, Id};
use crate::platform::error::AppResult;
use crate::platform::http::etag::IfMatch;
use crate::platform::http::respond::{created, no_content, ok_tagged, page};
use crate::platform::http::{Page, Paging, QueryMap, ValidJson};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(search_units)
        .service(list_units)
        .service(create_unit)
        .service(get_unit)
        .service(patch_unit)
        .service(delete_unit);
}

/// Searches units across parks by effective values. Public.
#[utoipa::path(tag = "units", params(
        ("park_id" = Option<Id>, Query), ("building_id" = Option<Id>, Query), ("floor_id" = Option<Id>, Query),
        ("status" = Option<UnitStatus>, Query), ("fit_out" = Option<FitOut>, Query),
        ("min_area_m2" = Option<f64>, Query), ("max_area_m2" = Option<f64>, Query),
        ("min_live_load_kn_m2" = Option<f64>, Query), ("min_clear_height_mm" = Option<i32>, Query),
        ("min_lift_load_kg" = Option<i32>, Query, description = "some freight lift serving the unit's level rates at least this, or the unit is on level 1"),
        ("max_rent_fen_m2_day" = Option<i64>, Query),
        ("sort" = Option<UnitSort>, Query, description = "default `code`; `-` prefix for descending"),
        ("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<UnitOut>)))]
#[get("/units")]
async fn search_units(state: web::Data<AppState>, mut q: QueryMap) -> AppResult<HttpResponse> {
    let paging = Paging::from_query(&mut q);
    let filter = UnitFilter {
        park_id: q.take("park_id", crate::platform::validation::expected_uuid()),
        building_id: q.take("building_id", crate::platform::validation::expected_uuid()),
        floor_id: q.take("floor_id", crate::platform::validation::expected_uuid()),
        status: q.take(
            "status",
            crate::platform::validation::one_of(crate::domain::UnitStatus::ALL),
        ),
        fit_out: q.take(
            "fit_out",
            crate::platform::validation::one_of(crate::domain::FitOut::ALL),
        ),
        min_area_m2: q.take_in("min_area_m2", 0.0, L::AREA_M2_MAX),
        max_area_m2: q.take_in("max_area_m2", 0.0, L::AREA_M2_MAX),
        min_live_load_kn_m2: q.take_in("min_live_load_kn_m2", 0.0, L::LIVE_LOAD_KN_M2_MAX),
        min_clear_height_mm: q.take_in("min_clear_height_mm", 0, L::STOREY_HEIGHT_MM_MAX),
        min_lift_load_kg: q.take_in("min_lift_load_kg", 0, L::LIFT_RATED_LOAD_KG_MAX),
        max_rent_fen_m2_day: q.take_in("max_rent_fen_m2_day", 0, L::RENT_FEN_M2_DAY_MAX),
    };
    let sort_names = UnitSort::ALL
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let sort = q
        .take::<UnitSort>(
            "sort",
            crate::text!("validation-one-of", choices = sort_names),
        )
        .unwrap_or(UnitSort::CodeAsc);
    if let (Some(min), Some(max)) = (filter.min_area_m2, filter.max_area_m2)
        && min > max
    {
        q.error(
            "max_area_m2",
            "order",
            crate::text!("problem-max-area-below-min-area"),
        );
    }
    q.finish()?;
    let window = paging.window();
    let rows = catalog::read(&state.pool, &state.catalog, move |s| {
        s.search_units(&filter, sort, window)
    })
    .await?;
    Ok(page::<_, UnitOut>(paging, rows))
}

/// Units on a floor, by code. Public.
#[utoipa::path(tag = "units", params(("floor_id" = Id, Path), ("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<UnitOut>)))]
#[get("/floors/{floor_id}/units")]
async fn list_units(
    state: web::Data<AppState>,
    id: web::Path<Id>,
    mut q: QueryMap,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let paging = Paging::from_query(&mut q);
    q.finish()?;
    let rows = db::read(&state.pool, move |c| service::list(c, id, paging.window())).await?;
    Ok(page::<_, UnitOut>(paging, rows))
}

/// Adds a unit to a floor. The floor's units may not cover more than the floor.
#[utoipa::path(tag = "units", params(("floor_id" = Id, Path)), request_body = CreateUnit,
    responses((status = 201, body = UnitOut)), security(("bearer" = [])))]
#[post("/floors/{floor_id}/units")]
async fn create_unit(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    ValidJson(body): ValidJson<CreateUnit>,
) -> AppResult<HttpResponse> {
    let floor_id = id.into_inner();
    let v = db::write(&state.pool, move |c| {
        service::create(c, &user, floor_id, body)
    })
    .await?;
    Ok(created(
        format!("/api/v1/units/{}", v.unit.id),
        v.unit.version,
        &UnitOut::from(v),
    ))
}

/// One unit, with its effective load, height and power. Public.
#[utoipa::path(tag = "units", params(("unit_id" = Id, Path)), responses((status = 200, body = UnitOut)))]
#[get("/units/{unit_id}")]
async fn get_unit(state: web::Data<AppState>, id: web::Path<Id>) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    // A unit the catalog does not hold yet (made through another instance
    // within its bound) is read from the database.
    let held = catalog::read(&state.pool, &state.catalog, move |s| s.view(id).cloned()).await?;
    let v = match held {
        Some(v) => v,
        None => db::read(&state.pool, move |c| service::view(c, id)).await?,
    };
    Ok(ok_tagged(v.unit.version, &UnitOut::from(v)))
}

/// Changes a unit. `adjacent_unit_ids` replaces the neighbour set, kept symmetric.
#[utoipa::path(tag = "units", params(("unit_id" = Id, Path), ("If-Match" = Option<String>, Header)),
    request_body = PatchUnit, responses((status = 200, body = UnitOut)), security(("bearer" = [])))]
#[patch("/units/{unit_id}")]
async fn patch_unit(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    if_match: IfMatch,
    ValidJson(body): ValidJson<PatchUnit>,
) -> AppResult<HttpResponse> {
    let (id, expected) = (id.into_inner(), if_match.expected());
    let v = db::write(&state.pool, move |c| {
        service::update(c, &user, id, &expected, body)
    })
    .await?;
    Ok(ok_tagged(v.unit.version, &UnitOut::from(v)))
}

/// Deletes a unit (its adjacencies go with it).
#[utoipa::path(tag = "units", params(("unit_id" = Id, Path), ("If-Match" = Option<String>, Header)),
    responses((status = 204)), security(("bearer" = [])))]
#[delete("/units/{unit_id}")]
async fn delete_unit(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    if_match: IfMatch,
) -> AppResult<HttpResponse> {
    let (id, expected) = (id.into_inner(), if_match.expected());
    db::write(&state.pool, move |c| {
        service::delete(c, &user, id, &expected)
    })
    .await?;
    Ok(no_content())
}
