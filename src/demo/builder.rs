//! Small constructors that keep the demo data readable.

use crate::accounts::tenants::store::Tenant;
use crate::domain::{
    BuildingKind, BuildingStatus, FireHazardClass, FitOut, UnitStatus, credit_code,
};
use crate::inventory::building::store::Building;
use crate::inventory::floor::store::Floor;
use crate::inventory::lift::store::FreightLift;
use crate::inventory::unit::store::{Unit, adjacency};
use crate::platform::db::Versioned;
use crate::platform::db::{DbConn, Id, now};
use crate::platform::error::AppResult;

pub struct BuildingSpec<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub kind: BuildingKind,
    pub above: i32,
    pub below: i32,
    pub status: BuildingStatus,
    pub completion: Option<&'a str>,
    pub hazard: FireHazardClass,
}

pub fn building(c: &mut DbConn, park_id: Id, s: BuildingSpec) -> AppResult<Id> {
    let t = now();
    let row = Building {
        id: Id::new(),
        park_id,
        code: s.code.into(),
        name: Some(s.name.into()),
        kind: s.kind,
        floors_above_ground: s.above,
        floors_below_ground: s.below,
        status: s.status,
        completion_date: s.completion.and_then(|d| d.parse().ok()),
        max_fire_hazard_class: s.hazard,
        version: 1,
        created_at: t,
        updated_at: t,
    };
    row.insert(c)?;
    Ok(row.id)
}

/// A lift: (code, rated kg, car w×d×h mm, door w×h mm, lowest..highest level).
pub fn lift(
    c: &mut DbConn,
    building_id: Id,
    code: &str,
    kg: i32,
    car: [i32; 3],
    door: [i32; 2],
    levels: (i32, i32),
) -> AppResult<()> {
    let t = now();
    FreightLift {
        id: Id::new(),
        building_id,
        code: code.into(),
        rated_load_kg: kg,
        car_width_mm: car[0],
        car_depth_mm: car[1],
        car_height_mm: car[2],
        door_width_mm: door[0],
        door_height_mm: door[1],
        lowest_level: levels.0,
        highest_level: levels.1,
        version: 1,
        created_at: t,
        updated_at: t,
    }
    .insert(c)?;
    Ok(())
}

/// A floor's engineering: floor-to-floor and clear height (mm), live load (kN/m²), power (kVA).
#[derive(Clone, Copy)]
pub struct Storey {
    pub floor_height_mm: i32,
    pub clear_height_mm: i32,
    pub live_load_kn_m2: f64,
    pub power_kva: Option<f64>,
    pub utility_shaft: bool,
}

pub fn floor(
    c: &mut DbConn,
    building_id: Id,
    level: i32,
    area_m2: f64,
    s: Storey,
) -> AppResult<Floor> {
    let t = now();
    let row = Floor {
        id: Id::new(),
        building_id,
        level,
        floor_height_mm: s.floor_height_mm,
        clear_height_mm: s.clear_height_mm,
        live_load_kn_m2: s.live_load_kn_m2,
        area_m2,
        column_grid_x_mm: Some(9000),
        column_grid_y_mm: Some(9000),
        power_kva: s.power_kva,
        has_utility_shaft: s.utility_shaft,
        version: 1,
        created_at: t,
        updated_at: t,
    };
    row.insert(c)?;
    Ok(row)
}

/// Units side by side along a floor: each shares a wall with the next.
pub fn units_in_a_row(
    c: &mut DbConn,
    f: &Floor,
    codes_areas: &[(String, f64)],
    rent_fen_m2_day: i64,
    fit_out: FitOut,
) -> AppResult<Vec<Id>> {
    let mut ids = Vec::new();
    for (code, area) in codes_areas {
        let t = now();
        let row = Unit {
            id: Id::new(),
            floor_id: f.id,
            building_id: f.building_id,
            code: code.clone(),
            area_m2: *area,
            status: UnitStatus::Available,
            asking_rent_fen_m2_day: rent_fen_m2_day,
            fit_out,
            live_load_kn_m2: None,
            clear_height_mm: None,
            power_kva: None,
            version: 1,
            created_at: t,
            updated_at: t,
        };
        row.insert(c)?;
        if let Some(prev) = ids.last() {
            adjacency::replace(c, row.id, &[*prev])?;
        }
        ids.push(row.id);
    }
    Ok(ids)
}

/// A tenant organisation; its credit code is completed with a valid check character.
pub fn tenant(
    c: &mut DbConn,
    name: &str,
    credit_code_body: &str,
    industry: &str,
    contact: &str,
) -> AppResult<Id> {
    let t = now();
    let code =
        credit_code::check_character(credit_code_body).map(|ch| format!("{credit_code_body}{ch}"));
    let row = Tenant {
        id: Id::new(),
        name: name.into(),
        credit_code: code,
        industry_code: Some(industry.into()),
        contact_name: Some(contact.into()),
        contact_phone: None,
        version: 1,
        created_at: t,
        updated_at: t,
        created_by: None,
    };
    row.insert(c)?;
    Ok(row.id)
}
