use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::access::Scope;
use crate::platform::db::schema::lease_units;

use crate::domain::LeaseStatus;
use crate::platform::db::schema::leases;
use crate::platform::db::{DbConn, Id, StoreResult, Versioned, Window};

#[derive(Debug, Clone, Queryable, Insertable, AsChangeset, Identifiable)]
#[diesel(table_name = leases, treat_none_as_null = true)]
pub struct Lease {
    pub id: Id,
    pub tenant_id: Id,
    pub park_id: Id,
    pub application_id: Option<Id>,
    pub status: LeaseStatus,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub rent_fen_m2_day: i64,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Versioned for Lease {
    const WHAT: &'static str = "lease";
    const TABLE: &'static str = "leases";
    fn stamp(&mut self) -> (&mut i32, &mut NaiveDateTime) {
        (&mut self.version, &mut self.updated_at)
    }
    fn write_if_unchanged(&self, conn: &mut DbConn, read_version: i32) -> StoreResult<usize> {
        let unchanged = leases::id.eq(self.id).and(leases::version.eq(read_version));
        Ok(diesel::update(leases::table.filter(unchanged))
            .set(self)
            .execute(conn)?)
    }
}

pub fn insert_units(conn: &mut DbConn, lease_id: Id, unit_ids: &[Id]) -> StoreResult<()> {
    for u in unit_ids {
        diesel::insert_into(lease_units::table)
            .values((
                lease_units::lease_id.eq(lease_id),
                lease_units::unit_id.eq(u),
            ))
            .execute(conn)?;
    }
    Ok(())
}

pub fn unit_ids(conn: &mut DbConn, lease_id: Id) -> StoreResult<Vec<Id>> {
    Ok(lease_units::table
        .filter(lease_units::lease_id.eq(lease_id))
        .select(lease_units::unit_id)
        .order(lease_units::unit_id.asc())
        .load(conn)?)
}

pub struct ListFilter {
    pub park_id: Option<Id>,
    pub tenant_id: Option<Id>,
    pub status: Option<LeaseStatus>,
    /// Leases ending on or before this date (and not before `ending_from`).
    pub ending_by: Option<NaiveDate>,
    pub ending_from: Option<NaiveDate>,
}

/// The tenants of every lease in `scope`.
pub fn tenant_ids(conn: &mut DbConn, scope: &Scope) -> StoreResult<Vec<Id>> {
    let mut q = leases::table
        .select(leases::tenant_id)
        .distinct()
        .into_boxed();
    match scope {
        Scope::All => {}
        Scope::Tenant(t) => q = q.filter(leases::tenant_id.eq(*t)),
        Scope::Parks(p) => q = q.filter(leases::park_id.eq_any(p.clone())),
    }
    Ok(q.load(conn)?)
}

pub fn list(
    conn: &mut DbConn,
    scope: &Scope,
    f: &ListFilter,
    window: Window,
) -> StoreResult<(Vec<Lease>, i64)> {
    let build = |scope: &Scope| {
        let mut q = leases::table.into_boxed();
        match scope {
            Scope::All => {}
            Scope::Tenant(t) => q = q.filter(leases::tenant_id.eq(*t)),
            Scope::Parks(p) => q = q.filter(leases::park_id.eq_any(p.clone())),
        }
        if let Some(v) = f.park_id {
            q = q.filter(leases::park_id.eq(v));
        }
        if let Some(v) = f.tenant_id {
            q = q.filter(leases::tenant_id.eq(v));
        }
        if let Some(v) = f.status {
            q = q.filter(leases::status.eq(v));
        }
        if let Some(v) = f.ending_by {
            q = q.filter(leases::end_date.le(v));
        }
        if let Some(v) = f.ending_from {
            q = q.filter(leases::end_date.ge(v));
        }
        q
    };
    let total = build(scope).count().get_result(conn)?;
    let items = build(scope)
        .order((leases::end_date.asc(), leases::id.asc()))
        .limit(window.limit)
        .offset(window.offset)
        .load(conn)?;
    Ok((items, total))
}
