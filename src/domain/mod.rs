//! Plain types and rules of the business: no actix, no diesel.

pub mod credit_code;
mod field_error;
pub mod industry;
pub mod inventory;
pub mod leasing;
pub mod occupancy;
pub mod rules;

pub use field_error::FieldError;
pub use inventory::*;
pub use leasing::*;
