//! Holds: which unit is taken for which days, by an open offer or a lease.

pub mod service;
pub mod store;
