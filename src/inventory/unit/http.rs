use actix_web::{HttpResponse, delete, get, patch, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::platform::http::respond::created;

use crate::access::CurrentUser;
use crate::audit::{self, Entity};
use crate::domain::FieldError;
use crate::domain::{FitOut, UnitStatus, rules};
use crate::inventory::building::store as building;
use crate::inventory::floor::store as floor;
use crate::inventory::floor::store::Floor;
use crate::inventory::unit::model::{CreateUnit, PatchUnit, UnitOut};
use crate::inventory::unit::store as unit;
use crate::inventory::unit::store::search::{UnitFilter, UnitSort};
use crate::inventory::unit::store::{Unit, UnitView, adjacency, search as unit_search};
use crate::platform::db;
use crate::platform::db::{DbConn, Id};
use crate::platform::error::{AppError, AppResult};
use crate::platform::http::etag::IfMatch;
use crate::platform::http::respond::ok_tagged;
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

/// Every rule a unit's new state must meet before it is written.
fn check(
    c: &mut DbConn,
    u: &Unit,
    f: &Floor,
    neighbours: Option<&[Id]>,
    existing: bool,
) -> AppResult<()> {
    let (_, others_area, _) = floor::units_summary(c, f.id, existing.then_some(u.id))?;
    let limits = rules::FloorLimits {
        floor_height_mm: f.floor_height_mm,
        area_m2: f.area_m2,
        other_units_area_m2: others_area,
    };
    let mut problems = rules::check_unit(u.area_m2, u.clear_height_mm, limits);
    if let Some(ids) = neighbours {
        problems.extend(check_neighbours(c, u, ids)?);
    }
    if !problems.is_empty() {
        return Err(AppError::Validation(problems));
    }
    if unit::code_taken(c, u.building_id, &u.code, existing.then_some(u.id))? {
        return Err(AppError::Conflict(format!(
            "the building already has a unit with code {:?}",
            u.code
        )));
    }
    Ok(())
}

fn check_neighbours(c: &mut DbConn, u: &Unit, ids: &[Id]) -> AppResult<Vec<FieldError>> {
    let floors = unit::floors_of(c, ids)?;
    let mut problems = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let field = format!("adjacent_unit_ids[{i}]");
        if *id == u.id {
            problems.push(FieldError::new(
                field,
                "self",
                "a unit cannot be adjacent to itself",
            ));
        } else if ids[..i].contains(id) {
            problems.push(FieldError::new(field, "duplicate", "listed twice"));
        } else {
            match floors.get(id) {
                None => problems.push(FieldError::new(
                    field,
                    "unknown_unit",
                    format!("no unit with id {id}"),
                )),
                Some(f) if *f != u.floor_id => problems.push(FieldError::new(
                    field,
                    "not_same_floor",
                    "adjacent units must be on the same floor",
                )),
                Some(_) => {}
            }
        }
    }
    Ok(problems)
}

fn entity(v: &UnitView) -> Entity<'static> {
    Entity {
        kind: "unit",
        id: v.unit.id,
        park_id: Some(v.park_id),
    }
}

fn view(c: &mut DbConn, id: Id) -> AppResult<UnitView> {
    unit::view(c, id)?.ok_or_else(|| AppError::not_found("unit", id))
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
        park_id: q.take("park_id", "a UUID"),
        building_id: q.take("building_id", "a UUID"),
        floor_id: q.take("floor_id", "a UUID"),
        status: q.take("status", "one of available, reserved, leased, unavailable"),
        fit_out: q.take("fit_out", "one of bare_shell, standard, cleanroom"),
        min_area_m2: q.take_in("min_area_m2", 0.0, 1e9),
        max_area_m2: q.take_in("max_area_m2", 0.0, 1e9),
        min_live_load_kn_m2: q.take_in("min_live_load_kn_m2", 0.0, 1e4),
        min_clear_height_mm: q.take_in("min_clear_height_mm", 0, 100_000),
        min_lift_load_kg: q.take_in("min_lift_load_kg", 0, 1_000_000),
        max_rent_fen_m2_day: q.take_in("max_rent_fen_m2_day", 0, 1_000_000_000),
    };
    let sort_names = UnitSort::ALL
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let sort = q
        .take::<UnitSort>("sort", &format!("one of {sort_names}"))
        .unwrap_or(UnitSort::CodeAsc);
    if let (Some(min), Some(max)) = (filter.min_area_m2, filter.max_area_m2)
        && min > max
    {
        q.error("max_area_m2", "order", "must not be below min_area_m2");
    }
    q.finish()?;
    let (rows, total) = db::read(&state.pool, move |c| {
        unit_search::search(c, &filter, sort, paging)
    })
    .await?;
    Ok(HttpResponse::Ok().json(paging.wrap(rows.into_iter().map(UnitOut::from).collect(), total)))
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
    let (rows, total) = db::read(&state.pool, move |c| {
        floor::get(c, id)?;
        unit::list_on_floor(c, id, paging)
    })
    .await?;
    Ok(HttpResponse::Ok().json(paging.wrap(rows.into_iter().map(UnitOut::from).collect(), total)))
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
    let out = db::write(&state.pool, move |c| {
        let f = floor::get(c, floor_id)?;
        let b = building::get(c, f.building_id)?;
        user.require_park(b.park_id)?;
        if !body.status.settable_by_hand() {
            return Err(AppError::field(
                "status",
                "not_settable",
                "only available or unavailable may be set by hand",
            ));
        }
        let (row, neighbours) = body.into_row(&f);
        check(c, &row, &f, Some(&neighbours), false)?;
        unit::insert(c, &row)?;
        adjacency::replace(c, row.id, &neighbours)?;
        let v = view(c, row.id)?;
        audit::created(c, &user, entity(&v), &UnitOut::from(v.clone()))?;
        Ok(v)
    })
    .await?;
    let id = out.unit.id;
    let version = out.unit.version;
    Ok(created(
        format!("/api/v1/units/{id}"),
        version,
        &UnitOut::from(out),
    ))
}

/// One unit, with its effective load, height and power. Public.
#[utoipa::path(tag = "units", params(("unit_id" = Id, Path)), responses((status = 200, body = UnitOut)))]
#[get("/units/{unit_id}")]
async fn get_unit(state: web::Data<AppState>, id: web::Path<Id>) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let v = db::read(&state.pool, move |c| view(c, id)).await?;
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
    let id = id.into_inner();
    let out = db::write(&state.pool, move |c| {
        let mut row = unit::get(c, id)?;
        let f = floor::get(c, row.floor_id)?;
        let b = building::get(c, f.building_id)?;
        user.require_park(b.park_id)?;
        if_match.check(row.version)?;
        if let Some(new) = body.status
            && new != row.status
        {
            if !new.settable_by_hand() {
                return Err(AppError::field(
                    "status",
                    "not_settable",
                    "only available or unavailable may be set by hand",
                ));
            }
            if !row.status.settable_by_hand() {
                return Err(AppError::Conflict(format!(
                    "the unit is {}; its status follows its offers and leases",
                    row.status
                )));
            }
        }
        let before = audit::to_json(&UnitOut::from(view(c, id)?));
        let neighbours = body.apply(&mut row);
        check(c, &row, &f, neighbours.as_deref(), true)?;
        unit::save(c, &mut row)?;
        if let Some(n) = neighbours {
            adjacency::replace(c, id, &n)?;
        }
        let v = view(c, id)?;
        audit::updated(c, &user, entity(&v), &before, &UnitOut::from(v.clone()))?;
        Ok(v)
    })
    .await?;
    let version = out.unit.version;
    Ok(ok_tagged(version, &UnitOut::from(out)))
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
    let id = id.into_inner();
    db::write(&state.pool, move |c| {
        let row = unit::get(c, id)?;
        let b = building::get(c, row.building_id)?;
        user.require_park(b.park_id)?;
        if_match.check(row.version)?;
        let deals = unit::deal_count(c, id)?;
        if deals > 0 {
            return Err(AppError::Conflict(format!(
                "{deals} offer(s) or lease(s) name this unit; mark it unavailable instead"
            )));
        }
        let v = view(c, id)?;
        audit::deleted(c, &user, entity(&v), &UnitOut::from(v.clone()))?;
        unit::delete(c, id)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
