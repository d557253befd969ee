//! Passwords (argon2id) and access tokens (HS256 JWTs).

pub mod jwt;
pub mod password;

pub use jwt::JwtKeys;
