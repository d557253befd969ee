//! The OpenAPI document and request validation agree. Every request body's
//! documented example is accepted; so is the example with any one number,
//! list or free text pushed to the edge the document allows. A rule that
//! validation enforces but the document does not state (a forgotten
//! maximum, say) makes this fail, naming the schema and the field.
//! Schemathesis (`.ci/contract`) checks the other way round: values the
//! document forbids are refused.

use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use upstairs::accounts::{auth, tenants, users};
use upstairs::inventory::{building, floor, lift, park, unit};
use upstairs::leasing::{application, lease, offer};
use upstairs::platform::http::json::parse_valid;
use utoipa::ToSchema;
use validator::Validate;

type Check = fn(&Value) -> Result<(), String>;

fn check<T: DeserializeOwned + Validate + ToSchema>(body: &Value) -> Result<(), String> {
    let bytes = serde_json::to_vec(body).map_err(|e| e.to_string())?;
    parse_valid::<T>(&bytes)
        .map(|_| ())
        .map_err(|e| format!("{e:?}"))
}

/// Every request body schema, with the validation its handler runs.
fn bodies() -> Vec<(&'static str, Check)> {
    vec![
        ("CreatePark", check::<park::model::CreatePark>),
        ("PatchPark", check::<park::model::PatchPark>),
        ("CreateBuilding", check::<building::model::CreateBuilding>),
        ("PatchBuilding", check::<building::model::PatchBuilding>),
        ("CreateFloor", check::<floor::model::CreateFloor>),
        ("PatchFloor", check::<floor::model::PatchFloor>),
        ("CreateFreightLift", check::<lift::model::CreateFreightLift>),
        ("PatchFreightLift", check::<lift::model::PatchFreightLift>),
        ("CreateUnit", check::<unit::model::CreateUnit>),
        ("PatchUnit", check::<unit::model::PatchUnit>),
        (
            "CreateApplication",
            check::<application::model::CreateApplication>,
        ),
        (
            "PatchApplication",
            check::<application::model::PatchApplication>,
        ),
        ("CreateOffer", check::<offer::model::CreateOffer>),
        ("CreateLease", check::<lease::model::CreateLease>),
        ("TerminateLease", check::<lease::model::TerminateLease>),
        ("CreateUser", check::<users::model::CreateUser>),
        ("PatchUser", check::<users::model::PatchUser>),
        ("Register", check::<auth::model::Register>),
        ("Login", check::<auth::model::Login>),
        ("NewOrganization", check::<tenants::model::NewOrganization>),
        ("PatchTenant", check::<tenants::model::PatchTenant>),
    ]
}

/// Fields whose edges meet a rule across fields, which a document cannot
/// state: the area bounds of a request must stay ordered.
const ACROSS_FIELDS: &[(&str, &str)] = &[
    ("CreateApplication", "min_area_m2"),
    ("PatchApplication", "min_area_m2"),
    ("CreateApplication", "max_area_m2"),
    ("PatchApplication", "max_area_m2"),
];

/// The values at the edges of what `schema` allows, where it bounds them.
fn edges(schema: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    let types: Vec<&str> = match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    if types.contains(&"integer") || types.contains(&"number") {
        // Unbounded numbers are pushed far out: a rule the document does
        // not state then shows itself.
        let max = schema["maximum"]
            .as_f64()
            .unwrap_or(if types.contains(&"integer") {
                f64::from(i32::MAX)
            } else {
                1e15
            });
        out.push(json!(max));
        if let Some(min) = schema["minimum"].as_f64() {
            out.push(json!(min));
        } else if schema.get("exclusiveMinimum").is_none() {
            out.push(json!(if types.contains(&"integer") {
                -f64::from(i32::MAX)
            } else {
                -1e15
            }));
        }
    }
    if types.contains(&"string")
        && schema.get("pattern").is_none()
        && schema.get("format").is_none()
    {
        let max = schema["maxLength"].as_u64().unwrap_or(100_000) as usize;
        out.push(json!("长".repeat(max)));
    }
    out
}

#[test]
fn every_documented_edge_of_a_request_field_is_accepted() {
    let doc = upstairs::startup::openapi_document();
    let schemas = &doc["components"]["schemas"];
    let mut breaches = Vec::new();
    let mut tried = 0;
    for (name, accepts) in bodies() {
        let schema = &schemas[name];
        let example = schema["examples"][0].clone();
        assert!(example.is_object(), "{name} has no example in the document");
        if let Err(e) = accepts(&example) {
            breaches.push(format!("{name}: its own example is refused: {e}"));
            continue;
        }
        let Some(props) = schema["properties"].as_object() else {
            continue;
        };
        for (field, prop) in props {
            if ACROSS_FIELDS.contains(&(name, field.as_str())) {
                continue;
            }
            for value in edges(prop) {
                let mut body = example.clone();
                body[field] = value.clone();
                tried += 1;
                if let Err(e) = accepts(&body) {
                    let shown = value.to_string().chars().take(40).collect::<String>();
                    breaches.push(format!(
                        "{name}.{field} = {shown}: the document allows it, validation refuses: {e}"
                    ));
                }
            }
        }
    }
    assert!(tried > 100, "only {tried} edges tried");
    assert!(
        breaches.is_empty(),
        "document and validation disagree:\n{}",
        breaches.join("\n")
    );
}
