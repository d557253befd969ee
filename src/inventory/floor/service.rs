//! Floors of a building: their level must exist in it and be free, and a
//! floor cannot shrink below what its units claim.

use super::model::{CreateFloor, FloorOut, PatchFloor};
use super::store::{self, Floor};
use crate::access::CurrentUser;
use crate::audit::{self, Entity, EntityKind};
use crate::domain::rules;
use crate::inventory::building::store::Building;
use crate::inventory::resource::{self, Resource};
use crate::platform::db::{DbConn, Expected, Id, Versioned, Window};
use crate::platform::error::{AppError, AppResult};

fn entity(f: &Floor, b: &Building) -> Entity {
    Entity::new(EntityKind::Floor, f.id, Some(b.park_id))
}

fn check(c: &mut DbConn, f: &Floor, b: &Building, existing: bool) -> AppResult<()> {
    let mut problems =
        rules::check_floor(f.level, f.floor_height_mm, f.clear_height_mm, b.levels());
    if existing {
        let (_, units_area, tallest) = store::units_summary(c, f.id, None)?;
        problems.extend(rules::check_floor_against_units(
            f.area_m2,
            f.floor_height_mm,
            units_area,
            tallest,
        ));
    }
    AppError::unless_empty(problems)?;
    if store::level_taken(c, b.id, f.level, existing.then_some(f.id))? {
        return Err(AppError::Conflict(crate::text!(
            "problem-floor-level-taken",
            level = f.level
        )));
    }
    Ok(())
}

/// The floor and its building, if the caller manages the building's park.
fn managed(c: &mut DbConn, user: &CurrentUser, id: Id) -> AppResult<(Floor, Building)> {
    let f = Floor::get_for_change(c, id)?;
    let b = Building::get(c, f.building_id)?;
    user.require_park(b.park_id)?;
    Ok((f, b))
}

/// Floors of a building.
pub struct Floors;

impl Resource for Floors {
    const COLLECTION: &'static str = "floors";
    type Parent = Id;
    type Row = Floor;
    type Out = FloorOut;
    type Create = CreateFloor;
    type Patch = PatchFloor;

    fn id_and_version(row: &Floor) -> (Id, i32) {
        (row.id, row.version)
    }

    fn list(conn: &mut DbConn, building_id: Id, window: Window) -> AppResult<(Vec<Floor>, i64)> {
        Building::get(conn, building_id)?;
        Ok(store::list_in_building(conn, building_id, window)?)
    }

    fn get(conn: &mut DbConn, id: Id) -> AppResult<Floor> {
        Ok(Floor::get(conn, id)?)
    }

    fn create(
        conn: &mut DbConn,
        user: &CurrentUser,
        building_id: Id,
        new: CreateFloor,
    ) -> AppResult<Floor> {
        let b = Building::get(conn, building_id)?;
        user.require_park(b.park_id)?;
        let row = new.into_row(building_id);
        check(conn, &row, &b, false)?;
        row.insert(conn)?;
        audit::created(conn, user, entity(&row, &b), &FloorOut::from(row.clone()))?;
        Ok(row)
    }

    fn update(
        conn: &mut DbConn,
        user: &CurrentUser,
        id: Id,
        expected: &Expected,
        change: PatchFloor,
    ) -> AppResult<Floor> {
        let (mut row, b) = managed(conn, user, id)?;
        let entity = |f: &Floor| entity(f, &b);
        resource::change::<_, FloorOut>(conn, user, expected, &mut row, entity, |c, row| {
            change.apply(row);
            check(c, row, &b, true)
        })?;
        Ok(row)
    }

    /// Only a floor with no units left.
    fn delete(conn: &mut DbConn, user: &CurrentUser, id: Id, expected: &Expected) -> AppResult<()> {
        let (row, b) = managed(conn, user, id)?;
        expected.check(Floor::WHAT, row.version)?;
        let (units, _, _) = store::units_summary(conn, id, None)?;
        if units > 0 {
            return Err(AppError::Conflict(crate::text!(
                "problem-floor-not-empty",
                units = units
            )));
        }
        audit::deleted(conn, user, entity(&row, &b), &FloorOut::from(row.clone()))?;
        Ok(Floor::delete(conn, id)?)
    }
}
