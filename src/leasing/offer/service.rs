//! Offers: made by an operator on an application, they hold units until the
//! tenant accepts or declines, the operator withdraws, or they expire.

use serde_json::json;

use super::model::CreateOffer;
use super::store::{self, Offer};
use crate::access::{self, CurrentUser};
use crate::audit::{self, Action, Entity, EntityKind};
use crate::domain::{ApplicationStatus, LeaseStatus, OfferStatus};
use crate::inventory::park::calendar::park_today;
use crate::leasing::application::service as applications;
use crate::leasing::application::store::Application;
use crate::leasing::hold::service::park_of_units;
use crate::leasing::hold::store::{self as hold, Holder};
use crate::leasing::lease::store::{self as lease_store, Lease};
use crate::leasing::upkeep::{close_offer, sweep_expired_offers};
use crate::platform::db::{DbConn, Id, Versioned, Window, now};
use crate::platform::error::{AppError, AppResult};
use crate::platform::time;

/// An offer with the ids of its units.
pub type WithUnits = (Offer, Vec<Id>);

fn entity(o: &Offer) -> Entity {
    Entity::new(EntityKind::Offer, o.id, Some(o.park_id))
}

pub fn create(
    conn: &mut DbConn,
    user: &CurrentUser,
    application_id: Id,
    body: CreateOffer,
) -> AppResult<(Offer, Vec<Id>)> {
    let at = time::now();
    sweep_expired_offers(conn, at)?;
    Application::lock(conn, application_id)?;
    let mut a = applications::visible(conn, user, application_id)?;
    user.require_staff(crate::text!("problem-offers-by-operators"))?;
    let park_id = park_of_units(conn, &body.unit_ids)?;
    user.require_park(park_id)?;
    if !matches!(
        a.status,
        ApplicationStatus::UnderReview | ApplicationStatus::Offered
    ) {
        return Err(AppError::InvalidTransition(crate::text!(
            "problem-offer-needs-review",
            status = a.status.label()
        )));
    }
    // "Today" in the park whose units are offered.
    let today = park_today(conn, park_id, at)?;
    if body.valid_until < today {
        return Err(AppError::field(
            "valid_until",
            "in_the_past",
            crate::text!("problem-offer-expired"),
        ));
    }
    let t = now();
    let o = Offer {
        id: Id::new(),
        application_id,
        tenant_id: a.tenant_id,
        park_id,
        status: OfferStatus::Open,
        start_date: body.start_date,
        end_date: body.end_date,
        rent_fen_m2_day: body.rent_fen_m2_day,
        valid_until: body.valid_until,
        lease_id: None,
        version: 1,
        created_at: t,
        updated_at: t,
    };
    o.insert(conn)?;
    store::insert_units(conn, o.id, &body.unit_ids)?;
    hold::hold(
        conn,
        &body.unit_ids,
        o.start_date,
        o.end_date,
        Holder::Offer(o.id),
    )?;
    hold::refresh_unit_status(conn, &body.unit_ids, today)?;
    if a.status != ApplicationStatus::Offered {
        a.status = ApplicationStatus::Offered;
        a.save(conn)?;
    }
    let changes = json!({"unit_ids": body.unit_ids, "application_id": application_id});
    audit::record(conn, Some(user), entity(&o), Action::Create, changes)?;
    Ok((o, body.unit_ids))
}

/// The offer, if the caller may see it: its tenant, its park's operators, admins.
pub fn visible(conn: &mut DbConn, user: &CurrentUser, id: Id) -> AppResult<Offer> {
    let not_found = || AppError::not_found(Offer::WHAT, id);
    let o = Offer::find(conn, id)?.ok_or_else(not_found)?;
    if access::sees_deal(user, o.park_id, o.tenant_id) {
        Ok(o)
    } else {
        Err(not_found())
    }
}

/// The offers made on an application the caller sees, each with its units:
/// of those, only the ones the caller may see (an operator sees its parks'
/// offers, not another park's on the same application).
pub fn of_application(
    conn: &mut DbConn,
    user: &CurrentUser,
    application_id: Id,
    window: Window,
) -> AppResult<(Vec<WithUnits>, i64)> {
    applications::visible(conn, user, application_id)?;
    let scope = access::deals(user);
    let (offers, total) = store::window_of_application(conn, application_id, &scope, window)?;
    let mut out = Vec::new();
    for o in offers {
        let units = store::unit_ids(conn, o.id)?;
        out.push((o, units));
    }
    Ok((out, total))
}

/// The offer with its units, if the caller may see it.
pub fn get(conn: &mut DbConn, user: &CurrentUser, id: Id) -> AppResult<WithUnits> {
    let o = visible(conn, user, id)?;
    let units = store::unit_ids(conn, o.id)?;
    Ok((o, units))
}

/// The offer, locked, if it is still open. Every change to an application's
/// offers locks the application's row first and the offer's second, so
/// racing accepts, declines and withdrawals queue in one order instead of
/// deadlocking, and the later ones read the earlier ones' outcome (409)
/// instead of failing on a stale version (412).
fn open_offer(conn: &mut DbConn, user: &CurrentUser, id: Id) -> AppResult<Offer> {
    sweep_expired_offers(conn, time::now())?;
    let application_id = visible(conn, user, id)?.application_id;
    Application::lock(conn, application_id)?;
    let o = Offer::get_for_change(conn, id)?;
    if o.status != OfferStatus::Open {
        return Err(AppError::InvalidTransition(crate::text!(
            "problem-offer-not-open",
            status = o.status.label()
        )));
    }
    Ok(o)
}

fn require_tenant(user: &CurrentUser, o: &Offer) -> AppResult<()> {
    if user.acts_for_tenant(o.tenant_id) {
        Ok(())
    } else {
        Err(AppError::Forbidden(crate::text!(
            "problem-tenant-answers-offer"
        )))
    }
}

/// Accepting creates the lease: the offer's holds pass to it unchanged.
pub fn accept(conn: &mut DbConn, user: &CurrentUser, id: Id) -> AppResult<(Offer, Lease, Vec<Id>)> {
    let mut o = open_offer(conn, user, id)?;
    require_tenant(user, &o)?;
    let today = park_today(conn, o.park_id, time::now())?;
    let t = now();
    let l = Lease {
        id: Id::new(),
        tenant_id: o.tenant_id,
        park_id: o.park_id,
        application_id: Some(o.application_id),
        status: LeaseStatus::Active,
        start_date: o.start_date,
        end_date: o.end_date,
        rent_fen_m2_day: o.rent_fen_m2_day,
        version: 1,
        created_at: t,
        updated_at: t,
    };
    l.insert(conn)?;
    let units = store::unit_ids(conn, o.id)?;
    lease_store::insert_units(conn, l.id, &units)?;
    hold::transfer_to_lease(conn, o.id, l.id)?;
    o.status = OfferStatus::Accepted;
    o.lease_id = Some(l.id);
    o.save(conn)?;
    // The tenant has their space: the application's other offers lapse.
    for mut other in store::of_application(conn, o.application_id)? {
        if other.id != o.id && other.status == OfferStatus::Open {
            other.status = OfferStatus::Withdrawn;
            other.save(conn)?;
            close_offer(conn, &other, today)?;
        }
    }
    let mut a = Application::get(conn, o.application_id)?;
    a.status = ApplicationStatus::Leased;
    a.save(conn)?;
    hold::refresh_unit_status(conn, &units, today)?;
    let accepted = json!({"lease_id": l.id});
    audit::record(conn, Some(user), entity(&o), Action::Accept, accepted)?;
    let lease = Entity::new(EntityKind::Lease, l.id, Some(l.park_id));
    let created = json!({"unit_ids": units, "offer_id": o.id});
    audit::record(conn, Some(user), lease, Action::Create, created)?;
    Ok((o, l, units))
}

/// `decline` (the tenant) or `withdraw` (the park's operators).
pub fn close(
    conn: &mut DbConn,
    user: &CurrentUser,
    id: Id,
    to: OfferStatus,
) -> AppResult<(Offer, Vec<Id>)> {
    let mut o = open_offer(conn, user, id)?;
    match to {
        OfferStatus::Declined => require_tenant(user, &o)?,
        _ => {
            user.require_staff(crate::text!("problem-operators-withdraw-offers"))?;
            user.require_park(o.park_id)?;
        }
    }
    o.status = to;
    o.save(conn)?;
    let today = park_today(conn, o.park_id, time::now())?;
    close_offer(conn, &o, today)?;
    let action = if to == OfferStatus::Declined {
        Action::Decline
    } else {
        Action::Withdraw
    };
    audit::record(conn, Some(user), entity(&o), action, json!(null))?;
    let units = store::unit_ids(conn, o.id)?;
    Ok((o, units))
}
