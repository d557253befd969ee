//! The language of every answer, said once for the whole document: each
//! operation takes `?lang=` and `Accept-Language` (`i18n::http` reads them
//! in a middleware, before any handler) and every answer names its language
//! in `Content-Language`. Also the labels of the one vocabulary enum not
//! declared with `text_enum!` (`Criterion`).

use serde_json::{Value, json};

use crate::i18n::Lang;
use crate::i18n::http::LANG_PARAMETER;
use crate::matching::engine::Criterion;

fn tags() -> Vec<&'static str> {
    Lang::ALL.iter().map(|l| l.tag()).collect()
}

/// The shared parameters and header, as components.
fn components(doc: &mut Value) {
    let components = &mut doc["components"];
    components["parameters"]["Lang"] = json!({
        "name": LANG_PARAMETER,
        "in": "query",
        "required": false,
        "description": "The language of every text in the answer meant for people \
            (a problem's `title`, `detail` and `errors[].message`, a check's `message`); \
            codes and enum values never change with it. Overrides `Accept-Language`; \
            handy in links. A tag that reduces to one of these (`zh`, `zh-Hans`, `en-GB`) \
            is read as it; any other value answers 422 naming `lang`.",
        "schema": {"type": "string", "enum": tags()},
    });
    components["parameters"]["AcceptLanguage"] = json!({
        "name": "Accept-Language",
        "in": "header",
        "required": false,
        "description": "Language ranges with weights (RFC 9110), as browsers send them. \
            The best-weighted range that is, or reduces to, `zh-CN` or `en` (any `zh-…` \
            reads as `zh-CN`) chooses the language; when none does, or the header is \
            absent or unreadable, the server's default (`--default-language`). Never an error.",
        "schema": {"type": "string"},
        "example": "zh-CN,zh;q=0.9,en;q=0.8",
    });
    components["headers"]["Content-Language"] = json!({
        "description": "The language of the answer's texts (`?lang=`, else `Accept-Language`, \
            else the server's default). Answers also carry `Vary: Accept-Language`.",
        "schema": {"type": "string", "enum": tags()},
    });
}

fn parameter(name: &str) -> Value {
    json!({"$ref": format!("#/components/parameters/{name}")})
}

/// Adds the language parameters, the 422 a wrong `?lang=` gives, and
/// `Content-Language` on every answer, to every operation.
fn operations(doc: &mut Value) {
    for op in super::refine::operations(doc) {
        let params = op.entry("parameters").or_insert_with(|| json!([]));
        if let Some(params) = params.as_array_mut() {
            params.push(parameter("Lang"));
            params.push(parameter("AcceptLanguage"));
        }
        let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
            continue;
        };
        responses.entry("422").or_insert_with(|| {
            json!({
                "description": "A field or parameter is invalid (`validation_failed`, with `errors`)",
                "content": {"application/problem+json": {
                    "schema": {"$ref": "#/components/schemas/Problem"}}},
            })
        });
        for response in responses.values_mut().filter_map(Value::as_object_mut) {
            let headers = response.entry("headers").or_insert_with(|| json!({}));
            if let Some(headers) = headers.as_object_mut() {
                headers.insert(
                    "Content-Language".into(),
                    json!({"$ref": "#/components/headers/Content-Language"}),
                );
            }
        }
    }
}

/// `Criterion` derives its schema; its labels are added here, in the form
/// `text_enum!` gives every other enum.
fn criterion_labels(doc: &mut Value) {
    let values: Vec<&str> = Criterion::ALL.iter().map(|c| c.as_str()).collect();
    let extensions = crate::domain::text_enum::labels("label-Criterion", &values);
    let (Some(schema), Ok(Value::Object(extensions))) = (
        doc["components"]["schemas"]
            .get_mut("Criterion")
            .and_then(Value::as_object_mut),
        serde_json::to_value(extensions),
    ) else {
        return;
    };
    schema.extend(extensions);
}

/// Adds everything this module knows to the document.
pub fn describe(doc: &mut Value) {
    components(doc);
    operations(doc);
    criterion_labels(doc);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_takes_both_and_every_answer_names_its_language() {
        let doc = crate::startup::openapi_document();
        let mut seen = 0;
        for (path, item) in doc["paths"].as_object().into_iter().flatten() {
            for (method, op) in item.as_object().into_iter().flatten() {
                let params: Vec<&Value> =
                    op["parameters"].as_array().into_iter().flatten().collect();
                for name in ["Lang", "AcceptLanguage"] {
                    let wanted = parameter(name);
                    assert_eq!(
                        params.iter().filter(|p| ***p == wanted).count(),
                        1,
                        "{method} {path}: {name}"
                    );
                }
                assert!(op["responses"]["422"].is_object(), "{method} {path}");
                for (status, r) in op["responses"].as_object().into_iter().flatten() {
                    assert!(
                        r["headers"]["Content-Language"].is_object(),
                        "{method} {path} {status}"
                    );
                }
                seen += 1;
            }
        }
        assert!(seen > 50, "only {seen} operations");
        let lang = &doc["components"]["parameters"]["Lang"]["schema"]["enum"];
        assert_eq!(lang, &json!(["zh-CN", "en"]));
    }

    #[test]
    fn enum_schemas_carry_their_labels_in_order() {
        let doc = crate::startup::openapi_document();
        let schemas = &doc["components"]["schemas"];
        let status = &schemas["UnitStatus"];
        assert_eq!(
            status["enum"],
            json!(["available", "reserved", "leased", "unavailable"])
        );
        assert_eq!(
            status["x-enum-descriptions-zh-CN"],
            json!(["可租", "已预留", "已出租", "不可租"])
        );
        assert_eq!(status["x-enum-descriptions"][2], json!("Leased"));
        let criterion = &schemas["Criterion"];
        assert_eq!(criterion["x-enum-descriptions-zh-CN"][1], json!("楼面荷载"));
        assert_eq!(
            criterion["x-enum-descriptions"].as_array().map(Vec::len),
            criterion["enum"].as_array().map(Vec::len)
        );
        assert!(schemas["UnitSort"].get("x-enum-descriptions").is_none());
    }
}
