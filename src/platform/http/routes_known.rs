//! The paths the API serves and the methods each takes, read from its own
//! OpenAPI document: a known path asked with another method answers 405
//! with `Allow`, not 404.

use serde_json::Value;

/// Each path template, split at `/`, with its methods (`{x}` matches any segment).
#[derive(Debug, Clone, Default)]
pub struct KnownRoutes(Vec<(Vec<String>, Vec<String>)>);

impl KnownRoutes {
    pub fn from_document(doc: &Value) -> Self {
        let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
            return Self::default();
        };
        let routes = paths
            .iter()
            .map(|(template, item)| {
                let mut methods: Vec<String> = ["get", "post", "put", "patch", "delete"]
                    .iter()
                    .filter(|m| item.get(**m).is_some())
                    .map(|m| m.to_uppercase())
                    .collect();
                if methods.iter().any(|m| m == "GET") {
                    methods.insert(1, "HEAD".into());
                }
                (split(template), methods)
            })
            .collect();
        Self(routes)
    }

    /// The methods `path` takes, if it is one of the API's paths.
    pub fn methods(&self, path: &str) -> Option<Vec<String>> {
        let asked = split(path);
        let mut found: Vec<String> = Vec::new();
        for (template, methods) in &self.0 {
            let fits = template.len() == asked.len()
                && template
                    .iter()
                    .zip(&asked)
                    .all(|(t, a)| t == a || (t.starts_with('{') && !a.is_empty()));
            if fits {
                found.extend(methods.iter().cloned());
            }
        }
        found.dedup();
        (!found.is_empty()).then_some(found)
    }
}

fn split(path: &str) -> Vec<String> {
    path.trim_end_matches('/')
        .split('/')
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_known_path_lists_its_methods_and_head_with_get() {
        let doc = json!({"paths": {
            "/api/v1/units/{unit_id}": {"get": {}, "patch": {}, "delete": {}},
            "/api/v1/units": {"get": {}},
        }});
        let known = KnownRoutes::from_document(&doc);
        assert_eq!(
            known.methods("/api/v1/units/abc"),
            Some(vec![
                "GET".into(),
                "HEAD".into(),
                "PATCH".into(),
                "DELETE".into()
            ])
        );
        assert_eq!(
            known.methods("/api/v1/units"),
            Some(vec!["GET".into(), "HEAD".into()])
        );
        assert_eq!(known.methods("/api/v1/nothing"), None);
        assert_eq!(known.methods("/api/v1/units/abc/extra"), None);
    }
}
