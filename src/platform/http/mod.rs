//! The HTTP edge: extractors and helpers shared by every route.

pub mod etag;
pub mod headers;
pub mod health;
pub mod json;
pub mod paging;
pub mod problem;
pub mod query;
pub mod respond;
pub mod routes_known;
mod serde_words;

pub use json::ValidJson;
pub use paging::{Page, Paging};
pub use query::QueryMap;
