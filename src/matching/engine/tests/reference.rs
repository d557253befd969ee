//! A deliberately naive second reading of the rules, for single units: no
//! index, no pruning, no shared code with the engine. The property test
//! checks that the engine keeps exactly the single units this keeps, failing
//! exactly the same criterion.

use std::collections::BTreeMap;

use chrono::Months;
use uuid::Uuid;

use crate::domain::{BuildingStatus, FireHazardClass, UnitStatus};
use crate::matching::engine::*;

/// The criteria each unit fails alone, for units of a known building.
pub fn single_unit_failures(inv: &Inventory, req: &Requirement) -> BTreeMap<Uuid, Vec<Criterion>> {
    let end = req
        .move_in_date
        .checked_add_months(Months::new(req.lease_months))
        .unwrap();
    let mut out = BTreeMap::new();
    for u in &inv.units {
        let Some(b) = inv.buildings.iter().find(|b| b.id == u.building_id) else {
            continue;
        };
        let mut failed = Vec::new();
        let mut fail = |c: Criterion, ok: bool| {
            if !ok {
                failed.push(c);
            }
        };
        fail(
            Criterion::Area,
            u.area_m2 >= req.min_area_m2 && req.max_area_m2.is_none_or(|m| u.area_m2 <= m),
        );
        let pressure = req.heaviest_item.as_ref().map(|i| {
            i.weight_kg * 9.81
                / ((i.length_mm as f64 / 1000.0) * (i.width_mm as f64 / 1000.0))
                / 1000.0
        });
        fail(
            Criterion::LiveLoad,
            req.min_live_load_kn_m2
                .is_none_or(|m| u.live_load_kn_m2 >= m)
                && pressure.is_none_or(|p| p <= u.live_load_kn_m2),
        );
        fail(
            Criterion::ClearHeight,
            req.min_clear_height_mm
                .is_none_or(|m| u.clear_height_mm >= m)
                && req
                    .heaviest_item
                    .as_ref()
                    .is_none_or(|i| i.height_mm <= u.clear_height_mm),
        );
        let lift_ok = u.level == 1
            || inv.lifts.iter().any(|l| {
                l.building_id == b.id
                    && l.lowest_level <= u.level
                    && u.level <= l.highest_level
                    && req.heaviest_item.as_ref().is_none_or(|i| {
                        let turned = [(i.length_mm, i.width_mm), (i.width_mm, i.length_mm)];
                        i.weight_kg <= l.rated_load_kg as f64
                            && i.height_mm <= l.door_height_mm.min(l.car_height_mm)
                            && turned.iter().any(|&(across, along)| {
                                across <= l.door_width_mm.min(l.car_width_mm)
                                    && along <= l.car_depth_mm
                            })
                    })
            });
        fail(Criterion::FreightLift, lift_ok);
        let class = req.fire_hazard_class;
        fail(
            Criterion::FireHazard,
            class >= b.max_fire_hazard_class
                && (class != FireHazardClass::A || b.floors_above_ground == 1)
                && (class > FireHazardClass::B || u.level > 0),
        );
        fail(
            Criterion::Power,
            req.min_power_kva
                .is_none_or(|m| u.power_kva.is_some_and(|p| p >= m)),
        );
        fail(
            Criterion::UtilityShaft,
            !req.needs_utility_shaft || u.has_utility_shaft,
        );
        fail(
            Criterion::Rent,
            req.max_rent_fen_m2_day
                .is_none_or(|m| u.asking_rent_fen_m2_day <= m),
        );
        fail(
            Criterion::Park,
            req.preferred_park_ids.is_empty() || req.preferred_park_ids.contains(&b.park_id),
        );
        fail(
            Criterion::Availability,
            u.status != UnitStatus::Unavailable
                && !inv
                    .holds
                    .iter()
                    .any(|h| h.unit_id == u.id && h.start < end && req.move_in_date < h.end),
        );
        fail(
            Criterion::BuildingReady,
            matches!(
                b.status,
                BuildingStatus::Completed | BuildingStatus::Operational
            ) || b.completion_date.is_some_and(|c| c <= req.move_in_date),
        );
        out.insert(u.id, failed);
    }
    out
}
