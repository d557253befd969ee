//! Parks: created and deleted by admins, changed by their operators too.

use super::model::{CreatePark, ParkOut, PatchPark};
use super::store::{self, Park};
use crate::access::CurrentUser;
use crate::audit::{self, Entity, EntityKind};
use crate::inventory::resource::{self, Resource};
use crate::platform::db::{DbConn, Expected, Id, Versioned, Window};
use crate::platform::error::{AppError, AppResult};

fn entity(p: &Park) -> Entity {
    Entity::new(EntityKind::Park, p.id, Some(p.id))
}

/// Parks, under no parent.
pub struct Parks;

impl Resource for Parks {
    const COLLECTION: &'static str = "parks";
    type Parent = ();
    type Row = Park;
    type Out = ParkOut;
    type Create = CreatePark;
    type Patch = PatchPark;

    fn id_and_version(row: &Park) -> (Id, i32) {
        (row.id, row.version)
    }

    fn list(conn: &mut DbConn, _: (), window: Window) -> AppResult<(Vec<Park>, i64)> {
        Ok(store::list(conn, window)?)
    }

    fn get(conn: &mut DbConn, id: Id) -> AppResult<Park> {
        Ok(Park::get(conn, id)?)
    }

    fn create(conn: &mut DbConn, user: &CurrentUser, _: (), new: CreatePark) -> AppResult<Park> {
        user.require_admin()?;
        let row = new.into_row()?;
        row.insert(conn)?;
        audit::created(conn, user, entity(&row), &ParkOut::from(row.clone()))?;
        Ok(row)
    }

    fn update(
        conn: &mut DbConn,
        user: &CurrentUser,
        id: Id,
        expected: &Expected,
        change: PatchPark,
    ) -> AppResult<Park> {
        let mut row = Park::get_for_change(conn, id)?;
        user.require_park(row.id)?;
        resource::change::<_, ParkOut>(conn, user, expected, &mut row, entity, |_, row| {
            change.apply(row)
        })?;
        Ok(row)
    }

    /// Only a park with no buildings left.
    fn delete(conn: &mut DbConn, user: &CurrentUser, id: Id, expected: &Expected) -> AppResult<()> {
        let row = Park::get_for_change(conn, id)?;
        user.require_admin()?;
        expected.check(Park::WHAT, row.version)?;
        let n = store::building_count(conn, id)?;
        if n > 0 {
            return Err(AppError::Conflict(crate::text!(
                "problem-park-not-empty",
                buildings = n
            )));
        }
        audit::deleted(conn, user, entity(&row), &ParkOut::from(row.clone()))?;
        Ok(Park::delete(conn, id)?)
    }
}
