//! Unit holds: the rows that keep a unit from being double-booked. The
//! database refuses overlapping rows (an exclusion constraint on PostgreSQL,
//! triggers on SQLite); the check here only words the refusal kindly.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::platform::db::schema::offers;

use crate::platform::db::schema::unit_holds;

use crate::domain::{OfferStatus, UnitStatus};
use crate::platform::db::schema::units;
use crate::platform::db::{DbConn, IN_LIST_MAX, Id, StoreError, StoreResult, locks};

#[derive(Debug, Clone, Queryable)]
pub struct Hold {
    pub id: Id,
    pub unit_id: Id,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub offer_id: Option<Id>,
    pub lease_id: Option<Id>,
}

/// Who holds: an offer or a lease.
#[derive(Debug, Clone, Copy)]
pub enum Holder {
    Offer(Id),
    Lease(Id),
}

/// Holds `unit_ids` over `[start, end)` for `holder`; 409 `unit_unavailable`
/// when any of them is already held over part of that period.
pub fn hold(
    conn: &mut DbConn,
    unit_ids: &[Id],
    start: NaiveDate,
    end: NaiveDate,
    holder: Holder,
) -> StoreResult<()> {
    locks::lock_units(conn, unit_ids)?;
    let clash: Option<(Id, NaiveDate, NaiveDate)> = unit_holds::table
        .filter(unit_holds::unit_id.eq_any(unit_ids))
        .filter(unit_holds::start_date.lt(end))
        .filter(unit_holds::end_date.gt(start))
        .select((
            unit_holds::unit_id,
            unit_holds::start_date,
            unit_holds::end_date,
        ))
        .first(conn)
        .optional()?;
    if let Some((unit, s, e)) = clash {
        return Err(StoreError::Taken(crate::text!(
            "problem-unit-taken",
            unit = unit.to_string(),
            held_from = s.to_string(),
            held_until = e.to_string(),
            start = start.to_string(),
            end = end.to_string()
        )));
    }
    let (offer_id, lease_id) = match holder {
        Holder::Offer(id) => (Some(id), None),
        Holder::Lease(id) => (None, Some(id)),
    };
    // In one order for every writer: two deals naming the same units in
    // other orders then queue instead of waiting on each other.
    let mut ordered = unit_ids.to_vec();
    ordered.sort();
    for u in ordered {
        diesel::insert_into(unit_holds::table)
            .values((
                unit_holds::id.eq(Id::new()),
                unit_holds::unit_id.eq(u),
                unit_holds::start_date.eq(start),
                unit_holds::end_date.eq(end),
                unit_holds::offer_id.eq(offer_id),
                unit_holds::lease_id.eq(lease_id),
            ))
            .execute(conn)
            .map_err(overlap_is_unavailable)?;
    }
    Ok(())
}

/// The database's own refusal of an overlap (a concurrent transaction got
/// there first) is the same 409 as the friendly check.
pub fn overlap_is_unavailable(e: diesel::result::Error) -> StoreError {
    use diesel::result::{DatabaseErrorKind, Error};
    match &e {
        Error::DatabaseError(kind, info)
            if matches!(kind, DatabaseErrorKind::ExclusionViolation)
                || info.message().contains("unit_holds_no_overlap")
                || info.constraint_name() == Some("unit_holds_no_overlap") =>
        {
            StoreError::Taken(crate::text!("problem-unit-taken-race"))
        }
        _ => e.into(),
    }
}

pub fn release_offer(conn: &mut DbConn, offer_id: Id) -> StoreResult<()> {
    diesel::delete(unit_holds::table.filter(unit_holds::offer_id.eq(offer_id))).execute(conn)?;
    Ok(())
}

/// An accepted offer's holds pass to its lease unchanged, so nobody can
/// slip in between.
pub fn transfer_to_lease(conn: &mut DbConn, offer_id: Id, lease_id: Id) -> StoreResult<()> {
    diesel::update(unit_holds::table.filter(unit_holds::offer_id.eq(offer_id)))
        .set((
            unit_holds::offer_id.eq(None::<Id>),
            unit_holds::lease_id.eq(Some(lease_id)),
        ))
        .execute(conn)?;
    Ok(())
}

/// A lease ended early frees its units from `end` on.
pub fn shorten_lease(conn: &mut DbConn, lease_id: Id, end: NaiveDate) -> StoreResult<()> {
    diesel::update(unit_holds::table.filter(unit_holds::lease_id.eq(lease_id)))
        .set(unit_holds::end_date.eq(end))
        .execute(conn)?;
    Ok(())
}

/// Every hold that still counts: leases, and offers not past `valid_until`.
pub fn live(conn: &mut DbConn, today: NaiveDate) -> StoreResult<Vec<Hold>> {
    let leased: Vec<Hold> = unit_holds::table
        .filter(unit_holds::lease_id.is_not_null())
        .load(conn)?;
    let offered: Vec<Hold> = unit_holds::table
        .inner_join(offers::table.on(unit_holds::offer_id.eq(offers::id.nullable())))
        .filter(offers::status.eq(OfferStatus::Open))
        .filter(offers::valid_until.ge(today))
        .select(unit_holds::all_columns)
        .load(conn)?;
    Ok(leased.into_iter().chain(offered).collect())
}

/// Sets the status of `unit_ids` from their holds as of `today`: leased
/// while a lease covers today, reserved while an open offer holds it,
/// available otherwise. Units marked `unavailable` by hand stay so.
pub fn refresh_unit_status(
    conn: &mut DbConn,
    unit_ids: &[Id],
    today: NaiveDate,
) -> StoreResult<()> {
    // Rows are locked in one order by every writer, so two never wait on
    // each other in a cycle. Three queries a chunk, not three a unit:
    // housekeeping refreshes every held unit, and on SQLite its write
    // transaction holds up every other writer while it runs.
    let mut ordered = unit_ids.to_vec();
    ordered.sort();
    ordered.dedup();
    for chunk in ordered.chunks(IN_LIST_MAX) {
        let current: HashMap<Id, UnitStatus> = units::table
            .filter(units::id.eq_any(chunk))
            .select((units::id, units::status))
            .load(conn)?
            .into_iter()
            .collect();
        let leased: HashSet<Id> = unit_holds::table
            .filter(unit_holds::unit_id.eq_any(chunk))
            .filter(unit_holds::lease_id.is_not_null())
            .filter(unit_holds::start_date.le(today))
            .filter(unit_holds::end_date.gt(today))
            .select(unit_holds::unit_id)
            .load::<Id>(conn)?
            .into_iter()
            .collect();
        let offered: HashSet<Id> = unit_holds::table
            .inner_join(offers::table.on(unit_holds::offer_id.eq(offers::id.nullable())))
            .filter(unit_holds::unit_id.eq_any(chunk))
            .filter(offers::status.eq(OfferStatus::Open))
            .filter(offers::valid_until.ge(today))
            .select(unit_holds::unit_id)
            .load::<Id>(conn)?
            .into_iter()
            .collect();
        for u in chunk {
            let Some(&current) = current.get(u) else {
                continue;
            };
            if current == UnitStatus::Unavailable {
                continue;
            }
            let status = if leased.contains(u) {
                UnitStatus::Leased
            } else if offered.contains(u) {
                UnitStatus::Reserved
            } else {
                UnitStatus::Available
            };
            if status != current {
                diesel::update(units::table.find(*u))
                    .set((
                        units::status.eq(status),
                        units::version.eq(units::version + 1),
                        units::updated_at.eq(crate::platform::db::now()),
                    ))
                    .execute(conn)?;
            }
        }
    }
    Ok(())
}

/// Units that have any hold (for the nightly refresh).
pub fn held_unit_ids(conn: &mut DbConn) -> StoreResult<Vec<Id>> {
    Ok(unit_holds::table
        .select(unit_holds::unit_id)
        .distinct()
        .load(conn)?)
}
