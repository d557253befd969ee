//! The multi-backend connection and a pool manager that picks the backend from
//! the URL scheme (diesel's derived `establish` tries each backend in turn and
//! hides the real error).

use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;

#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Pg(diesel::PgConnection),
    Sqlite(diesel::SqliteConnection),
}

pub type DbPool = r2d2::Pool<Manager>;
pub type PooledConn = r2d2::PooledConnection<Manager>;

crate::text_enum! {
    /// The database behind the pool.
    pub enum Backend { Postgres => "postgres", Sqlite => "sqlite" }
}

/// Which database a URL names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Postgres(String),
    Sqlite(String),
}

impl Target {
    pub fn parse(url: &str) -> Self {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Self::Postgres(url.to_string())
        } else {
            let path = url
                .strip_prefix("sqlite://")
                .or_else(|| url.strip_prefix("sqlite:"));
            Self::Sqlite(path.unwrap_or(url).to_string())
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Self::Postgres(_) => Backend::Postgres,
            Self::Sqlite(_) => Backend::Sqlite,
        }
    }
}

#[derive(Debug)]
pub struct Manager {
    target: Target,
}

const SQLITE_PER_CONNECTION: &str =
    "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";

/// Opens a PostgreSQL connection; every one this process makes goes through
/// here. libpq speaks TLS through OpenSSL, which by default frees itself in an
/// `atexit` handler while pool threads may still be inside it, so the process
/// can die with SIGSEGV on its way out (seen in CI at the end of the test
/// run). Initialising OpenSSL first without that handler keeps exit clean.
pub fn connect_postgres(url: &str) -> ConnectionResult<diesel::PgConnection> {
    openssl_sys::init();
    diesel::PgConnection::establish(url)
}

fn establish(target: &Target) -> ConnectionResult<DbConn> {
    match target {
        Target::Postgres(url) => connect_postgres(url).map(DbConn::Pg),
        Target::Sqlite(path) => {
            let mut conn = diesel::SqliteConnection::establish(path)?;
            conn.batch_execute(SQLITE_PER_CONNECTION)
                .map_err(ConnectionError::CouldntSetupConfiguration)?;
            Ok(DbConn::Sqlite(conn))
        }
    }
}

impl r2d2::ManageConnection for Manager {
    type Connection = DbConn;
    type Error = ConnectionError;

    fn connect(&self) -> Result<DbConn, ConnectionError> {
        establish(&self.target)
    }

    fn is_valid(&self, conn: &mut DbConn) -> Result<(), ConnectionError> {
        conn.batch_execute("SELECT 1")
            .map_err(ConnectionError::CouldntSetupConfiguration)
    }

    /// A connection whose transaction could not be closed (a panic mid-way,
    /// a lost rollback) must not go back into the pool.
    fn has_broken(&self, conn: &mut DbConn) -> bool {
        use diesel::connection::TransactionManager;
        <DbConn as Connection>::TransactionManager::is_broken_transaction_manager(conn)
    }
}

/// Builds the pool; on SQLite switches the file to WAL once first (doing it
/// per pooled connection makes pool start-up race for the lock).
pub fn build_pool(url: &str, max_size: u32) -> anyhow::Result<DbPool> {
    let target = Target::parse(url);
    // One connection first: a wrong URL or password fails at once with the
    // database's own message, instead of after the pool's retries.
    let mut first = establish(&target)?;
    if let Target::Sqlite(_) = &target {
        first.batch_execute("PRAGMA journal_mode = WAL;")?;
    }
    drop(first);
    let pool = r2d2::Pool::builder()
        .max_size(max_size)
        .connection_timeout(Duration::from_secs(5))
        // A cheap `SELECT 1` per checkout: after a database restart, dead
        // connections are replaced instead of failing requests.
        .test_on_check_out(true)
        .build(Manager { target })?;
    Ok(pool)
}
