//! `version` ⇄ `ETag`, and `If-Match` preconditions.

use actix_web::http::header::{self, HeaderMap};

use crate::platform::db::Expected;
use crate::platform::error::AppError;

pub fn etag(version: i32) -> String {
    format!("\"{version}\"")
}

/// A strong tag for a body fixed for the life of the process (built from
/// the binary's own data): a 64-bit FNV-1a hash of its bytes, so every
/// instance of one build gives the same tag.
pub fn content_tag(body: &[u8]) -> String {
    let hash = body.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("\"{hash:016x}\"")
}

/// Whether `If-None-Match` names `tag`, or is `*`: the client's copy is
/// current and a 304 will do. RFC 9110 compares weakly here, so `W/` is
/// ignored.
pub fn none_match(headers: &HeaderMap, tag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .any(|t| t == "*" || t.strip_prefix("W/").unwrap_or(t) == tag)
}

/// The `If-Match` header, if any, as the client sent it.
#[derive(Debug, Clone, Default)]
pub struct IfMatch(Option<String>);

impl IfMatch {
    pub fn from_headers(headers: &HeaderMap) -> Result<Self, AppError> {
        match headers.get(header::IF_MATCH) {
            None => Ok(Self(None)),
            Some(v) => v
                .to_str()
                .map(|s| Self(Some(s.to_string())))
                .map_err(|_| AppError::BadRequest(crate::text!("problem-if-match-not-text"))),
        }
    }

    /// What the client expects to replace: any version when the header is
    /// absent or `*`, else the versions its strong tags name. Weak tags never
    /// match (If-Match uses the strong comparison), nor do malformed ones.
    pub fn expected(&self) -> Expected {
        let Some(raw) = &self.0 else {
            return Expected::Any;
        };
        let tags: Vec<&str> = raw.split(',').map(str::trim).collect();
        if tags.contains(&"*") {
            return Expected::Any;
        }
        Expected::OneOf(
            tags.iter()
                .filter_map(|t| t.strip_prefix('"')?.strip_suffix('"')?.parse().ok())
                .collect(),
        )
    }
}

impl actix_web::FromRequest for IfMatch {
    type Error = AppError;
    type Future = std::future::Ready<Result<Self, AppError>>;

    fn from_request(req: &actix_web::HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        std::future::ready(Self::from_headers(req.headers()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(v: Option<&str>) -> Expected {
        IfMatch(v.map(String::from)).expected()
    }

    #[test]
    fn if_match_accepts_current_star_and_absent() {
        assert!(header(None).check("unit", 3).is_ok());
        assert!(header(Some("*")).check("unit", 3).is_ok());
        assert!(header(Some("\"2\", \"3\"")).check("unit", 3).is_ok());
    }

    #[test]
    fn if_none_match_compares_weakly_and_takes_lists_and_star() {
        let tag = content_tag(b"body");
        let with = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(header::IF_NONE_MATCH, v.parse().expect("header"));
            none_match(&h, &tag)
        };
        assert!(with(&tag) && with("*") && with(&format!("\"x\", W/{tag}")));
        assert!(!with("\"x\"") && !none_match(&HeaderMap::new(), &tag));
        assert_ne!(content_tag(b"body"), content_tag(b"bodz"));
        assert_eq!(content_tag(b""), "\"cbf29ce484222325\"");
    }

    #[test]
    fn if_match_rejects_stale_weak_and_malformed() {
        assert!(header(Some("\"2\"")).check("unit", 3).is_err());
        assert!(header(Some("W/\"3\"")).check("unit", 3).is_err());
        assert!(header(Some("3")).check("unit", 3).is_err());
    }
}
