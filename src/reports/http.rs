use std::collections::BTreeMap;

use actix_web::{HttpResponse, get, web};
use chrono::Duration;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::access::{CurrentUser, MaybeUser};
use crate::accounts::tenants::store as tenant;
use crate::domain::Role;
use crate::domain::occupancy::Occupancy;
use crate::inventory::building::store as building;
use crate::inventory::floor::store as floor;
use crate::inventory::park::store as park;
use crate::inventory::unit::store as unit;
use crate::leasing::lease::http::scope;
use crate::leasing::lease::store as lease;
use crate::leasing::lease::store::ListFilter;
use crate::leasing::today;
use crate::platform::db;
use crate::platform::db::Id;
use crate::platform::error::{AppError, AppResult};
use crate::platform::http::{Page, Paging, QueryMap};
use crate::reports::model::{
    BuildingOccupancy, Expiration, FloorOccupancy, Occupant, ParkOccupancy, StackFloor, StackUnit,
    StackingPlan,
};
use crate::reports::store as report_data;
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(park_occupancy)
        .service(lease_expirations)
        .service(stacking_plan);
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
    let report = db::read(&state.pool, move |c| {
        park::get(c, park_id)?;
        user.require_park(park_id)?;
        let units = report_data::units(c, Some(park_id), None)?;
        let mut by_building: BTreeMap<Id, BTreeMap<(i32, Id), Occupancy>> = BTreeMap::new();
        for v in &units {
            by_building
                .entry(v.unit.building_id)
                .or_default()
                .entry((v.floor.level, v.floor.id))
                .or_default()
                .add(v.unit.status, v.unit.area_m2);
        }
        let (all_buildings, _) = building::list_in_park(
            c,
            park_id,
            Paging {
                page: 1,
                per_page: 10_000,
            },
        )?;
        let mut total = Occupancy::default();
        let mut buildings = Vec::new();
        for b in all_buildings {
            let floors_of_b = by_building.remove(&b.id).unwrap_or_default();
            let mut occupancy = Occupancy::default();
            let floors = floors_of_b
                .into_iter()
                .rev()
                .map(|((level, floor_id), o)| {
                    occupancy.merge(&o);
                    FloorOccupancy {
                        floor_id,
                        level,
                        occupancy: o,
                    }
                })
                .collect();
            total.merge(&occupancy);
            buildings.push(BuildingOccupancy {
                building_id: b.id,
                code: b.code,
                name: b.name,
                occupancy,
                floors,
            });
        }
        Ok(ParkOccupancy {
            park_id,
            as_of: today(),
            occupancy: total,
            buildings,
        })
    })
    .await?;
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
    if user.role == Role::Tenant {
        return Err(AppError::Forbidden("reports are for park staff".into()));
    }
    let paging = Paging::from_query(&mut q);
    let within = q.take_in::<i64>("within_days", 1, 3650).unwrap_or(90);
    q.finish()?;
    let scope = scope(&user);
    let page = db::read(&state.pool, move |c| {
        let today = today();
        let filter = ListFilter {
            park_id: None,
            tenant_id: None,
            status: None,
            ending_from: Some(today),
            ending_by: Some(today + Duration::days(within)),
        };
        let (rows, total) = lease::list(c, &scope, &filter, paging)?;
        let mut items = Vec::new();
        for l in rows {
            let unit_ids = lease::unit_ids(c, l.id)?;
            let mut unit_codes = Vec::new();
            let mut area_m2 = 0.0;
            for u in &unit_ids {
                let u = unit::get(c, *u)?;
                unit_codes.push(u.code);
                area_m2 += u.area_m2;
            }
            let tenant_name = tenant::get(c, l.tenant_id)?.name;
            items.push(Expiration {
                lease_id: l.id,
                park_id: l.park_id,
                tenant_id: l.tenant_id,
                tenant_name,
                unit_ids,
                unit_codes,
                area_m2,
                end_date: l.end_date,
                days_left: (l.end_date - today).num_days(),
                rent_fen_m2_day: l.rent_fen_m2_day,
            });
        }
        Ok(paging.wrap(items, total))
    })
    .await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Every floor of a building, top down, with its units and their status:
/// what a frontend draws as a stacking plan. Public; the park's operators
/// and admins also see each unit's tenant and lease end date.
#[utoipa::path(tag = "reports", params(("building_id" = Id, Path)), responses((status = 200, body = StackingPlan)))]
#[get("/buildings/{building_id}/stacking-plan")]
async fn stacking_plan(
    state: web::Data<AppState>,
    user: MaybeUser,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    let building_id = id.into_inner();
    let plan = db::read(&state.pool, move |c| {
        let b = building::get(c, building_id)?;
        let staff = user.0.as_ref().is_some_and(|u| u.manages_park(b.park_id));
        let today = today();
        let units = report_data::units(c, None, Some(building_id))?;
        let ids: Vec<Id> = units.iter().map(|v| v.unit.id).collect();
        let mut occupants = if staff {
            report_data::occupants(c, &ids, today)?
        } else {
            Default::default()
        };
        let (floors, _) = floor::list_in_building(
            c,
            building_id,
            Paging {
                page: 1,
                per_page: 10_000,
            },
        )?;
        let mut by_floor: BTreeMap<Id, Vec<StackUnit>> = BTreeMap::new();
        for v in units {
            let occupant = occupants.remove(&v.unit.id).map(
                |(tenant_id, tenant_name, lease_id, lease_end_date)| Occupant {
                    tenant_id,
                    tenant_name,
                    lease_id,
                    lease_end_date,
                },
            );
            by_floor.entry(v.floor.id).or_default().push(StackUnit {
                unit_id: v.unit.id,
                code: v.unit.code,
                area_m2: v.unit.area_m2,
                status: v.unit.status,
                adjacent_unit_ids: v.adjacent_unit_ids,
                occupant,
            });
        }
        let floors = floors
            .into_iter()
            .map(|f| StackFloor {
                floor_id: f.id,
                level: f.level,
                area_m2: f.area_m2,
                live_load_kn_m2: f.live_load_kn_m2,
                clear_height_mm: f.clear_height_mm,
                units: by_floor.remove(&f.id).unwrap_or_default(),
            })
            .collect();
        Ok(StackingPlan {
            building_id,
            park_id: b.park_id,
            code: b.code,
            as_of: today,
            includes_occupants: staff,
            floors,
        })
    })
    .await?;
    Ok(HttpResponse::Ok().json(plan))
}
