//! Parks, buildings, floors, freight lifts and units: what operators keep.

pub mod building;
pub mod floor;
pub mod lift;
pub mod park;
pub mod unit;
