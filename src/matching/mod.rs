//! Matching space requests to units: the pure engine, the per-instance
//! inventory snapshot it reads, and the endpoints.

pub mod engine;
pub mod http;
pub mod model;
pub mod service;
pub mod snapshot;
pub mod store;
