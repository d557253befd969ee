//! Each stored record as the JSON object of its sheet's fields: what an
//! export writes, and what an import starts from for a record it updates
//! (so a column left out of the file keeps the stored value). Field names
//! and values are the API's own, taken from the slices' `…Out` views.

use serde_json::{Map, Value, json};

use crate::audit::to_json;
use crate::inventory::building::model::BuildingOut;
use crate::inventory::building::store::Building;
use crate::inventory::floor::model::FloorOut;
use crate::inventory::floor::store::Floor;
use crate::inventory::lift::model::FreightLiftOut;
use crate::inventory::lift::store::FreightLift;
use crate::inventory::unit::store::Unit;

use super::columns::{ADJACENT_UNIT_CODES, BUILDING_CODE, columns};
use super::model::Sheet;

pub type Record = Map<String, Value>;

/// Only the sheet's columns, so nothing else reaches the create form.
fn only_columns(sheet: Sheet, value: Value) -> Record {
    let Value::Object(all) = value else {
        return Record::new();
    };
    columns(sheet)
        .iter()
        .filter_map(|c| all.get(c.field).map(|v| (c.field.to_string(), v.clone())))
        .collect()
}

fn with_building(mut record: Record, building_code: &str) -> Record {
    record.insert(BUILDING_CODE.into(), Value::from(building_code));
    record
}

pub fn building(b: &Building) -> Record {
    only_columns(Sheet::Buildings, to_json(&BuildingOut::from(b.clone())))
}

pub fn floor(f: &Floor, building_code: &str) -> Record {
    let record = only_columns(Sheet::Floors, to_json(&FloorOut::from(f.clone())));
    with_building(record, building_code)
}

pub fn lift(l: &FreightLift, building_code: &str) -> Record {
    let record = only_columns(Sheet::Lifts, to_json(&FreightLiftOut::from(l.clone())));
    with_building(record, building_code)
}

/// A unit's own values: its overrides, not the effective ones it inherits
/// from its floor, so that a blank cell keeps inheriting.
pub fn unit(u: &Unit, building_code: &str, level: i32, neighbour_codes: Vec<String>) -> Record {
    let value = json!({
        "level": level,
        "code": u.code,
        "area_m2": u.area_m2,
        "status": u.status,
        "asking_rent_fen_m2_day": u.asking_rent_fen_m2_day,
        "fit_out": u.fit_out,
        "live_load_kn_m2": u.live_load_kn_m2,
        "clear_height_mm": u.clear_height_mm,
        "power_kva": u.power_kva,
        ADJACENT_UNIT_CODES: neighbour_codes,
    });
    with_building(only_columns(Sheet::Units, value), building_code)
}
