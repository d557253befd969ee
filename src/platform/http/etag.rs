//! `version` ⇄ `ETag`, and `If-Match` preconditions.

use actix_web::http::header::{self, HeaderMap};

use crate::platform::error::AppError;

pub fn etag(version: i32) -> String {
    format!("\"{version}\"")
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
                .map_err(|_| AppError::BadRequest("If-Match is not valid text".into())),
        }
    }

    /// 412 unless the header is absent, `*`, or lists the current ETag.
    /// Weak tags never match: If-Match uses the strong comparison.
    pub fn check(&self, current_version: i32) -> Result<(), AppError> {
        let Some(raw) = &self.0 else { return Ok(()) };
        let current = etag(current_version);
        let ok = raw
            .split(',')
            .map(str::trim)
            .any(|t| t == "*" || t == current);
        if ok {
            Ok(())
        } else {
            Err(AppError::PreconditionFailed(format!(
                "the resource has changed: its current ETag is {current}; fetch it again"
            )))
        }
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

    #[test]
    fn if_match_accepts_current_star_and_absent() {
        assert!(IfMatch(None).check(3).is_ok());
        assert!(IfMatch(Some("*".into())).check(3).is_ok());
        assert!(IfMatch(Some("\"2\", \"3\"".into())).check(3).is_ok());
    }

    #[test]
    fn if_match_rejects_stale_and_weak() {
        assert!(IfMatch(Some("\"2\"".into())).check(3).is_err());
        assert!(IfMatch(Some("W/\"3\"".into())).check(3).is_err());
    }
}
