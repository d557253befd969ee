//! What every slice stands on: storage, the HTTP edge, passwords and tokens,
//! the one error type.

pub mod auth;
pub mod blocking;
pub mod db;
pub mod error;
pub mod http;
pub mod metrics;
pub mod time;
pub mod validation;
