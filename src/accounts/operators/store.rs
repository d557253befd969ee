//! Which operators manage which parks.

use diesel::prelude::*;

use crate::platform::db::schema::park_operators;
use crate::platform::db::{DbConn, Id, StoreResult, Window, now};

pub fn park_ids_of(conn: &mut DbConn, user_id: Id) -> StoreResult<Vec<Id>> {
    Ok(park_operators::table
        .filter(park_operators::user_id.eq(user_id))
        .select(park_operators::park_id)
        .order(park_operators::park_id.asc())
        .load(conn)?)
}

/// One window of a park's operators, by id.
pub fn user_ids_of(conn: &mut DbConn, park_id: Id, window: Window) -> StoreResult<(Vec<Id>, i64)> {
    let of_park = park_operators::park_id.eq(park_id);
    let total = park_operators::table
        .filter(of_park)
        .count()
        .get_result(conn)?;
    let items = park_operators::table
        .filter(of_park)
        .select(park_operators::user_id)
        .order(park_operators::user_id.asc())
        .limit(window.limit)
        .offset(window.offset)
        .load(conn)?;
    Ok((items, total))
}

/// Assigns; returns false when the assignment already existed.
pub fn assign(conn: &mut DbConn, park_id: Id, user_id: Id) -> StoreResult<bool> {
    let exists: i64 = park_operators::table
        .filter(park_operators::park_id.eq(park_id))
        .filter(park_operators::user_id.eq(user_id))
        .count()
        .get_result(conn)?;
    if exists > 0 {
        return Ok(false);
    }
    diesel::insert_into(park_operators::table)
        .values((
            park_operators::park_id.eq(park_id),
            park_operators::user_id.eq(user_id),
            park_operators::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(true)
}

/// Unassigns; returns false when there was nothing to remove.
pub fn unassign(conn: &mut DbConn, park_id: Id, user_id: Id) -> StoreResult<bool> {
    let n = diesel::delete(
        park_operators::table
            .filter(park_operators::park_id.eq(park_id))
            .filter(park_operators::user_id.eq(user_id)),
    )
    .execute(conn)?;
    Ok(n > 0)
}

pub fn unassign_all_of_user(conn: &mut DbConn, user_id: Id) -> StoreResult<()> {
    diesel::delete(park_operators::table.filter(park_operators::user_id.eq(user_id)))
        .execute(conn)?;
    Ok(())
}
