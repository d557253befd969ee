//! What a store can fail with. Stores speak only of rows; services turn a
//! `StoreError` into the API's `AppError` with `?` (see `platform::error`).

use super::Id;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no {what} with id {id}")]
    NotFound { what: &'static str, id: Id },
    /// An optimistic write found another version than the one it read.
    #[error("the {what} was changed by someone else; fetch it again")]
    Stale { what: &'static str },
    /// The writer expected another version (`If-Match`).
    #[error("the {what} has changed: its current ETag is \"{current}\"; fetch it again")]
    VersionMismatch { what: &'static str, current: i32 },
    /// A unit is already held for part of the period.
    #[error("{0}")]
    Taken(crate::i18n::Text),
    /// A unique index refused the row.
    #[error("a record with the same unique value exists ({0})")]
    Duplicate(String),
    /// A foreign key refused the change.
    #[error("the change would leave a dangling reference")]
    Dangling,
    /// SQLite still locked after `busy_timeout`, a PostgreSQL serialisation
    /// failure, or no pooled connection in time: the request may be retried.
    #[error("the database is busy; retry shortly")]
    Busy,
    #[error(transparent)]
    Database(diesel::result::Error),
}

pub type StoreResult<T> = Result<T, StoreError>;

impl From<diesel::result::Error> for StoreError {
    fn from(e: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match &e {
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => {
                Self::Duplicate(info.message().to_string())
            }
            Error::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => Self::Dangling,
            Error::DatabaseError(DatabaseErrorKind::SerializationFailure, _) => Self::Busy,
            // SQLite reports these two without a kind of their own.
            Error::DatabaseError(_, info)
                if info.message().contains("FOREIGN KEY constraint failed") =>
            {
                Self::Dangling
            }
            Error::DatabaseError(_, info) if info.message().contains("database is locked") => {
                Self::Busy
            }
            // PostgreSQL broke a lock cycle by giving up on this transaction;
            // nothing was written, and the request may be sent again.
            Error::DatabaseError(_, info) if info.message().contains("deadlock detected") => {
                Self::Busy
            }
            _ => Self::Database(e),
        }
    }
}

impl From<r2d2::Error> for StoreError {
    fn from(e: r2d2::Error) -> Self {
        tracing::warn!(error = %e, "database pool exhausted");
        Self::Busy
    }
}

/// Diesel's transactions need the closure's error type to absorb its own
/// errors; services return `AppError`, so it does, through `StoreError`.
impl From<diesel::result::Error> for crate::platform::error::AppError {
    fn from(e: diesel::result::Error) -> Self {
        StoreError::from(e).into()
    }
}
