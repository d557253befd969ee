//! Reports for operators: occupancy, expirations, stacking plans, demand gaps.

pub mod http;
pub mod model;
pub mod store;
