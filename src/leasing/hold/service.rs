//! The units a deal names: all known, all in one park.

use std::collections::BTreeSet;

use crate::domain::FieldError;
use crate::inventory::building::store::Building;
use crate::inventory::unit::store::Unit;
use crate::platform::db::{DbConn, Id, Versioned};
use crate::platform::error::{AppError, AppResult};

/// The one park all of `unit_ids` belong to; 422 for unknown units or a mix.
pub fn park_of_units(conn: &mut DbConn, unit_ids: &[Id]) -> AppResult<Id> {
    let mut parks = BTreeSet::new();
    let mut problems = Vec::new();
    for (i, id) in unit_ids.iter().enumerate() {
        match Unit::find(conn, *id)? {
            Some(u) => {
                parks.insert(Building::get(conn, u.building_id)?.park_id);
            }
            None => problems.push(FieldError::new(
                format!("unit_ids[{i}]"),
                "unknown_unit",
                crate::text!("problem-unknown-unit", id = id.to_string()),
            )),
        }
    }
    AppError::unless_empty(problems)?;
    match parks.into_iter().collect::<Vec<_>>().as_slice() {
        [one] => Ok(*one),
        _ => Err(AppError::field(
            "unit_ids",
            "several_parks",
            crate::text!("problem-units-in-several-parks"),
        )),
    }
}
