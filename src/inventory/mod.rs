//! Parks, buildings, floors, freight lifts and units: what operators keep.

pub mod building;
pub mod files;
pub mod floor;
pub mod http;
pub mod lift;
pub mod park;
pub mod resource;
pub mod unit;
