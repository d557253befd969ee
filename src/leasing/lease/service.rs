//! Leases made directly by operators, and early termination.

use serde_json::json;

use super::store::{self, Lease};
use crate::access::{self, CurrentUser};
use crate::accounts::tenants;
use crate::audit::{self, Action, Entity, EntityKind};
use crate::domain::LeaseStatus;
use crate::inventory::park::calendar::park_today;
use crate::leasing::hold::service::park_of_units;
use crate::leasing::hold::store::{self as hold, Holder};
use crate::leasing::lease::model::{CreateLease, TerminateLease};
use crate::leasing::upkeep::sweep_expired_offers;
use crate::platform::db::{DbConn, Id, Versioned, Window, now};
use crate::platform::error::{AppError, AppResult};
use crate::platform::time;

/// A lease with the ids of its units.
pub type WithUnits = (Lease, Vec<Id>);

fn entity(l: &Lease) -> Entity {
    Entity::new(EntityKind::Lease, l.id, Some(l.park_id))
}

/// The leases the caller sees, each with its units.
pub fn list(
    conn: &mut DbConn,
    user: &CurrentUser,
    filter: &store::ListFilter,
    window: Window,
) -> AppResult<(Vec<WithUnits>, i64)> {
    let (rows, total) = store::list(conn, &access::deals(user), filter, window)?;
    Ok((with_units(conn, rows)?, total))
}

/// Each lease with its unit ids.
pub fn with_units(conn: &mut DbConn, rows: Vec<Lease>) -> AppResult<Vec<WithUnits>> {
    rows.into_iter()
        .map(|l| {
            let units = store::unit_ids(conn, l.id)?;
            Ok((l, units))
        })
        .collect()
}

/// The lease with its units, if the caller may see it.
pub fn get(conn: &mut DbConn, user: &CurrentUser, id: Id) -> AppResult<WithUnits> {
    let l = visible(conn, user, id)?;
    let units = store::unit_ids(conn, l.id)?;
    Ok((l, units))
}

pub fn create(
    conn: &mut DbConn,
    user: &CurrentUser,
    body: CreateLease,
) -> AppResult<(Lease, Vec<Id>)> {
    let at = time::now();
    sweep_expired_offers(conn, at)?;
    user.require_staff(crate::text!("problem-leases-by-operators"))?;
    tenants::service::require_known(conn, body.tenant_id)?;
    let park_id = park_of_units(conn, &body.unit_ids)?;
    user.require_park(park_id)?;
    let t = now();
    let l = Lease {
        id: Id::new(),
        tenant_id: body.tenant_id,
        park_id,
        application_id: None,
        status: LeaseStatus::Active,
        start_date: body.start_date,
        end_date: body.end_date,
        rent_fen_m2_day: body.rent_fen_m2_day,
        version: 1,
        created_at: t,
        updated_at: t,
    };
    l.insert(conn)?;
    store::insert_units(conn, l.id, &body.unit_ids)?;
    hold::hold(
        conn,
        &body.unit_ids,
        l.start_date,
        l.end_date,
        Holder::Lease(l.id),
    )?;
    let today = park_today(conn, park_id, at)?;
    hold::refresh_unit_status(conn, &body.unit_ids, today)?;
    let changes = json!({"unit_ids": body.unit_ids});
    audit::record(conn, Some(user), entity(&l), Action::Create, changes)?;
    Ok((l, body.unit_ids))
}

/// The lease, if the caller may see it: its tenant, its park's operators, admins.
pub fn visible(conn: &mut DbConn, user: &CurrentUser, id: Id) -> AppResult<Lease> {
    let not_found = || AppError::not_found(Lease::WHAT, id);
    let l = Lease::find(conn, id)?.ok_or_else(not_found)?;
    if access::sees_deal(user, l.park_id, l.tenant_id) {
        Ok(l)
    } else {
        Err(not_found())
    }
}

pub fn terminate(
    conn: &mut DbConn,
    user: &CurrentUser,
    id: Id,
    body: TerminateLease,
) -> AppResult<(Lease, Vec<Id>)> {
    let mut l = visible(conn, user, id)?;
    user.require_staff(crate::text!("problem-operators-terminate"))?;
    user.require_park(l.park_id)?;
    if l.status != LeaseStatus::Active {
        return Err(AppError::InvalidTransition(crate::text!(
            "problem-lease-terminated"
        )));
    }
    if body.end_date <= l.start_date || body.end_date > l.end_date {
        return Err(AppError::field(
            "end_date",
            "out_of_term",
            crate::text!(
                "problem-termination-date",
                start = l.start_date.to_string(),
                end = l.end_date.to_string()
            ),
        ));
    }
    let before = l.end_date;
    l.end_date = body.end_date;
    l.status = LeaseStatus::Terminated;
    l.save(conn)?;
    hold::shorten_lease(conn, l.id, body.end_date)?;
    let units = store::unit_ids(conn, l.id)?;
    let today = park_today(conn, l.park_id, time::now())?;
    hold::refresh_unit_status(conn, &units, today)?;
    let changes = json!({"end_date": {"before": before, "after": l.end_date}});
    audit::record(conn, Some(user), entity(&l), Action::Terminate, changes)?;
    Ok((l, units))
}
