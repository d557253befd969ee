//! Import: a workbook (or one CSV sheet) creates and updates the park's
//! buildings, floors, lifts and units by code, all or nothing. The file is
//! read before the write transaction opens; the plan is made against the
//! park's rows, locked and read once; then only the rows that change are
//! written, each with its audit entry, as the API's own writes do.

use super::export::{FileFormat, require_staff_of};
use super::grid::{Grid, column_letter};
use super::model::{ImportReport, Sheet};
use super::plan::{self, Change, Plan};
use super::rows::{self, SheetRows};
use super::store;
use super::{csv_file, xlsx_file};
use crate::access::CurrentUser;
use crate::audit::{self, Entity, EntityKind};
use crate::domain::FieldError;
use crate::i18n::Text;
use crate::inventory::building::model::BuildingOut;
use crate::inventory::floor::model::FloorOut;
use crate::inventory::lift::model::FreightLiftOut;
use crate::inventory::unit::model::UnitOut;
use crate::platform::db::{DbConn, Id, Versioned};
use crate::platform::error::{AppError, AppResult};

/// Largest file accepted.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// A file read into sheets, and the problems met reading it.
#[derive(Debug)]
pub struct ReadFile {
    pub sheets: Vec<SheetRows>,
    pub problems: Vec<FieldError>,
}

fn file_error(code: &str, message: Text) -> AppError {
    AppError::field("file", code, message)
}

/// Reads an uploaded file. A file that is not what it claims (not a
/// workbook, not UTF-8 CSV) is one 422 at once; problems inside its sheets
/// are gathered, to be reported with the plan's.
pub fn read(bytes: &[u8], format: FileFormat) -> AppResult<ReadFile> {
    if bytes.is_empty() {
        return Err(file_error("empty", crate::text!("files-empty")));
    }
    let grids: Vec<(Sheet, Grid)> = match format {
        FileFormat::Csv(sheet) => {
            let grid = csv_file::read(bytes, sheet.name()).map_err(|e| match e {
                csv_file::ReadError::NotUtf8 => {
                    file_error("not_utf8", crate::text!("files-not-utf8"))
                }
                csv_file::ReadError::Malformed(why) => file_error(
                    "malformed_csv",
                    crate::text!("files-malformed-csv", why = why),
                ),
                csv_file::ReadError::TooLarge { row, column } => {
                    too_large(sheet.name(), row, column)
                }
            })?;
            vec![(sheet, grid)]
        }
        FileFormat::Xlsx => {
            let grids = xlsx_file::read(bytes).map_err(|e| match e {
                xlsx_file::ReadError::NotAWorkbook(why) => file_error(
                    "not_a_workbook",
                    crate::text!("files-not-a-workbook", why = why),
                ),
                xlsx_file::ReadError::TooLarge { sheet, row, column } => {
                    too_large(&sheet, row, column)
                }
                xlsx_file::ReadError::Unpacks(bytes) => file_error(
                    "too_large",
                    crate::text!(
                        "files-unpacks-too-large",
                        mib = bytes >> 20,
                        max = xlsx_file::MAX_UNPACKED_BYTES >> 20
                    ),
                ),
            })?;
            return Ok(sheets_of_workbook(grids));
        }
    };
    Ok(read_grids(grids, Vec::new()))
}

fn too_large(sheet: &str, row: u32, column: u32) -> AppError {
    AppError::Validation(vec![FieldError {
        sheet: Some(sheet.to_string()),
        row: Some(row),
        column: Some(column_letter(column.saturating_sub(1) as usize)),
        ..FieldError::new(
            "file",
            "too_large",
            crate::text!(
                "files-sheet-too-large",
                rows = super::grid::MAX_ROWS,
                columns = super::grid::MAX_COLUMNS
            ),
        )
    }])
}

/// A workbook must have exactly the four sheets, by name.
fn sheets_of_workbook(grids: Vec<Grid>) -> ReadFile {
    let mut problems = Vec::new();
    let mut found: Vec<(Sheet, Grid)> = Vec::new();
    let names = Sheet::ALL.map(Sheet::name).join(", ");
    for grid in grids {
        let sheet_error = |code: &str, message: Text| FieldError {
            sheet: Some(grid.name.clone()),
            ..FieldError::new("sheet", code, message)
        };
        match Sheet::parse(&grid.name) {
            None => problems.push(sheet_error(
                "unknown_sheet",
                crate::text!(
                    "files-unknown-sheet",
                    sheet = format!("{:?}", grid.name),
                    names = names.as_str()
                ),
            )),
            Some(s) if found.iter().any(|(f, _)| *f == s) => problems.push(sheet_error(
                "duplicate_sheet",
                crate::text!("files-duplicate-sheet", sheet = s.name()),
            )),
            Some(s) => found.push((s, grid)),
        }
    }
    for s in Sheet::ALL {
        if !found.iter().any(|(f, _)| *f == s) {
            problems.push(FieldError {
                sheet: Some(s.name().to_string()),
                ..FieldError::new(
                    "sheet",
                    "missing_sheet",
                    crate::text!(
                        "files-missing-sheet",
                        sheet = s.name(),
                        names = names.as_str()
                    ),
                )
            });
        }
    }
    read_grids(found, problems)
}

fn read_grids(grids: Vec<(Sheet, Grid)>, mut problems: Vec<FieldError>) -> ReadFile {
    let sheets = grids
        .iter()
        .filter_map(|(sheet, grid)| rows::read(*sheet, grid, &mut problems))
        .collect();
    ReadFile { sheets, problems }
}

/// Plans the import against the park's rows and, unless it is a dry run,
/// writes it. A dry run writes too, inside a savepoint it then rolls back,
/// so the database's own checks run as well. Runs in a write transaction.
pub fn import(
    conn: &mut DbConn,
    user: &CurrentUser,
    park_id: Id,
    file: &ReadFile,
    dry_run: bool,
) -> AppResult<ImportReport> {
    require_staff_of(conn, user, park_id)?;
    store::lock_park(conn, park_id)?;
    let stored = store::load(conn, park_id)?;
    let mut problems = file.problems.clone();
    let planned = plan::plan(park_id, &stored, &file.sheets);
    let plan = match planned {
        Ok(plan) if problems.is_empty() => plan,
        Ok(_) => return Err(AppError::Validation(capped(problems))),
        Err(more) => {
            problems.extend(more);
            rows::sort_errors(&mut problems);
            return Err(AppError::Validation(capped(problems)));
        }
    };
    let report = ImportReport::new(dry_run, plan.rows.clone());
    if dry_run {
        store::rolled_back(conn, |c| write(c, user, park_id, &plan))??;
    } else {
        write(conn, user, park_id, &plan)?;
    }
    Ok(report)
}

/// How many problems one answer lists: enough to work through, and a
/// bound on the answer when every row of a large file is wrong.
pub const MAX_ERRORS: usize = 1_000;

/// The first `MAX_ERRORS` problems, and a last one saying how many more.
fn capped(mut problems: Vec<FieldError>) -> Vec<FieldError> {
    if problems.len() > MAX_ERRORS {
        let more = problems.len() - MAX_ERRORS;
        problems.truncate(MAX_ERRORS);
        problems.push(FieldError::new(
            "file",
            "more_errors",
            crate::text!("files-more-errors", more = more),
        ));
    }
    problems
}

/// Inserts or saves each changed row, with the audit entry its create or
/// update endpoint would have written.
macro_rules! write_changes {
    ($conn:expr, $user:expr, $park_id:expr, $changes:expr, $kind:expr, $out:ty) => {
        for Change { before, after } in $changes {
            let mut row = after.clone();
            let entity = Entity::new($kind, row.id, Some($park_id));
            match before {
                None => {
                    row.insert($conn)?;
                    audit::created($conn, $user, entity, &<$out>::from(row))?;
                }
                Some(before) => {
                    row.save($conn)?;
                    let before = <$out>::from(before.clone());
                    audit::updated($conn, $user, entity, &before, &<$out>::from(row))?;
                }
            }
        }
    };
}

fn write(conn: &mut DbConn, user: &CurrentUser, park_id: Id, plan: &Plan) -> AppResult<()> {
    write_changes!(
        conn,
        user,
        park_id,
        &plan.buildings,
        EntityKind::Building,
        BuildingOut
    );
    write_changes!(
        conn,
        user,
        park_id,
        &plan.floors,
        EntityKind::Floor,
        FloorOut
    );
    write_changes!(
        conn,
        user,
        park_id,
        &plan.lifts,
        EntityKind::FreightLift,
        FreightLiftOut
    );
    let mut saved = Vec::with_capacity(plan.units.len());
    for c in &plan.units {
        let mut view = c.after.clone();
        match c.before {
            None => view.unit.insert(conn)?,
            Some(_) => view.unit.save(conn)?,
        }
        saved.push(view);
    }
    store::remove_pairs(conn, &plan.pairs_removed)?;
    store::add_pairs(conn, &plan.pairs_added)?;
    for (c, after) in plan.units.iter().zip(saved) {
        let entity = Entity::new(EntityKind::Unit, after.unit.id, Some(park_id));
        match &c.before {
            None => audit::created(conn, user, entity, &UnitOut::from(after))?,
            Some(before) => {
                let before = UnitOut::from(before.clone());
                audit::updated(conn, user, entity, &before, &UnitOut::from(after))?
            }
        }
    }
    Ok(())
}
