//! Storage: one connection type over SQLite and PostgreSQL, its pool,
//! migrations and the few places where the two backends really differ.

pub mod conn;
pub mod locks;
pub mod migrate;
pub mod schema;
mod store_error;
pub mod text;
pub mod tx;
pub mod versioned;

/// Ids are the domain's; storage writes them as text (`text.rs`).
pub use crate::domain::{Id, IdList};
pub use conn::{DbConn, DbPool, build_pool, connect_postgres};
pub use store_error::{StoreError, StoreResult};
pub use tx::{checkout, read, waiting_for_connection, write};
pub use versioned::{Expected, Versioned};

/// How many ids one `IN (…)` list binds: well inside SQLite's limit of
/// 32,766 bound values; longer lists are read in chunks of this size.
pub const IN_LIST_MAX: usize = 5_000;

/// Now, in UTC, truncated to the microseconds PostgreSQL keeps, so that what
/// is written and read back compares equal on both backends.
pub fn now() -> chrono::NaiveDateTime {
    let now = chrono::Utc::now().naive_utc();
    let micros = now.and_utc().timestamp_micros();
    chrono::DateTime::from_timestamp_micros(micros)
        .map(|t| t.naive_utc())
        .unwrap_or(now)
}

/// Which rows of a list to read: skip `offset`, read at most `limit`.
#[derive(Debug, Clone, Copy)]
pub struct Window {
    pub offset: i64,
    pub limit: i64,
}

/// Whether the database answers.
pub fn ping(conn: &mut DbConn) -> bool {
    use diesel::connection::SimpleConnection;
    conn.batch_execute("SELECT 1").is_ok()
}
