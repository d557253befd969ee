//! The labels as one static answer: rendered and tagged once, cached by
//! clients for an hour and revalidated by `ETag`.

use std::sync::LazyLock;

use actix_web::http::header::{self, ContentType};
use actix_web::{HttpRequest, HttpResponse, get};
use utoipa::openapi::schema::{AdditionalProperties, ObjectBuilder, Schema, Type};
use utoipa::openapi::{Ref, RefOr};
use utoipa::{PartialSchema, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::i18n::Lang;
use crate::i18n::labels::{self, Labels};
use crate::platform::error::AppResult;
use crate::platform::http::QueryMap;
use crate::platform::http::etag::{content_tag, none_match};

/// What a shared cache may do with the answer: it is the same for everyone.
const CACHE_CONTROL: &str = "public, max-age=3600";

struct Answer {
    body: String,
    etag: String,
}

static ANSWER: LazyLock<Answer> = LazyLock::new(|| {
    let body = serde_json::to_string(&Labels::render()).unwrap_or_default();
    let etag = content_tag(body.as_bytes());
    Answer { body, etag }
});

pub fn configure(cfg: &mut ServiceConfig) {
    // Rendered at start, not by the first caller.
    LazyLock::force(&ANSWER);
    cfg.service(get_labels);
}

/// Every enum value in words, in every language at once (whatever
/// `Accept-Language` asks): `{"zh-CN": {group: {value: label}}, "en": {…}}`.
/// Public. A frontend shows a value through its group here
/// (`unit_status.leased` → 已出租) and never words a code itself. The
/// answer changes only with the server's version: keep it, and send its
/// `ETag` back in `If-None-Match` (304 while it holds).
#[utoipa::path(tag = "labels",
    params(("If-None-Match" = Option<String>, Header,
        description = "The `ETag` of the copy the client holds; 304 while it is current")),
    responses(
        (status = 200, body = LabelsBody, headers(
            ("ETag" = String, description = "A strong tag of the body; the same for every instance of one build"),
            ("Cache-Control" = String, description = "`public, max-age=3600` without a token (`no-store` with one, as on every answer to a token)"))),
        (status = 304, description = "The copy named in `If-None-Match` is current; no body", headers(
            ("ETag" = String, description = "The current tag"),
            ("Cache-Control" = String, description = "As on 200")))),
    security((), ("bearer" = [])))]
#[get("/labels")]
async fn get_labels(req: HttpRequest, q: QueryMap) -> AppResult<HttpResponse> {
    q.finish()?;
    let answer = &*ANSWER;
    let current = none_match(req.headers(), &answer.etag);
    let mut reply = if current {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    reply
        .insert_header((header::ETAG, answer.etag.clone()))
        .insert_header((header::CACHE_CONTROL, CACHE_CONTROL));
    Ok(if current {
        reply.finish()
    } else {
        reply
            .content_type(ContentType::json())
            .body(answer.body.clone())
    })
}

/// The answer's shape: each language's groups (`LanguageLabels`).
pub struct LabelsBody;

/// One language's labels: each group an object from wire value to words.
pub struct LanguageLabels;

fn object() -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(Type::Object)
        .additional_properties(Some(AdditionalProperties::<Schema>::FreeForm(false)))
}

impl PartialSchema for LabelsBody {
    fn schema() -> RefOr<Schema> {
        let example = serde_json::from_str::<serde_json::Value>(&ANSWER.body).ok();
        let by_lang = Lang::ALL.iter().fold(object(), |o, lang| {
            o.property(lang.tag(), Ref::from_schema_name(LanguageLabels::name()))
                .required(lang.tag())
        });
        by_lang
            .description(Some(
                "Every enum value in words, by language tag (`zh-CN`, `en`), then by group.",
            ))
            .examples(example)
            .into()
    }
}

impl ToSchema for LabelsBody {
    fn name() -> std::borrow::Cow<'static, str> {
        "Labels".into()
    }

    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        schemas.push((LanguageLabels::name().into(), LanguageLabels::schema()));
    }
}

impl PartialSchema for LanguageLabels {
    fn schema() -> RefOr<Schema> {
        let words = || {
            ObjectBuilder::new()
                .schema_type(Type::String)
                .min_length(Some(1))
        };
        labels::groups()
            .into_iter()
            .fold(object(), |o, g| {
                let group = g.values.iter().fold(object(), |o, (value, _)| {
                    o.property(*value, words()).required(*value)
                });
                o.property(g.name, group).required(g.name)
            })
            .description(Some(
                "One language's labels: group (`unit_status`) → wire value (`leased`) → words.",
            ))
            .into()
    }
}

impl ToSchema for LanguageLabels {}
