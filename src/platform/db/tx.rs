//! Running diesel (synchronous) off the async workers, and write transactions
//! that serialise on SQLite.

use diesel::connection::{AnsiTransactionManager, TransactionManager};
use diesel::prelude::*;

use std::sync::atomic::{AtomicI64, Ordering};

use super::StoreError;
use super::conn::{DbConn, DbPool, PooledConn};
use crate::platform::blocking::off_thread;
use crate::platform::error::AppResult;

/// Requests of this process waiting for a pooled connection.
static WAITING: AtomicI64 = AtomicI64::new(0);

pub fn waiting_for_connection() -> i64 {
    WAITING.load(Ordering::Relaxed)
}

/// A connection from the pool, counted in `WAITING` while it is awaited.
pub fn checkout(pool: &DbPool) -> Result<PooledConn, StoreError> {
    WAITING.fetch_add(1, Ordering::Relaxed);
    let conn = pool.get();
    WAITING.fetch_sub(1, Ordering::Relaxed);
    Ok(conn?)
}

/// Runs `f` with a pooled connection on the blocking pool. Reads only.
pub async fn read<T, F>(pool: &DbPool, f: F) -> AppResult<T>
where
    T: Send + 'static,
    F: FnOnce(&mut DbConn) -> AppResult<T> + Send + 'static,
{
    let pool = pool.clone();
    off_thread(move || {
        let mut conn = checkout(&pool)?;
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
        let mut conn = checkout(&pool)?;
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
