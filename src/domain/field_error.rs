use serde::Serialize;
use utoipa::ToSchema;

/// One field-level problem inside a `validation_failed` answer.
#[derive(Debug, Clone, Serialize, ToSchema, PartialEq)]
pub struct FieldError {
    /// JSON path of the offending field (`organization.credit_code`), or the query parameter.
    /// In an inventory file, the API field name of the column (`area_m2`).
    pub field: String,
    /// Stable machine-readable code (`required`, `range`, `unknown_field`, …).
    pub code: String,
    /// Human-readable explanation.
    pub message: String,
    /// Inventory files only: the sheet (`buildings`, `lifts`, `floors`, `units`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// Inventory files only: the row as a spreadsheet numbers it (the header is row 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    /// Inventory files only: the column's letter, as a spreadsheet names it (`D`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// Inventory files only: the cell's address (`D7`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
}

impl FieldError {
    pub fn new(
        field: impl Into<String>,
        code: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            field: field.into(),
            code: code.into(),
            message: message.into(),
            sheet: None,
            row: None,
            column: None,
            cell: None,
        }
    }
}
