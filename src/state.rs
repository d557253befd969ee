//! What every handler shares.

use crate::accounts::auth::throttle::ThrottlePolicy;
use crate::matching::snapshot::SnapshotCache;
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
    /// This instance's matching snapshot.
    pub matching: std::sync::Arc<SnapshotCache>,
}
