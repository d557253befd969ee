//! Row locks, where PostgreSQL needs them and SQLite does not.

use diesel::prelude::*;

use super::schema::units;
use super::{DbConn, Id, StoreResult};

/// Locks these units' rows until the transaction ends, in one order for
/// every writer. Two deals for the same unit then queue here, and the second
/// sees the first's holds once it commits, instead of both inserting
/// conflicting holds and meeting in the exclusion constraint, where
/// PostgreSQL can only break their wait for each other as a deadlock.
/// `NO KEY UPDATE` leaves the foreign-key checks of other writers free.
/// SQLite needs nothing: `BEGIN IMMEDIATE` already lets one writer in.
pub fn lock_units(conn: &mut DbConn, ids: &[Id]) -> StoreResult<()> {
    if let DbConn::Pg(pg) = conn {
        units::table
            .filter(units::id.eq_any(ids))
            .order(units::id)
            .select(units::id)
            .for_no_key_update()
            .load::<Id>(pg)?;
    }
    Ok(())
}

/// Locks one row of `table` (a name this crate writes, never input) until
/// the transaction ends; see `Versioned::get_for_change`.
pub fn lock_row(conn: &mut DbConn, table: &'static str, id: Id) -> StoreResult<()> {
    if let DbConn::Pg(pg) = conn {
        diesel::sql_query(format!(
            "SELECT 1 FROM {table} WHERE id = $1 FOR NO KEY UPDATE"
        ))
        .bind::<diesel::sql_types::Text, _>(id.to_string())
        .execute(pg)?;
    }
    Ok(())
}

/// Holds a lock on `name` until the transaction ends (PostgreSQL advisory
/// lock): writers of the same name take turns across every instance.
pub fn lock_name(conn: &mut DbConn, name: &str) -> StoreResult<()> {
    if let DbConn::Pg(pg) = conn {
        diesel::sql_query("SELECT pg_advisory_xact_lock(hashtext($1))")
            .bind::<diesel::sql_types::Text, _>(name)
            .execute(pg)?;
    }
    Ok(())
}
