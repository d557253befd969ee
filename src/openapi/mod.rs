//! The OpenAPI 3.1 document: paths and schemas are collected from the
//! annotated handlers as routes are registered (so the two cannot drift);
//! this file adds what every operation shares: security and error answers.

use utoipa::openapi::path::Operation;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, OpenApi as Doc, Ref, RefOr, ResponseBuilder};
use utoipa::{Modify, OpenApi};

mod language;
mod refine;

use crate::domain::UnitSort;
use crate::inventory::files::http::InventoryFormat;
use crate::platform::http::problem::{FieldErrorBody, Problem};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Upstairs API",
        description = "Leasing space in industry-upstairs (工业上楼) parks: parks, buildings, floors, \
                       freight lifts and units, and the tenants who need them. Errors are RFC 9457 \
                       problem+json with a stable `code`. No text in a request may hold the NUL \
                       character (U+0000), which PostgreSQL cannot store: it is refused with \
                       422 `nul_character` on the field. Texts meant for people (a problem's \
                       `title`, `detail` and `message`s, a check's `message`) are in the language \
                       `?lang=` or `Accept-Language` chooses (`zh-CN` or `en`; else the server's \
                       default), named in `Content-Language`; `GET /api/v1/labels` gives every \
                       enum value in words.",
        license(name = "Apache-2.0", identifier = "Apache-2.0"),
    ),
    servers((url = "/", description = "This server")),
    components(schemas(Problem, FieldErrorBody, UnitSort, InventoryFormat)),
    modifiers(&BearerAuth),
    tags(
        (name = "auth", description = "Registration, login and the current user"),
        (name = "users", description = "Accounts (admin)"),
        (name = "parks", description = "Industrial parks and who operates them"),
        (name = "buildings", description = "Towers and multi-storey factories of a park"),
        (name = "freight lifts", description = "The lifts that decide what reaches an upper floor"),
        (name = "floors", description = "Each level's load rating, clear height, power and area"),
        (name = "units", description = "The leasable space on a floor, and the search across parks"),
        (name = "inventory files", description = "A park's inventory exported as a workbook or CSV, and imported back"),
        (name = "tenants", description = "Tenant organisations"),
        (name = "applications", description = "Space requests and their states"),
        (name = "matching", description = "Which space fits a requirement, and why other space does not"),
        (name = "offers and leases", description = "Offers hold units; accepted offers become leases; no unit is double-booked"),
        (name = "reports", description = "Occupancy, expirations, stacking plans, demand gaps (park staff)"),
        (name = "audit", description = "Who changed what, when"),
        (name = "labels", description = "Every enum value in words, in Chinese and English, for building screens"),
        (name = "health", description = "Liveness and readiness"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, doc: &mut Doc) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .build(),
            ),
        );
    }
}

fn problem(description: &str) -> RefOr<utoipa::openapi::Response> {
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/problem+json",
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("Problem")))
                .build(),
        )
        .build()
        .into()
}

fn add(op: &mut Operation, status: &str, description: &str) {
    op.responses
        .responses
        .entry(status.to_string())
        .or_insert_with(|| problem(description));
}

/// The document as served: the collected paths and schemas, the error
/// answers, the language parameters, then what `refine` adds.
pub fn finish(doc: Doc) -> serde_json::Value {
    let mut json = serde_json::to_value(with_errors(doc)).unwrap_or_default();
    language::describe(&mut json);
    refine::refine(&mut json);
    json
}

/// Adds the error answers each operation can give, by what it takes.
fn with_errors(mut doc: Doc) -> Doc {
    for (path, item) in doc.paths.paths.iter_mut() {
        let has_id = path.contains('{');
        let ops = [
            (&mut item.get, false),
            (&mut item.post, true),
            (&mut item.put, true),
            (&mut item.patch, true),
            (&mut item.delete, true),
        ];
        for (op, writes) in ops {
            let Some(op) = op.as_mut() else { continue };
            let has_body = op.request_body.is_some();
            let secured = op.security.is_some();
            let conditional = op
                .parameters
                .iter()
                .flatten()
                .any(|p| matches!(p, RefOr::T(p) if p.name == "If-Match"));
            if has_body {
                add(op, "400", "The body is not valid JSON (`malformed_json`)");
                add(op, "413", "The body is over 1 MiB (`payload_too_large`)");
                add(
                    op,
                    "415",
                    "The body is not `application/json` (`unsupported_media_type`)",
                );
            }
            let has_query = op.parameters.iter().flatten().any(
                |p| matches!(p, RefOr::T(p) if matches!(p.parameter_in, utoipa::openapi::path::ParameterIn::Query)),
            );
            if has_body || has_query || writes {
                add(
                    op,
                    "422",
                    "A field or parameter is invalid (`validation_failed`, with `errors`)",
                );
            }
            if secured {
                add(op, "401", "No valid bearer token (`unauthorized`)");
                add(op, "403", "The caller's role may not do this (`forbidden`)");
            }
            // The audit trail of an application the caller cannot see is 404.
            if has_id || path.ends_with("/audit") {
                add(
                    op,
                    "404",
                    "No such resource, or outside the caller's scope (`not_found`)",
                );
            }
            if writes {
                add(
                    op,
                    "409",
                    "The change conflicts with the current state (`conflict`, `unit_unavailable`, `invalid_transition`)",
                );
            }
            if conditional {
                add(
                    op,
                    "412",
                    "`If-Match` does not match the current `ETag` (`precondition_failed`)",
                );
            }
            if path.ends_with("/auth/login") {
                add(op, "401", "Wrong email or password (`unauthorized`)");
                add(
                    op,
                    "429",
                    "Too many failed logins (`rate_limited`, with `Retry-After`)",
                );
            }
            add(
                op,
                "500",
                "Unexpected error (`internal`); nothing internal is revealed",
            );
            add(
                op,
                "503",
                "The database is busy or unreachable (`service_unavailable`)",
            );
        }
    }
    doc
}
