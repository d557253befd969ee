//! The shapes of the import report, and the names of the sheets.

use serde::Serialize;
use serde::de::DeserializeOwned;
use utoipa::ToSchema;
use validator::Validate;

use crate::domain::FieldError;
use crate::platform::error::AppError;
use crate::platform::http::json::parse_valid;

/// A request form of the API (`CreateUnit`, …): what `form` reads into.
pub trait Form: DeserializeOwned + Validate + ToSchema {}
impl<T: DeserializeOwned + Validate + ToSchema> Form for T {}

/// A row's fields read through the API's own create form (`CreateUnit`, …):
/// the same types, ranges and messages as the JSON body of a POST, every
/// problem at once, each named by its field.
pub fn form<T: Form>(
    fields: serde_json::Map<String, serde_json::Value>,
) -> Result<T, Vec<FieldError>> {
    let body = serde_json::to_vec(&serde_json::Value::Object(fields)).unwrap_or_default();
    match parse_valid::<T>(&body) {
        Ok(v) => Ok(v),
        Err(AppError::Validation(errors)) => Err(errors),
        Err(other) => Err(vec![FieldError::new("", other.code(), other.detail())]),
    }
}

/// One sheet of an inventory file: one kind of record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Sheet {
    Buildings,
    Lifts,
    Floors,
    Units,
}

impl Sheet {
    /// In the workbook's order.
    pub const ALL: [Sheet; 4] = [Sheet::Buildings, Sheet::Lifts, Sheet::Floors, Sheet::Units];

    pub fn name(self) -> &'static str {
        match self {
            Sheet::Buildings => "buildings",
            Sheet::Lifts => "lifts",
            Sheet::Floors => "floors",
            Sheet::Units => "units",
        }
    }

    /// A sheet by its name, ignoring case and surrounding spaces.
    pub fn parse(name: &str) -> Option<Sheet> {
        let name = name.trim();
        Self::ALL
            .into_iter()
            .find(|s| s.name().eq_ignore_ascii_case(name))
    }
}

impl std::fmt::Display for Sheet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// What an import did (or, in a dry run, would do) with one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Created,
    Updated,
    /// The row equals what is stored; nothing was written.
    Unchanged,
}

/// One row of the file and what became of it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RowReport {
    pub sheet: Sheet,
    /// The row as a spreadsheet numbers it: the header is row 1.
    pub row: u32,
    /// The record's codes: `A1` (building), `A1/L1` (lift), `A1/5` (floor at
    /// level 5), `A1/5/A1-0501` (unit).
    pub key: String,
    pub outcome: Outcome,
}

/// The answer to an import.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ImportReport {
    /// True when nothing was stored (`?dry_run=true`).
    pub dry_run: bool,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Every data row of the file, sheet by sheet, in file order.
    pub rows: Vec<RowReport>,
}

impl ImportReport {
    pub fn new(dry_run: bool, rows: Vec<RowReport>) -> Self {
        let count = |o: Outcome| rows.iter().filter(|r| r.outcome == o).count();
        Self {
            dry_run,
            created: count(Outcome::Created),
            updated: count(Outcome::Updated),
            unchanged: count(Outcome::Unchanged),
            rows,
        }
    }
}
