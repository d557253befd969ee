//! The HTTP edge: extractors and helpers shared by every route.

pub mod etag;
pub mod json;
pub mod paging;
pub mod query;

pub use json::ValidJson;
pub use paging::{Page, Paging};
pub use query::QueryMap;
