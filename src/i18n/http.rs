//! The request's language at the HTTP edge: `?lang=` (for links), else
//! `Accept-Language`, else the server's default; every answer names it in
//! `Content-Language` and varies on `Accept-Language`.

use std::future::{Ready, ready};

use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::{FromRequest, HttpMessage, HttpRequest};

use super::Lang;
use crate::domain::FieldError;
use crate::platform::error::AppError;
use crate::text;

/// The query parameter that overrides `Accept-Language`; every endpoint takes it.
pub const LANG_PARAMETER: &str = "lang";

/// The language the server speaks when the request names none of its own.
#[derive(Debug, Clone, Copy)]
pub struct DefaultLang(pub Lang);

/// The language of `req`, or a 422 when `?lang=` names none of ours.
pub fn choose(req: &ServiceRequest, default: Lang) -> Result<Lang, (Lang, AppError)> {
    let from_header = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Lang::negotiate)
        .unwrap_or(default);
    let asked: Option<String> =
        serde_urlencoded::from_str::<Vec<(String, String)>>(req.query_string())
            .ok()
            .and_then(|pairs| pairs.into_iter().find(|(k, _)| k == LANG_PARAMETER))
            .map(|(_, v)| v);
    match asked {
        None => Ok(from_header),
        Some(tag) => Lang::lookup(&tag).ok_or_else(|| {
            let e = FieldError::new(
                LANG_PARAMETER,
                "invalid_choice",
                text!("problem-lang-unknown", given = tag.as_str()),
            );
            (from_header, AppError::Validation(vec![e]))
        }),
    }
}

/// Puts the answer in `lang`: an error renders again in it, and the headers
/// say which language it is and that it depends on `Accept-Language`.
pub fn localize(res: ServiceResponse, lang: Lang) -> ServiceResponse {
    let again = res
        .response()
        .error()
        .and_then(|e| e.as_error::<AppError>())
        .filter(|_| lang != Lang::default())
        .map(|e| e.response_in(lang));
    let mut res = match again {
        Some(answer) => res.into_response(answer),
        None => res,
    };
    let headers = res.headers_mut();
    headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.tag()),
    );
    let vary = match headers.get(header::VARY).and_then(|v| v.to_str().ok()) {
        Some(v) if v.to_ascii_lowercase().contains("accept-language") => None,
        Some(v) => HeaderValue::from_str(&format!("{v}, Accept-Language")).ok(),
        None => Some(HeaderValue::from_static("Accept-Language")),
    };
    if let Some(v) = vary {
        headers.insert(header::VARY, v);
    }
    res
}

/// Remembers the chosen language for the handlers (`Lang` as an extractor).
pub fn remember(req: &ServiceRequest, lang: Lang) {
    req.extensions_mut().insert(lang);
}

impl FromRequest for Lang {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, actix_web::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let lang = req
            .extensions()
            .get::<Lang>()
            .copied()
            .or_else(|| req.app_data::<DefaultLang>().map(|d| d.0));
        ready(Ok(lang.unwrap_or_default()))
    }
}
