//! What the reports read: units with their floors, and today's leases.

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::inventory::building::store::Building;
use crate::inventory::floor::store::Floor;
use crate::inventory::unit::store::{Joined, UnitView, attach_adjacency, joined};
use crate::platform::db::schema::{buildings, floors, lease_units, leases, tenants, units};
use crate::platform::db::{DbConn, Id, StoreResult};

/// Every unit of a park (or a building), with floor and park.
pub fn units(
    conn: &mut DbConn,
    park_id: Option<Id>,
    building_id: Option<Id>,
) -> StoreResult<Vec<UnitView>> {
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
) -> StoreResult<HashMap<Id, (Id, String, Id, NaiveDate)>> {
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

/// Every building of a park, by code.
pub fn buildings_of_park(conn: &mut DbConn, park_id: Id) -> StoreResult<Vec<Building>> {
    Ok(buildings::table
        .filter(buildings::park_id.eq(park_id))
        .order((buildings::code.asc(), buildings::id.asc()))
        .load(conn)?)
}

/// Every floor of a building, top down.
pub fn floors_of_building(conn: &mut DbConn, building_id: Id) -> StoreResult<Vec<Floor>> {
    Ok(floors::table
        .filter(floors::building_id.eq(building_id))
        .order((floors::level.desc(), floors::id.asc()))
        .load(conn)?)
}

/// A leased unit as an expiring lease shows it: id, code, area.
pub type LeasedUnit = (Id, String, f64);

/// What expiring leases show of their units, in one query for all of them.
pub fn lease_units(
    conn: &mut DbConn,
    lease_ids: &[Id],
) -> StoreResult<HashMap<Id, Vec<LeasedUnit>>> {
    let rows: Vec<(Id, Id, String, f64)> = lease_units::table
        .inner_join(units::table)
        .filter(lease_units::lease_id.eq_any(lease_ids))
        .select((
            lease_units::lease_id,
            units::id,
            units::code,
            units::area_m2,
        ))
        .order((lease_units::lease_id.asc(), units::id.asc()))
        .load(conn)?;
    let mut by_lease: HashMap<Id, Vec<LeasedUnit>> = HashMap::new();
    for (lease, unit, code, area) in rows {
        by_lease.entry(lease).or_default().push((unit, code, area));
    }
    Ok(by_lease)
}

/// The names of these tenants.
pub fn tenant_names(conn: &mut DbConn, ids: &[Id]) -> StoreResult<HashMap<Id, String>> {
    let rows: Vec<(Id, String)> = tenants::table
        .filter(tenants::id.eq_any(ids))
        .select((tenants::id, tenants::name))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}
