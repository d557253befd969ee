//! Leases ending soon, soonest first.

use chrono::{Duration, NaiveDate};

use super::model::Expiration;
use super::store;
use crate::access::{self, CurrentUser, Scope};
use crate::inventory::park::calendar::Calendar;
use crate::leasing::lease::store::{self as leases, Lease, ListFilter};
use crate::platform::db::{DbConn, Id, Window};
use crate::platform::error::AppResult;
use crate::platform::time;

/// Leases ending within `within_days`: operators see their parks', admins all.
pub fn within(
    c: &mut DbConn,
    user: &CurrentUser,
    within_days: i64,
    window: Window,
) -> AppResult<(Vec<Expiration>, i64)> {
    user.require_staff(crate::text!("report-staff-only"))?;
    let calendar = Calendar::load(c, time::now())?;
    let (rows, total) = ending(c, &access::deals(user), &calendar, within_days, window)?;
    let ids: Vec<Id> = rows.iter().map(|l| l.id).collect();
    let tenants: Vec<Id> = rows.iter().map(|l| l.tenant_id).collect();
    let mut units = store::lease_units(c, &ids)?;
    let names = store::tenant_names(c, &tenants)?;
    let items = rows
        .into_iter()
        .map(|l| {
            let of_lease = units.remove(&l.id).unwrap_or_default();
            Expiration {
                lease_id: l.id,
                park_id: l.park_id,
                tenant_id: l.tenant_id,
                tenant_name: names.get(&l.tenant_id).cloned().unwrap_or_default(),
                unit_ids: of_lease.iter().map(|u| u.0).collect(),
                unit_codes: of_lease.iter().map(|u| u.1.clone()).collect(),
                area_m2: of_lease.iter().map(|u| u.2).sum(),
                end_date: l.end_date,
                days_left: (l.end_date - calendar.today(l.park_id)).num_days(),
                rent_fen_m2_day: l.rent_fen_m2_day,
            }
        })
        .collect();
    Ok((items, total))
}

/// Leases ending from each park's today to `within_days` later. Parks on
/// different dates (some not on China Standard Time) are read one date at a
/// time and merged in the report's order, end date then id.
fn ending(
    c: &mut DbConn,
    scope: &Scope,
    calendar: &Calendar,
    within_days: i64,
    window: Window,
) -> AppResult<(Vec<Lease>, i64)> {
    let filter = |today: NaiveDate| ListFilter {
        park_id: None,
        tenant_id: None,
        status: None,
        ending_from: Some(today),
        ending_by: Some(today + Duration::days(within_days)),
    };
    let groups = calendar.parks_by_date();
    // Staff only, so the scope names parks or all of them.
    if groups.len() <= 1 || matches!(scope, Scope::Tenant(_)) {
        let today = groups.keys().next().copied();
        let today = today.unwrap_or_else(time::china_today);
        return Ok(leases::list(c, scope, &filter(today), window)?);
    }
    let head = Window {
        offset: 0,
        limit: window.offset.saturating_add(window.limit),
    };
    let (mut rows, mut total) = (Vec::new(), 0);
    for (today, mut parks) in groups {
        if let Scope::Parks(mine) = scope {
            parks.retain(|p| mine.contains(p));
        }
        let (r, n) = leases::list(c, &Scope::Parks(parks), &filter(today), head)?;
        rows.extend(r);
        total += n;
    }
    rows.sort_by_key(|l| (l.end_date, l.id));
    let start = usize::try_from(window.offset).unwrap_or(usize::MAX);
    let take = usize::try_from(window.limit).unwrap_or(usize::MAX);
    Ok((rows.into_iter().skip(start).take(take).collect(), total))
}
