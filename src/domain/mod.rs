//! Plain types and rules of the business: no actix, no diesel.

pub mod credit_code;
pub mod industry;
pub mod inventory;
pub mod matching;
pub mod rules;

pub use inventory::*;
