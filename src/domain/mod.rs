//! Plain types and rules of the business: no actix, no diesel.

pub mod credit_code;
mod field_error;
mod id;
pub mod industry;
pub mod inventory;
pub mod leasing;
pub mod limits;
pub mod occupancy;
pub mod rules;
pub mod text_enum;

pub use field_error::FieldError;
pub use id::{Id, IdList};
pub use inventory::*;
pub use leasing::*;
