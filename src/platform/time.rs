//! Timestamps as the API shows them, and what day it is where a park is.
//!
//! Dates in the API (`valid_until`, lease ends, "as of") are calendar dates
//! in the park's time zone, China Standard Time unless the park says
//! otherwise: an offer valid until the 31st is open all of the 31st in
//! Qingdao, until 16:00 UTC. The functions that decide a date take the
//! instant as an argument, so tests pick it; only [`now`] reads the clock.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;

/// Timestamps leave the API as RFC 3339 UTC.
pub fn utc(t: NaiveDateTime) -> DateTime<Utc> {
    t.and_utc()
}

/// A park's zone when it names none: China Standard Time (UTC+8, no DST).
pub const DEFAULT_TIME_ZONE: Tz = chrono_tz::Asia::Shanghai;

/// The name [`DEFAULT_TIME_ZONE`] is stored and shown as.
pub const DEFAULT_TIME_ZONE_NAME: &str = "Asia/Shanghai";

/// The instant it is now: the one place that reads the system clock.
pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// An IANA zone name (`Asia/Shanghai`, `Europe/Berlin`), exactly as the
/// tz database spells it; `None` for anything else.
pub fn parse_zone(name: &str) -> Option<Tz> {
    name.parse::<Tz>().ok()
}

/// The zone a stored name stands for. Names are checked on the way in, so
/// the fallback only covers a row edited by hand.
pub fn zone_or_default(name: &str) -> Tz {
    parse_zone(name).unwrap_or(DEFAULT_TIME_ZONE)
}

/// The calendar date at `at` in `zone`.
pub fn date_in(zone: Tz, at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&zone).date_naive()
}

/// The date in China Standard Time: for the few places that need one date
/// for every park at once (the cached catalog), since the parks are in China.
pub fn china_date(at: DateTime<Utc>) -> NaiveDate {
    date_in(DEFAULT_TIME_ZONE, at)
}

/// Today in China Standard Time, by the system clock (see [`china_date`]).
pub fn china_today() -> NaiveDate {
    china_date(now())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn shanghai_turns_the_day_at_16_utc() {
        let z = zone_or_default("Asia/Shanghai");
        assert_eq!(date_in(z, at("2026-12-31T15:59:59Z")), d("2026-12-31"));
        assert_eq!(date_in(z, at("2026-12-31T16:00:00Z")), d("2027-01-01"));
        assert_eq!(china_date(at("2026-12-30T16:00:00Z")), d("2026-12-31"));
    }

    #[test]
    fn berlin_turns_the_day_at_23_utc_in_winter() {
        let z = parse_zone("Europe/Berlin").unwrap();
        assert_eq!(date_in(z, at("2026-12-31T22:59:59Z")), d("2026-12-31"));
        assert_eq!(date_in(z, at("2026-12-31T23:00:00Z")), d("2027-01-01"));
    }

    #[test]
    fn only_tz_database_names_parse() {
        assert!(parse_zone("Asia/Shanghai").is_some());
        assert!(parse_zone("UTC").is_some());
        assert!(parse_zone("Asia/Qingdao").is_none());
        assert!(parse_zone("").is_none());
        assert!(parse_zone("+08:00").is_none());
        assert_eq!(zone_or_default("nonsense"), DEFAULT_TIME_ZONE);
    }
}
