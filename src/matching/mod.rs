//! Matching space requests to units: the pure engine and the endpoints; the
//! inventory snapshot it reads is the catalog's.

pub mod demand;
pub mod engine;
pub mod http;
pub mod model;
pub mod reverse;
pub mod service;
