//! Offers: made by an operator on an application, they hold units until the
//! tenant accepts or declines, the operator withdraws, or they expire.

use serde_json::json;

use crate::leasing::close_offer;

use crate::leasing::park_of_units;

use crate::leasing::sweep_expired_offers;

use crate::leasing::today;

use crate::access::CurrentUser;
use crate::audit::{self, Entity};
use crate::domain::{ApplicationStatus, LeaseStatus, OfferStatus, Role};
use crate::leasing::application::store as application;
use crate::leasing::hold::store as hold;
use crate::leasing::hold::store::Holder;
use crate::leasing::lease::store as lease;
use crate::leasing::lease::store::Lease;
use crate::leasing::offer::model::CreateOffer;
use crate::leasing::offer::store as offer;
use crate::leasing::offer::store::Offer;
use crate::leasing::visible_application;
use crate::platform::db::{DbConn, Id, now};
use crate::platform::error::{AppError, AppResult};

pub fn create(
    conn: &mut DbConn,
    user: &CurrentUser,
    application_id: Id,
    body: CreateOffer,
) -> AppResult<(Offer, Vec<Id>)> {
    let today = today();
    sweep_expired_offers(conn, today)?;
    let mut a = visible_application(conn, user, application_id)?;
    if user.role == Role::Tenant {
        return Err(AppError::Forbidden(
            "offers are made by the park's operators".into(),
        ));
    }
    let park_id = park_of_units(conn, &body.unit_ids)?;
    user.require_park(park_id)?;
    if !matches!(
        a.status,
        ApplicationStatus::UnderReview | ApplicationStatus::Offered
    ) {
        return Err(AppError::InvalidTransition(format!(
            "offers are made on applications under review; this one is {}",
            a.status
        )));
    }
    if body.valid_until < today {
        return Err(AppError::field(
            "valid_until",
            "in_the_past",
            "an offer must be valid at least until today",
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
    offer::insert(conn, &o)?;
    offer::insert_units(conn, o.id, &body.unit_ids)?;
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
        application::save(conn, &mut a)?;
    }
    audit::record(
        conn,
        Some(user),
        Entity {
            kind: "offer",
            id: o.id,
            park_id: Some(park_id),
        },
        "create",
        json!({"unit_ids": body.unit_ids, "application_id": application_id}),
    )?;
    Ok((o, body.unit_ids))
}

/// The offer, if the caller may see it: its tenant, its park's operators, admins.
pub fn visible(conn: &mut DbConn, user: &CurrentUser, id: Id) -> AppResult<Offer> {
    let o = offer::find(conn, id)?.ok_or_else(|| AppError::not_found("offer", id))?;
    let ok = match user.role {
        Role::Admin => true,
        Role::Operator => user.park_ids.contains(&o.park_id),
        Role::Tenant => user.tenant_id == Some(o.tenant_id),
    };
    if ok {
        Ok(o)
    } else {
        Err(AppError::not_found("offer", id))
    }
}

fn open_offer(conn: &mut DbConn, user: &CurrentUser, id: Id) -> AppResult<Offer> {
    sweep_expired_offers(conn, today())?;
    let o = visible(conn, user, id)?;
    if o.status != OfferStatus::Open {
        return Err(AppError::InvalidTransition(format!(
            "the offer is {}, no longer open",
            o.status
        )));
    }
    Ok(o)
}

fn require_tenant(user: &CurrentUser, o: &Offer) -> AppResult<()> {
    if user.tenant_id == Some(o.tenant_id) || user.role == Role::Admin {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "only the tenant accepts or declines an offer".into(),
        ))
    }
}

/// Accepting creates the lease: the offer's holds pass to it unchanged.
pub fn accept(conn: &mut DbConn, user: &CurrentUser, id: Id) -> AppResult<(Offer, Lease, Vec<Id>)> {
    let mut o = open_offer(conn, user, id)?;
    require_tenant(user, &o)?;
    let today = today();
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
    lease::insert(conn, &l)?;
    let units = offer::unit_ids(conn, o.id)?;
    lease::insert_units(conn, l.id, &units)?;
    hold::transfer_to_lease(conn, o.id, l.id)?;
    o.status = OfferStatus::Accepted;
    o.lease_id = Some(l.id);
    offer::save(conn, &mut o)?;
    // The tenant has their space: the application's other offers lapse.
    for mut other in offer::of_application(conn, o.application_id)? {
        if other.id != o.id && other.status == OfferStatus::Open {
            other.status = OfferStatus::Withdrawn;
            offer::save(conn, &mut other)?;
            close_offer(conn, &other, today)?;
        }
    }
    let mut a = application::get(conn, o.application_id)?;
    a.status = ApplicationStatus::Leased;
    application::save(conn, &mut a)?;
    hold::refresh_unit_status(conn, &units, today)?;
    audit::record(
        conn,
        Some(user),
        Entity {
            kind: "offer",
            id: o.id,
            park_id: Some(o.park_id),
        },
        "accept",
        json!({"lease_id": l.id}),
    )?;
    audit::record(
        conn,
        Some(user),
        Entity {
            kind: "lease",
            id: l.id,
            park_id: Some(l.park_id),
        },
        "create",
        json!({"unit_ids": units, "offer_id": o.id}),
    )?;
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
            if user.role == Role::Tenant {
                return Err(AppError::Forbidden(
                    "only the park's operators withdraw an offer".into(),
                ));
            }
            user.require_park(o.park_id)?;
        }
    }
    o.status = to;
    offer::save(conn, &mut o)?;
    close_offer(conn, &o, today())?;
    let action = if to == OfferStatus::Declined {
        "decline"
    } else {
        "withdraw"
    };
    audit::record(
        conn,
        Some(user),
        Entity {
            kind: "offer",
            id: o.id,
            park_id: Some(o.park_id),
        },
        action,
        json!(null),
    )?;
    let units = offer::unit_ids(conn, o.id)?;
    Ok((o, units))
}
