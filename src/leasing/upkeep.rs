//! What keeps leasing current as days pass: offers expire, and units move
//! between `available`, `reserved` and `leased` as holds start and end.

use chrono::NaiveDate;
use serde_json::Value;

use crate::audit::{self, Action, Entity, EntityKind};
use crate::domain::{ApplicationStatus, OfferStatus};
use crate::leasing::application::store::Application;
use crate::leasing::hold::store as hold;
use crate::leasing::offer::store::{self as offer_store, Offer};
use crate::platform::db::{self, DbConn, DbPool, Versioned};
use crate::platform::error::AppResult;

/// Today in UTC: dates in the API are calendar dates; a park's local day
/// begins at most a few hours apart, which no rule here depends on.
pub fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

/// Marks open offers past `valid_until` expired and frees their units. Runs
/// before anything that reads or writes holds, so an expired offer never
/// blocks a unit; also run periodically by the server.
pub fn sweep_expired_offers(conn: &mut DbConn, today: NaiveDate) -> AppResult<usize> {
    let expired = offer_store::expired_open(conn, today)?;
    let mut swept = 0;
    for found in expired {
        // In the order every offer change takes (application, then offer),
        // and read again under the lock: another instance may have swept
        // it, or the tenant accepted it, since the list was read.
        Application::lock(conn, found.application_id)?;
        let mut o = Offer::get_for_change(conn, found.id)?;
        if o.status != OfferStatus::Open {
            continue;
        }
        swept += 1;
        o.status = OfferStatus::Expired;
        o.save(conn)?;
        close_offer(conn, &o, today)?;
        let e = Entity::new(EntityKind::Offer, o.id, Some(o.park_id));
        audit::record(conn, None, e, Action::Expire, Value::Null)?;
    }
    Ok(swept)
}

/// Sweeps in a transaction of its own, before an action that may be
/// refused: a refusal rolls its own transaction back, and the expiry it
/// found must stay recorded all the same.
pub async fn sweep(pool: &DbPool) -> AppResult<()> {
    db::write(pool, |c| sweep_expired_offers(c, today()).map(|_| ())).await
}

/// After an offer stops being open: free its units, and send its
/// application back to review when nothing else is on the table.
pub fn close_offer(conn: &mut DbConn, o: &Offer, today: NaiveDate) -> AppResult<()> {
    hold::release_offer(conn, o.id)?;
    let units = offer_store::unit_ids(conn, o.id)?;
    hold::refresh_unit_status(conn, &units, today)?;
    let mut a = Application::get(conn, o.application_id)?;
    let still_open = offer_store::of_application(conn, a.id)?
        .iter()
        .any(|x| x.id != o.id && x.status == OfferStatus::Open);
    if a.status == ApplicationStatus::Offered && !still_open {
        a.status = ApplicationStatus::UnderReview;
        a.save(conn)?;
    }
    Ok(())
}

/// The periodic upkeep every instance runs: expire offers past
/// `valid_until`, and move unit statuses along as leases start and end.
/// Idempotent, so several instances may run it at once.
pub fn housekeeping(conn: &mut DbConn, today: NaiveDate) -> AppResult<()> {
    sweep_expired_offers(conn, today)?;
    let held = hold::held_unit_ids(conn)?;
    Ok(hold::refresh_unit_status(conn, &held, today)?)
}
