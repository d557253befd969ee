//! The message catalogues against the code: every key the code names has
//! words in both languages, every key a catalogue holds is named by the
//! code, and each catalogue file parses. Read from the files, as
//! `tests/layers.rs` reads the source.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// Each message of a language: its key, the file it is in and the
/// variables it uses.
fn catalogue(lang: &str) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let mut paths = Vec::new();
    files(&root().join("locales").join(lang), "ftl", &mut paths);
    assert!(paths.len() >= 5, "no catalogue for {lang}");
    let mut messages = BTreeMap::new();
    for path in paths {
        let source = fs::read_to_string(&path).unwrap_or_default();
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{lang}/{name} does not parse: {errors:?}"),
        };
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    variables(p, &mut vars);
                }
                let key = m.id.name.to_string();
                let before = messages.insert(key.clone(), (name.clone(), vars));
                assert!(before.is_none(), "{lang}: {key} is in the catalogue twice");
            }
        }
    }
    messages
}

fn variables(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
        Expression::Inline(i) => inline_variables(i, out),
    }
}

fn inline_variables(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// The code of every Rust file under `src/`, without its comments.
fn source() -> String {
    let mut paths = Vec::new();
    files(&root().join("src"), "rs", &mut paths);
    paths
        .iter()
        .map(|p| fs::read_to_string(p).unwrap_or_default())
        .flat_map(|text| {
            text.lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Enums of the code's own plumbing, never shown to a reader in words: the
/// database kind, and the sort orders of `GET /units` (a frontend words its
/// sort menu from the criteria's labels).
const UNLABELLED: [&str; 2] = ["Backend", "UnitSort"];

/// The keys the code names: `text!("key"` and `Text::new("key"` literals,
/// and `label-<Enum>` for each enum declared with `text_enum!` (whose
/// `label()` builds the key).
fn keys_in_code(src: &str) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for opener in ["text!(", "Text::new("] {
        for piece in src.split(opener).skip(1) {
            let piece = piece.trim_start();
            if let Some(rest) = piece.strip_prefix('"')
                && let Some(end) = rest.find('"')
            {
                keys.insert(rest[..end].to_string());
            }
        }
    }
    for piece in src.split("text_enum! {").skip(1) {
        if let Some(after) = piece.split("pub enum ").nth(1) {
            let name: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
            if !UNLABELLED.contains(&name.as_str()) {
                keys.insert(format!("label-{name}"));
            }
        }
    }
    keys.remove("");
    keys.remove("label-");
    keys
}

/// Keys built by joining a literal prefix to a name (`"label-{name}"`): the
/// literal strings of the code, which such a key must appear among.
fn literals(src: &str) -> BTreeSet<String> {
    src.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

#[test]
fn every_catalogue_parses_and_both_languages_have_the_same_messages() {
    let en = catalogue("en");
    let zh = catalogue("zh-CN");
    let only = |a: &BTreeMap<String, _>, b: &BTreeMap<String, _>| -> Vec<String> {
        a.keys().filter(|k| !b.contains_key(*k)).cloned().collect()
    };
    assert!(
        only(&en, &zh).is_empty(),
        "not in zh-CN: {:?}",
        only(&en, &zh)
    );
    assert!(only(&zh, &en).is_empty(), "not in en: {:?}", only(&zh, &en));
    let mut differ = Vec::new();
    for (key, (file, vars)) in &en {
        if let Some((zh_file, zh_vars)) = zh.get(key) {
            if file != zh_file {
                differ.push(format!("{key}: in en/{file} but zh-CN/{zh_file}"));
            }
            if vars != zh_vars {
                differ.push(format!("{key}: en uses {vars:?}, zh-CN {zh_vars:?}"));
            }
        }
    }
    assert!(
        differ.is_empty(),
        "the languages differ:\n{}",
        differ.join("\n")
    );
}

#[test]
fn every_key_the_code_names_has_words() {
    let en = catalogue("en");
    let src = source();
    let missing: Vec<_> = keys_in_code(&src)
        .into_iter()
        .filter(|k| !en.contains_key(k))
        .collect();
    assert!(missing.is_empty(), "keys with no message: {missing:?}");
}

#[test]
fn every_message_is_used() {
    let src = source();
    let named = keys_in_code(&src);
    let literal = literals(&src);
    let unused: Vec<_> = catalogue("en")
        .into_keys()
        .filter(|k| !named.contains(k) && !literal.contains(k))
        .collect();
    assert!(unused.is_empty(), "messages nothing uses: {unused:?}");
}

#[test]
fn the_checks_notice_a_missing_and_an_unused_key() {
    let src = r#"let a = text!("here-and-there"); crate::text_enum! { /// x
        pub enum Colour { Red => "red" } }"#;
    let keys = keys_in_code(src);
    assert!(keys.contains("here-and-there"));
    assert!(keys.contains("label-Colour"));
    assert!(!keys.contains("nowhere"));
}
