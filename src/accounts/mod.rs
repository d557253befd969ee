//! Who may use the API: logging in, users, tenant organisations, the
//! operators of each park.

pub mod auth;
pub mod operators;
pub mod tenants;
pub mod users;
