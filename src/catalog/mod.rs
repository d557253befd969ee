//! The catalog: this instance's in-memory read model of the inventory. One
//! snapshot (every park, building, lift and unit with its effective values,
//! and the holds that count) serves the matching engine's index and the unit
//! search, and is replaced when the database's generation counter moves.

pub mod dirty;
pub mod read;
pub mod snapshot;
pub mod store;
pub mod units;
