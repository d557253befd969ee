//! Headers every answer carries, whatever produced it.

use actix_web::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use actix_web::{HttpMessage, HttpRequest};
use tracing_actix_web::RequestId;

/// What the request said that decides the answer's headers.
pub struct Asked {
    request_id: Option<String>,
    private: bool,
    docs: bool,
}

impl Asked {
    pub fn of(req: &HttpRequest) -> Self {
        let path = req.path();
        let has_token = req.headers().contains_key(header::AUTHORIZATION);
        Self {
            request_id: req.extensions().get::<RequestId>().map(|r| r.to_string()),
            // The login and registration answers carry a token; other
            // answers to a token are the caller's own view.
            private: has_token || path.starts_with("/api/v1/auth/"),
            docs: path.starts_with("/docs"),
        }
    }

    pub fn apply(self, headers: &mut HeaderMap) {
        if let Some(v) = self
            .request_id
            .and_then(|id| HeaderValue::from_str(&id).ok())
        {
            headers.insert(HeaderName::from_static("x-request-id"), v);
        }
        headers.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
        if self.private {
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        }
        if self.docs {
            // The page loads only its own files, and the document from here.
            headers.insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(
                    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; \
                     script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'",
                ),
            );
        }
    }
}
