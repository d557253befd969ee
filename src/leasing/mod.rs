//! Leasing use cases: applications moving through their states, offers that
//! hold units, leases. Each function runs inside the caller's write
//! transaction and records what it changed in the audit trail.

pub mod application;
pub mod hold;
pub mod lease;
pub mod offer;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde_json::Value;

use crate::access::CurrentUser;
use crate::audit::{self, Entity};
use crate::domain::FieldError;
use crate::domain::{ApplicationStatus, OfferStatus, Role};
use crate::inventory::building::store as building;
use crate::inventory::unit::store as unit;
use crate::leasing::application::store::{Application, Visibility};
use crate::platform::db::{DbConn, Id};
use crate::platform::error::{AppError, AppResult};

/// Today in UTC: dates in the API are calendar dates; a park's local day
/// begins at most a few hours apart, which no rule here depends on.
pub fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

pub fn visibility(user: &CurrentUser) -> Visibility {
    match (user.role, user.tenant_id) {
        (Role::Admin, _) => Visibility::All,
        (Role::Tenant, Some(t)) => Visibility::Tenant(t),
        (Role::Operator, _) => Visibility::Parks(user.park_ids.clone()),
        // A tenant user without an organisation sees nothing.
        (Role::Tenant, None) => Visibility::Parks(Vec::new()),
    }
}

/// The application, if the caller may see it; 404 otherwise (never reveal).
pub fn visible_application(
    conn: &mut DbConn,
    user: &CurrentUser,
    id: Id,
) -> AppResult<Application> {
    let a = application::store::find(conn, id)?
        .ok_or_else(|| AppError::not_found("application", id))?;
    let offer_parks: Vec<Id> = offer::store::of_application(conn, id)?
        .into_iter()
        .map(|o| o.park_id)
        .collect();
    if visibility(user).allows(&a, &offer_parks) {
        Ok(a)
    } else {
        Err(AppError::not_found("application", id))
    }
}

/// The one park all of `unit_ids` belong to; 422 for unknown units or a mix.
pub fn park_of_units(conn: &mut DbConn, unit_ids: &[Id]) -> AppResult<Id> {
    let mut parks = BTreeSet::new();
    let mut problems = Vec::new();
    for (i, id) in unit_ids.iter().enumerate() {
        match unit::find(conn, *id)? {
            Some(u) => {
                parks.insert(building::get(conn, u.building_id)?.park_id);
            }
            None => problems.push(FieldError::new(
                format!("unit_ids[{i}]"),
                "unknown_unit",
                format!("no unit with id {id}"),
            )),
        }
    }
    if !problems.is_empty() {
        return Err(AppError::Validation(problems));
    }
    match parks.into_iter().collect::<Vec<_>>().as_slice() {
        [one] => Ok(*one),
        _ => Err(AppError::field(
            "unit_ids",
            "several_parks",
            "all units must be in one park",
        )),
    }
}

/// Marks open offers past `valid_until` expired and frees their units. Runs
/// before anything that reads or writes holds, so an expired offer never
/// blocks a unit; also run periodically by the server.
pub fn sweep_expired_offers(conn: &mut DbConn, today: NaiveDate) -> AppResult<usize> {
    let expired = offer::store::expired_open(conn, today)?;
    for mut o in expired.iter().cloned() {
        o.status = OfferStatus::Expired;
        offer::store::save(conn, &mut o)?;
        close_offer(conn, &o, today)?;
        audit::record(
            conn,
            None,
            Entity {
                kind: "offer",
                id: o.id,
                park_id: Some(o.park_id),
            },
            "expire",
            Value::Null,
        )?;
    }
    Ok(expired.len())
}

/// Sweeps in a transaction of its own, before an action that may be
/// refused: a refusal rolls its own transaction back, and the expiry it
/// found must stay recorded all the same.
pub async fn sweep(pool: &crate::platform::db::DbPool) -> AppResult<()> {
    crate::platform::db::write(pool, |c| sweep_expired_offers(c, today()).map(|_| ())).await
}

/// After an offer stops being open: free its units, and send its
/// application back to review when nothing else is on the table.
pub(crate) fn close_offer(
    conn: &mut DbConn,
    o: &offer::store::Offer,
    today: NaiveDate,
) -> AppResult<()> {
    hold::store::release_offer(conn, o.id)?;
    let units = offer::store::unit_ids(conn, o.id)?;
    hold::store::refresh_unit_status(conn, &units, today)?;
    let mut a = application::store::get(conn, o.application_id)?;
    let still_open = offer::store::of_application(conn, a.id)?
        .iter()
        .any(|x| x.id != o.id && x.status == OfferStatus::Open);
    if a.status == ApplicationStatus::Offered && !still_open {
        a.status = ApplicationStatus::UnderReview;
        application::store::save(conn, &mut a)?;
    }
    Ok(())
}

/// The periodic upkeep every instance runs: expire offers past
/// `valid_until`, and move unit statuses along as leases start and end.
/// Idempotent, so several instances may run it at once.
pub fn housekeeping(conn: &mut DbConn, today: NaiveDate) -> AppResult<()> {
    sweep_expired_offers(conn, today)?;
    let held = hold::store::held_unit_ids(conn)?;
    hold::store::refresh_unit_status(conn, &held, today)
}
