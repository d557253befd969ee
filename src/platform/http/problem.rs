//! The one place an `AppError` becomes an HTTP answer: problem+json (RFC 9457).

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::FieldError;
use crate::i18n::Lang;
use crate::platform::error::AppError;

const PROBLEM_JSON: &str = "application/problem+json";

/// The problem+json body every error answer carries. `title`, `detail` and
/// each error's `message` are in the answer's language (`Content-Language`);
/// `type`, `code` and `field` never change with it.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    #[serde(rename = "type")]
    pub type_: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// Stable machine-readable code, e.g. `validation_failed`.
    pub code: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldErrorBody>,
}

/// One field-level problem inside a `validation_failed` answer.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = FieldError)]
pub struct FieldErrorBody {
    /// JSON path of the offending field (`organization.credit_code`), or the query parameter.
    /// In an inventory file, the API field name of the column (`area_m2`).
    pub field: String,
    /// Stable machine-readable code (`required`, `range`, `unknown_field`, …).
    pub code: String,
    /// Human-readable explanation, in the answer's language.
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

impl FieldErrorBody {
    fn of(e: &FieldError, lang: Lang) -> Self {
        Self {
            field: e.field.clone(),
            code: e.code.clone(),
            message: e.message.render(lang),
            sheet: e.sheet.clone(),
            row: e.row,
            column: e.column.clone(),
            cell: e.cell.clone(),
        }
    }
}

impl AppError {
    pub fn problem(&self, lang: Lang) -> Problem {
        let errors = match self {
            Self::Validation(errors) => {
                errors.iter().map(|e| FieldErrorBody::of(e, lang)).collect()
            }
            _ => Vec::new(),
        };
        Problem {
            type_: format!(
                "https://upstairs.dev/problems/{}",
                self.code().replace('_', "-")
            ),
            title: self.title().render(lang),
            status: self.status_code().as_u16(),
            detail: self.detail().render(lang),
            code: self.code().into(),
            errors,
        }
    }

    /// The answer in `lang`. Actix renders errors before the language is
    /// known to it; the language middleware (`i18n::http`) calls this again.
    pub fn response_in(&self, lang: Lang) -> HttpResponse {
        let mut builder = HttpResponse::build(self.status_code());
        builder.insert_header((header::CONTENT_TYPE, PROBLEM_JSON));
        match self {
            Self::Unauthorized(_) => {
                builder.insert_header((header::WWW_AUTHENTICATE, "Bearer realm=\"upstairs\""));
            }
            Self::RateLimited {
                retry_after_seconds,
            } => {
                builder.insert_header((header::RETRY_AFTER, retry_after_seconds.to_string()));
            }
            Self::Unavailable(_) => {
                builder.insert_header((header::RETRY_AFTER, "1"));
            }
            Self::MethodNotAllowed { allowed } => {
                builder.insert_header((header::ALLOW, allowed.join(", ")));
            }
            _ => {}
        }
        builder.json(self.problem(lang))
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::MalformedJson(_) | Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::Conflict(_) | Self::UnitUnavailable(_) | Self::InvalidTransition(_) => {
                StatusCode::CONFLICT
            }
            Self::PreconditionFailed(_) => StatusCode::PRECONDITION_FAILED,
            Self::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            Self::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            Self::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Actix asks once per error: the one place an internal error is logged.
    /// The language middleware renders the answer again in the request's language.
    fn error_response(&self) -> HttpResponse {
        if let Self::Internal(e) = self {
            tracing::error!(error = ?e, "internal error");
        }
        self.response_in(Lang::default())
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        Self::Internal(anyhow::anyhow!("blocking task failed: {e}"))
    }
}

impl From<validator::ValidationErrors> for AppError {
    fn from(e: validator::ValidationErrors) -> Self {
        Self::Validation(crate::platform::http::json::flatten_validation_errors(
            &e, "",
        ))
    }
}

/// An error a middleware raised (a CORS refusal) never passes through a
/// handler's `Result`, so actix would answer it as plain text; this gives it
/// the same problem+json shape and status. `None` for a status with no
/// problem code of ours (the plain answer then stands).
pub fn middleware_error(e: &actix_web::Error, lang: Lang) -> Option<HttpResponse> {
    let detail = crate::text!("problem-refused", reason = e.to_string());
    let err = match e.as_response_error().status_code() {
        StatusCode::BAD_REQUEST => AppError::BadRequest(detail),
        StatusCode::UNAUTHORIZED => AppError::Unauthorized(detail),
        StatusCode::FORBIDDEN => AppError::Forbidden(detail),
        StatusCode::NOT_FOUND => AppError::NotFound(detail),
        StatusCode::PAYLOAD_TOO_LARGE => AppError::PayloadTooLarge {
            limit_mib: crate::platform::http::json::MAX_BODY_BYTES >> 20,
        },
        StatusCode::UNSUPPORTED_MEDIA_TYPE => AppError::UnsupportedMediaType(detail),
        s if s.is_server_error() => AppError::internal(anyhow::anyhow!(e.to_string())),
        _ => return None,
    };
    Some(err.response_in(lang))
}

/// Whether an answer is already problem+json.
pub fn is_problem<B>(res: &HttpResponse<B>) -> bool {
    res.headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes() == PROBLEM_JSON.as_bytes())
}
