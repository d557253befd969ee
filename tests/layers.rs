//! Each file stays in its role (docs/architecture.md): only stores speak
//! diesel, only the HTTP edge speaks actix, services take plain inputs, and
//! the domain knows neither HTTP nor SQL. A file that breaks its role fails
//! this test with the line that does.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The file's code lines, without comments, each with its line number.
fn code_lines(text: &str) -> Vec<(usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.split("//").next().unwrap_or("")))
        .collect()
}

fn mentions(line: &str, crates: &[&str]) -> bool {
    crates.iter().any(|c| {
        line.contains(&format!("{c}::"))
            && !line.contains(&format!("_{c}::"))
            && !line.contains(&format!("{c}_"))
    })
}

const DIESEL: &[&str] = &["diesel"];
const ACTIX: &[&str] = &[
    "actix_web",
    "actix_cors",
    "utoipa_actix_web",
    "tracing_actix_web",
];
const UTOIPA: &[&str] = &["utoipa"];
const HTTP_ERROR: &[&str] = &["AppError", "AppResult", "platform::error", "platform::http"];

#[derive(Debug)]
enum Role {
    /// `http.rs` (or `http/`), and the edge's own platform: actix and utoipa.
    Http,
    /// Startup, routing, the CLI and the OpenAPI document: may wire anything.
    Composition,
    /// `store.rs` and `store/`: diesel only, and its own error.
    Store,
    /// `platform/db/`: diesel, and the error type it maps into.
    Storage,
    /// `service.rs` and the use-case files beside it: plain inputs, no
    /// framework at all.
    Service,
    /// `model.rs`: the JSON shapes (serde, validator, schema derives).
    Model,
    /// `domain/` and the matching engine: no HTTP, no SQL, no API error.
    Domain,
    /// Everything else under `platform/`.
    Platform,
}

fn role(rel: &str) -> Role {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    if rel.starts_with("domain/") || rel.starts_with("matching/engine/") {
        Role::Domain
    } else if rel.starts_with("platform/http/") || name == "http.rs" || rel.contains("/http/") {
        Role::Http
    } else if rel.starts_with("platform/db/") {
        Role::Storage
    } else if rel.starts_with("platform/") {
        Role::Platform
    } else if name == "store.rs" || rel.contains("/store/") {
        Role::Store
    } else if name == "model.rs" {
        Role::Model
    } else if rel.starts_with("openapi/")
        || matches!(
            rel,
            "main.rs"
                | "lib.rs"
                | "cli.rs"
                | "startup.rs"
                | "routes.rs"
                | "openapi.rs"
                | "telemetry.rs"
        )
    {
        Role::Composition
    } else {
        Role::Service
    }
}

/// What a file of this role may not name.
fn forbidden(role: &Role) -> Vec<(&'static str, &'static [&'static str])> {
    match role {
        Role::Http | Role::Composition | Role::Storage => vec![],
        Role::Store => vec![
            ("actix", ACTIX),
            ("utoipa", UTOIPA),
            ("the API error", HTTP_ERROR),
        ],
        Role::Service | Role::Platform => {
            vec![("diesel", DIESEL), ("actix", ACTIX), ("utoipa", UTOIPA)]
        }
        Role::Model => vec![("diesel", DIESEL), ("actix", ACTIX)],
        Role::Domain => vec![
            ("diesel", DIESEL),
            ("actix", ACTIX),
            ("the API error", HTTP_ERROR),
        ],
    }
}

#[test]
fn every_file_stays_in_its_role() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(
        files.len() > 50,
        "found only {} files under src",
        files.len()
    );
    let mut breaches = Vec::new();
    for path in &files {
        let rel = path
            .strip_prefix(&src)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        let role = role(&rel);
        let text = fs::read_to_string(path).unwrap_or_default();
        for (what, crates) in forbidden(&role) {
            for (n, line) in code_lines(&text) {
                if mentions(line, crates)
                    || (what == "the API error" && crates.iter().any(|c| line.contains(c)))
                {
                    breaches.push(format!(
                        "src/{rel}:{n} ({role:?}) names {what}: {}",
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(
        breaches.is_empty(),
        "files out of their role:\n{}",
        breaches.join("\n")
    );
}

#[test]
fn the_check_notices_a_store_that_speaks_http() {
    let line = "use actix_web::HttpResponse;";
    assert!(mentions(line, ACTIX));
    assert!(!mentions("use crate::platform::db::Id;", ACTIX));
    assert!(matches!(
        role("inventory/unit/store/search.rs"),
        Role::Store
    ));
    assert!(matches!(role("inventory/unit/service.rs"), Role::Service));
    assert!(matches!(role("matching/engine/lift.rs"), Role::Domain));
    assert!(forbidden(&Role::Store).iter().any(|(w, _)| *w == "actix"));
}
