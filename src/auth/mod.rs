//! Who is calling: password hashing, tokens, the current-user extractor,
//! login throttling and the scope rules of each role.

pub mod current_user;
pub mod jwt;
pub mod password;
pub mod throttle;

pub use current_user::{CurrentUser, MaybeUser};
pub use jwt::JwtKeys;
