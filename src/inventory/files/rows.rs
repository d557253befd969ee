//! A sheet's grid read into records: the header row names the columns
//! (`columns::recognise`), each later row becomes the JSON object of the
//! fields it gives. Every problem is reported where the operator will look
//! for it: sheet, row, column letter and cell.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::columns::{self, Column};
use super::grid::{Grid, column_letter};
use super::model::Sheet;
use super::records::Record;
use crate::domain::FieldError;

/// One data row: the fields its cells give (`Null` for a blank cell), and
/// the fields whose cells could not be read (already reported).
#[derive(Debug, Clone)]
pub struct FileRow {
    pub number: u32,
    pub values: Record,
    pub unreadable: HashSet<&'static str>,
}

impl FileRow {
    pub fn text(&self, field: &str) -> Option<String> {
        self.values
            .get(field)
            .and_then(Value::as_str)
            .map(str::to_string)
    }

    pub fn integer(&self, field: &str) -> Option<i64> {
        self.values.get(field).and_then(Value::as_i64)
    }
}

/// A sheet's rows, and where each of its columns is.
#[derive(Debug, Clone)]
pub struct SheetRows {
    pub sheet: Sheet,
    /// Field name → column index.
    pub columns: HashMap<&'static str, usize>,
    pub rows: Vec<FileRow>,
}

impl SheetRows {
    pub fn has(&self, field: &str) -> bool {
        self.columns.contains_key(field)
    }

    /// `e` placed at this sheet's row `number`, in the column of its field.
    pub fn locate(&self, number: u32, e: FieldError) -> FieldError {
        let field = e.field.split(['[', '.']).next().unwrap_or_default();
        let field = if field == "adjacent_unit_ids" {
            columns::ADJACENT_UNIT_CODES
        } else {
            field
        };
        let column = self.columns.get(field).copied();
        at(
            self.sheet,
            Some(number),
            column,
            FieldError {
                field: field.to_string(),
                ..e
            },
        )
    }
}

/// `e` placed at a sheet, row and column (0-based index).
pub fn at(sheet: Sheet, row: Option<u32>, column: Option<usize>, mut e: FieldError) -> FieldError {
    e.sheet = Some(sheet.name().to_string());
    e.row = row;
    if let Some(c) = column {
        let letter = column_letter(c);
        e.cell = row.map(|r| format!("{letter}{r}"));
        e.column = Some(letter);
    }
    e
}

/// Reads a sheet; problems go to `errors`. `None` when the header is too
/// broken to read the rows by.
pub fn read(sheet: Sheet, grid: &Grid, errors: &mut Vec<FieldError>) -> Option<SheetRows> {
    let columns = header(sheet, grid, errors)?;
    let by_index: HashMap<usize, &'static Column> = columns
        .iter()
        .filter_map(|(field, i)| {
            columns::columns(sheet)
                .iter()
                .find(|c| c.field == *field)
                .map(|c| (*i, c))
        })
        .collect();
    // Columns with a header this sheet does not know: reported once, above.
    let headed: HashSet<usize> = grid
        .rows
        .iter()
        .find(|r| r.number == 1)
        .map(|r| {
            let cells = r.cells.iter().enumerate();
            cells
                .filter(|(_, c)| !c.is_blank())
                .map(|(i, _)| i)
                .collect()
        })
        .unwrap_or_default();
    let mut rows = Vec::new();
    for row in grid.rows.iter().filter(|r| r.number > 1 && !r.is_blank()) {
        let mut values = Record::new();
        let mut unreadable = HashSet::new();
        for (i, cell) in row.cells.iter().enumerate() {
            let Some(column) = by_index.get(&i) else {
                if !cell.is_blank() && !headed.contains(&i) {
                    errors.push(at(
                        sheet,
                        Some(row.number),
                        Some(i),
                        FieldError::new("", "no_header", crate::text!("files-no-header")),
                    ));
                }
                continue;
            };
            match columns::read_cell(column.kind, cell) {
                Ok(Value::Null) if column.required => {
                    unreadable.insert(column.field);
                    errors.push(at(
                        sheet,
                        Some(row.number),
                        Some(i),
                        FieldError::new(column.field, "required", crate::text!("files-required")),
                    ));
                }
                Ok(v) => {
                    values.insert(column.field.to_string(), v);
                }
                Err((code, message)) => {
                    unreadable.insert(column.field);
                    errors.push(at(
                        sheet,
                        Some(row.number),
                        Some(i),
                        FieldError::new(column.field, code, message),
                    ));
                }
            }
        }
        // Blank trailing cells are absent from the grid: present but empty.
        for (field, i) in &columns {
            if !values.contains_key(*field) && !unreadable.contains(field) {
                let column = by_index.get(i);
                if column.is_some_and(|c| c.required) {
                    unreadable.insert(field);
                    errors.push(at(
                        sheet,
                        Some(row.number),
                        Some(*i),
                        FieldError::new(*field, "required", crate::text!("files-required")),
                    ));
                } else {
                    values.insert(field.to_string(), Value::Null);
                }
            }
        }
        rows.push(FileRow {
            number: row.number,
            values,
            unreadable,
        });
    }
    Some(SheetRows {
        sheet,
        columns,
        rows,
    })
}

/// The header row (row 1): field → column index. Unknown, repeated and
/// missing required columns are reported; unless a required one is missing,
/// the rows are still read by the columns that were recognised, so one
/// upload reports every problem.
fn header(
    sheet: Sheet,
    grid: &Grid,
    errors: &mut Vec<FieldError>,
) -> Option<HashMap<&'static str, usize>> {
    let Some(first) = grid.rows.first().filter(|r| r.number == 1) else {
        errors.push(at(
            sheet,
            Some(1),
            None,
            FieldError::new("", "missing_header", crate::text!("files-missing-header")),
        ));
        return None;
    };
    let mut columns: HashMap<&'static str, usize> = HashMap::new();
    for (i, cell) in first.cells.iter().enumerate() {
        if cell.is_blank() {
            continue;
        }
        let text = cell.as_text();
        match columns::recognise(sheet, &text) {
            None => errors.push(at(
                sheet,
                Some(1),
                Some(i),
                FieldError::new(
                    "",
                    "unknown_column",
                    crate::text!(
                        "files-unknown-column",
                        header = text,
                        expected = expected(sheet)
                    ),
                ),
            )),
            Some(c) => {
                if let Some(earlier) = columns.insert(c.field, i) {
                    errors.push(at(
                        sheet,
                        Some(1),
                        Some(i),
                        FieldError::new(
                            c.field,
                            "duplicate_column",
                            crate::text!(
                                "files-duplicate-column",
                                column = column_letter(earlier),
                                field = c.field
                            ),
                        ),
                    ));
                }
            }
        }
    }
    let mut complete = true;
    for c in columns::columns(sheet) {
        if c.required && !columns.contains_key(c.field) {
            complete = false;
            errors.push(at(
                sheet,
                Some(1),
                None,
                FieldError::new(
                    c.field,
                    "missing_column",
                    crate::text!("files-missing-column", header = c.header()),
                ),
            ));
        }
    }
    // Without a required column every row would fail for it: the header's
    // error says it once.
    complete.then_some(columns)
}

fn expected(sheet: Sheet) -> String {
    columns::columns(sheet)
        .iter()
        .map(|c| c.field)
        .collect::<Vec<_>>()
        .join(", ")
}

/// In the order an operator works through a file: sheet, row, column.
pub fn sort_errors(errors: &mut [FieldError]) {
    let key = |e: &FieldError| {
        (
            e.sheet.as_deref().and_then(Sheet::parse),
            e.row,
            e.column.as_ref().map(|c| (c.len(), c.clone())),
        )
    };
    errors.sort_by_key(key);
}
