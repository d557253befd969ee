//! Which park a record belongs to, for the operator scope check.

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::Id;
use crate::db::schema::{buildings, floors, freight_lifts, units};
use crate::error::AppResult;

pub fn park_of_building(conn: &mut DbConn, building_id: Id) -> AppResult<Option<Id>> {
    Ok(buildings::table
        .find(building_id)
        .select(buildings::park_id)
        .first::<Id>(conn)
        .optional()?)
}

pub fn park_of_floor(conn: &mut DbConn, floor_id: Id) -> AppResult<Option<Id>> {
    Ok(floors::table
        .inner_join(buildings::table)
        .filter(floors::id.eq(floor_id))
        .select(buildings::park_id)
        .first::<Id>(conn)
        .optional()?)
}

pub fn park_of_lift(conn: &mut DbConn, lift_id: Id) -> AppResult<Option<Id>> {
    Ok(freight_lifts::table
        .inner_join(buildings::table)
        .filter(freight_lifts::id.eq(lift_id))
        .select(buildings::park_id)
        .first::<Id>(conn)
        .optional()?)
}

pub fn park_of_unit(conn: &mut DbConn, unit_id: Id) -> AppResult<Option<Id>> {
    Ok(units::table
        .inner_join(buildings::table)
        .filter(units::id.eq(unit_id))
        .select(buildings::park_id)
        .first::<Id>(conn)
        .optional()?)
}
