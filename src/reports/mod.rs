//! Reports for operators: occupancy, expirations, stacking plans, demand
//! gaps. One file per report; `store.rs` holds what they read.

pub mod demand_gaps;
pub mod expirations;
pub mod http;
pub mod model;
pub mod occupancy;
pub mod stacking_picture;
pub mod stacking_plan;
pub mod store;
