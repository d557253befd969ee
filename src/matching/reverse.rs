//! Reverse matching: the open applications that a unit, or a park, suits.
//! The operator's question ("this floor came free: whom does it suit?")
//! answered by the same engine, index and checks as an application's
//! matches, asked from the space's side, over the applications the caller
//! may see.

use std::cmp::Reverse;

use super::engine::{self, Candidate, MatchResult};
use super::model::requirement;
use super::model::{ApplicationBest, ApplicationCandidate, CandidateOut, UnitApplications};
use crate::access::{self, CurrentUser};
use crate::catalog::snapshot::{Snapshot, SnapshotCache};
use crate::inventory::park::store::Park;
use crate::leasing::application::store::{self as applications, Application};
use crate::leasing::today;
use crate::platform::db::{DbConn, Id, Versioned, Window};
use crate::platform::error::{AppError, AppResult};

/// For each open application the caller sees, its best candidate holding
/// the unit; the best `limit` matches and near misses. The park's
/// operators and admins; 404 to others, as for the park's occupancy.
pub fn for_unit(
    c: &mut DbConn,
    cache: &SnapshotCache,
    user: &CurrentUser,
    unit_id: Id,
    limit: usize,
) -> AppResult<UnitApplications> {
    let snapshot = cache.get(c, today())?;
    let park_id = snapshot
        .view(unit_id)
        .map(|v| v.park_id)
        .ok_or_else(|| AppError::not_found("unit", unit_id))?;
    access::require_park_staff(user, park_id)?;
    let open = applications::open(c, &access::applications(user))?;
    let index = snapshot.index();
    let mut matches = Vec::new();
    let mut near_misses = Vec::new();
    let mut truncated = false;
    for a in &open {
        let found = engine::find_with_unit(&requirement(a), index, unit_id.0, 1, snapshot.limits);
        truncated |= found.truncated;
        match best(found) {
            Some((true, c)) => matches.push((a, c)),
            Some((false, c)) => near_misses.push((a, c)),
            None => {}
        }
    }
    let top = |mut list: Vec<(&Application, Candidate)>| {
        list.sort_by_key(|(a, c)| (Reverse(c.score), a.id));
        list.truncate(limit);
        list.into_iter()
            .map(|(a, c)| ApplicationCandidate {
                application_id: a.id,
                tenant_id: a.tenant_id,
                candidate: CandidateOut::new(c, &snapshot),
            })
            .collect()
    };
    Ok(UnitApplications {
        matches: top(matches),
        near_misses: top(near_misses),
        truncated,
    })
}

/// For each open application the caller sees, its best candidate in the
/// park: applications with a match first, then those with a near miss,
/// each best first; applications with neither are left out. One window of
/// them and how many there are in all.
pub fn for_park(
    c: &mut DbConn,
    cache: &SnapshotCache,
    user: &CurrentUser,
    park_id: Id,
    window: Window,
) -> AppResult<(Vec<ApplicationBest>, i64)> {
    Park::get(c, park_id)?;
    access::require_park_staff(user, park_id)?;
    let open = applications::open(c, &access::applications(user))?;
    let snapshot = cache.get(c, today())?;
    let mut found: Vec<(&Application, bool, Candidate)> = open
        .iter()
        .filter_map(|a| {
            let r = engine::find_in_park(
                &requirement(a),
                snapshot.index(),
                park_id.0,
                1,
                snapshot.limits,
            );
            best(r).map(|(is_match, c)| (a, is_match, c))
        })
        .collect();
    found.sort_by_key(|(a, is_match, c)| (Reverse(*is_match), Reverse(c.score), a.id));
    let total = found.len() as i64;
    let items = found
        .into_iter()
        .skip(usize::try_from(window.offset).unwrap_or(usize::MAX))
        .take(usize::try_from(window.limit).unwrap_or(0))
        .map(|(a, is_match, c)| best_out(a, is_match, c, &snapshot))
        .collect();
    Ok((items, total))
}

/// The best candidate of a search with limit 1: its match if it has one,
/// else its near miss; and which it is.
fn best(mut r: MatchResult) -> Option<(bool, Candidate)> {
    match r.matches.pop() {
        Some(c) => Some((true, c)),
        None => r.near_misses.pop().map(|c| (false, c)),
    }
}

fn best_out(a: &Application, is_match: bool, c: Candidate, snapshot: &Snapshot) -> ApplicationBest {
    ApplicationBest {
        application_id: a.id,
        tenant_id: a.tenant_id,
        is_match,
        best: CandidateOut::new(c, snapshot),
    }
}
