//! Serde's English messages ("invalid type: integer `5`, expected a string")
//! read back into keyed messages, so that a Chinese client reads Chinese.
//! The English renders exactly as serde wrote it.

use crate::i18n::Text;
use crate::text;

/// A keyed message for one of serde's messages (without " at line …").
pub fn message(m: &str) -> Text {
    if let Some((found, expected)) = split(m, "invalid type: ") {
        return text!(
            "validation-invalid-type",
            found = found_words(found),
            expected = kind_words(expected)
        );
    }
    if let Some((found, expected)) = split(m, "invalid value: ") {
        return text!(
            "validation-invalid-value",
            found = found_words(found),
            expected = kind_words(expected)
        );
    }
    if let Some(rest) = m.strip_prefix("unknown variant `")
        && let Some((given, expected)) = rest.split_once("`, ")
    {
        let expected = expected.strip_prefix("expected ").unwrap_or(expected);
        let choices: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        return text!(
            "validation-unknown-variant",
            given = given,
            expected = expected,
            choices = choices.join("、")
        );
    }
    text!("validation-invalid", words = m)
}

/// `"<prefix><found>, expected <expected>"` split in two.
fn split<'a>(m: &'a str, prefix: &str) -> Option<(&'a str, &'a str)> {
    m.strip_prefix(prefix)?.rsplit_once(", expected ")
}

/// What the body held, as serde's `Unexpected` words it.
fn found_words(found: &str) -> Text {
    let ticked = |prefix: &str| {
        found
            .strip_prefix(prefix)
            .and_then(|r| r.strip_prefix('`')?.strip_suffix('`'))
    };
    if let Some(v) = ticked("integer ") {
        return text!("validation-found-integer", value = v);
    }
    if let Some(v) = ticked("floating point ") {
        return text!("validation-found-float", value = v);
    }
    if let Some(v) = ticked("boolean ") {
        return text!("validation-found-boolean", value = v);
    }
    if let Some(v) = found.strip_prefix("string ") {
        return text!("validation-found-string", value = v);
    }
    kind_words(found)
}

/// A kind of value in serde's words (`a string`, `i32`, `a sequence`), with
/// the common ones named by kind so a catalogue can put them in words.
fn kind_words(words: &str) -> Text {
    let kind = match words {
        "a string" | "string" => "string",
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64" | "u128"
        | "usize" => "integer",
        "f32" | "f64" => "number",
        "a boolean" => "boolean",
        "a sequence" | "sequence" => "array",
        "a map" | "map" => "object",
        "null" | "unit value" => "null",
        w if w.starts_with("struct ") => "object",
        w if w.contains("UUID") => "uuid",
        w if w.contains("date") => "date",
        _ => "other",
    };
    text!("validation-kind", kind = kind, words = words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn both(m: &str) -> (String, String) {
        let t = message(m);
        (t.render(Lang::En), t.render(Lang::ZhCn))
    }

    #[test]
    fn invalid_type_reads_the_same_in_english_and_is_chinese_in_chinese() {
        let m = "invalid type: integer `5`, expected a string";
        let (en, zh) = both(m);
        assert_eq!(en, m);
        assert_eq!(zh, "类型不对：应为字符串，收到的是整数 5");
    }

    #[test]
    fn unknown_variant_lists_the_choices() {
        let m = "unknown variant `rented`, expected one of `available`, `reserved`, `leased`";
        let (en, zh) = both(m);
        assert_eq!(en, m);
        assert_eq!(
            zh,
            "“rented”不是可选的值，可选：available、reserved、leased"
        );
        let m = "unknown variant `x`, expected `a` or `b`";
        assert_eq!(both(m).0, m);
    }

    #[test]
    fn other_kinds_and_messages_keep_serde_words_in_english() {
        for m in [
            "invalid type: null, expected f64",
            "invalid type: sequence, expected struct HeaviestItem",
            "invalid value: integer `-1`, expected u32",
            "invalid length 3, expected fewer elements in array",
        ] {
            let (en, zh) = both(m);
            assert_eq!(en, m);
            assert!(!zh.contains("{ $"), "{zh}");
        }
        assert_eq!(
            both("invalid type: null, expected f64").1,
            "类型不对：应为数字，收到的是空值 null"
        );
    }
}
