//! Query strings: parsed by hand so that each bad or unknown parameter is
//! named in a 422, the same way body fields are.

use std::collections::HashMap;
use std::future::{Ready, ready};
use std::str::FromStr;

use actix_web::{FromRequest, HttpRequest, dev::Payload};

use crate::platform::error::AppError;

use crate::domain::FieldError;
use crate::i18n::Text;

/// PostgreSQL text cannot hold NUL, and no field of this API needs it.
pub fn nul(field: &str) -> FieldError {
    FieldError::new(
        field.replace('\0', "\\0"),
        "nul_character",
        crate::text!("validation-nul-character"),
    )
}

pub struct QueryMap {
    values: HashMap<String, String>,
    errors: Vec<FieldError>,
}

impl FromRequest for QueryMap {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Self::parse(req.query_string()))
    }
}

impl QueryMap {
    pub fn parse(query: &str) -> Result<Self, AppError> {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).map_err(|e| {
            AppError::BadRequest(crate::text!(
                "problem-query-undecodable",
                reason = e.to_string()
            ))
        })?;
        let mut values = HashMap::new();
        let mut errors = Vec::new();
        for (k, v) in pairs {
            // The language middleware read it already.
            if k == crate::i18n::http::LANG_PARAMETER {
                continue;
            }
            if k.contains('\0') || v.contains('\0') {
                errors.push(nul(&k));
                continue;
            }
            if values.insert(k.clone(), v).is_some() {
                errors.push(FieldError::new(
                    k,
                    "duplicate",
                    crate::text!("validation-parameter-twice"),
                ));
            }
        }
        Ok(Self { values, errors })
    }

    /// Takes a parameter, parsed; a bad value is recorded as a field error
    /// that says what was `expected` (`validation-expected-…`).
    pub fn take<T: FromStr>(&mut self, name: &str, expected: impl Into<Text>) -> Option<T> {
        let raw = self.values.remove(name)?;
        match raw.trim().parse::<T>() {
            Ok(v) => Some(v),
            Err(_) => {
                self.errors.push(FieldError::new(
                    name,
                    "invalid",
                    crate::text!(
                        "validation-parameter-invalid",
                        expected = expected.into(),
                        given = format!("{raw:?}")
                    ),
                ));
                None
            }
        }
    }

    /// Takes a number and checks it against a range.
    pub fn take_in<T: FromStr + PartialOrd + std::fmt::Display + Copy>(
        &mut self,
        name: &str,
        min: T,
        max: T,
    ) -> Option<T> {
        let v = self.take::<T>(name, crate::text!("validation-expected-number"))?;
        // Written so that NaN, which compares false with everything, is out.
        if !(min <= v && v <= max) {
            self.errors.push(FieldError::new(
                name,
                "range",
                crate::text!(
                    "validation-range-between",
                    min = min.to_string(),
                    max = max.to_string()
                ),
            ));
            return None;
        }
        Some(v)
    }

    pub fn error(&mut self, name: &str, code: &str, message: impl Into<Text>) {
        self.errors.push(FieldError::new(name, code, message));
    }

    /// Ends parsing: unknown parameters and every recorded problem → 422.
    pub fn finish(mut self) -> Result<(), AppError> {
        let mut unknown: Vec<_> = self.values.keys().cloned().collect();
        unknown.sort();
        for k in unknown {
            self.errors.push(FieldError::new(
                &k,
                "unknown_parameter",
                crate::text!("validation-unknown-parameter"),
            ));
        }
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(AppError::Validation(self.errors))
        }
    }
}
