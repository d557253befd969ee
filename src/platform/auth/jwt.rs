//! HS256 access tokens: `sub`, `role`, `iat`, `exp`, `iss = "upstairs"`.

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use crate::domain::Role;
use crate::platform::db::Id;

pub const ISSUER: &str = "upstairs";

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub role: Role,
    pub iat: i64,
    pub exp: i64,
    pub iss: String,
    /// The user's session version when the token was issued.
    #[serde(default)]
    pub sv: i32,
    /// The token's own id, by which logout ends it alone.
    #[serde(default)]
    pub jti: Option<String>,
}

#[derive(Clone)]
pub struct JwtKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    pub ttl_seconds: i64,
}

impl JwtKeys {
    pub fn new(secret: &[u8], ttl_seconds: i64) -> Self {
        Self {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            ttl_seconds,
        }
    }

    pub fn issue(&self, user_id: Id, role: Role, session_version: i32) -> anyhow::Result<String> {
        let now = chrono::Utc::now().timestamp();
        let claims = Claims {
            sub: user_id.to_string(),
            role,
            iat: now,
            exp: now + self.ttl_seconds,
            iss: ISSUER.into(),
            sv: session_version,
            jti: Some(Id::new().to_string()),
        };
        Ok(jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            &claims,
            &self.encoding,
        )?)
    }

    /// Decodes and checks a token: HS256 only, issuer pinned, expiry required.
    pub fn verify(&self, token: &str) -> Option<Claims> {
        let mut v = Validation::new(Algorithm::HS256);
        v.set_issuer(&[ISSUER]);
        v.set_required_spec_claims(&["exp", "iat", "iss", "sub"]);
        v.leeway = 30;
        v.validate_nbf = true;
        let claims = jsonwebtoken::decode::<Claims>(token, &self.decoding, &v)
            .ok()?
            .claims;
        // A token issued in the future was not issued by this server's clock.
        let now = chrono::Utc::now().timestamp();
        (claims.iat <= now + v.leeway as i64).then_some(claims)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issued_tokens_verify_and_foreign_ones_do_not() {
        let keys = JwtKeys::new(&[7u8; 32], 60);
        let id = Id::new();
        let token = keys.issue(id, Role::Operator, 0).expect("issue");
        let claims = keys.verify(&token).expect("valid");
        assert_eq!(claims.sub, id.to_string());
        assert_eq!(claims.role, Role::Operator);
        assert_eq!(claims.iss, "upstairs");
        assert!(JwtKeys::new(&[8u8; 32], 60).verify(&token).is_none());
        // Signed with the right key, but claiming to be issued an hour from now.
        let future = Claims {
            sub: id.to_string(),
            role: Role::Admin,
            iat: chrono::Utc::now().timestamp() + 3600,
            exp: chrono::Utc::now().timestamp() + 7200,
            iss: "upstairs".into(),
            sv: 0,
            jti: None,
        };
        let forged = jsonwebtoken::encode(
            &jsonwebtoken::Header::new(Algorithm::HS256),
            &future,
            &EncodingKey::from_secret(&[7u8; 32]),
        )
        .expect("encode");
        assert!(keys.verify(&forged).is_none());
        assert!(keys.verify("not.a.token").is_none());
    }

    #[test]
    fn expired_tokens_are_refused() {
        let keys = JwtKeys::new(&[7u8; 32], -120);
        let token = keys.issue(Id::new(), Role::Admin, 0).expect("issue");
        assert!(keys.verify(&token).is_none());
    }
}
