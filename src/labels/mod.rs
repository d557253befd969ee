//! `GET /api/v1/labels`: every enum value of the API in words, in every
//! language, for frontends to build their screens from. The registry itself
//! is `i18n::labels` (framework-free); this slice is only its HTTP edge.

pub mod http;
