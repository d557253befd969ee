//! Custom `validator` rules shared by several bodies.

use validator::ValidationError;

use crate::i18n::{Arg, Text};
use crate::text;

use crate::domain::limits as L;

/// A rule's error carrying its message unrendered: `validator` keeps only
/// strings, so the message travels as its key and arguments in a parameter
/// that `describe` (in `http/json.rs`) reads back with [`text_of`].
pub fn error(code: &'static str, message: Text) -> ValidationError {
    let mut e = ValidationError::new(code);
    e.add_param(TEXT_PARAM.into(), &encode(&message));
    // In English, for logs and `Display`.
    e.message = Some(message.render(crate::i18n::Lang::En).into());
    e
}

const TEXT_PARAM: &str = "i18n";

fn encode(t: &Text) -> serde_json::Value {
    let args: Vec<serde_json::Value> = t
        .args()
        .iter()
        .map(|(name, arg)| {
            let value = match arg {
                Arg::Str(s) => serde_json::json!({ "s": s }),
                Arg::Int(n) => serde_json::json!({ "i": n }),
                Arg::Text(inner) => serde_json::json!({ "t": encode(inner) }),
            };
            serde_json::json!([name, value])
        })
        .collect();
    serde_json::json!({ "key": t.key(), "args": args })
}

fn decode(v: &serde_json::Value) -> Option<Text> {
    let mut t = Text::owned(v.get("key")?.as_str()?.to_string());
    for pair in v.get("args")?.as_array()? {
        let name = pair.get(0)?.as_str()?.to_string();
        let value = pair.get(1)?;
        t = if let Some(s) = value.get("s").and_then(|s| s.as_str()) {
            t.with(name, s)
        } else if let Some(n) = value.get("i").and_then(|n| n.as_i64()) {
            t.with(name, n)
        } else {
            t.with(name, decode(value.get("t")?)?)
        };
    }
    Some(t)
}

/// The message [`error`] put into a `validator` error, if it did.
pub fn text_of(e: &ValidationError) -> Option<Text> {
    decode(e.params.get(TEXT_PARAM)?)
}

/// An IANA time zone the tz database knows (`Asia/Shanghai`), checked with
/// the body's other rules so one 422 lists every problem.
pub fn time_zone(s: &str) -> Result<(), ValidationError> {
    match crate::platform::time::parse_zone(s) {
        Some(_) => Ok(()),
        None => Err(error(
            "invalid_time_zone",
            text!("time-invalid-zone", value = s),
        )),
    }
}

/// Each id at most once.
pub fn unique_ids(ids: &[crate::domain::Id]) -> Result<(), ValidationError> {
    let mut sorted = ids.to_vec();
    sorted.sort();
    sorted.dedup();
    if sorted.len() != ids.len() {
        return Err(error("duplicate", text!("validation-unit-listed-twice")));
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
            text!("validation-hidden-character"),
        ));
    }
    Ok(())
}

pub fn not_blank(s: &str) -> Result<(), ValidationError> {
    if s.trim().is_empty() {
        Err(error("blank", text!("validation-blank")))
    } else {
        Ok(())
    }
}

/// Codes such as `A1` or `A1-0501`: letters, digits, `-`, `_`, `.`, no spaces.
pub fn code(s: &str) -> Result<(), ValidationError> {
    let allowed = |c: char| c.is_ascii_alphanumeric() || "-_.".contains(c);
    if s.is_empty() || s.len() > L::CODE_MAX || !s.chars().all(allowed) {
        return Err(error("code", text!("validation-code", max = L::CODE_MAX)));
    }
    Ok(())
}

pub fn industry_code(s: &str) -> Result<(), ValidationError> {
    match crate::domain::industry::problem(s) {
        None => Ok(()),
        Some(why) => Err(error("industry_code", why)),
    }
}

pub fn industry_codes(list: &[String]) -> Result<(), ValidationError> {
    if list.len() > L::TARGET_INDUSTRIES_MAX {
        return Err(error(
            "length",
            text!(
                "validation-industry-codes-max",
                max = L::TARGET_INDUSTRIES_MAX
            ),
        ));
    }
    for s in list {
        if let Some(why) = crate::domain::industry::problem(s) {
            return Err(error(
                "industry_code",
                text!(
                    "validation-industry-code-listed",
                    code = format!("{s:?}"),
                    reason = why
                ),
            ));
        }
    }
    Ok(())
}

pub fn credit_code(s: &str) -> Result<(), ValidationError> {
    match crate::domain::credit_code::problem(s) {
        None => Ok(()),
        Some(why) => Err(error("credit_code", why)),
    }
}

pub fn password(s: &str) -> Result<(), ValidationError> {
    let n = s.chars().count();
    if n < crate::platform::auth::password::MIN_PASSWORD_CHARS {
        return Err(error(
            "password_too_short",
            text!(
                "validation-password-too-short",
                min = crate::platform::auth::password::MIN_PASSWORD_CHARS
            ),
        ));
    }
    if n as u64 > L::PASSWORD_MAX {
        return Err(error(
            "password_too_long",
            text!("validation-password-too-long", max = L::PASSWORD_MAX),
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

/// What a query parameter of an enum type expects: "one of a, b, c", the
/// wire values, which clients send whatever the language.
pub fn one_of<E: std::fmt::Display>(all: &[E]) -> Text {
    let choices: Vec<String> = all.iter().map(|v| v.to_string()).collect();
    text!("validation-one-of", choices = choices.join(", "))
}

/// What an id parameter expects.
pub fn expected_uuid() -> Text {
    text!("validation-expected-uuid")
}
