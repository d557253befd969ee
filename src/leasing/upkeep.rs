//! What keeps leasing current as days pass: offers expire, and units move
//! between `available`, `reserved` and `leased` as holds start and end.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::Value;

use crate::audit::{self, Action, Entity, EntityKind};
use crate::domain::{ApplicationStatus, OfferStatus};
use crate::inventory::park::calendar::Calendar;
use crate::inventory::park::store as park_store;
use crate::leasing::application::store::Application;
use crate::leasing::hold::store as hold;
use crate::leasing::offer::store::{self as offer_store, Offer};
use crate::platform::db::{self, DbConn, DbPool, Id, Versioned};
use crate::platform::error::AppResult;
use crate::platform::time;

/// Marks open offers past `valid_until` expired and frees their units. Runs
/// before anything that reads or writes holds, so an expired offer never
/// blocks a unit; also run periodically by the server. `valid_until` is a
/// date in the offer's park: the offer lapses when that park's day after it
/// begins (00:00 China Standard Time is 16:00 UTC).
pub fn sweep_expired_offers(conn: &mut DbConn, at: DateTime<Utc>) -> AppResult<usize> {
    let calendar = Calendar::load(conn, at)?;
    // Past in some park, then kept only where it is past in the offer's own.
    let candidates = offer_store::expired_open(conn, calendar.latest())?;
    let mut swept = 0;
    for found in candidates {
        let today = calendar.today(found.park_id);
        if !lapsed(found.valid_until, today) {
            continue;
        }
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
    let at = time::now();
    db::write(pool, move |c| sweep_expired_offers(c, at).map(|_| ())).await
}

/// An offer valid until `valid_until` has lapsed once its park's date is
/// past it: it is open all of its last day.
pub fn lapsed(valid_until: NaiveDate, park_today: NaiveDate) -> bool {
    valid_until < park_today
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
/// Idempotent, so several instances may run it at once. Each unit's status
/// is as of its own park's date.
pub fn housekeeping(conn: &mut DbConn, at: DateTime<Utc>) -> AppResult<()> {
    sweep_expired_offers(conn, at)?;
    let calendar = Calendar::load(conn, at)?;
    let held = hold::held_unit_ids(conn)?;
    let mut by_park: BTreeMap<Id, Vec<Id>> = BTreeMap::new();
    for (unit, park) in park_store::parks_of_units(conn, &held)? {
        by_park.entry(park).or_default().push(unit);
    }
    for (park, units) in by_park {
        hold::refresh_unit_status(conn, &units, calendar.today(park))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::platform::time::parse_zone;

    fn open_at(zone: &str, valid_until: &str, at: &str) -> bool {
        let park = Id::new();
        let zones = HashMap::from([(park, parse_zone(zone).unwrap())]);
        let calendar = Calendar::with_zones(at.parse().unwrap(), zones);
        !lapsed(valid_until.parse().unwrap(), calendar.today(park))
    }

    #[test]
    fn an_offer_is_open_all_of_its_last_day_in_shanghai() {
        assert!(open_at(
            "Asia/Shanghai",
            "2026-12-31",
            "2026-12-30T16:00:00Z"
        ));
        assert!(open_at(
            "Asia/Shanghai",
            "2026-12-31",
            "2026-12-31T15:59:59Z"
        ));
        assert!(!open_at(
            "Asia/Shanghai",
            "2026-12-31",
            "2026-12-31T16:00:00Z"
        ));
    }

    #[test]
    fn a_berlin_park_keeps_it_open_until_its_own_midnight() {
        assert!(open_at(
            "Europe/Berlin",
            "2026-12-31",
            "2026-12-31T16:00:00Z"
        ));
        assert!(open_at(
            "Europe/Berlin",
            "2026-12-31",
            "2026-12-31T22:59:59Z"
        ));
        assert!(!open_at(
            "Europe/Berlin",
            "2026-12-31",
            "2026-12-31T23:00:00Z"
        ));
    }

    #[test]
    fn a_park_the_calendar_does_not_know_is_in_china_standard_time() {
        let calendar =
            Calendar::with_zones("2026-12-31T16:00:00Z".parse().unwrap(), HashMap::new());
        assert_eq!(calendar.today(Id::new()), "2027-01-01".parse().unwrap());
    }

    #[test]
    fn the_latest_date_is_the_furthest_park_ahead() {
        let (a, b) = (Id::new(), Id::new());
        let zones = HashMap::from([
            (a, parse_zone("Europe/Berlin").unwrap()),
            (b, parse_zone("Pacific/Kiritimati").unwrap()),
        ]);
        let calendar = Calendar::with_zones("2026-12-31T10:00:00Z".parse().unwrap(), zones);
        assert_eq!(calendar.latest(), "2027-01-01".parse().unwrap());
        assert_eq!(calendar.today(a), "2026-12-31".parse().unwrap());
    }
}
