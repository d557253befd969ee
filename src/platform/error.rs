//! The one error type of the API and its problem+json form (RFC 9457).
//!
//! Handlers and services return `AppError`; `platform::http::problem` is the
//! only place that turns an error into an HTTP answer. Use `Internal` for anything
//! the client cannot fix: it is logged with its cause chain and answered with
//! an opaque 500.

pub use crate::domain::FieldError;
use crate::platform::db::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    #[error("malformed JSON: {0}")]
    MalformedJson(String),
    #[error("unsupported media type: {0}")]
    UnsupportedMediaType(String),
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("unauthorized: {0}")]
    Unauthorized(String),
    #[error("forbidden: {0}")]
    Forbidden(String),
    #[error("not found: {0}")]
    NotFound(String),
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("unit unavailable: {0}")]
    UnitUnavailable(String),
    #[error("invalid transition: {0}")]
    InvalidTransition(String),
    #[error("precondition failed: {0}")]
    PreconditionFailed(String),
    /// The body is over the endpoint's limit, in MiB (1 for JSON bodies).
    #[error("payload too large")]
    PayloadTooLarge { limit_mib: usize },
    /// A known path, another method; `allowed` lists the ones it takes.
    #[error("method not allowed")]
    MethodNotAllowed { allowed: Vec<String> },
    #[error("rate limited")]
    RateLimited { retry_after_seconds: u64 },
    #[error("service unavailable: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    /// A 422 with a single field error.
    pub fn field(field: &str, code: &str, message: impl Into<String>) -> Self {
        Self::Validation(vec![FieldError::new(field, code, message)])
    }

    /// Ok when `problems` is empty, else one 422 that lists them all.
    pub fn unless_empty(problems: Vec<FieldError>) -> Result<(), Self> {
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Self::Validation(problems))
        }
    }

    pub fn not_found(what: &str, id: impl std::fmt::Display) -> Self {
        Self::NotFound(format!("no {what} with id {id}"))
    }

    pub fn internal(e: impl Into<anyhow::Error>) -> Self {
        Self::Internal(e.into())
    }

    /// Stable machine-readable code of this error.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Validation(_) => "validation_failed",
            Self::MalformedJson(_) => "malformed_json",
            Self::UnsupportedMediaType(_) => "unsupported_media_type",
            Self::BadRequest(_) => "bad_request",
            Self::Unauthorized(_) => "unauthorized",
            Self::Forbidden(_) => "forbidden",
            Self::NotFound(_) => "not_found",
            Self::Conflict(_) => "conflict",
            Self::UnitUnavailable(_) => "unit_unavailable",
            Self::InvalidTransition(_) => "invalid_transition",
            Self::PreconditionFailed(_) => "precondition_failed",
            Self::PayloadTooLarge { .. } => "payload_too_large",
            Self::MethodNotAllowed { .. } => "method_not_allowed",
            Self::RateLimited { .. } => "rate_limited",
            Self::Unavailable(_) => "service_unavailable",
            Self::Internal(_) => "internal",
        }
    }

    pub fn title(&self) -> &'static str {
        match self {
            Self::Validation(_) => "Your request is not valid",
            Self::MalformedJson(_) => "The request body is not valid JSON",
            Self::UnsupportedMediaType(_) => "Unsupported media type",
            Self::BadRequest(_) => "Bad request",
            Self::Unauthorized(_) => "Authentication required",
            Self::Forbidden(_) => "Not allowed",
            Self::NotFound(_) => "Not found",
            Self::Conflict(_) => "Conflict",
            Self::UnitUnavailable(_) => "Unit unavailable",
            Self::InvalidTransition(_) => "Transition not allowed",
            Self::PreconditionFailed(_) => "Precondition failed",
            Self::PayloadTooLarge { .. } => "Payload too large",
            Self::MethodNotAllowed { .. } => "Method not allowed",
            Self::RateLimited { .. } => "Too many requests",
            Self::Unavailable(_) => "Service unavailable",
            Self::Internal(_) => "Internal server error",
        }
    }

    pub fn detail(&self) -> String {
        match self {
            Self::Validation(errors) => match errors.as_slice() {
                [one] => format!("{}: {}", one.field, one.message),
                many => format!("{} fields are invalid", many.len()),
            },
            Self::MalformedJson(d)
            | Self::UnsupportedMediaType(d)
            | Self::BadRequest(d)
            | Self::Unauthorized(d)
            | Self::Forbidden(d)
            | Self::NotFound(d)
            | Self::Conflict(d)
            | Self::UnitUnavailable(d)
            | Self::InvalidTransition(d)
            | Self::PreconditionFailed(d)
            | Self::Unavailable(d) => d.clone(),
            Self::PayloadTooLarge { limit_mib } => {
                format!("this request's body is limited to {limit_mib} MiB")
            }
            Self::MethodNotAllowed { allowed } => {
                format!("this path takes {}", allowed.join(", "))
            }
            Self::RateLimited {
                retry_after_seconds,
            } => {
                format!("too many attempts; try again in {retry_after_seconds} s")
            }
            Self::Internal(_) => "an unexpected error occurred; it has been logged".into(),
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound { .. } => Self::NotFound(e.to_string()),
            StoreError::Stale { .. } | StoreError::VersionMismatch { .. } => {
                Self::PreconditionFailed(e.to_string())
            }
            StoreError::Taken(why) => Self::UnitUnavailable(why),
            StoreError::Duplicate(_) | StoreError::Dangling => Self::Conflict(e.to_string()),
            StoreError::Busy => Self::Unavailable(e.to_string()),
            StoreError::Database(e) => Self::Internal(e.into()),
        }
    }
}

pub type AppResult<T> = Result<T, AppError>;
