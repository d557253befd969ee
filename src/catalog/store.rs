//! What the catalog reads: the engine's inventory (every park, building and
//! lift, the units with effective values, the holds that still count), the
//! generation counter, and the change log the triggers write.

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::inventory::building::store::Building;
use crate::inventory::lift::store::FreightLift;
use crate::inventory::park::store::Park;
use crate::inventory::unit::store::UnitView;
use crate::matching::engine::{BuildingInfo, Hold, Inventory, LiftInfo, ParkInfo, UnitInfo};
use crate::platform::db::schema::{
    buildings, catalog_changes, freight_lifts, match_generation, parks,
};
use crate::platform::db::{DbConn, Id, StoreResult};

/// Every unit's view, for a snapshot made from scratch.
pub fn all_views(conn: &mut DbConn) -> StoreResult<Vec<UnitView>> {
    crate::reports::store::units(conn, None, None)
}

/// What the triggers recorded since `generation`: the units and the floors
/// whose views changed, and whether the small tables did; `None` when the log no longer reaches back that far.
/// Not bounded above: rows of transactions committed after the caller read
/// the generation are read again on its next refresh, which is harmless.
pub fn changes_since(conn: &mut DbConn, generation: i64) -> StoreResult<Option<Changes>> {
    let pruned_below: i64 = match_generation::table
        .find(1)
        .select(match_generation::pruned_below)
        .first(conn)?;
    if generation < pruned_below {
        return Ok(None);
    }
    let rows: Vec<(Option<Id>, Option<Id>)> = catalog_changes::table
        .filter(catalog_changes::generation.gt(generation))
        .select((catalog_changes::unit_id, catalog_changes::floor_id))
        .load(conn)?;
    let mut changes = Changes::default();
    for (unit, floor) in rows {
        changes.tables |= unit.is_none() && floor.is_none();
        changes.units.extend(unit);
        changes.floors.extend(floor);
    }
    changes.units.sort();
    changes.units.dedup();
    changes.floors.sort();
    changes.floors.dedup();
    Ok(Some(changes))
}

#[derive(Debug, Default)]
pub struct Changes {
    pub units: Vec<Id>,
    pub floors: Vec<Id>,
    /// Parks, buildings, lifts, holds or offers changed (rows naming
    /// neither a unit nor a floor).
    pub tables: bool,
}

/// Forgets changes more than `keep` generations old; an instance further
/// behind reads the whole inventory again.
pub fn prune_changes(conn: &mut DbConn, keep: i64) -> StoreResult<()> {
    let below = generation(conn)? - keep;
    if below <= 0 {
        return Ok(());
    }
    diesel::update(match_generation::table.find(1))
        .set(match_generation::pruned_below.eq(below))
        .execute(conn)?;
    diesel::delete(catalog_changes::table.filter(catalog_changes::generation.le(below)))
        .execute(conn)?;
    Ok(())
}

/// The engine's inventory without its units: parks, buildings and lifts (a
/// few thousand rows) and the holds that count today, read afresh each time.
pub fn tables(conn: &mut DbConn, today: NaiveDate) -> StoreResult<Inventory> {
    let park_rows: Vec<Park> = parks::table.load(conn)?;
    let building_rows: Vec<Building> = buildings::table.load(conn)?;
    let lift_rows: Vec<FreightLift> = freight_lifts::table.load(conn)?;
    let holds = crate::leasing::hold::store::live(conn, today)?;
    Ok(Inventory {
        parks: park_rows
            .into_iter()
            .map(|p| ParkInfo {
                id: p.id.0,
                target_industries: p.target_industries.0,
            })
            .collect(),
        buildings: building_rows
            .into_iter()
            .map(|b| BuildingInfo {
                id: b.id.0,
                park_id: b.park_id.0,
                floors_above_ground: b.floors_above_ground,
                floors_below_ground: b.floors_below_ground,
                status: b.status,
                completion_date: b.completion_date,
                max_fire_hazard_class: b.max_fire_hazard_class,
            })
            .collect(),
        lifts: lift_rows
            .into_iter()
            .map(|l| LiftInfo {
                building_id: l.building_id.0,
                rated_load_kg: l.rated_load_kg,
                car_width_mm: l.car_width_mm,
                car_depth_mm: l.car_depth_mm,
                car_height_mm: l.car_height_mm,
                door_width_mm: l.door_width_mm,
                door_height_mm: l.door_height_mm,
                lowest_level: l.lowest_level,
                highest_level: l.highest_level,
            })
            .collect(),
        units: Vec::new(),
        holds: holds
            .into_iter()
            .map(|h| Hold {
                unit_id: h.unit_id.0,
                start: h.start_date,
                end: h.end_date,
            })
            .collect(),
    })
}

/// A unit as the engine reads it: the floor's values where the unit has
/// none of its own.
pub fn unit_info(v: &UnitView) -> UnitInfo {
    UnitInfo {
        id: v.unit.id.0,
        code: v.unit.code.clone(),
        building_id: v.unit.building_id.0,
        floor_id: v.floor.id.0,
        level: v.floor.level,
        area_m2: v.unit.area_m2,
        live_load_kn_m2: v.effective_live_load_kn_m2(),
        clear_height_mm: v.effective_clear_height_mm(),
        power_kva: v.effective_power_kva(),
        power_from_floor: v.unit.power_kva.is_none(),
        has_utility_shaft: v.floor.has_utility_shaft,
        asking_rent_fen_m2_day: v.unit.asking_rent_fen_m2_day,
        status: v.unit.status,
        adjacent_unit_ids: v.adjacent_unit_ids.iter().map(|id| id.0).collect(),
    }
}

/// The counter the database moves on every change matching depends on.
pub fn generation(conn: &mut DbConn) -> StoreResult<i64> {
    Ok(match_generation::table
        .find(1)
        .select(match_generation::value)
        .first(conn)?)
}
