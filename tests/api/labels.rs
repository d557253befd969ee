//! `GET /api/v1/labels`: every enum value in words, both languages at once,
//! public and cached by ETag; the same words the API's messages use.

use reqwest::header::{ACCEPT_LANGUAGE, IF_NONE_MATCH};
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

const GROUPS: [&str; 16] = [
    "fire_hazard_class",
    "fire_hazard_class_detail",
    "building_kind",
    "building_status",
    "unit_status",
    "fit_out",
    "use_type",
    "application_status",
    "application_action",
    "offer_status",
    "lease_status",
    "criterion",
    "role",
    "industry_section",
    "entity_kind",
    "action",
];

async fn labels(
    app: &TestApp,
    headers: &[(reqwest::header::HeaderName, &str)],
) -> crate::helpers::Resp {
    let mut req = app.client.get(format!("{}/api/v1/labels", app.address));
    for (name, value) in headers {
        req = req.header(name.clone(), *value);
    }
    TestApp::read(req.send().await.expect("labels")).await
}

#[actix_web::test]
async fn labels_give_every_group_in_both_languages_whatever_is_asked() {
    let app = spawn_app().await;

    let en = labels(&app, &[]).await.expect(200);
    let zh = labels(&app, &[(ACCEPT_LANGUAGE, "zh-CN")])
        .await
        .expect(200);

    assert_eq!(en.body, zh.body, "the body does not depend on the language");
    let body = &en.body;
    let langs: Vec<&String> = body.as_object().expect("object").keys().collect();
    assert_eq!(langs, ["en", "zh-CN"]);
    assert_eq!(body["zh-CN"]["fire_hazard_class"]["a"], json!("甲类"));
    assert_eq!(body["zh-CN"]["fire_hazard_class"]["e"], json!("戊类"));
    let class_a = body["en"]["fire_hazard_class"]["a"].as_str().unwrap_or("");
    assert!(class_a.contains("Class A"), "{class_a}");
    assert!(
        body["zh-CN"]["fire_hazard_class_detail"]["a"]
            .as_str()
            .is_some_and(|d| d.contains("GB 50016") && d.contains("28℃"))
    );
    assert_eq!(body["zh-CN"]["unit_status"]["leased"], json!("已出租"));
    assert_eq!(body["zh-CN"]["industry_section"]["C"], json!("制造业"));
    assert_eq!(body["en"]["criterion"]["live_load"], json!("Floor load"));
    for group in GROUPS {
        let keys = |lang: &str| -> Vec<String> {
            body[lang][group]
                .as_object()
                .unwrap_or_else(|| panic!("{lang} lacks {group}"))
                .keys()
                .cloned()
                .collect()
        };
        assert_eq!(keys("zh-CN"), keys("en"), "{group}");
        assert!(!keys("en").is_empty(), "{group}");
    }
    assert_eq!(body["en"].as_object().map(|g| g.len()), Some(GROUPS.len()));
    // Listed in the language's order of the contract, groups in registry order.
    let raw = reqwest::get(format!("{}/api/v1/labels", app.address))
        .await
        .expect("labels")
        .text()
        .await
        .expect("text");
    assert!(
        raw.starts_with(r#"{"zh-CN":{"fire_hazard_class":{"a":"甲类""#),
        "{raw:.80}"
    );
}

#[actix_web::test]
async fn labels_are_public_cacheable_and_revalidated_by_etag() {
    let app = spawn_app().await;

    let first = labels(&app, &[]).await.expect(200);
    let tag = first.header("etag").expect("an ETag");
    let again = labels(&app, &[(IF_NONE_MATCH, tag.as_str())]).await;
    let stale = labels(&app, &[(IF_NONE_MATCH, "\"0000\"")]).await;
    let weak = labels(&app, &[(IF_NONE_MATCH, &format!("W/{tag}"))]).await;
    let admin = app.admin().await;
    let with_token = app.get("/api/v1/labels", Some(&admin)).await.expect(200);

    assert!(
        tag.starts_with('"') && tag.ends_with('"') && !tag.starts_with("W/"),
        "{tag}"
    );
    assert_eq!(
        first.header("cache-control").as_deref(),
        Some("public, max-age=3600")
    );
    assert!(first.header("content-language").is_some());
    assert_eq!(again.status.as_u16(), 304);
    assert_eq!(again.body, Value::Null);
    assert_eq!(again.header("etag"), Some(tag.clone()));
    assert_eq!(stale.status.as_u16(), 200);
    assert_eq!(weak.status.as_u16(), 304, "If-None-Match compares weakly");
    assert_eq!(with_token.body, first.body);
    assert_eq!(with_token.header("etag"), Some(tag));
    assert_eq!(
        with_token.header("cache-control").as_deref(),
        Some("no-store"),
        "answers to a token are never stored"
    );
}

#[actix_web::test]
async fn labels_answer_head_and_refuse_unknown_parameters() {
    let app = spawn_app().await;

    let head = app
        .client
        .head(format!("{}/api/v1/labels?lang=zh-CN", app.address))
        .send()
        .await
        .expect("head");
    let unknown = app.get("/api/v1/labels?colour=red", None).await;

    assert_eq!(head.status().as_u16(), 200);
    assert!(head.headers().contains_key("etag"));
    assert_eq!(
        head.headers()
            .get("content-language")
            .and_then(|v| v.to_str().ok()),
        Some("zh-CN")
    );
    unknown.expect_problem(422, "validation_failed");
}

#[actix_web::test]
async fn a_chinese_message_names_a_status_in_the_words_of_the_labels() {
    let app = spawn_app().await;
    let t = app.tower().await;
    let admin = app.admin().await;
    let (tenant_id, _) = app.tenant().await;
    let today = upstairs::platform::time::china_today();
    let lease = json!({"tenant_id": tenant_id, "unit_ids": [t.fifth_unit],
        "start_date": today.to_string(),
        "end_date": (today + chrono::Duration::days(365)).to_string(),
        "rent_fen_m2_day": 150});
    app.post("/api/v1/leases", Some(&admin), &lease)
        .await
        .expect(201);
    let words = labels(&app, &[]).await.expect(200).body;

    let refused = app
        .patch(
            &format!("/api/v1/units/{}?lang=zh-CN", t.fifth_unit),
            Some(&admin),
            &json!({"status": "unavailable"}),
        )
        .await
        .expect_problem(409, "conflict");

    let leased = words["zh-CN"]["unit_status"]["leased"]
        .as_str()
        .expect("label");
    let detail = refused.body["detail"].as_str().unwrap_or("");
    assert!(detail.contains(leased), "{detail:?} does not name {leased}");
}
