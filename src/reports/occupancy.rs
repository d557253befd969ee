//! Today's occupancy of a park, by building and floor.

use std::collections::BTreeMap;

use super::model::{BuildingOccupancy, FloorOccupancy, ParkOccupancy};
use super::store;
use crate::access::{self, CurrentUser};
use crate::domain::occupancy::Occupancy;
use crate::inventory::park::store::Park;
use crate::platform::db::{DbConn, Id, Versioned};
use crate::platform::error::AppResult;
use crate::platform::time::{self, date_in, zone_or_default};

/// The park's operators and admins.
pub fn of_park(c: &mut DbConn, user: &CurrentUser, park_id: Id) -> AppResult<ParkOccupancy> {
    let park = Park::get(c, park_id)?;
    // "As of" the park's own date.
    let as_of = date_in(zone_or_default(&park.time_zone), time::now());
    access::require_park_staff(user, park_id)?;
    let units = store::units(c, Some(park_id), None)?;
    let mut by_building: BTreeMap<Id, BTreeMap<(i32, Id), Occupancy>> = BTreeMap::new();
    for v in &units {
        by_building
            .entry(v.unit.building_id)
            .or_default()
            .entry((v.floor.level, v.floor.id))
            .or_default()
            .add(v.unit.status, v.unit.area_m2);
    }
    let mut total = Occupancy::default();
    let mut buildings = Vec::new();
    for b in store::buildings_of_park(c, park_id)? {
        let floors_of_b = by_building.remove(&b.id).unwrap_or_default();
        let mut occupancy = Occupancy::default();
        let floors = floors_of_b
            .into_iter()
            .rev()
            .map(|((level, floor_id), o)| {
                occupancy.merge(&o);
                FloorOccupancy {
                    floor_id,
                    level,
                    occupancy: o,
                }
            })
            .collect();
        total.merge(&occupancy);
        buildings.push(BuildingOccupancy {
            building_id: b.id,
            code: b.code,
            name: b.name,
            occupancy,
            floors,
        });
    }
    Ok(ParkOccupancy {
        park_id,
        as_of,
        occupancy: total,
        buildings,
    })
}
