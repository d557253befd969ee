//! The one error type of the API and its problem+json form (RFC 9457).
//!
//! Handlers and services return `AppError`; `platform::http::problem` is the
//! only place that turns an error into an HTTP answer. Use `Internal` for anything
//! the client cannot fix: it is logged with its cause chain and answered with
//! an opaque 500.

pub use crate::domain::FieldError;
use crate::i18n::Text;
use crate::platform::db::StoreError;
use crate::text;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    #[error("malformed JSON: {0}")]
    MalformedJson(Text),
    #[error("unsupported media type: {0}")]
    UnsupportedMediaType(Text),
    #[error("bad request: {0}")]
    BadRequest(Text),
    #[error("unauthorized: {0}")]
    Unauthorized(Text),
    #[error("forbidden: {0}")]
    Forbidden(Text),
    #[error("not found: {0}")]
    NotFound(Text),
    #[error("conflict: {0}")]
    Conflict(Text),
    #[error("unit unavailable: {0}")]
    UnitUnavailable(Text),
    #[error("invalid transition: {0}")]
    InvalidTransition(Text),
    #[error("precondition failed: {0}")]
    PreconditionFailed(Text),
    /// The body is over the endpoint's limit, in MiB (1 for JSON bodies).
    #[error("payload too large")]
    PayloadTooLarge { limit_mib: usize },
    /// A known path, another method; `allowed` lists the ones it takes.
    #[error("method not allowed")]
    MethodNotAllowed { allowed: Vec<String> },
    #[error("rate limited")]
    RateLimited { retry_after_seconds: u64 },
    #[error("service unavailable: {0}")]
    Unavailable(Text),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    /// A 422 with a single field error.
    pub fn field(field: &str, code: &str, message: impl Into<Text>) -> Self {
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

    /// "No unit with id …": `what` is a record kind `Text::thing` knows.
    pub fn not_found(what: &str, id: impl std::fmt::Display) -> Self {
        Self::NotFound(text!(
            "problem-not-found-detail-id",
            thing = Text::thing(what),
            id = id.to_string()
        ))
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

    pub fn title(&self) -> Text {
        match self {
            Self::Validation(_) => text!("problem-validation-failed"),
            Self::MalformedJson(_) => text!("problem-malformed-json"),
            Self::UnsupportedMediaType(_) => text!("problem-unsupported-media-type"),
            Self::BadRequest(_) => text!("problem-bad-request"),
            Self::Unauthorized(_) => text!("problem-unauthorized"),
            Self::Forbidden(_) => text!("problem-forbidden"),
            Self::NotFound(_) => text!("problem-not-found"),
            Self::Conflict(_) => text!("problem-conflict"),
            Self::UnitUnavailable(_) => text!("problem-unit-unavailable"),
            Self::InvalidTransition(_) => text!("problem-invalid-transition"),
            Self::PreconditionFailed(_) => text!("problem-precondition-failed"),
            Self::PayloadTooLarge { .. } => text!("problem-payload-too-large"),
            Self::MethodNotAllowed { .. } => text!("problem-method-not-allowed"),
            Self::RateLimited { .. } => text!("problem-rate-limited"),
            Self::Unavailable(_) => text!("problem-service-unavailable"),
            Self::Internal(_) => text!("problem-internal"),
        }
    }

    pub fn detail(&self) -> Text {
        match self {
            Self::Validation(errors) => match errors.as_slice() {
                [one] => text!(
                    "problem-validation-failed-detail-one",
                    field = one.field.as_str(),
                    message = one.message.clone()
                ),
                many => text!("problem-validation-failed-detail-many", count = many.len()),
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
                text!("problem-payload-too-large-detail", limit_mib = *limit_mib)
            }
            Self::MethodNotAllowed { allowed } => {
                text!(
                    "problem-method-not-allowed-detail",
                    allowed = allowed.join(", ")
                )
            }
            Self::RateLimited {
                retry_after_seconds,
            } => text!(
                "problem-rate-limited-detail",
                seconds = *retry_after_seconds
            ),
            Self::Internal(_) => text!("problem-internal-detail"),
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound { what, id } => Self::not_found(what, id),
            StoreError::Stale { what } => {
                Self::PreconditionFailed(text!("problem-stale", thing = Text::thing(what)))
            }
            StoreError::VersionMismatch { what, current } => Self::PreconditionFailed(text!(
                "problem-version-mismatch",
                thing = Text::thing(what),
                etag = format!("\"{current}\"")
            )),
            StoreError::Taken(why) => Self::UnitUnavailable(why),
            StoreError::Duplicate(what) => {
                Self::Conflict(text!("problem-duplicate", constraint = what))
            }
            StoreError::Dangling => Self::Conflict(text!("problem-dangling")),
            StoreError::Busy => Self::Unavailable(text!("problem-busy")),
            StoreError::Database(e) => Self::Internal(e.into()),
        }
    }
}

pub type AppResult<T> = Result<T, AppError>;
