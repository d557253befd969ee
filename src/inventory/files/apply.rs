//! Each sheet's rows laid over the state, one by one: the key found, the
//! parent resolved, the row's fields read through the API's create form
//! over the stored record's own (so a column left out keeps its value).

use std::collections::HashMap;

use super::columns::{ADJACENT_UNIT_CODES, BUILDING_CODE};
use super::model::{Form, form};
use super::plan::{Planner, Touch};
use super::records::{self, Record};
use super::rows::{FileRow, SheetRows};
use crate::domain::FieldError;
use crate::i18n::Text;
use crate::inventory::building::model::CreateBuilding;
use crate::inventory::building::store::Building;
use crate::inventory::floor::model::CreateFloor;
use crate::inventory::lift::model::CreateFreightLift;
use crate::inventory::unit::model::CreateUnit;

/// The row's fields over `base` (the stored record, or nothing), without
/// the columns that only locate it.
fn fields(base: Record, row: &FileRow, locators: &[&str]) -> Record {
    let mut out = base;
    for (k, v) in &row.values {
        out.insert(k.clone(), v.clone());
    }
    for k in locators {
        out.remove(*k);
    }
    out
}

impl Planner<'_> {
    fn error(&mut self, rows: &SheetRows, number: u32, field: &str, code: &str, message: Text) {
        self.errors
            .push(rows.locate(number, FieldError::new(field, code, message)));
    }

    /// The row through the create form `T`. Its problems are recorded, less
    /// those of cells already reported as unreadable.
    fn form<T: Form>(&mut self, rows: &SheetRows, row: &FileRow, fields: Record) -> Option<T> {
        match form::<T>(fields) {
            Ok(v) if row.unreadable.is_empty() => Some(v),
            Ok(_) => None,
            Err(problems) => {
                for e in problems {
                    let e = rows.locate(row.number, e);
                    if !row.unreadable.contains(e.field.as_str()) {
                        self.errors.push(e);
                    }
                }
                None
            }
        }
    }

    /// A row's key, once per sheet: a second row with the same key is an error.
    fn first<K: std::hash::Hash + Eq>(
        &mut self,
        seen: &mut HashMap<K, u32>,
        key: K,
        rows: &SheetRows,
        row: &FileRow,
        field: &str,
        shown: Text,
    ) -> bool {
        if let Some(earlier) = seen.insert(key, row.number) {
            self.error(
                rows,
                row.number,
                field,
                "duplicate_row",
                crate::text!(
                    "files-duplicate-row",
                    shown = shown,
                    row = earlier.to_string()
                ),
            );
            return false;
        }
        true
    }

    /// The building a row names by code, if it is stored or in the file.
    fn building(&mut self, rows: &SheetRows, row: &FileRow) -> Option<(String, Building)> {
        let code = row.text(BUILDING_CODE)?;
        if let Some(i) = self.state.building_by_code.get(&code) {
            return Some((code, self.state.buildings[*i].clone()));
        }
        if !self.failed_buildings.contains(&code) {
            self.error(
                rows,
                row.number,
                BUILDING_CODE,
                "unknown_building",
                crate::text!("files-unknown-building", code = code.as_str()),
            );
        }
        None
    }

    pub fn read_buildings(&mut self, rows: &SheetRows) {
        let mut seen = HashMap::new();
        for row in &rows.rows {
            let Some(code) = row.text("code") else {
                continue;
            };
            if !self.first(
                &mut seen,
                code.clone(),
                rows,
                row,
                "code",
                crate::text!("files-shown-building", code = code.as_str()),
            ) {
                continue;
            }
            let existing = self.state.building_by_code.get(&code).copied();
            let base =
                existing.map_or_else(Record::new, |i| records::building(&self.state.buildings[i]));
            let Some(new) = self.form::<CreateBuilding>(rows, row, fields(base, row, &[])) else {
                self.failed_buildings.insert(code);
                continue;
            };
            let mut b = new.into_row(self.state.park_id);
            let index = match existing {
                Some(i) => {
                    let old = &self.state.buildings[i];
                    (b.id, b.version, b.created_at, b.updated_at) =
                        (old.id, old.version, old.created_at, old.updated_at);
                    self.state.buildings[i] = b;
                    i
                }
                None => self.state.add_building(b),
            };
            self.buildings.push(Touch {
                number: row.number,
                key: code,
                index,
            });
        }
    }

    pub fn read_floors(&mut self, rows: &SheetRows) {
        let mut seen = HashMap::new();
        for row in &rows.rows {
            let Some(level) = row.integer("level").and_then(|l| i32::try_from(l).ok()) else {
                continue;
            };
            let Some((code, b)) = self.building(rows, row) else {
                if let Some(code) = row.text(BUILDING_CODE) {
                    self.failed_floors.insert((code, level));
                }
                continue;
            };
            let key = format!("{code}/{level}");
            if !self.first(
                &mut seen,
                (b.id, level),
                rows,
                row,
                "level",
                crate::text!("files-shown-floor", key = key.as_str()),
            ) {
                continue;
            }
            let existing = self.state.floor_by_level.get(&(b.id, level)).copied();
            let base = existing.map_or_else(Record::new, |i| {
                records::floor(&self.state.floors[i], &code)
            });
            let Some(new) =
                self.form::<CreateFloor>(rows, row, fields(base, row, &[BUILDING_CODE]))
            else {
                self.failed_floors.insert((code, level));
                continue;
            };
            let mut f = new.into_row(b.id);
            let index = match existing {
                Some(i) => {
                    let old = &self.state.floors[i];
                    (f.id, f.version, f.created_at, f.updated_at) =
                        (old.id, old.version, old.created_at, old.updated_at);
                    self.state.floors[i] = f;
                    i
                }
                None => self.state.add_floor(f),
            };
            self.floors.push(Touch {
                number: row.number,
                key,
                index,
            });
        }
    }

    pub fn read_lifts(&mut self, rows: &SheetRows) {
        let mut seen = HashMap::new();
        for row in &rows.rows {
            let Some(lift_code) = row.text("code") else {
                continue;
            };
            let Some((code, b)) = self.building(rows, row) else {
                continue;
            };
            let key = format!("{code}/{lift_code}");
            if !self.first(
                &mut seen,
                (b.id, lift_code.clone()),
                rows,
                row,
                "code",
                crate::text!("files-shown-lift", key = key.as_str()),
            ) {
                continue;
            }
            let existing = self.state.lift_by_code.get(&(b.id, lift_code)).copied();
            let base =
                existing.map_or_else(Record::new, |i| records::lift(&self.state.lifts[i], &code));
            let Some(new) =
                self.form::<CreateFreightLift>(rows, row, fields(base, row, &[BUILDING_CODE]))
            else {
                continue;
            };
            let mut l = new.into_row(b.id);
            let index = match existing {
                Some(i) => {
                    let old = &self.state.lifts[i];
                    (l.id, l.version, l.created_at, l.updated_at) =
                        (old.id, old.version, old.created_at, old.updated_at);
                    self.state.lifts[i] = l;
                    i
                }
                None => self.state.add_lift(l),
            };
            self.lifts.push(Touch {
                number: row.number,
                key,
                index,
            });
        }
    }

    pub fn read_units(&mut self, rows: &SheetRows) {
        let mut seen = HashMap::new();
        let locators = [BUILDING_CODE, "level", ADJACENT_UNIT_CODES];
        for row in &rows.rows {
            let (Some(unit_code), Some(level)) = (
                row.text("code"),
                row.integer("level").and_then(|l| i32::try_from(l).ok()),
            ) else {
                continue;
            };
            let Some((code, b)) = self.building(rows, row) else {
                continue;
            };
            let Some(floor) = self
                .state
                .floor_by_level
                .get(&(b.id, level))
                .map(|i| self.state.floors[*i].clone())
            else {
                if !self.failed_floors.contains(&(code.clone(), level)) {
                    self.error(
                        rows,
                        row.number,
                        "level",
                        "unknown_floor",
                        crate::text!(
                            "files-unknown-floor",
                            code = code.as_str(),
                            level = level.to_string()
                        ),
                    );
                }
                continue;
            };
            let key = format!("{code}/{level}/{unit_code}");
            if !self.first(
                &mut seen,
                (b.id, unit_code.clone()),
                rows,
                row,
                "code",
                crate::text!(
                    "files-shown-unit",
                    code = code.as_str(),
                    unit = unit_code.as_str()
                ),
            ) {
                continue;
            }
            let existing = self
                .state
                .unit_by_code
                .get(&(b.id, unit_code.clone()))
                .copied();
            if let Some(i) = existing {
                let on = self.state.units[i].floor_id;
                if on != floor.id {
                    let was = self.state.floor_of(on).map_or(0, |f| f.level);
                    self.error(
                        rows,
                        row.number,
                        "level",
                        "moved",
                        crate::text!(
                            "files-unit-moved",
                            unit = unit_code.as_str(),
                            level = was.to_string()
                        ),
                    );
                    continue;
                }
            }
            let base = existing.map_or_else(Record::new, |i| {
                records::unit(&self.state.units[i], &code, level, Vec::new())
            });
            let Some(new) = self.form::<CreateUnit>(rows, row, fields(base, row, &locators)) else {
                continue;
            };
            let (mut u, _) = new.into_row(&floor);
            let index = match existing {
                Some(i) => {
                    let old = &self.state.units[i];
                    (u.id, u.version, u.created_at, u.updated_at) =
                        (old.id, old.version, old.created_at, old.updated_at);
                    self.state.units[i] = u;
                    i
                }
                None => self.state.add_unit(u),
            };
            let touch = Touch {
                number: row.number,
                key,
                index,
            };
            if rows.has(ADJACENT_UNIT_CODES) && !row.unreadable.contains(ADJACENT_UNIT_CODES) {
                let codes = row
                    .values
                    .get(ADJACENT_UNIT_CODES)
                    .and_then(|v| v.as_array())
                    .map(|a| {
                        a.iter()
                            .filter_map(|c| c.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default();
                self.listed.push((touch.clone(), codes));
            }
            self.units.push(touch);
        }
    }
}
