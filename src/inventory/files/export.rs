//! Export: the park's inventory (or, as a template, nothing) as a workbook
//! with one sheet per kind of record, or as one sheet in CSV.

use std::collections::HashMap;

use super::columns::columns;
use super::grid::{Cell, Grid, GridRow};
use super::model::Sheet;
use super::records::{self, Record};
use super::store::{self, Stored};
use super::{csv_file, xlsx_file};
use crate::access::CurrentUser;
use crate::inventory::park::store::Park;
use crate::platform::db::{DbConn, Id, Versioned};
use crate::platform::error::{AppError, AppResult};

/// Which file: a workbook, or one sheet as CSV (a CSV holds one table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Xlsx,
    Csv(Sheet),
}

/// A file to send.
#[derive(Debug)]
pub struct FileOut {
    pub bytes: Vec<u8>,
    pub content_type: &'static str,
    pub filename: String,
}

/// Park staff only: the park is public, so anyone else is refused (403)
/// rather than told it does not exist; an unknown park is 404.
pub fn require_staff_of(conn: &mut DbConn, user: &CurrentUser, park_id: Id) -> AppResult<()> {
    Park::get(conn, park_id)?;
    user.require_park(park_id)
}

pub fn export(
    conn: &mut DbConn,
    user: &CurrentUser,
    park_id: Id,
    format: FileFormat,
    template: bool,
) -> AppResult<FileOut> {
    require_staff_of(conn, user, park_id)?;
    let stored = if template {
        Stored::default()
    } else {
        store::load(conn, park_id)?
    };
    let name = if template {
        "inventory-template".to_string()
    } else {
        format!("inventory-{park_id}")
    };
    match format {
        FileFormat::Xlsx => Ok(FileOut {
            bytes: xlsx_file::write(&grids(&stored)).map_err(AppError::internal)?,
            content_type: xlsx_file::CONTENT_TYPE,
            filename: format!("{name}.xlsx"),
        }),
        FileFormat::Csv(sheet) => Ok(FileOut {
            bytes: csv_file::write(&grid(sheet, &stored)).map_err(AppError::internal)?,
            content_type: "text/csv; charset=utf-8",
            filename: format!("{name}-{sheet}.csv"),
        }),
    }
}

/// Every sheet, in the workbook's order.
pub fn grids(stored: &Stored) -> Vec<Grid> {
    Sheet::ALL.into_iter().map(|s| grid(s, stored)).collect()
}

/// One sheet: the header, then a row per record.
pub fn grid(sheet: Sheet, stored: &Stored) -> Grid {
    let cols = columns(sheet);
    let header = GridRow {
        number: 1,
        cells: cols.iter().map(|c| Cell::Text(c.header())).collect(),
    };
    let rows = std::iter::once(header).chain(
        records_of(sheet, stored)
            .into_iter()
            .enumerate()
            .map(|(i, record)| GridRow {
                number: i as u32 + 2,
                cells: cols
                    .iter()
                    .map(|c| columns_cell(c.kind, record.get(c.field)))
                    .collect(),
            }),
    );
    Grid {
        name: sheet.name().to_string(),
        rows: rows.collect(),
    }
}

fn columns_cell(kind: super::columns::Kind, value: Option<&serde_json::Value>) -> Cell {
    value.map_or(Cell::Blank, |v| super::columns::write_cell(kind, v))
}

/// The sheet's records, ordered by building code, then level, then code.
fn records_of(sheet: Sheet, s: &Stored) -> Vec<Record> {
    let code_of: HashMap<Id, &str> = s
        .buildings
        .iter()
        .map(|b| (b.id, b.code.as_str()))
        .collect();
    let code = |id: Id| code_of.get(&id).copied().unwrap_or_default();
    match sheet {
        Sheet::Buildings => s.buildings.iter().map(records::building).collect(),
        Sheet::Floors => {
            let mut floors: Vec<_> = s.floors.iter().collect();
            floors.sort_by_key(|f| (code(f.building_id), f.level));
            floors
                .into_iter()
                .map(|f| records::floor(f, code(f.building_id)))
                .collect()
        }
        Sheet::Lifts => {
            let mut lifts: Vec<_> = s.lifts.iter().collect();
            lifts.sort_by_key(|l| (code(l.building_id), l.code.as_str()));
            lifts
                .into_iter()
                .map(|l| records::lift(l, code(l.building_id)))
                .collect()
        }
        Sheet::Units => {
            let level_of: HashMap<Id, i32> = s.floors.iter().map(|f| (f.id, f.level)).collect();
            let unit_code: HashMap<Id, &str> =
                s.units.iter().map(|u| (u.id, u.code.as_str())).collect();
            let mut neighbours: HashMap<Id, Vec<String>> = HashMap::new();
            for (a, b) in &s.adjacency {
                if let Some(c) = unit_code.get(b) {
                    neighbours.entry(*a).or_default().push(c.to_string());
                }
            }
            let mut units: Vec<_> = s.units.iter().collect();
            let level = |u: &crate::inventory::unit::store::Unit| {
                level_of.get(&u.floor_id).copied().unwrap_or(0)
            };
            units.sort_by_key(|u| (code(u.building_id), level(u), u.code.as_str()));
            units
                .into_iter()
                .map(|u| {
                    let mut codes = neighbours.remove(&u.id).unwrap_or_default();
                    codes.sort();
                    records::unit(u, code(u.building_id), level(u), codes)
                })
                .collect()
        }
    }
}
