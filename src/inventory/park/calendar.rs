//! What day it is in each park: dates in the API are calendar dates in the
//! park's own time zone (China Standard Time unless it names another).

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use super::store;
use crate::platform::db::{DbConn, Id, Versioned};
use crate::platform::error::AppResult;
use crate::platform::time::{DEFAULT_TIME_ZONE, date_in, zone_or_default};

/// Every park's date at one instant, read once for a request or a sweep
/// that spans parks.
pub struct Calendar {
    at: DateTime<Utc>,
    zones: HashMap<Id, Tz>,
}

impl Calendar {
    pub fn load(conn: &mut DbConn, at: DateTime<Utc>) -> AppResult<Self> {
        let zones = store::time_zones(conn)?
            .into_iter()
            .map(|(id, name)| (id, zone_or_default(&name)))
            .collect();
        Ok(Self { at, zones })
    }

    /// A calendar over given zones, for tests.
    pub fn with_zones(at: DateTime<Utc>, zones: HashMap<Id, Tz>) -> Self {
        Self { at, zones }
    }

    /// The park's date (a park unknown here, say one just created, is
    /// taken to be in China Standard Time).
    pub fn today(&self, park_id: Id) -> NaiveDate {
        let zone = self.zones.get(&park_id).copied();
        date_in(zone.unwrap_or(DEFAULT_TIME_ZONE), self.at)
    }

    /// The parks grouped by their date, earliest first: one group while
    /// every park keeps China Standard Time.
    pub fn parks_by_date(&self) -> std::collections::BTreeMap<NaiveDate, Vec<Id>> {
        let mut groups: std::collections::BTreeMap<NaiveDate, Vec<Id>> = Default::default();
        for (id, zone) in &self.zones {
            groups.entry(date_in(*zone, self.at)).or_default().push(*id);
        }
        groups
    }

    /// The latest date any park has reached: whatever is past in some park
    /// is before it.
    pub fn latest(&self) -> NaiveDate {
        let default = date_in(DEFAULT_TIME_ZONE, self.at);
        let dates = self.zones.values().map(|z| date_in(*z, self.at));
        dates.fold(default, NaiveDate::max)
    }
}

/// One park's date at `at`.
pub fn park_today(conn: &mut DbConn, park_id: Id, at: DateTime<Utc>) -> AppResult<NaiveDate> {
    let name = store::Park::get(conn, park_id)?.time_zone;
    Ok(date_in(zone_or_default(&name), at))
}
