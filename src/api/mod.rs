//! Request and response bodies of the API: what clients send and see,
//! validated at the edge and documented in the OpenAPI document.

pub mod applications;
pub mod audit;
pub mod auth;
pub mod buildings;
pub mod checks;
pub mod floors;
pub mod freight_lifts;
pub mod leasing;
pub mod matching;
pub mod parks;
pub mod reports;
pub mod tenants;
pub mod units;
pub mod users;

use chrono::{DateTime, NaiveDateTime, Utc};

/// Timestamps leave the API as RFC 3339 UTC.
pub fn utc(t: NaiveDateTime) -> DateTime<Utc> {
    t.and_utc()
}
