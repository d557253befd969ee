//! `ValidJson<T>`: reads a JSON body (≤ 1 MiB), rejects unknown fields and
//! type errors with the JSON path of the field, then runs `validator` rules.
//! Every failure is an `AppError`, so clients always get problem+json.

use std::future::Future;
use std::pin::Pin;

use actix_web::{FromRequest, HttpRequest, dev::Payload, http::header};
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use validator::{Validate, ValidationErrors, ValidationErrorsKind};

use crate::platform::error::AppError;

use crate::domain::FieldError;

/// Largest request body accepted.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

pub struct ValidJson<T>(pub T);

impl<T: DeserializeOwned + Validate + 'static> FromRequest for ValidJson<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let content_type_ok = is_json(req);
        let declared_len = req
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<usize>().ok());
        let mut payload = payload.take();
        Box::pin(async move {
            if !content_type_ok {
                return Err(AppError::UnsupportedMediaType(
                    "send the body as application/json".into(),
                ));
            }
            if declared_len.is_some_and(|n| n > MAX_BODY_BYTES) {
                return Err(AppError::PayloadTooLarge);
            }
            let mut body = Vec::new();
            while let Some(chunk) = payload.next().await {
                let chunk = chunk
                    .map_err(|e| AppError::BadRequest(format!("could not read the body: {e}")))?;
                if body.len() + chunk.len() > MAX_BODY_BYTES {
                    return Err(AppError::PayloadTooLarge);
                }
                body.extend_from_slice(&chunk);
            }
            let value: T = parse_json(&body)?;
            value.validate()?;
            Ok(ValidJson(value))
        })
    }
}

fn is_json(req: &HttpRequest) -> bool {
    let Some(ct) = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let essence = ct
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// Deserialises a body, classifying serde errors: syntax → 400, shape → 422.
pub fn parse_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, AppError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(AppError::MalformedJson("the request body is empty".into()));
    }
    let de = &mut serde_json::Deserializer::from_slice(body);
    let result: Result<T, _> = serde_path_to_error::deserialize(de);
    let err = match result {
        Ok(v) => return Ok(v),
        Err(e) => e,
    };
    let path = err.path().to_string();
    let inner = err.into_inner();
    if !matches!(inner.classify(), serde_json::error::Category::Data) {
        return Err(AppError::MalformedJson(inner.to_string()));
    }
    Err(AppError::Validation(vec![data_error(&path, &inner)]))
}

fn data_error(path: &str, e: &serde_json::Error) -> FieldError {
    let full = e.to_string();
    let message = full.split(" at line ").next().unwrap_or(&full).to_string();
    let path = if path == "." { "" } else { path };
    let join = |name: &str| {
        if path.is_empty() {
            name.to_string()
        } else {
            format!("{path}.{name}")
        }
    };
    if let Some(name) = backticked(&message, "unknown field `") {
        let field = if path.ends_with(&name) {
            path.to_string()
        } else {
            join(&name)
        };
        return FieldError::new(
            field,
            "unknown_field",
            format!("`{name}` is not a field of this resource, or may not be set by clients"),
        );
    }
    if let Some(name) = backticked(&message, "missing field `") {
        return FieldError::new(join(&name), "required", format!("`{name}` is required"));
    }
    let code = if message.starts_with("invalid type") {
        "invalid_type"
    } else if message.starts_with("unknown variant") {
        "invalid_choice"
    } else {
        "invalid"
    };
    FieldError::new(if path.is_empty() { "body" } else { path }, code, message)
}

fn backticked(message: &str, prefix: &str) -> Option<String> {
    let rest = message.strip_prefix(prefix)?;
    Some(rest.split('`').next()?.to_string())
}

/// Flattens `validator` errors into field errors with dotted paths.
pub fn flatten_validation_errors(errors: &ValidationErrors, prefix: &str) -> Vec<FieldError> {
    let mut out = Vec::new();
    for (field, kind) in errors.errors() {
        let path = if prefix.is_empty() {
            field.to_string()
        } else {
            format!("{prefix}.{field}")
        };
        match kind {
            ValidationErrorsKind::Field(list) => {
                for e in list {
                    out.push(FieldError::new(&path, e.code.as_ref(), describe(e)));
                }
            }
            ValidationErrorsKind::Struct(inner) => {
                out.extend(flatten_validation_errors(inner, &path))
            }
            ValidationErrorsKind::List(items) => {
                for (i, inner) in items {
                    out.extend(flatten_validation_errors(inner, &format!("{path}[{i}]")));
                }
            }
        }
    }
    out.sort_by(|a, b| a.field.cmp(&b.field));
    out
}

fn describe(e: &validator::ValidationError) -> String {
    if let Some(m) = &e.message {
        return m.to_string();
    }
    let p = |k: &str| e.params.get(k).map(|v| v.to_string());
    match e.code.as_ref() {
        "range" => match (p("min"), p("max")) {
            (Some(min), Some(max)) => format!("must be between {min} and {max}"),
            (Some(min), None) => format!("must be at least {min}"),
            (None, Some(max)) => format!("must be at most {max}"),
            _ => "out of range".into(),
        },
        "length" => match (p("min"), p("max")) {
            (Some(min), Some(max)) => format!("length must be between {min} and {max}"),
            (Some(min), None) => format!("length must be at least {min}"),
            (None, Some(max)) => format!("length must be at most {max}"),
            _ => "wrong length".into(),
        },
        "email" => "must be an email address".into(),
        other => format!("failed the `{other}` rule"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        name: String,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Outer {
        count: i32,
        inner: Inner,
    }

    fn field_error(body: &str) -> FieldError {
        match parse_json::<Outer>(body.as_bytes()) {
            Err(AppError::Validation(mut v)) => v.remove(0),
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn syntax_errors_are_malformed_json() {
        assert!(matches!(
            parse_json::<Outer>(b"{\"count\": "),
            Err(AppError::MalformedJson(_))
        ));
        assert!(matches!(
            parse_json::<Outer>(b""),
            Err(AppError::MalformedJson(_))
        ));
    }

    #[test]
    fn unknown_nested_field_names_its_path() {
        let e = field_error(r#"{"count": 1, "inner": {"name": "x", "nmae": "y"}}"#);
        assert_eq!(e.code, "unknown_field");
        assert_eq!(e.field, "inner.nmae");
    }

    #[test]
    fn missing_and_mistyped_fields_name_their_path() {
        let e = field_error(r#"{"count": 1, "inner": {}}"#);
        assert_eq!(
            (e.field.as_str(), e.code.as_str()),
            ("inner.name", "required")
        );
        let e = field_error(r#"{"count": "many", "inner": {"name": "x"}}"#);
        assert_eq!(
            (e.field.as_str(), e.code.as_str()),
            ("count", "invalid_type")
        );
    }
}
