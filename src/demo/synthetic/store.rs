//! Many rows a statement: the seeder writes a floor's units, their
//! neighbours and a park's leases at once. The multi-backend connection
//! cannot build multi-row inserts, so each runs on the connection inside.

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::inventory::unit::store::Unit;
use crate::leasing::application::store::Application;
use crate::leasing::lease::store::Lease;
use crate::leasing::offer::store::Offer;
use crate::platform::db::schema::{
    applications, lease_units, leases, offer_units, offers, unit_adjacency, unit_holds, units,
};
use crate::platform::db::{DbConn, Id, StoreResult};

/// Runs the same insert on whichever connection is inside.
macro_rules! on_inner {
    ($conn:expr, |$c:ident| $insert:expr) => {
        match $conn {
            DbConn::Pg($c) => $insert,
            DbConn::Sqlite($c) => $insert,
        }
    };
}

pub fn units(conn: &mut DbConn, rows: &[Unit]) -> StoreResult<()> {
    on_inner!(conn, |c| diesel::insert_into(units::table)
        .values(rows)
        .execute(c))?;
    Ok(())
}

/// Both directions of each pair.
pub fn neighbours(conn: &mut DbConn, pairs: &[(Id, Id)]) -> StoreResult<()> {
    let rows: Vec<_> = pairs
        .iter()
        .flat_map(|(a, b)| [(*a, *b), (*b, *a)])
        .map(|(a, b)| {
            (
                unit_adjacency::unit_id.eq(a),
                unit_adjacency::adjacent_unit_id.eq(b),
            )
        })
        .collect();
    on_inner!(conn, |c| diesel::insert_into(unit_adjacency::table)
        .values(&rows)
        .execute(c))?;
    Ok(())
}

/// Leases of one unit each, with their units and holds.
pub fn leases(conn: &mut DbConn, rows: &[(Lease, Id, Id)]) -> StoreResult<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let lease_rows: Vec<Lease> = rows.iter().map(|(l, _, _)| l.clone()).collect();
    let unit_rows: Vec<_> = rows
        .iter()
        .map(|(l, unit, _)| {
            (
                lease_units::lease_id.eq(l.id),
                lease_units::unit_id.eq(*unit),
            )
        })
        .collect();
    let hold_rows: Vec<_> = rows
        .iter()
        .map(|(l, unit, hold)| {
            hold_row(
                *hold,
                *unit,
                (l.start_date, l.end_date),
                Holder::Lease(l.id),
            )
        })
        .collect();
    on_inner!(conn, |c| diesel::insert_into(leases::table)
        .values(&lease_rows)
        .execute(c))?;
    on_inner!(conn, |c| diesel::insert_into(lease_units::table)
        .values(&unit_rows)
        .execute(c))?;
    on_inner!(conn, |c| diesel::insert_into(unit_holds::table)
        .values(&hold_rows)
        .execute(c))?;
    Ok(())
}

pub fn applications(conn: &mut DbConn, rows: &[Application]) -> StoreResult<()> {
    // Under SQLite's limit of bound parameters per statement.
    for chunk in rows.chunks(500) {
        on_inner!(conn, |c| diesel::insert_into(applications::table)
            .values(chunk)
            .execute(c))?;
    }
    Ok(())
}

/// Open offers of one unit each, with their units and holds.
pub fn offers(conn: &mut DbConn, rows: &[(Offer, Id, Id)]) -> StoreResult<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let offer_rows: Vec<Offer> = rows.iter().map(|(o, _, _)| o.clone()).collect();
    let unit_rows: Vec<_> = rows
        .iter()
        .map(|(o, unit, _)| {
            (
                offer_units::offer_id.eq(o.id),
                offer_units::unit_id.eq(*unit),
            )
        })
        .collect();
    let hold_rows: Vec<_> = rows
        .iter()
        .map(|(o, unit, hold)| {
            hold_row(
                *hold,
                *unit,
                (o.start_date, o.end_date),
                Holder::Offer(o.id),
            )
        })
        .collect();
    on_inner!(conn, |c| diesel::insert_into(offers::table)
        .values(&offer_rows)
        .execute(c))?;
    on_inner!(conn, |c| diesel::insert_into(offer_units::table)
        .values(&unit_rows)
        .execute(c))?;
    on_inner!(conn, |c| diesel::insert_into(unit_holds::table)
        .values(&hold_rows)
        .execute(c))?;
    Ok(())
}

type HoldRow = (
    diesel::dsl::Eq<unit_holds::id, Id>,
    diesel::dsl::Eq<unit_holds::unit_id, Id>,
    diesel::dsl::Eq<unit_holds::start_date, NaiveDate>,
    diesel::dsl::Eq<unit_holds::end_date, NaiveDate>,
    diesel::dsl::Eq<unit_holds::lease_id, Option<Id>>,
    diesel::dsl::Eq<unit_holds::offer_id, Option<Id>>,
);

/// What holds a unit.
enum Holder {
    Lease(Id),
    Offer(Id),
}

fn hold_row(id: Id, unit: Id, (start, end): (NaiveDate, NaiveDate), by: Holder) -> HoldRow {
    let (lease, offer) = match by {
        Holder::Lease(l) => (Some(l), None),
        Holder::Offer(o) => (None, Some(o)),
    };
    (
        unit_holds::id.eq(id),
        unit_holds::unit_id.eq(unit),
        unit_holds::start_date.eq(start),
        unit_holds::end_date.eq(end),
        unit_holds::lease_id.eq(lease),
        unit_holds::offer_id.eq(offer),
    )
}
