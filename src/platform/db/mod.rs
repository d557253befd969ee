//! Storage: one connection type over SQLite and PostgreSQL, its pool,
//! migrations and the few places where the two backends really differ.

pub mod conn;
pub mod migrate;
pub mod schema;
pub mod text;
pub mod tx;
pub mod versioned;

pub use conn::{DbConn, DbPool, build_pool};
pub use text::{Id, IdList};
pub use tx::{read, write};

/// Now, in UTC, truncated to the microseconds PostgreSQL keeps, so that what
/// is written and read back compares equal on both backends.
pub fn now() -> chrono::NaiveDateTime {
    let now = chrono::Utc::now().naive_utc();
    let micros = now.and_utc().timestamp_micros();
    chrono::DateTime::from_timestamp_micros(micros)
        .map(|t| t.naive_utc())
        .unwrap_or(now)
}
