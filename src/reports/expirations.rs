//! Leases ending soon, soonest first.

use chrono::Duration;

use super::model::Expiration;
use super::store;
use crate::access::{self, CurrentUser};
use crate::leasing::lease::store::{self as leases, ListFilter};
use crate::leasing::today;
use crate::platform::db::{DbConn, Id, Window};
use crate::platform::error::AppResult;

/// Leases ending within `within_days`: operators see their parks', admins all.
pub fn within(
    c: &mut DbConn,
    user: &CurrentUser,
    within_days: i64,
    window: Window,
) -> AppResult<(Vec<Expiration>, i64)> {
    user.require_staff("reports are for park staff")?;
    let today = today();
    let filter = ListFilter {
        park_id: None,
        tenant_id: None,
        status: None,
        ending_from: Some(today),
        ending_by: Some(today + Duration::days(within_days)),
    };
    let (rows, total) = leases::list(c, &access::deals(user), &filter, window)?;
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
                days_left: (l.end_date - today).num_days(),
                rent_fen_m2_day: l.rent_fen_m2_day,
            }
        })
        .collect();
    Ok((items, total))
}
