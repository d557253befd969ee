//! Plain types and rules of the business: no actix, no diesel.

pub mod credit_code;
pub mod industry;
pub mod inventory;
pub mod leasing;
pub mod matching;
pub mod occupancy;
pub mod rules;

pub use inventory::*;
pub use leasing::*;
