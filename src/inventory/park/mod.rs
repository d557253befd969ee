pub mod calendar;
pub mod http;
pub mod model;
pub mod service;
pub mod store;
