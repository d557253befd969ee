//! Every floor of a building, top down, with its units and their status:
//! what a frontend draws as a stacking plan.

use std::collections::BTreeMap;

use super::model::{Occupant, StackFloor, StackUnit, StackingPlan};
use super::stacking_picture::{LiftReach, Picture};
use super::store;
use crate::access::CurrentUser;
use crate::inventory::building::store::Building;
use crate::inventory::lift::store as lifts;
use crate::inventory::park::calendar::park_today;
use crate::platform::db::{DbConn, Id, Versioned};
use crate::platform::error::AppResult;
use crate::platform::time;

/// Public; the park's operators and admins also see each unit's tenant and
/// lease end date.
pub fn of_building(
    c: &mut DbConn,
    user: Option<&CurrentUser>,
    building_id: Id,
) -> AppResult<StackingPlan> {
    let b = Building::get(c, building_id)?;
    let staff = user.is_some_and(|u| u.manages_park(b.park_id));
    let today = park_today(c, b.park_id, time::now())?;
    let units = store::units(c, None, Some(building_id))?;
    let ids: Vec<Id> = units.iter().map(|v| v.unit.id).collect();
    let mut occupants = if staff {
        store::occupants(c, &ids, today)?
    } else {
        Default::default()
    };
    let mut by_floor: BTreeMap<Id, Vec<StackUnit>> = BTreeMap::new();
    for v in units {
        let occupant = occupants.remove(&v.unit.id).map(
            |(tenant_id, tenant_name, lease_id, lease_end_date)| Occupant {
                tenant_id,
                tenant_name,
                lease_id,
                lease_end_date,
            },
        );
        by_floor.entry(v.floor.id).or_default().push(StackUnit {
            unit_id: v.unit.id,
            code: v.unit.code,
            area_m2: v.unit.area_m2,
            status: v.unit.status,
            adjacent_unit_ids: v.adjacent_unit_ids,
            occupant,
        });
    }
    let floors = store::floors_of_building(c, building_id)?
        .into_iter()
        .map(|f| StackFloor {
            floor_id: f.id,
            level: f.level,
            area_m2: f.area_m2,
            live_load_kn_m2: f.live_load_kn_m2,
            clear_height_mm: f.clear_height_mm,
            units: by_floor.remove(&f.id).unwrap_or_default(),
        })
        .collect();
    Ok(StackingPlan {
        building_id,
        park_id: b.park_id,
        code: b.code,
        as_of: today,
        includes_occupants: staff,
        floors,
    })
}

/// The plan, the building's name and its freight lifts (public, like the
/// building): what the stacking plan picture draws.
pub fn picture_of_building(
    c: &mut DbConn,
    user: Option<&CurrentUser>,
    building_id: Id,
) -> AppResult<Picture> {
    let plan = of_building(c, user, building_id)?;
    let building_name = Building::get(c, building_id)?.name;
    let lifts = lifts::all_in_building(c, building_id)?
        .into_iter()
        .map(|l| LiftReach {
            code: l.code,
            rated_load_kg: l.rated_load_kg,
            lowest_level: l.lowest_level,
            highest_level: l.highest_level,
        })
        .collect();
    Ok(Picture {
        plan,
        building_name,
        lifts,
    })
}
