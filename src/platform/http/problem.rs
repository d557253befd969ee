//! The one place an `AppError` becomes an HTTP answer: problem+json (RFC 9457).

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::FieldError;
use crate::platform::error::AppError;

const PROBLEM_JSON: &str = "application/problem+json";

/// The problem+json body every error answer carries.
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
    pub errors: Vec<FieldError>,
}

impl AppError {
    pub fn problem(&self) -> Problem {
        let errors = match self {
            Self::Validation(errors) => errors.clone(),
            _ => Vec::new(),
        };
        Problem {
            type_: format!(
                "https://upstairs.dev/problems/{}",
                self.code().replace('_', "-")
            ),
            title: self.title().into(),
            status: self.status_code().as_u16(),
            detail: self.detail(),
            code: self.code().into(),
            errors,
        }
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

    fn error_response(&self) -> HttpResponse {
        if let Self::Internal(e) = self {
            tracing::error!(error = ?e, "internal error");
        }
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
        builder.json(self.problem())
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
pub fn middleware_error(e: &actix_web::Error) -> Option<HttpResponse> {
    let detail = e.to_string();
    let err = match e.as_response_error().status_code() {
        StatusCode::BAD_REQUEST => AppError::BadRequest(detail),
        StatusCode::UNAUTHORIZED => AppError::Unauthorized(detail),
        StatusCode::FORBIDDEN => AppError::Forbidden(detail),
        StatusCode::NOT_FOUND => AppError::NotFound(detail),
        StatusCode::PAYLOAD_TOO_LARGE => AppError::PayloadTooLarge {
            limit_mib: crate::platform::http::json::MAX_BODY_BYTES >> 20,
        },
        StatusCode::UNSUPPORTED_MEDIA_TYPE => AppError::UnsupportedMediaType(detail),
        s if s.is_server_error() => AppError::internal(anyhow::anyhow!(detail)),
        _ => return None,
    };
    Some(err.error_response())
}

/// Whether an answer is already problem+json.
pub fn is_problem<B>(res: &HttpResponse<B>) -> bool {
    res.headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes() == PROBLEM_JSON.as_bytes())
}
