//! Open applications no space matches, grouped by the criterion that blocks
//! them, with the area they demand: what the park should build or refit next.

use std::collections::BTreeMap;

use super::model::{DemandGap, DemandGaps};
use crate::access::{self, CurrentUser};
use crate::catalog::snapshot::SnapshotCache;
use crate::leasing::application::store as applications;
use crate::matching::engine::{self, Criterion};
use crate::matching::model::requirement;
use crate::platform::db::DbConn;
use crate::platform::error::AppResult;
use crate::platform::time::china_today;

/// Operators see the applications visible to them, admins all.
pub fn report(c: &mut DbConn, user: &CurrentUser, cache: &SnapshotCache) -> AppResult<DemandGaps> {
    user.require_staff(crate::text!("report-staff-only"))?;
    let open = applications::open(c, &access::applications(user))?;
    let snapshot = cache.get(c, china_today())?;
    let index = snapshot.index();
    let mut groups: BTreeMap<Option<Criterion>, DemandGap> = BTreeMap::new();
    let mut unmatched = 0;
    for a in &open {
        let result = engine::find(&requirement(a), index, 1);
        if !result.matches.is_empty() {
            continue;
        }
        unmatched += 1;
        let blocking = result
            .near_misses
            .first()
            .and_then(|c| c.checks.iter().find(|k| !k.passed))
            .map(|k| k.criterion);
        let g = groups.entry(blocking).or_insert_with(|| DemandGap {
            criterion: blocking,
            applications: 0,
            area_demanded_m2: 0.0,
            application_ids: Vec::new(),
        });
        g.applications += 1;
        g.area_demanded_m2 += a.min_area_m2;
        g.application_ids.push(a.id);
    }
    let mut gaps: Vec<DemandGap> = groups.into_values().collect();
    gaps.sort_by(|x, y| {
        y.applications
            .cmp(&x.applications)
            .then(y.area_demanded_m2.total_cmp(&x.area_demanded_m2))
    });
    Ok(DemandGaps {
        open_applications: open.len() as i64,
        unmatched_applications: unmatched,
        gaps,
    })
}
