//! Units of a floor: together they may not cover more than the floor, their
//! neighbours are on the same floor (kept symmetric), and only `available`
//! and `unavailable` are set by hand: the others follow offers and leases.

use super::model::{CreateUnit, PatchUnit, UnitOut};
use super::store::{self, Unit, UnitView, adjacency};
use crate::access::CurrentUser;
use crate::audit::{self, Entity, EntityKind};
use crate::domain::{FieldError, rules};
use crate::inventory::building::store::Building;
use crate::inventory::floor::store::{self as floor_store, Floor};
use crate::platform::db::{DbConn, Expected, Id, Versioned, Window};
use crate::platform::error::{AppError, AppResult};

fn entity(v: &UnitView) -> Entity {
    Entity::new(EntityKind::Unit, v.unit.id, Some(v.park_id))
}

/// Every rule a unit's new state must meet before it is written.
fn check(
    c: &mut DbConn,
    u: &Unit,
    f: &Floor,
    neighbours: Option<&[Id]>,
    existing: bool,
) -> AppResult<()> {
    let (_, others_area, _) = floor_store::units_summary(c, f.id, existing.then_some(u.id))?;
    let limits = rules::FloorLimits {
        floor_height_mm: f.floor_height_mm,
        area_m2: f.area_m2,
        other_units_area_m2: others_area,
    };
    let mut problems = rules::check_unit(u.area_m2, u.clear_height_mm, limits);
    if let Some(ids) = neighbours {
        let floors = store::floors_of(c, ids)?;
        problems.extend(rules::check_neighbours(u.id, u.floor_id, ids, &floors));
    }
    AppError::unless_empty(problems)?;
    if store::code_taken(c, u.building_id, &u.code, existing.then_some(u.id))? {
        return Err(AppError::Conflict(crate::text!(
            "problem-unit-code-taken",
            code = u.code.to_string()
        )));
    }
    Ok(())
}

fn not_settable() -> AppError {
    AppError::Validation(vec![FieldError::new(
        "status",
        "not_settable",
        crate::text!("problem-status-not-settable"),
    )])
}

/// The unit, if the caller manages its park.
fn managed(c: &mut DbConn, user: &CurrentUser, id: Id) -> AppResult<Unit> {
    let u = Unit::get_for_change(c, id)?;
    user.require_park(Building::get(c, u.building_id)?.park_id)?;
    Ok(u)
}

pub fn view(conn: &mut DbConn, id: Id) -> AppResult<UnitView> {
    store::view(conn, id)?.ok_or_else(|| AppError::not_found(Unit::WHAT, id))
}

pub fn list(conn: &mut DbConn, floor_id: Id, window: Window) -> AppResult<(Vec<UnitView>, i64)> {
    Floor::get(conn, floor_id)?;
    Ok(store::list_on_floor(conn, floor_id, window)?)
}

pub fn create(
    conn: &mut DbConn,
    user: &CurrentUser,
    floor_id: Id,
    new: CreateUnit,
) -> AppResult<UnitView> {
    let f = Floor::get(conn, floor_id)?;
    user.require_park(Building::get(conn, f.building_id)?.park_id)?;
    if !new.status.settable_by_hand() {
        return Err(not_settable());
    }
    let (row, neighbours) = new.into_row(&f);
    check(conn, &row, &f, Some(&neighbours), false)?;
    row.insert(conn)?;
    adjacency::replace(conn, row.id, &neighbours)?;
    let v = view(conn, row.id)?;
    audit::created(conn, user, entity(&v), &UnitOut::from(v.clone()))?;
    Ok(v)
}

pub fn update(
    conn: &mut DbConn,
    user: &CurrentUser,
    id: Id,
    expected: &Expected,
    change: PatchUnit,
) -> AppResult<UnitView> {
    let mut row = managed(conn, user, id)?;
    let f = Floor::get(conn, row.floor_id)?;
    expected.check(Unit::WHAT, row.version)?;
    if let Some(new) = change.status
        && new != row.status
    {
        if !new.settable_by_hand() {
            return Err(not_settable());
        }
        if !row.status.settable_by_hand() {
            return Err(AppError::Conflict(crate::text!(
                "problem-unit-status-follows-deals",
                status = row.status.label()
            )));
        }
    }
    let before = UnitOut::from(view(conn, id)?);
    let neighbours = change.apply(&mut row);
    check(conn, &row, &f, neighbours.as_deref(), true)?;
    row.save(conn)?;
    if let Some(n) = neighbours {
        adjacency::replace(conn, id, &n)?;
    }
    let v = view(conn, id)?;
    audit::updated(conn, user, entity(&v), &before, &UnitOut::from(v.clone()))?;
    Ok(v)
}

/// Only a unit no offer or lease names; otherwise mark it unavailable.
pub fn delete(conn: &mut DbConn, user: &CurrentUser, id: Id, expected: &Expected) -> AppResult<()> {
    let row = managed(conn, user, id)?;
    expected.check(Unit::WHAT, row.version)?;
    let deals = store::deal_count(conn, id)?;
    if deals > 0 {
        return Err(AppError::Conflict(crate::text!(
            "problem-unit-has-deals",
            deals = deals
        )));
    }
    let v = view(conn, id)?;
    audit::deleted(conn, user, entity(&v), &UnitOut::from(v.clone()))?;
    Ok(Unit::delete(conn, id)?)
}
