use crate::i18n::Text;

/// One field-level problem inside a `validation_failed` answer; the answer
/// writes it as `platform::http::problem::FieldErrorBody`, its message in
/// the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    /// JSON path of the offending field (`organization.credit_code`), or the query parameter.
    /// In an inventory file, the API field name of the column (`area_m2`).
    pub field: String,
    /// Stable machine-readable code (`required`, `range`, `unknown_field`, …).
    pub code: String,
    pub message: Text,
    /// Inventory files only: the sheet (`buildings`, `lifts`, `floors`, `units`).
    pub sheet: Option<String>,
    /// Inventory files only: the row as a spreadsheet numbers it (the header is row 1).
    pub row: Option<u32>,
    /// Inventory files only: the column's letter, as a spreadsheet names it (`D`).
    pub column: Option<String>,
    /// Inventory files only: the cell's address (`D7`).
    pub cell: Option<String>,
}

impl FieldError {
    pub fn new(
        field: impl Into<String>,
        code: impl Into<String>,
        message: impl Into<Text>,
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
