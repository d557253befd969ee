//! Leases made directly by operators, and early termination.

use serde_json::json;

use crate::leasing::park_of_units;

use crate::leasing::sweep_expired_offers;

use crate::access::CurrentUser;
use crate::accounts::tenants::store as tenant;
use crate::audit::{self, Entity};
use crate::domain::{LeaseStatus, Role};
use crate::leasing::hold::store as hold;
use crate::leasing::hold::store::Holder;
use crate::leasing::lease::store as lease;
use crate::leasing::lease::store::Lease;
use crate::leasing::offer::model::{CreateLease, TerminateLease};
use crate::leasing::today;
use crate::platform::db::{DbConn, Id, now};
use crate::platform::error::{AppError, AppResult};

pub fn create(
    conn: &mut DbConn,
    user: &CurrentUser,
    body: CreateLease,
) -> AppResult<(Lease, Vec<Id>)> {
    let today = today();
    sweep_expired_offers(conn, today)?;
    if user.role == Role::Tenant {
        return Err(AppError::Forbidden(
            "leases are made by the park's operators".into(),
        ));
    }
    if tenant::find(conn, body.tenant_id)?.is_none() {
        return Err(AppError::field(
            "tenant_id",
            "unknown_tenant",
            format!("no tenant with id {}", body.tenant_id),
        ));
    }
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
    lease::insert(conn, &l)?;
    lease::insert_units(conn, l.id, &body.unit_ids)?;
    hold::hold(
        conn,
        &body.unit_ids,
        l.start_date,
        l.end_date,
        Holder::Lease(l.id),
    )?;
    hold::refresh_unit_status(conn, &body.unit_ids, today)?;
    audit::record(
        conn,
        Some(user),
        Entity {
            kind: "lease",
            id: l.id,
            park_id: Some(park_id),
        },
        "create",
        json!({"unit_ids": body.unit_ids}),
    )?;
    Ok((l, body.unit_ids))
}

/// The lease, if the caller may see it: its tenant, its park's operators, admins.
pub fn visible(conn: &mut DbConn, user: &CurrentUser, id: Id) -> AppResult<Lease> {
    let l = lease::find(conn, id)?.ok_or_else(|| AppError::not_found("lease", id))?;
    let ok = match user.role {
        Role::Admin => true,
        Role::Operator => user.park_ids.contains(&l.park_id),
        Role::Tenant => user.tenant_id == Some(l.tenant_id),
    };
    if ok {
        Ok(l)
    } else {
        Err(AppError::not_found("lease", id))
    }
}

pub fn terminate(
    conn: &mut DbConn,
    user: &CurrentUser,
    id: Id,
    body: TerminateLease,
) -> AppResult<(Lease, Vec<Id>)> {
    let mut l = visible(conn, user, id)?;
    if user.role == Role::Tenant {
        return Err(AppError::Forbidden(
            "the park's operators terminate leases".into(),
        ));
    }
    user.require_park(l.park_id)?;
    if l.status != LeaseStatus::Active {
        return Err(AppError::InvalidTransition(
            "the lease is already terminated".into(),
        ));
    }
    if body.end_date <= l.start_date || body.end_date > l.end_date {
        return Err(AppError::field(
            "end_date",
            "out_of_term",
            format!(
                "must be after the start ({}) and no later than the current end ({})",
                l.start_date, l.end_date
            ),
        ));
    }
    let before = l.end_date;
    l.end_date = body.end_date;
    l.status = LeaseStatus::Terminated;
    lease::save(conn, &mut l)?;
    hold::shorten_lease(conn, l.id, body.end_date)?;
    let units = lease::unit_ids(conn, l.id)?;
    hold::refresh_unit_status(conn, &units, today())?;
    audit::record(
        conn,
        Some(user),
        Entity {
            kind: "lease",
            id: l.id,
            park_id: Some(l.park_id),
        },
        "terminate",
        json!({"end_date": {"before": before, "after": l.end_date}}),
    )?;
    Ok((l, units))
}
