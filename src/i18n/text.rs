//! A message not yet put into words: its catalogue key and its arguments.

use std::borrow::Cow;

use super::Lang;

/// A message by key, with named arguments; `render` puts it into words.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    /// Borrowed from a literal in the code, or owned where a message was
    /// carried through a library that keeps only strings (`validator`).
    key: Cow<'static, str>,
    args: Vec<(Cow<'static, str>, Arg)>,
}

/// One argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Shown as given: a code, a name, a number already formatted.
    Str(String),
    /// A count, which a catalogue may also use to choose a plural form.
    Int(i64),
    /// Another message, rendered in the same language first.
    Text(Text),
}

impl Text {
    pub const fn new(key: &'static str) -> Self {
        Self {
            key: Cow::Borrowed(key),
            args: Vec::new(),
        }
    }

    /// A message whose key and argument names were read back from a string.
    pub fn owned(key: String) -> Self {
        Self {
            key: Cow::Owned(key),
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: impl Into<Cow<'static, str>>, value: impl Into<Arg>) -> Self {
        self.args.push((name.into(), value.into()));
        self
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    pub fn args(&self) -> &[(Cow<'static, str>, Arg)] {
        &self.args
    }

    pub fn render(&self, lang: Lang) -> String {
        super::render(lang, self)
    }
}

/// `text!("key", name = value, …)`: a [`Text`]. Keys are literals, so the
/// catalogue test finds every one in the source.
#[macro_export]
macro_rules! text {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Text::new($key)$(.with(stringify!($name), $value))*
    };
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}

impl From<Text> for Arg {
    fn from(t: Text) -> Self {
        Arg::Text(t)
    }
}

macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Int(n as i64)
            }
        }
    )*};
}
int_arg!(i32, i64, u8, u16, u32, u64, usize);

impl Text {
    /// The name of a kind of record (`Versioned::WHAT`, `StoreError`'s `what`).
    pub fn thing(what: &str) -> Text {
        match what {
            "park" => crate::text!("thing-park"),
            "building" => crate::text!("thing-building"),
            "floor" => crate::text!("thing-floor"),
            "unit" => crate::text!("thing-unit"),
            "freight lift" => crate::text!("thing-freight-lift"),
            "application" => crate::text!("thing-application"),
            "offer" => crate::text!("thing-offer"),
            "lease" => crate::text!("thing-lease"),
            "user" => crate::text!("thing-user"),
            "tenant" => crate::text!("thing-tenant"),
            "operator" => crate::text!("thing-operator"),
            other => crate::text!("thing-other", name = other),
        }
    }
}

/// In English, for logs.
impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}
