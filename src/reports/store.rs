//! What the reports read: units with their floors, and today's leases.

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::inventory::unit::store::Joined;

use crate::inventory::unit::store::UnitView;

use crate::inventory::unit::store::attach_adjacency;

use crate::inventory::unit::store::joined;
use crate::platform::db::schema::{buildings, floors, lease_units, leases, tenants, units};
use crate::platform::db::{DbConn, Id};
use crate::platform::error::AppResult;

/// Every unit of a park (or a building), with floor and park.
pub fn units(
    conn: &mut DbConn,
    park_id: Option<Id>,
    building_id: Option<Id>,
) -> AppResult<Vec<UnitView>> {
    let mut q = joined!()
        .select((units::all_columns, floors::all_columns, buildings::park_id))
        .into_boxed();
    if let Some(p) = park_id {
        q = q.filter(buildings::park_id.eq(p));
    }
    if let Some(b) = building_id {
        q = q.filter(units::building_id.eq(b));
    }
    let rows: Vec<Joined> = q
        .order((floors::level.desc(), units::code.asc()))
        .load(conn)?;
    attach_adjacency(conn, rows)
}

/// For each unit of `unit_ids` under a lease covering `day`: (tenant, name, lease, end).
pub fn occupants(
    conn: &mut DbConn,
    unit_ids: &[Id],
    day: NaiveDate,
) -> AppResult<HashMap<Id, (Id, String, Id, NaiveDate)>> {
    let rows: Vec<(Id, Id, String, Id, NaiveDate)> = lease_units::table
        .inner_join(leases::table.inner_join(tenants::table))
        .filter(lease_units::unit_id.eq_any(unit_ids))
        .filter(leases::start_date.le(day))
        .filter(leases::end_date.gt(day))
        .select((
            lease_units::unit_id,
            tenants::id,
            tenants::name,
            leases::id,
            leases::end_date,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(u, t, n, l, e)| (u, (t, n, l, e)))
        .collect())
}
