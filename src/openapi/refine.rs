//! What the derives cannot say, added to the document as JSON: every
//! validation rule of a request field (read from `domain::limits`, the
//! constants validation itself uses), the response headers, and a
//! description for every answer.

use serde_json::{Map, Value, json};

use crate::domain::limits as L;
use crate::platform::auth::password::MIN_PASSWORD_CHARS;
use crate::platform::http::paging::{DEFAULT_PER_PAGE, MAX_PER_PAGE};

/// One rule of a field, as JSON Schema keywords.
fn rules(field: &str) -> Option<Value> {
    let range = |min: f64, max: f64| json!({"minimum": min, "maximum": max});
    let above_zero = |max: f64| json!({"exclusiveMinimum": 0, "maximum": max});
    let ints = |min: i64, max: i64| json!({"minimum": min, "maximum": max});
    let text = |min: u64, max: u64| json!({"minLength": min, "maxLength": max});
    Some(match field {
        "area_m2" | "min_area_m2" | "max_area_m2" => above_zero(L::AREA_M2_MAX),
        "site_area_m2" => above_zero(L::SITE_AREA_M2_MAX),
        "live_load_kn_m2" | "min_live_load_kn_m2" => {
            range(L::LIVE_LOAD_KN_M2_MIN, L::LIVE_LOAD_KN_M2_MAX)
        }
        "floor_height_mm" | "clear_height_mm" | "min_clear_height_mm" => {
            ints(1, L::STOREY_HEIGHT_MM_MAX.into())
        }
        "column_grid_x_mm" | "column_grid_y_mm" | "length_mm" | "width_mm" | "height_mm" => {
            ints(1, L::SPAN_MM_MAX.into())
        }
        "power_kva" | "min_power_kva" => range(0.0, L::POWER_KVA_MAX),
        "asking_rent_fen_m2_day" | "rent_fen_m2_day" | "max_rent_fen_m2_day" => {
            ints(0, L::RENT_FEN_M2_DAY_MAX)
        }
        "weight_kg" => above_zero(L::ITEM_WEIGHT_KG_MAX),
        "level" | "lowest_level" | "highest_level" => {
            ints(L::LEVEL_MIN.into(), L::LEVEL_MAX.into())
        }
        "floors_above_ground" => ints(1, L::FLOORS_ABOVE_GROUND_MAX.into()),
        "floors_below_ground" => ints(0, L::FLOORS_BELOW_GROUND_MAX.into()),
        "rated_load_kg" => ints(1, L::LIFT_RATED_LOAD_KG_MAX.into()),
        "car_width_mm" | "car_depth_mm" | "car_height_mm" | "door_width_mm" | "door_height_mm" => {
            ints(1, L::LIFT_SIZE_MM_MAX.into())
        }
        "lease_months" => ints(1, L::LEASE_MONTHS_MAX.into()),
        "unit_ids" => {
            json!({"minItems": 1, "maxItems": L::UNITS_PER_DEAL_MAX, "uniqueItems": true})
        }
        "adjacent_unit_ids" | "preferred_park_ids" => json!({"maxItems": L::LIST_MAX}),
        "target_industries" => json!({
            "maxItems": L::TARGET_INDUSTRIES_MAX,
            "items": {"type": "string", "pattern": L::INDUSTRY_CODE_PATTERN},
        }),
        "name" | "display_name" => {
            let mut v = text(0, L::NAME_MAX);
            v["pattern"] = json!("\\S");
            v
        }
        "district" | "city" | "contact_name" => text(0, L::SHORT_TEXT_MAX),
        "address" => text(0, L::ADDRESS_MAX),
        "description" | "notes" => text(0, L::LONG_TEXT_MAX),
        "email" => json!({"format": "email", "maxLength": L::EMAIL_MAX}),
        "contact_phone" => text(0, L::PHONE_MAX),
        "password" => text(MIN_PASSWORD_CHARS as u64, L::PASSWORD_MAX),
        "current_password" => text(1, L::PASSWORD_MAX),
        "code" => json!({"pattern": L::CODE_PATTERN}),
        "industry_code" => json!({"pattern": L::INDUSTRY_CODE_PATTERN}),
        "credit_code" => json!({"pattern": L::CREDIT_CODE_PATTERN}),
        _ => return None,
    })
}

/// Query parameters that are not request fields.
fn parameter_rules(name: &str) -> Option<Value> {
    Some(match name {
        "page" => json!({"minimum": 1, "maximum": 1_000_000, "default": 1}),
        "per_page" => json!({"minimum": 1, "maximum": MAX_PER_PAGE, "default": DEFAULT_PER_PAGE}),
        "limit" => json!({"minimum": 1, "maximum": 50, "default": 10}),
        "within_days" => json!({"minimum": 1, "maximum": 3650, "default": 90}),
        "min_lift_load_kg" => json!({"minimum": 0, "maximum": L::LIFT_RATED_LOAD_KG_MAX}),
        // Filters start at zero where the field itself starts above it.
        "min_area_m2" | "max_area_m2" => json!({"minimum": 0, "maximum": L::AREA_M2_MAX}),
        "min_live_load_kn_m2" => json!({"minimum": 0, "maximum": L::LIVE_LOAD_KN_M2_MAX}),
        "min_clear_height_mm" => json!({"minimum": 0, "maximum": L::STOREY_HEIGHT_MM_MAX}),
        other => return rules(other),
    })
}

/// Merges `extra` into a property schema. A nullable property written as
/// `oneOf: [{$ref}, {type: null}]` keeps its keywords beside the `oneOf`.
fn merge(target: &mut Value, extra: &Value) {
    let (Some(t), Some(e)) = (target.as_object_mut(), extra.as_object()) else {
        return;
    };
    for (k, v) in e {
        if k == "items"
            && let Some(items) = t.get_mut("items")
        {
            merge(items, v);
            continue;
        }
        t.insert(k.clone(), v.clone());
    }
}

fn schema_name(reference: &str) -> Option<&str> {
    reference.strip_prefix("#/components/schemas/")
}

/// Schema names reachable from `v` through `$ref`.
fn refs_in(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            if let Some(name) = m.get("$ref").and_then(Value::as_str).and_then(schema_name) {
                out.push(name.to_string());
            }
            m.values().for_each(|x| refs_in(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| refs_in(x, out)),
        _ => {}
    }
}

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

/// Every operation of the document, whatever its path and method.
pub(super) fn operations(doc: &mut Value) -> Vec<&mut Map<String, Value>> {
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return Vec::new();
    };
    paths
        .values_mut()
        .filter_map(Value::as_object_mut)
        .flat_map(|item| {
            item.iter_mut()
                .filter(|(m, _)| METHODS.contains(&m.as_str()))
                .filter_map(|(_, op)| op.as_object_mut())
        })
        .collect()
}

/// The schemas request bodies use, directly or nested.
fn request_schemas(doc: &mut Value) -> Vec<String> {
    let mut names = Vec::new();
    for op in operations(doc) {
        if let Some(body) = op.get("requestBody") {
            refs_in(body, &mut names);
        }
    }
    let schemas = doc["components"]["schemas"].clone();
    let mut i = 0;
    while i < names.len() {
        if let Some(s) = schemas.get(&names[i]) {
            refs_in(s, &mut names);
        }
        names.dedup();
        i += 1;
    }
    names.sort();
    names.dedup();
    names
}

fn constrain_request_fields(doc: &mut Value) {
    for name in request_schemas(doc) {
        let Some(props) = doc["components"]["schemas"][&name]
            .get_mut("properties")
            .and_then(Value::as_object_mut)
        else {
            continue;
        };
        for (field, schema) in props.iter_mut() {
            // A building's name is optional and may be empty; other names not.
            let rule = match (field.as_str(), name.contains("Building")) {
                ("name", true) => Some(json!({"maxLength": L::NAME_MAX})),
                _ => rules(field),
            };
            if let Some(extra) = rule {
                merge(schema, &extra);
            }
        }
    }
}

fn constrain_parameters(doc: &mut Value) {
    for op in operations(doc) {
        let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) else {
            continue;
        };
        for p in params {
            let name = p["name"].as_str().unwrap_or_default().to_string();
            if p["in"] == "query"
                && let Some(extra) = parameter_rules(&name)
                && let Some(schema) = p.get_mut("schema")
            {
                merge(schema, &extra);
            }
        }
    }
}

fn header(description: &str, schema: Value) -> Value {
    json!({"description": description, "schema": schema})
}

/// Whether a response's schema is a record with a `version` (it carries an ETag).
fn versioned(response: &Value, schemas: &Value) -> bool {
    let reference = response["content"]["application/json"]["schema"]["$ref"].as_str();
    reference
        .and_then(schema_name)
        .is_some_and(|n| schemas[n]["properties"].get("version").is_some())
}

fn describe_responses(doc: &mut Value) {
    let schemas = doc["components"]["schemas"].clone();
    for op in operations(doc) {
        // Answers to a token (and the login answer, which carries one) are
        // private: `Cache-Control: no-store`.
        let private = op["security"]
            .as_array()
            .is_some_and(|alts| alts.iter().any(|a| a.get("bearer").is_some()))
            || op["operationId"] == "login"
            || op["operationId"] == "register";
        // A token is optional here: a tokenless answer may be cacheable
        // (`GET /labels` is), so the header is `no-store` only with a token.
        let token_optional = op["security"].as_array().is_some_and(|alts| {
            alts.iter()
                .any(|a| a.as_object().is_some_and(|o| o.is_empty()))
        });
        let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
            continue;
        };
        for (status, response) in responses.iter_mut() {
            let Some(r) = response.as_object_mut() else {
                continue;
            };
            if r.get("description")
                .and_then(Value::as_str)
                .unwrap_or("")
                .is_empty()
            {
                let text = match status.as_str() {
                    "200" => "OK",
                    "201" => "Created",
                    "204" => "Done; no content",
                    _ => "See the problem's `code`",
                };
                r.insert("description".into(), json!(text));
            }
            let headers = r
                .entry("headers")
                .or_insert_with(|| json!({}))
                .as_object_mut()
                .map(std::mem::take)
                .unwrap_or_default();
            let mut headers = headers;
            headers.insert(
                "x-request-id".into(),
                header(
                    "The request's id, also in the server's logs",
                    json!({"type": "string"}),
                ),
            );
            headers.insert(
                "X-Content-Type-Options".into(),
                header(
                    "Always `nosniff`",
                    json!({"type": "string", "const": "nosniff"}),
                ),
            );
            if private && token_optional {
                headers.insert(
                    "Cache-Control".into(),
                    header(
                        "`no-store` when the request carries a token",
                        json!({"type": "string"}),
                    ),
                );
            } else if private {
                headers.insert(
                    "Cache-Control".into(),
                    header(
                        "`no-store` on answers to a token, and to login",
                        json!({"type": "string", "const": "no-store"}),
                    ),
                );
            }
            let success = status.starts_with('2');
            if success && versioned(&Value::Object(r.clone()), &schemas) {
                headers.insert(
                    "ETag".into(),
                    header(
                        "The record's `version` as a strong tag, `\"<version>\"`; send it back in `If-Match`",
                        json!({"type": "string", "pattern": "^\"[0-9]+\"$"}),
                    ),
                );
            }
            if status == "201" {
                headers.insert(
                    "Location".into(),
                    header("Where the new record is", json!({"type": "string"})),
                );
            }
            if status == "429" || status == "503" {
                headers.insert(
                    "Retry-After".into(),
                    header(
                        "Seconds to wait before trying again",
                        json!({"type": "integer"}),
                    ),
                );
            }
            if status == "401" {
                headers.insert(
                    "WWW-Authenticate".into(),
                    header("`Bearer realm=\"upstairs\"`", json!({"type": "string"})),
                );
            }
            r.insert("headers".into(), Value::Object(headers));
        }
    }
}

/// The `If-Match` header's form, wherever it is taken.
fn describe_if_match(doc: &mut Value) {
    for op in operations(doc) {
        let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) else {
            continue;
        };
        for p in params.iter_mut().filter(|p| p["name"] == "If-Match") {
            p["description"] = json!(
                "The `ETag` last read, `\"<version>\"`, or `*`. Optional: \
                 a stale tag answers 412 `precondition_failed`."
            );
            p["schema"] = json!({"type": "string", "examples": ["\"1\""]});
        }
    }
}

/// Public operations say so: anonymous callers are welcome.
fn mark_public(doc: &mut Value) {
    for op in operations(doc) {
        op.entry("security").or_insert_with(|| json!([{}]));
    }
}

/// One real value per schema, recorded from the demo parks by
/// `clients/typescript/regenerate` (`.ci/record_responses.py`).
const EXAMPLES: &str = include_str!("examples.json");

fn add_examples(doc: &mut Value) {
    let Ok(Value::Object(examples)) = serde_json::from_str::<Value>(EXAMPLES) else {
        return;
    };
    let Some(schemas) = doc["components"]["schemas"].as_object_mut() else {
        return;
    };
    for (name, example) in examples {
        if let Some(schema) = schemas.get_mut(&name).and_then(Value::as_object_mut) {
            schema.entry("examples").or_insert_with(|| json!([example]));
        }
    }
}

/// Adds everything this module knows to the document.
pub fn refine(doc: &mut Value) {
    add_examples(doc);
    mark_public(doc);
    constrain_request_fields(doc);
    constrain_parameters(doc);
    describe_if_match(doc);
    describe_responses(doc);
}
