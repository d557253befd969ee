//! Leasing: applications moving through their states, offers that hold
//! units, leases. Each use case runs inside the caller's write transaction
//! and records what it changed in the audit trail.

pub mod application;
pub mod hold;
pub mod lease;
pub mod offer;
pub mod upkeep;
