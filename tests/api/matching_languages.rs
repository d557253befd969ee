//! The matching answers in the reader's language: the same candidates,
//! criteria, `required`, `actual` and verdicts in Chinese and in English,
//! only the messages differ, and `Content-Language` says which.

use serde_json::{Value, json};

use crate::applications::application_body;
use crate::helpers::{Resp, TestApp, lift_body, spawn_app};

/// 700–900 m², 7.5 kN/m²: the tower's 800 m² ground-floor unit matches,
/// its 600 m² fifth-floor unit is a near miss on area.
fn requirement() -> Value {
    let mut b = application_body();
    b["min_area_m2"] = json!(700.0);
    b["max_area_m2"] = json!(900.0);
    b["max_rent_fen_m2_day"] = json!(160);
    b
}

async fn post_match(app: &TestApp, query: &str, accept_language: Option<&str>) -> Resp {
    let mut req = app
        .client
        .post(format!("{}/api/v1/match{query}", app.address))
        .json(&requirement());
    if let Some(l) = accept_language {
        req = req.header("accept-language", l);
    }
    TestApp::read(req.send().await.expect("request sent"))
        .await
        .expect(200)
}

/// The answer with every message taken out.
fn without_messages(mut body: Value) -> Value {
    for list in ["matches", "near_misses"] {
        for c in body[list].as_array_mut().into_iter().flatten() {
            for k in c["checks"].as_array_mut().into_iter().flatten() {
                k["message"] = Value::Null;
            }
        }
    }
    body
}

fn messages(body: &Value) -> Vec<String> {
    ["matches", "near_misses"]
        .iter()
        .flat_map(|list| body[*list].as_array().cloned().unwrap_or_default())
        .flat_map(|c| c["checks"].as_array().cloned().unwrap_or_default())
        .filter_map(|k| k["message"].as_str().map(String::from))
        .collect()
}

fn area_message(body: &Value, list: &str) -> String {
    body[list][0]["checks"][0]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[actix_web::test]
async fn match_answers_the_same_candidates_with_messages_in_the_readers_language() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    app.create_lift(&admin, &t.building, lift_body("L1", 3000, 1, 15))
        .await;

    let zh = post_match(&app, "", Some("zh-CN")).await;
    let en = post_match(&app, "", Some("en")).await;
    let by_query = post_match(&app, "?lang=zh-CN", Some("en")).await;

    assert_eq!(zh.header("content-language").as_deref(), Some("zh-CN"));
    assert_eq!(en.header("content-language").as_deref(), Some("en"));
    assert_eq!(
        by_query.header("content-language").as_deref(),
        Some("zh-CN")
    );
    assert_eq!(en.body["matches"][0]["unit_ids"], json!([t.ground_unit]));
    assert_eq!(en.body["near_misses"][0]["unit_ids"], json!([t.fifth_unit]));
    assert_eq!(en.body["near_misses"][0]["checks"][0]["passed"], false);
    assert_eq!(
        without_messages(zh.body.clone()),
        without_messages(en.body.clone()),
        "only the messages may differ"
    );
    assert_eq!(by_query.body, zh.body, "?lang= outweighs Accept-Language");

    // The near miss's failing check, in each language.
    let (zh_area, en_area) = (
        area_message(&zh.body, "near_misses"),
        area_message(&en.body, "near_misses"),
    );
    assert_eq!(
        en_area,
        "600 m² is less than the 700 m² asked for (100 m² short)"
    );
    assert!(
        zh_area.contains("600 ㎡") && zh_area.contains("差 100 ㎡"),
        "{zh_area}"
    );
    assert!(!zh_area.contains("m²"), "{zh_area}");
    assert!(area_message(&zh.body, "matches").contains("800 ㎡"));

    let zh_messages = messages(&zh.body);
    let en_messages = messages(&en.body);
    assert_eq!(zh_messages.len(), 22, "{}", zh.body);
    assert_eq!(zh_messages.len(), en_messages.len());
    for (z, e) in zh_messages.iter().zip(&en_messages) {
        assert_ne!(z, e);
        assert!(!z.contains(['{', '}', '$']), "{z}");
        assert!(
            z.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "not Chinese: {z}"
        );
        assert!(
            !e.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{e}"
        );
    }
    let rent = &zh.body["near_misses"][0]["checks"][7]["message"];
    assert_eq!(
        rent,
        "挂牌租金为 1.50 元/㎡·天，在 1.60 元/㎡·天 的预算以内"
    );
    assert_eq!(
        en.body["near_misses"][0]["checks"][7]["message"],
        "the asking rent is 150 fen/m²/day, within the budget of 160 fen/m²/day"
    );
}

#[actix_web::test]
async fn an_applications_matches_follow_lang() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    app.create_lift(&admin, &t.building, lift_body("L1", 3000, 1, 15))
        .await;
    let (_, tenant) = app.tenant().await;
    let id = app
        .post("/api/v1/applications", Some(&tenant), &requirement())
        .await
        .expect(201)
        .id();
    let path = format!("/api/v1/applications/{id}/matches");
    let en = app.get(&path, Some(&tenant)).await.expect(200);
    let zh = app
        .get(&format!("{path}?lang=zh-CN"), Some(&tenant))
        .await
        .expect(200);
    assert_eq!(zh.header("content-language").as_deref(), Some("zh-CN"));
    assert_eq!(
        without_messages(zh.body.clone()),
        without_messages(en.body.clone())
    );
    assert!(area_message(&en.body, "near_misses").contains("100 m² short"));
    assert!(area_message(&zh.body, "near_misses").contains("差 100 ㎡"));
}
