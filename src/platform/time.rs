//! Timestamps as the API shows them.

use chrono::{DateTime, NaiveDateTime, Utc};

/// Timestamps leave the API as RFC 3339 UTC.
pub fn utc(t: NaiveDateTime) -> DateTime<Utc> {
    t.and_utc()
}
