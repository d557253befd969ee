use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::platform::db::schema::offer_units;

use crate::access::Scope;
use crate::domain::OfferStatus;
use crate::platform::db::schema::offers;
use crate::platform::db::{DbConn, Id, StoreResult, Versioned, Window};

#[derive(Debug, Clone, Queryable, Insertable, AsChangeset, Identifiable)]
#[diesel(table_name = offers, treat_none_as_null = true)]
pub struct Offer {
    pub id: Id,
    pub application_id: Id,
    pub tenant_id: Id,
    pub park_id: Id,
    pub status: OfferStatus,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub rent_fen_m2_day: i64,
    pub valid_until: NaiveDate,
    pub lease_id: Option<Id>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Versioned for Offer {
    const WHAT: &'static str = "offer";
    const TABLE: &'static str = "offers";
    fn stamp(&mut self) -> (&mut i32, &mut NaiveDateTime) {
        (&mut self.version, &mut self.updated_at)
    }
    fn write_if_unchanged(&self, conn: &mut DbConn, read_version: i32) -> StoreResult<usize> {
        let unchanged = offers::id.eq(self.id).and(offers::version.eq(read_version));
        Ok(diesel::update(offers::table.filter(unchanged))
            .set(self)
            .execute(conn)?)
    }
}

impl Offer {
    /// `open` offers past their `valid_until` read as expired even before
    /// the sweep writes it.
    pub fn effective_status(&self, today: NaiveDate) -> OfferStatus {
        if self.status == OfferStatus::Open && self.valid_until < today {
            OfferStatus::Expired
        } else {
            self.status
        }
    }
}

pub fn insert_units(conn: &mut DbConn, offer_id: Id, unit_ids: &[Id]) -> StoreResult<()> {
    for u in unit_ids {
        diesel::insert_into(offer_units::table)
            .values((
                offer_units::offer_id.eq(offer_id),
                offer_units::unit_id.eq(u),
            ))
            .execute(conn)?;
    }
    Ok(())
}

pub fn unit_ids(conn: &mut DbConn, offer_id: Id) -> StoreResult<Vec<Id>> {
    Ok(offer_units::table
        .filter(offer_units::offer_id.eq(offer_id))
        .select(offer_units::unit_id)
        .order(offer_units::unit_id.asc())
        .load(conn)?)
}

pub fn of_application(conn: &mut DbConn, application_id: Id) -> StoreResult<Vec<Offer>> {
    Ok(offers::table
        .filter(offers::application_id.eq(application_id))
        .order(offers::created_at.asc())
        .load(conn)?)
}

/// One window of an application's offers within `scope`, oldest first.
pub fn window_of_application(
    conn: &mut DbConn,
    application_id: Id,
    scope: &Scope,
    window: Window,
) -> StoreResult<(Vec<Offer>, i64)> {
    let query = || {
        let q = offers::table
            .filter(offers::application_id.eq(application_id))
            .into_boxed();
        match scope {
            Scope::All => q,
            Scope::Tenant(t) => q.filter(offers::tenant_id.eq(*t)),
            Scope::Parks(p) => q.filter(offers::park_id.eq_any(p.clone())),
        }
    };
    let total = query().count().get_result(conn)?;
    let items = query()
        .order((offers::created_at.asc(), offers::id.asc()))
        .limit(window.limit)
        .offset(window.offset)
        .load(conn)?;
    Ok((items, total))
}

/// Open offers whose `valid_until` has passed.
pub fn expired_open(conn: &mut DbConn, today: NaiveDate) -> StoreResult<Vec<Offer>> {
    Ok(offers::table
        .filter(offers::status.eq(OfferStatus::Open))
        .filter(offers::valid_until.lt(today))
        .load(conn)?)
}
