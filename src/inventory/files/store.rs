//! The queries of inventory files: a park's whole inventory read at once
//! (an import compares every row against it in memory, instead of asking
//! the database row by row), neighbour pairs written as a difference, and
//! the savepoint a dry run rolls back to.

use diesel::prelude::*;

use crate::inventory::building::store::Building;
use crate::inventory::floor::store::Floor;
use crate::inventory::lift::store::FreightLift;
use crate::inventory::unit::store::{Unit, adjacency};
use crate::platform::db::schema::{buildings, floors, freight_lifts, unit_adjacency, units};
use crate::platform::db::{DbConn, IN_LIST_MAX, Id, StoreError, StoreResult};

/// A park's inventory as stored.
#[derive(Debug, Clone, Default)]
pub struct Stored {
    pub buildings: Vec<Building>,
    pub floors: Vec<Floor>,
    pub lifts: Vec<FreightLift>,
    pub units: Vec<Unit>,
    /// Both directions of each neighbour pair.
    pub adjacency: Vec<(Id, Id)>,
}

/// Everything the park has, in a stable order (codes, then levels).
pub fn load(conn: &mut DbConn, park_id: Id) -> StoreResult<Stored> {
    let buildings: Vec<Building> = buildings::table
        .filter(buildings::park_id.eq(park_id))
        .order((buildings::code.asc(), buildings::id.asc()))
        .load(conn)?;
    let ids: Vec<Id> = buildings.iter().map(|b| b.id).collect();
    let mut stored = Stored {
        buildings,
        ..Stored::default()
    };
    for chunk in ids.chunks(IN_LIST_MAX) {
        stored.floors.extend(
            floors::table
                .filter(floors::building_id.eq_any(chunk))
                .order((floors::building_id.asc(), floors::level.asc()))
                .load::<Floor>(conn)?,
        );
        stored.lifts.extend(
            freight_lifts::table
                .filter(freight_lifts::building_id.eq_any(chunk))
                .order((freight_lifts::building_id.asc(), freight_lifts::code.asc()))
                .load::<FreightLift>(conn)?,
        );
        stored.units.extend(
            units::table
                .filter(units::building_id.eq_any(chunk))
                .order((units::building_id.asc(), units::code.asc()))
                .load::<Unit>(conn)?,
        );
    }
    let unit_ids: Vec<Id> = stored.units.iter().map(|u| u.id).collect();
    stored.adjacency = adjacency::pairs_of(conn, &unit_ids)?;
    Ok(stored)
}

/// Locks the park's inventory rows until the transaction ends (PostgreSQL;
/// SQLite's `BEGIN IMMEDIATE` already lets one writer in). An import then
/// reads the versions it saves over, and a PATCH racing it waits for it
/// instead of making its saves stale. Same order as every other writer's
/// single-row lock: the row's own table, by id.
pub fn lock_park(conn: &mut DbConn, park_id: Id) -> StoreResult<()> {
    let DbConn::Pg(pg) = conn else {
        return Ok(());
    };
    let building_ids: Vec<Id> = buildings::table
        .filter(buildings::park_id.eq(park_id))
        .order(buildings::id)
        .select(buildings::id)
        .for_no_key_update()
        .load(pg)?;
    for chunk in building_ids.chunks(IN_LIST_MAX) {
        floors::table
            .filter(floors::building_id.eq_any(chunk))
            .order(floors::id)
            .select(floors::id)
            .for_no_key_update()
            .load::<Id>(pg)?;
        freight_lifts::table
            .filter(freight_lifts::building_id.eq_any(chunk))
            .order(freight_lifts::id)
            .select(freight_lifts::id)
            .for_no_key_update()
            .load::<Id>(pg)?;
        units::table
            .filter(units::building_id.eq_any(chunk))
            .order(units::id)
            .select(units::id)
            .for_no_key_update()
            .load::<Id>(pg)?;
    }
    Ok(())
}

/// Adds each pair in both directions.
pub fn add_pairs(conn: &mut DbConn, pairs: &[(Id, Id)]) -> StoreResult<()> {
    for &(a, b) in pairs {
        for (x, y) in [(a, b), (b, a)] {
            diesel::insert_into(unit_adjacency::table)
                .values((
                    unit_adjacency::unit_id.eq(x),
                    unit_adjacency::adjacent_unit_id.eq(y),
                ))
                .execute(conn)?;
        }
    }
    Ok(())
}

/// Removes each pair in both directions.
pub fn remove_pairs(conn: &mut DbConn, pairs: &[(Id, Id)]) -> StoreResult<()> {
    for &(a, b) in pairs {
        diesel::delete(
            unit_adjacency::table.filter(
                (unit_adjacency::unit_id
                    .eq(a)
                    .and(unit_adjacency::adjacent_unit_id.eq(b)))
                .or(unit_adjacency::unit_id
                    .eq(b)
                    .and(unit_adjacency::adjacent_unit_id.eq(a))),
            ),
        )
        .execute(conn)?;
    }
    Ok(())
}

/// What a rolled-back savepoint carries out: the work's own result, or the
/// database's error in opening or rolling back the savepoint.
enum Undo<T, E> {
    Done(Result<T, E>),
    Db(diesel::result::Error),
}

impl<T, E> From<diesel::result::Error> for Undo<T, E> {
    fn from(e: diesel::result::Error) -> Self {
        Undo::Db(e)
    }
}

/// Runs `work` inside a savepoint of the open transaction and always rolls
/// it back: every statement, constraint and trigger runs, nothing stays.
pub fn rolled_back<T, E>(
    conn: &mut DbConn,
    work: impl FnOnce(&mut DbConn) -> Result<T, E>,
) -> StoreResult<Result<T, E>> {
    match conn.transaction::<(), Undo<T, E>, _>(|c| Err(Undo::Done(work(c)))) {
        Err(Undo::Done(result)) => Ok(result),
        Err(Undo::Db(e)) => Err(StoreError::from(e)),
        Ok(()) => Err(StoreError::Database(
            diesel::result::Error::RollbackTransaction,
        )),
    }
}
