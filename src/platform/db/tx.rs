//! Running diesel (synchronous) off the async workers, and write transactions
//! that serialise on SQLite.

use diesel::connection::{AnsiTransactionManager, TransactionManager};
use diesel::prelude::*;

use super::StoreError;
use super::conn::{DbConn, DbPool};
use crate::platform::blocking::off_thread;
use crate::platform::error::AppResult;

/// Runs `f` with a pooled connection on the blocking pool. Reads only.
pub async fn read<T, F>(pool: &DbPool, f: F) -> AppResult<T>
where
    T: Send + 'static,
    F: FnOnce(&mut DbConn) -> AppResult<T> + Send + 'static,
{
    let pool = pool.clone();
    off_thread(move || {
        let mut conn = pool.get().map_err(StoreError::from)?;
        f(&mut conn)
    })
    .await
}

/// Runs `f` inside one write transaction on the blocking pool; any error rolls
/// everything back, so a refused request changes nothing.
pub async fn write<T, F>(pool: &DbPool, f: F) -> AppResult<T>
where
    T: Send + 'static,
    F: FnOnce(&mut DbConn) -> AppResult<T> + Send + 'static,
{
    let pool = pool.clone();
    off_thread(move || {
        let mut conn = pool.get().map_err(StoreError::from)?;
        in_write_transaction(&mut conn, f)
    })
    .await
}

/// On SQLite a write transaction begins with `BEGIN IMMEDIATE`: it takes the
/// write lock up front, so concurrent writers queue on `busy_timeout` instead
/// of failing with "database is locked" when a read lock cannot be upgraded.
pub fn in_write_transaction<T, F>(conn: &mut DbConn, f: F) -> AppResult<T>
where
    F: FnOnce(&mut DbConn) -> AppResult<T>,
{
    let is_sqlite = match conn {
        DbConn::Sqlite(inner) => {
            AnsiTransactionManager::begin_transaction_sql(inner, "BEGIN IMMEDIATE")?;
            true
        }
        DbConn::Pg(_) => false,
    };
    if !is_sqlite {
        return conn.transaction(f);
    }
    match f(conn) {
        Ok(value) => {
            <DbConn as Connection>::TransactionManager::commit_transaction(conn)?;
            Ok(value)
        }
        Err(e) => {
            if let Err(rollback) =
                <DbConn as Connection>::TransactionManager::rollback_transaction(conn)
            {
                tracing::error!(error = %rollback, "rollback failed");
            }
            Err(e)
        }
    }
}
