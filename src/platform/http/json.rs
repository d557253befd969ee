//! `ValidJson<T>`: reads a JSON body (≤ 1 MiB), rejects unknown fields and
//! type errors with the JSON path of the field, then runs `validator` rules.
//! Every failure is an `AppError`, so clients always get problem+json.

use std::future::Future;
use std::pin::Pin;

use actix_web::{FromRequest, HttpRequest, dev::Payload, http::header};
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use utoipa::ToSchema;
use utoipa::openapi::{RefOr, schema::Schema};
use validator::{Validate, ValidationErrors, ValidationErrorsKind};

use super::query::nul;
use crate::platform::error::AppError;

use crate::domain::FieldError;
use crate::i18n::Text;

/// Largest request body accepted.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

pub struct ValidJson<T>(pub T);

impl<T: DeserializeOwned + Validate + ToSchema + 'static> FromRequest for ValidJson<T> {
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
                return Err(AppError::UnsupportedMediaType(crate::text!(
                    "problem-send-json"
                )));
            }
            if declared_len.is_some_and(|n| n > MAX_BODY_BYTES) {
                return Err(too_large());
            }
            let mut body = Vec::new();
            while let Some(chunk) = payload.next().await {
                let chunk = chunk.map_err(|e| {
                    AppError::BadRequest(crate::text!(
                        "problem-body-unreadable",
                        reason = e.to_string()
                    ))
                })?;
                if body.len() + chunk.len() > MAX_BODY_BYTES {
                    return Err(too_large());
                }
                body.extend_from_slice(&chunk);
            }
            Ok(ValidJson(parse_valid(&body)?))
        })
    }
}

fn too_large() -> AppError {
    AppError::PayloadTooLarge {
        limit_mib: MAX_BODY_BYTES >> 20,
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

/// Deserialises a body and validates it, reporting every problem at once:
/// a syntax error is 400; unknown fields, wrong types, missing fields and
/// broken rules are one 422 that lists them all, each with its JSON path.
pub fn parse_valid<T: DeserializeOwned + Validate + ToSchema>(body: &[u8]) -> Result<T, AppError> {
    let (value, mut problems) = read::<T>(body)?;
    if problems.is_empty()
        && let Some(v) = value
    {
        v.validate()?;
        return Ok(v);
    }
    // What is left once the broken fields are out still breaks its rules.
    if let Some(Err(e)) = value.map(|v| v.validate()) {
        problems.extend(flatten_validation_errors(&e, ""));
    }
    // Serde names only the first missing field; the schema, all.
    problems.extend(missing_fields::<T>(body));
    problems.sort_by(|a, b| a.field.cmp(&b.field));
    problems.dedup_by(|a, b| a.field == b.field && a.code == b.code);
    Err(AppError::Validation(problems))
}

/// The required top-level fields of `T`'s schema that the body lacks.
fn missing_fields<T: ToSchema>(body: &[u8]) -> Vec<FieldError> {
    let Ok(serde_json::Value::Object(given)) = serde_json::from_slice::<serde_json::Value>(body)
    else {
        return Vec::new();
    };
    let RefOr::T(Schema::Object(schema)) = T::schema() else {
        return Vec::new();
    };
    schema
        .required
        .iter()
        .filter(|name| !given.contains_key(name.as_str()))
        .map(|name| FieldError::new(name.as_str(), "required", required(name)))
        .collect()
}

/// Deserialises a body, classifying serde errors: syntax → 400, shape → 422.
/// Serde stops at the first problem, so a field that caused one is taken
/// out and the rest read again, until nothing new is found.
pub fn parse_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, AppError> {
    match read::<T>(body)? {
        (Some(v), problems) if problems.is_empty() => Ok(v),
        (_, problems) => Err(AppError::Validation(problems)),
    }
}

/// The body as `T` where it can be read, with the broken fields taken out,
/// and every problem met on the way.
fn read<T: DeserializeOwned>(body: &[u8]) -> Result<(Option<T>, Vec<FieldError>), AppError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(AppError::MalformedJson(crate::text!("problem-body-empty")));
    }
    let mut value: serde_json::Value = serde_json::from_slice(body).map_err(|e| {
        AppError::MalformedJson(crate::text!("problem-json-syntax", reason = e.to_string()))
    })?;
    integral_floats_as_integers(&mut value);
    let mut with_nul = Vec::new();
    find_nul(&value, "", &mut with_nul);
    if !with_nul.is_empty() {
        return Ok((None, with_nul));
    }
    let mut problems: Vec<FieldError> = Vec::new();
    let mut removed: Vec<String> = Vec::new();
    // Each round takes out one field, so the object's size bounds the rounds.
    let mut partial = None;
    for _ in 0..=MAX_ROUNDS {
        let err = match serde_path_to_error::deserialize::<_, T>(value.clone()) {
            Ok(v) => {
                partial = Some(v);
                break;
            }
            Err(e) => e,
        };
        let segments: Vec<String> = err.path().iter().map(|s| s.to_string()).collect();
        let path = err.path().to_string();
        let problem = data_error(&path, err.inner());
        if problem.code == "required" && removed.contains(&problem.field) {
            // The field was taken out for another problem, already reported.
            break;
        }
        let key = match problem.code.as_str() {
            // Nothing to take out: the rest of that object was read already.
            "required" => None,
            "unknown_field" => problem.field.rsplit('.').next().map(str::to_string),
            _ => segments.last().cloned(),
        };
        let parent = match problem.code.as_str() {
            "unknown_field" if !path.ends_with(key.as_deref().unwrap_or_default()) => &segments[..],
            _ => &segments[..segments.len().saturating_sub(1)],
        };
        let taken_out = key.is_some_and(|k| take_out(&mut value, parent, &k));
        removed.push(problem.field.clone());
        problems.push(problem);
        if !taken_out {
            break;
        }
    }
    problems.sort_by(|a, b| a.field.cmp(&b.field));
    Ok((partial, problems))
}

const MAX_ROUNDS: usize = 64;

/// Every string (or key) that holds a NUL character, by its JSON path.
fn find_nul(value: &serde_json::Value, path: &str, out: &mut Vec<FieldError>) {
    let join = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    match value {
        serde_json::Value::String(s) if s.contains('\0') => {
            out.push(nul(if path.is_empty() { "body" } else { path }))
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                find_nul(v, &format!("{path}[{i}]"), out);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                if k.contains('\0') {
                    out.push(nul(&join(k)));
                } else {
                    find_nul(v, &join(k), out);
                }
            }
        }
        _ => {}
    }
}

/// JSON has one number type: `161.0` is the integer 161 to JSON Schema, and
/// so to this API. Floats without a fraction that fit an `i64` become
/// integers (a float field reads an integer just as well).
fn integral_floats_as_integers(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Number(n) if n.is_f64() => {
            if let Some(f) = n.as_f64()
                && f.fract() == 0.0
                && f.abs() < 9.0e15
            {
                *value = serde_json::Value::from(f as i64);
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(integral_floats_as_integers),
        serde_json::Value::Object(map) => map.values_mut().for_each(integral_floats_as_integers),
        _ => {}
    }
}

/// Removes `key` from the object at `parent`; false where there is none
/// (an array item, say, whose removal would shift the others' paths).
fn take_out(value: &mut serde_json::Value, parent: &[String], key: &str) -> bool {
    let mut node = value;
    for segment in parent {
        match node.get_mut(segment.as_str()) {
            Some(next) => node = next,
            None => return false,
        }
    }
    node.as_object_mut()
        .is_some_and(|m| m.remove(key).is_some())
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
            crate::text!("validation-unknown-field", name = name),
        );
    }
    if let Some(name) = backticked(&message, "missing field `") {
        let message = required(&name);
        return FieldError::new(join(&name), "required", message);
    }
    let code = if message.starts_with("invalid type") {
        "invalid_type"
    } else if message.starts_with("unknown variant") {
        "invalid_choice"
    } else {
        "invalid"
    };
    let field = if path.is_empty() { "body" } else { path };
    FieldError::new(field, code, super::serde_words::message(&message))
}

fn required(name: &str) -> Text {
    crate::text!("validation-required", name = name)
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

/// A rule's message: the one a custom rule gave ([`validation::error`]),
/// else words for the built-in rules from the error's parameters.
fn describe(e: &validator::ValidationError) -> Text {
    use crate::text;
    if let Some(t) = crate::platform::validation::text_of(e) {
        return t;
    }
    // A bound such as 1000000.0 reads as 1000000: JSON has one number type.
    let p = |k: &str| {
        e.params.get(k).map(|v| match v.as_f64() {
            Some(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => format!("{}", f as i64),
            _ => v.to_string(),
        })
    };
    match e.code.as_ref() {
        "range" => match (p("min"), p("exclusive_min"), p("max")) {
            (Some(min), _, Some(max)) => text!("validation-range-between", min = min, max = max),
            (_, Some(min), Some(max)) => {
                text!("validation-range-above-at-most", min = min, max = max)
            }
            (Some(min), _, None) => text!("validation-range-at-least", min = min),
            (_, Some(min), None) => text!("validation-range-above", min = min),
            (None, None, Some(max)) => text!("validation-range-at-most", max = max),
            _ => text!("validation-range"),
        },
        "length" => match (p("min"), p("max")) {
            (Some(min), Some(max)) => text!("validation-length-between", min = min, max = max),
            (Some(min), None) => text!("validation-length-at-least", min = min),
            (None, Some(max)) => text!("validation-length-at-most", max = max),
            _ => text!("validation-length"),
        },
        "email" => text!("validation-email"),
        other => text!("validation-rule-failed", rule = other),
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
    fn every_problem_of_a_body_is_reported_at_once() {
        let body = r#"{"count": "many", "colour": "red", "inner": {"name": 5, "nmae": "y"}}"#;
        let fields: Vec<(String, String)> = match parse_json::<Outer>(body.as_bytes()) {
            Err(AppError::Validation(v)) => v.into_iter().map(|e| (e.field, e.code)).collect(),
            other => panic!("expected a validation error, got {other:?}"),
        };
        assert_eq!(
            fields,
            [
                ("colour".to_string(), "unknown_field".to_string()),
                ("count".into(), "invalid_type".into()),
                ("inner.name".into(), "invalid_type".into()),
                ("inner.nmae".into(), "unknown_field".into()),
            ]
        );
    }

    #[test]
    fn an_integral_float_is_an_integer() {
        let v: Outer = parse_json(br#"{"count": 161.0, "inner": {"name": "x"}}"#).expect("parsed");
        assert_eq!(v.count, 161);
        assert!(parse_json::<Outer>(br#"{"count": 1.5, "inner": {"name": "x"}}"#).is_err());
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
