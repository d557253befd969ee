//! The Fluent catalogues, compiled into the binary: `locales/<tag>/<area>.ftl`.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{Arg, Lang, Text};

macro_rules! areas {
    ($($area:literal),* $(,)?) => {
        /// Each catalogue file: (area, English source, Chinese source).
        pub const SOURCES: &[(&str, &str, &str)] = &[$((
            $area,
            include_str!(concat!("../../locales/en/", $area, ".ftl")),
            include_str!(concat!("../../locales/zh-CN/", $area, ".ftl")),
        )),*];
    };
}

areas!(
    "problems",
    "validation",
    "accounts",
    "inventory",
    "files",
    "leasing",
    "matching",
    "reports",
    "labels",
    "cli",
    "time",
);

struct Catalogue {
    zh_cn: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
}

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(|| Catalogue {
    zh_cn: bundle(Lang::ZhCn),
    en: bundle(Lang::En),
});

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks around arguments would reach JSON clients as U+2068/U+2069.
    bundle.set_use_isolating(false);
    for (_, en, zh_cn) in SOURCES {
        let source = match lang {
            Lang::ZhCn => zh_cn,
            Lang::En => en,
        };
        // A file that does not parse keeps what it could read; the
        // catalogue test names the error.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

impl Catalogue {
    fn of(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        match lang {
            Lang::ZhCn => &self.zh_cn,
            Lang::En => &self.en,
        }
    }
}

/// Whether the catalogues have the message `key` (in either language).
pub fn has_message(key: &str) -> bool {
    Lang::ALL.iter().any(|&l| CATALOGUE.of(l).has_message(key))
}

/// `text` in `lang`; in the other language where `lang` lacks the message,
/// and as its key where both do (the catalogue test keeps that from shipping).
pub fn render(lang: Lang, text: &Text) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in text.args() {
        let value = match value {
            Arg::Str(s) => FluentValue::from(s.as_str()),
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Text(t) => FluentValue::from(render(lang, t)),
        };
        args.set(name.clone(), value);
    }
    let other = match lang {
        Lang::ZhCn => Lang::En,
        Lang::En => Lang::ZhCn,
    };
    for lang in [lang, other] {
        let bundle = CATALOGUE.of(lang);
        if let Some(pattern) = bundle.get_message(text.key()).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let words = bundle.format_pattern(pattern, Some(&args), &mut errors);
            if !errors.is_empty() {
                tracing::warn!(key = text.key(), ?errors, "message rendered with errors");
            }
            return words.into_owned();
        }
    }
    tracing::warn!(key = text.key(), "message missing from both catalogues");
    text.key().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_are_not_wrapped_in_isolation_marks() {
        let t = crate::text!("problem-not-found-detail-id", thing = "x", id = "y");
        let words = t.render(Lang::En);
        assert!(!words.contains('\u{2068}'), "{words:?}");
        assert!(words.contains('y'), "{words:?}");
    }

    #[test]
    fn a_nested_message_is_rendered_in_the_same_language() {
        let t = crate::text!(
            "problem-not-found-detail-id",
            thing = crate::text!("thing-unit"),
            id = "1"
        );
        assert!(
            t.render(Lang::ZhCn).contains("单元"),
            "{}",
            t.render(Lang::ZhCn)
        );
        assert!(
            t.render(Lang::En).contains("unit"),
            "{}",
            t.render(Lang::En)
        );
    }
}
