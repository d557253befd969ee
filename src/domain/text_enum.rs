//! The one way the vocabulary's enums are declared.

/// Declares an enum of the API's vocabulary. Its wire names are written
/// once, and serde, `Display`, `FromStr` and the OpenAPI schema all read
/// them, so the document lists exactly the strings on the wire. Storage as
/// TEXT is declared in `platform::db::text`.
#[macro_export]
macro_rules! text_enum {
    ($(#[doc = $doc:literal])* pub enum $name:ident { $($(#[doc = $vdoc:literal])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
                 serde::Serialize, serde::Deserialize)]
        pub enum $name { $($(#[doc = $vdoc])* #[serde(rename = $text)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(&self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            /// The value in words (`GET /labels`): the catalogues' message
            /// `label-<EnumName>` chooses them by the wire value.
            pub fn label(&self) -> $crate::i18n::Text {
                $crate::i18n::Text::new(concat!("label-", stringify!($name))).with("value", self.as_str())
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(self.as_str()) }
        }
        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s { $($text => Ok($name::$variant),)+ other => Err(format!("unknown {} {other:?}", stringify!($name))) }
            }
        }
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                let doc: &[&str] = &[$($doc),*];
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .description($crate::domain::text_enum::description(doc))
                    .enum_values(Some([$($text),+]))
                    .examples([$name::ALL[0].as_str()])
                    .extensions($crate::domain::text_enum::labels(
                        concat!("label-", stringify!($name)),
                        &[$($text),+],
                    ))
                    .into()
            }
        }
        impl utoipa::ToSchema for $name {
            fn name() -> std::borrow::Cow<'static, str> {
                std::borrow::Cow::Borrowed(stringify!($name))
            }
        }
    };
}

/// Each value's label, in the enum's order, as the vendor extensions that
/// generators and documentation tools read: `x-enum-descriptions` (English)
/// and `x-enum-descriptions-zh-CN`. `None` for an enum without labels.
pub fn labels(
    key: &'static str,
    values: &[&str],
) -> Option<utoipa::openapi::extensions::Extensions> {
    use crate::i18n::{Lang, labels::of_values};
    let extension = |lang: Lang| match lang {
        Lang::En => "x-enum-descriptions".to_string(),
        other => format!("x-enum-descriptions-{}", other.tag()),
    };
    Lang::ALL
        .iter()
        .map(|&lang| Some((extension(lang), of_values(key, values, lang)?)))
        .collect()
}

/// A doc comment's lines as one description.
pub fn description(lines: &[&str]) -> Option<String> {
    let text = lines.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}
