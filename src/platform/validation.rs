//! Custom `validator` rules shared by several bodies.

use validator::ValidationError;

use crate::domain::limits as L;

pub fn error(code: &'static str, message: String) -> ValidationError {
    let mut e = ValidationError::new(code);
    e.message = Some(message.into());
    e
}

/// Each id at most once.
pub fn unique_ids(ids: &[crate::domain::Id]) -> Result<(), ValidationError> {
    let mut sorted = ids.to_vec();
    sorted.sort();
    sorted.dedup();
    if sorted.len() != ids.len() {
        return Err(error("duplicate", "a unit is listed twice".into()));
    }
    Ok(())
}

/// No invisible or control characters: `admin@upstairs.demo` followed by a
/// zero-width space must not register as another account that reads the same.
pub fn no_hidden_characters(s: &str) -> Result<(), ValidationError> {
    let hidden = |c: char| {
        c.is_control()
            || matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}' | '\u{FEFF}')
    };
    if s.chars().any(hidden) {
        return Err(error(
            "hidden_character",
            "must not contain invisible or control characters".into(),
        ));
    }
    Ok(())
}

pub fn not_blank(s: &str) -> Result<(), ValidationError> {
    if s.trim().is_empty() {
        Err(error("blank", "must not be blank".into()))
    } else {
        Ok(())
    }
}

/// Codes such as `A1` or `A1-0501`: letters, digits, `-`, `_`, `.`, no spaces.
pub fn code(s: &str) -> Result<(), ValidationError> {
    let allowed = |c: char| c.is_ascii_alphanumeric() || "-_.".contains(c);
    if s.is_empty() || s.len() > L::CODE_MAX || !s.chars().all(allowed) {
        return Err(error(
            "code",
            "must be 1 to 32 ASCII letters, digits, '-', '_' or '.'".into(),
        ));
    }
    Ok(())
}

pub fn industry_code(s: &str) -> Result<(), ValidationError> {
    match crate::domain::industry::problem(s) {
        None => Ok(()),
        Some(why) => Err(error("industry_code", why.into())),
    }
}

pub fn industry_codes(list: &[String]) -> Result<(), ValidationError> {
    if list.len() > L::TARGET_INDUSTRIES_MAX {
        return Err(error("length", "at most 50 industry codes".into()));
    }
    for s in list {
        if let Some(why) = crate::domain::industry::problem(s) {
            return Err(error("industry_code", format!("{s:?} {why}")));
        }
    }
    Ok(())
}

pub fn credit_code(s: &str) -> Result<(), ValidationError> {
    match crate::domain::credit_code::problem(s) {
        None => Ok(()),
        Some(why) => Err(error("credit_code", why.into())),
    }
}

pub fn password(s: &str) -> Result<(), ValidationError> {
    let n = s.chars().count();
    if n < crate::platform::auth::password::MIN_PASSWORD_CHARS {
        return Err(error(
            "password_too_short",
            "must be at least 10 characters".into(),
        ));
    }
    if n as u64 > L::PASSWORD_MAX {
        return Err(error(
            "password_too_long",
            "must be at most 256 characters".into(),
        ));
    }
    Ok(())
}

/// For `PATCH` bodies: `Option<Option<T>>` where an absent field is `None`,
/// `null` is `Some(None)` (clear the value) and a value is `Some(Some(v))`.
pub fn nullable<'de, D, T>(de: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    <Option<T> as serde::Deserialize>::deserialize(de).map(Some)
}

/// For `PATCH` bodies: a field that may be absent but, when present, must not
/// be `null` (the resource requires it).
pub fn present<'de, D, T>(de: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    T::deserialize(de).map(Some)
}
