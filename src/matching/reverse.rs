//! Reverse matching: the open applications that a unit, or a park, suits.
//! The operator's question ("this floor came free: whom does it suit?")
//! answered by the same engine, index and checks as an application's
//! matches, asked from the space's side, over the applications the caller
//! may see. Each application's best candidate is ranked without text, and
//! only those shown are explained.

use std::cmp::Reverse;

use super::demand::{DemandCache, Wanted};
use super::engine::{self, Unexplained};
use super::model::{ApplicationBest, ApplicationCandidate, CandidateOut, UnitApplications};
use crate::access::{self, CurrentUser};
use crate::catalog::snapshot::{Snapshot, SnapshotCache};
use crate::i18n::Lang;
use crate::inventory::park::store::Park;
use crate::platform::db::{DbConn, Id, Versioned, Window};
use crate::platform::error::{AppError, AppResult};
use crate::platform::time::china_today;

/// For each open application the caller sees, its best candidate holding
/// the unit; the best `limit` matches and near misses, best first (then
/// the oldest application). The park's operators and admins; 404 to
/// others, as for the park's occupancy.
pub fn for_unit(
    c: &mut DbConn,
    (catalog, demand): (&SnapshotCache, &DemandCache),
    user: &CurrentUser,
    unit_id: Id,
    limit: usize,
    lang: Lang,
) -> AppResult<UnitApplications> {
    let snapshot = catalog.get(c, china_today())?;
    let park_id = snapshot
        .view(unit_id)
        .map(|v| v.park_id)
        .ok_or_else(|| AppError::not_found("unit", unit_id))?;
    access::require_park_staff(user, park_id)?;
    let open = demand.open(c, &access::applications(user), catalog.writes())?;
    let index = snapshot.index();
    let mut matches = Vec::new();
    let mut near_misses = Vec::new();
    let mut truncated = false;
    for w in open.iter() {
        let (found, cut) =
            engine::best_with_unit(&w.requirement, index, unit_id.0, snapshot.limits);
        truncated |= cut;
        match found {
            Some(f) if f.is_match => matches.push((&**w, f)),
            Some(f) => near_misses.push((&**w, f)),
            None => {}
        }
    }
    let top = |mut list: Vec<(&Wanted, Unexplained)>| {
        list.sort_by_key(|(w, f)| (Reverse(f.score()), w.application_id));
        list.truncate(limit);
        list.into_iter()
            .map(|(w, f)| ApplicationCandidate {
                application_id: w.application_id,
                tenant_id: w.tenant_id,
                candidate: explained(w, &f, &snapshot, lang),
            })
            .collect()
    };
    Ok(UnitApplications {
        matches: top(matches),
        near_misses: top(near_misses),
        truncated,
    })
}

/// One window of the open applications the caller sees, newest first (as
/// `GET /applications` lists them), each with its best candidate in the
/// park, if any; and how many there are in all. Only the window's
/// applications are matched, so a page costs the same at any size.
pub fn for_park(
    c: &mut DbConn,
    (catalog, demand): (&SnapshotCache, &DemandCache),
    user: &CurrentUser,
    park_id: Id,
    window: Window,
    lang: Lang,
) -> AppResult<(Vec<ApplicationBest>, i64)> {
    Park::get(c, park_id)?;
    access::require_park_staff(user, park_id)?;
    let open = demand.open(c, &access::applications(user), catalog.writes())?;
    let snapshot = catalog.get(c, china_today())?;
    let items = open
        .iter()
        .skip(usize::try_from(window.offset).unwrap_or(usize::MAX))
        .take(usize::try_from(window.limit).unwrap_or(0))
        .map(|w| {
            let index = snapshot.index();
            let (found, _) =
                engine::best_in_park(&w.requirement, index, park_id.0, snapshot.limits);
            ApplicationBest {
                application_id: w.application_id,
                tenant_id: w.tenant_id,
                is_match: found.as_ref().is_some_and(|f| f.is_match),
                best: found.map(|f| explained(w, &f, &snapshot, lang)),
            }
        })
        .collect();
    Ok((items, open.len() as i64))
}

/// The candidate's checks, in `lang`: the demand cache holds requirements
/// only, never a message, so one cached list answers every language.
fn explained(w: &Wanted, f: &Unexplained, snapshot: &Snapshot, lang: Lang) -> CandidateOut {
    CandidateOut::new(f.explain(&w.requirement, snapshot.index(), lang), snapshot)
}
