//! Matching a stored application, or a posted requirement, against this
//! instance's inventory snapshot.

use super::engine::{self, Requirement};
use super::model::{MatchesOut, requirement};
use crate::access::CurrentUser;
use crate::catalog::snapshot::{Snapshot, SnapshotCache};
use crate::i18n::Lang;
use crate::leasing::application::service as applications;
use crate::platform::db::{DbConn, Id};
use crate::platform::error::AppResult;
use crate::platform::time::china_today;

/// Space for an application the caller sees; the checks' messages in `lang`.
pub fn for_application(
    c: &mut DbConn,
    cache: &SnapshotCache,
    user: &CurrentUser,
    id: Id,
    limit: usize,
    lang: Lang,
) -> AppResult<MatchesOut> {
    let a = applications::visible(c, user, id)?;
    for_requirement(c, cache, &requirement(&a), limit, lang)
}

/// Space for a requirement; nothing is stored.
pub fn for_requirement(
    c: &mut DbConn,
    cache: &SnapshotCache,
    req: &Requirement,
    limit: usize,
    lang: Lang,
) -> AppResult<MatchesOut> {
    let snapshot = cache.get(c, china_today())?;
    Ok(on_snapshot(&snapshot, req, limit, lang))
}

/// Space for a requirement in one snapshot. The snapshot holds no text:
/// the messages are written here, for this request, in `lang`.
pub fn on_snapshot(snapshot: &Snapshot, req: &Requirement, limit: usize, lang: Lang) -> MatchesOut {
    let result = engine::find_within(req, snapshot.index(), limit, snapshot.limits, lang);
    MatchesOut::new(result, snapshot)
}
