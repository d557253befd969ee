//! Freight lifts of a building: the levels they serve must be its levels.

use super::model::{CreateFreightLift, FreightLiftOut, PatchFreightLift};
use super::store::{self, FreightLift};
use crate::access::CurrentUser;
use crate::audit::{self, Entity, EntityKind};
use crate::domain::rules;
use crate::inventory::building::store::Building;
use crate::inventory::resource::{self, Resource};
use crate::platform::db::{DbConn, Expected, Id, Versioned, Window};
use crate::platform::error::{AppError, AppResult};

fn entity(l: &FreightLift, b: &Building) -> Entity {
    Entity::new(EntityKind::FreightLift, l.id, Some(b.park_id))
}

fn check(c: &mut DbConn, lift: &FreightLift, b: &Building, except: Option<Id>) -> AppResult<()> {
    AppError::unless_empty(rules::check_lift(
        lift.lowest_level,
        lift.highest_level,
        b.levels(),
    ))?;
    if store::code_taken(c, b.id, &lift.code, except)? {
        return Err(AppError::Conflict(crate::text!(
            "problem-lift-code-taken",
            code = lift.code.to_string()
        )));
    }
    Ok(())
}

/// The lift and its building, if the caller manages the building's park.
fn managed(c: &mut DbConn, user: &CurrentUser, id: Id) -> AppResult<(FreightLift, Building)> {
    let l = FreightLift::get_for_change(c, id)?;
    let b = Building::get(c, l.building_id)?;
    user.require_park(b.park_id)?;
    Ok((l, b))
}

/// Freight lifts of a building.
pub struct FreightLifts;

impl Resource for FreightLifts {
    const COLLECTION: &'static str = "freight-lifts";
    type Parent = Id;
    type Row = FreightLift;
    type Out = FreightLiftOut;
    type Create = CreateFreightLift;
    type Patch = PatchFreightLift;

    fn id_and_version(row: &FreightLift) -> (Id, i32) {
        (row.id, row.version)
    }

    fn list(
        conn: &mut DbConn,
        building_id: Id,
        window: Window,
    ) -> AppResult<(Vec<FreightLift>, i64)> {
        Building::get(conn, building_id)?;
        Ok(store::list_in_building(conn, building_id, window)?)
    }

    fn get(conn: &mut DbConn, id: Id) -> AppResult<FreightLift> {
        Ok(FreightLift::get(conn, id)?)
    }

    fn create(
        conn: &mut DbConn,
        user: &CurrentUser,
        building_id: Id,
        new: CreateFreightLift,
    ) -> AppResult<FreightLift> {
        let b = Building::get(conn, building_id)?;
        user.require_park(b.park_id)?;
        let row = new.into_row(building_id);
        check(conn, &row, &b, None)?;
        row.insert(conn)?;
        audit::created(
            conn,
            user,
            entity(&row, &b),
            &FreightLiftOut::from(row.clone()),
        )?;
        Ok(row)
    }

    fn update(
        conn: &mut DbConn,
        user: &CurrentUser,
        id: Id,
        expected: &Expected,
        change: PatchFreightLift,
    ) -> AppResult<FreightLift> {
        let (mut row, b) = managed(conn, user, id)?;
        let entity = |l: &FreightLift| entity(l, &b);
        resource::change::<_, FreightLiftOut>(conn, user, expected, &mut row, entity, |c, row| {
            change.apply(row);
            check(c, row, &b, Some(id))
        })?;
        Ok(row)
    }

    fn delete(conn: &mut DbConn, user: &CurrentUser, id: Id, expected: &Expected) -> AppResult<()> {
        let (row, b) = managed(conn, user, id)?;
        expected.check(FreightLift::WHAT, row.version)?;
        audit::deleted(
            conn,
            user,
            entity(&row, &b),
            &FreightLiftOut::from(row.clone()),
        )?;
        Ok(FreightLift::delete(conn, id)?)
    }
}
