//! What every handler shares.

use crate::accounts::auth::throttle::ThrottlePolicy;
use crate::catalog::snapshot::SnapshotCache;
use crate::platform::auth::JwtKeys;
use crate::platform::db::DbPool;

#[derive(Clone)]
pub struct AppState {
    pub pool: DbPool,
    pub jwt: JwtKeys,
    pub throttle: ThrottlePolicy,
    /// Take the client address from `X-Forwarded-For` (only behind a proxy
    /// that sets it); otherwise the peer address.
    pub trust_forwarded_for: bool,
    pub backend: crate::platform::db::conn::Backend,
    /// This instance's catalog: the inventory snapshot search and matching read.
    pub catalog: std::sync::Arc<SnapshotCache>,
    /// What the open applications want, for reverse matching.
    pub demand: std::sync::Arc<crate::matching::demand::DemandCache>,
}
