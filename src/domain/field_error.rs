use serde::Serialize;
use utoipa::ToSchema;

/// One field-level problem inside a `validation_failed` answer.
#[derive(Debug, Clone, Serialize, ToSchema, PartialEq)]
pub struct FieldError {
    /// JSON path of the offending field (`organization.credit_code`), or the query parameter.
    pub field: String,
    /// Stable machine-readable code (`required`, `range`, `unknown_field`, …).
    pub code: String,
    /// Human-readable explanation.
    pub message: String,
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
        }
    }
}
