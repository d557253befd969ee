//! Buildings of a park: changed by the park's operators and admins.

use super::model::{BuildingOut, CreateBuilding, PatchBuilding};
use super::store::{self, Building};
use crate::access::CurrentUser;
use crate::audit::{self, Entity, EntityKind};
use crate::domain::rules;
use crate::inventory::park::store::Park;
use crate::inventory::resource::{self, Resource};
use crate::platform::db::{DbConn, Expected, Id, Versioned, Window};
use crate::platform::error::{AppError, AppResult};

fn entity(b: &Building) -> Entity {
    Entity::new(EntityKind::Building, b.id, Some(b.park_id))
}

fn ensure_code_free(c: &mut DbConn, park_id: Id, code: &str, except: Option<Id>) -> AppResult<()> {
    if store::code_taken(c, park_id, code, except)? {
        return Err(AppError::Conflict(crate::text!(
            "problem-building-code-taken",
            code = code.to_string()
        )));
    }
    Ok(())
}

/// Buildings of a park.
pub struct Buildings;

impl Resource for Buildings {
    const COLLECTION: &'static str = "buildings";
    type Parent = Id;
    type Row = Building;
    type Out = BuildingOut;
    type Create = CreateBuilding;
    type Patch = PatchBuilding;

    fn id_and_version(row: &Building) -> (Id, i32) {
        (row.id, row.version)
    }

    fn list(conn: &mut DbConn, park_id: Id, window: Window) -> AppResult<(Vec<Building>, i64)> {
        Park::get(conn, park_id)?;
        Ok(store::list_in_park(conn, park_id, window)?)
    }

    fn get(conn: &mut DbConn, id: Id) -> AppResult<Building> {
        Ok(Building::get(conn, id)?)
    }

    fn create(
        conn: &mut DbConn,
        user: &CurrentUser,
        park_id: Id,
        new: CreateBuilding,
    ) -> AppResult<Building> {
        Park::get(conn, park_id)?;
        user.require_park(park_id)?;
        let row = new.into_row(park_id);
        ensure_code_free(conn, park_id, &row.code, None)?;
        row.insert(conn)?;
        audit::created(conn, user, entity(&row), &BuildingOut::from(row.clone()))?;
        Ok(row)
    }

    /// It cannot shrink below levels that have floors or lift stops.
    fn update(
        conn: &mut DbConn,
        user: &CurrentUser,
        id: Id,
        expected: &Expected,
        change: PatchBuilding,
    ) -> AppResult<Building> {
        let mut row = Building::get_for_change(conn, id)?;
        user.require_park(row.park_id)?;
        resource::change::<_, BuildingOut>(conn, user, expected, &mut row, entity, |c, row| {
            change.apply(row);
            AppError::unless_empty(rules::check_building_levels(
                row.levels(),
                &store::used_levels(c, id)?,
            ))?;
            ensure_code_free(c, row.park_id, &row.code, Some(id))
        })?;
        Ok(row)
    }

    /// Only a building with no floors or lifts left.
    fn delete(conn: &mut DbConn, user: &CurrentUser, id: Id, expected: &Expected) -> AppResult<()> {
        let row = Building::get_for_change(conn, id)?;
        user.require_park(row.park_id)?;
        expected.check(Building::WHAT, row.version)?;
        let (floors, lifts) = store::child_counts(conn, id)?;
        if floors + lifts > 0 {
            return Err(AppError::Conflict(crate::text!(
                "problem-building-not-empty",
                floors = floors,
                lifts = lifts
            )));
        }
        audit::deleted(conn, user, entity(&row), &BuildingOut::from(row.clone()))?;
        Ok(Building::delete(conn, id)?)
    }
}
