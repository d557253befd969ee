//! Every human-readable text in the reader's language.
//!
//! Code names a message by its key (`text!("check-area-pass", …)`); the words
//! live in Fluent catalogues, one folder per language under `locales/`. Errors
//! carry their `Text` unrendered, so a rule checked deep in a transaction
//! need not know who reads it: the HTTP edge renders it in the language the
//! request negotiated (`http.rs`). Stable fields (`code`, `criterion`, enum
//! values) never pass through here.

mod catalogue;
pub mod http;
pub mod labels;
mod lang;
mod text;

pub use catalogue::{SOURCES, has_message, render};
pub use lang::Lang;
pub use text::{Arg, Text};
