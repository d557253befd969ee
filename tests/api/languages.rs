//! The same request answered in each language: problem titles, details and
//! field messages change with `Accept-Language` or `?lang=`; status, `code`,
//! `type` and `field`s do not; `Content-Language` names the language.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{Resp, TestApp, spawn_app, spawn_with, unit_body};

async fn ask(
    app: &TestApp,
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<&Value>,
    accept_language: Option<&str>,
) -> Resp {
    let mut req = app
        .client
        .request(method, format!("{}{}", app.address, path));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    if let Some(b) = body {
        req = req.json(b);
    }
    if let Some(l) = accept_language {
        req = req.header("accept-language", l);
    }
    TestApp::read(req.send().await.expect("request sent")).await
}

fn has_chinese(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Every human text of a problem: title, detail and each error's message.
fn words(r: &Resp) -> Vec<String> {
    let mut out = vec![
        r.body["title"].as_str().unwrap_or_default().to_string(),
        r.body["detail"].as_str().unwrap_or_default().to_string(),
    ];
    for e in r.body["errors"].as_array().into_iter().flatten() {
        out.push(e["message"].as_str().unwrap_or_default().to_string());
    }
    out
}

/// The problem without its words: what must not change with the language.
fn stable(r: &Resp) -> Value {
    let errors: Vec<Value> = r.body["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| json!([e["field"], e["code"]]))
        .collect();
    json!([r.status.as_u16(), r.body["type"], r.body["code"], errors])
}

/// The request in Chinese and in English: same problem, each in its words.
#[track_caller]
fn same_problem_in_both(zh: &Resp, en: &Resp) {
    assert_eq!(stable(zh), stable(en), "zh {} / en {}", zh.body, en.body);
    assert_eq!(zh.header("content-language").as_deref(), Some("zh-CN"));
    assert_eq!(en.header("content-language").as_deref(), Some("en"));
    for w in words(zh) {
        assert!(has_chinese(&w), "not Chinese: {w:?} in {}", zh.body);
        assert!(!w.contains('$') && !w.contains("{ "), "unfilled: {w:?}");
    }
    for w in words(en) {
        assert!(!has_chinese(&w) || w.contains('"'), "not English: {w:?}");
        assert!(!w.contains('$') && !w.contains("{ "), "unfilled: {w:?}");
    }
}

/// The request asked in Chinese and in English: the same problem (`status`,
/// `code`) in each language's words.
async fn in_both(
    app: &TestApp,
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<&Value>,
    (status, code): (u16, &str),
) -> (Resp, Resp) {
    let zh = ask(app, method.clone(), path, token, body, Some("zh-CN")).await;
    let en = ask(app, method, path, token, body, Some("en")).await;
    let (zh, en) = (
        zh.expect_problem(status, code),
        en.expect_problem(status, code),
    );
    same_problem_in_both(&zh, &en);
    (zh, en)
}

#[actix_web::test]
async fn a_missing_record_is_not_found_in_either_language() {
    let app = spawn_app().await;
    let path = format!("/api/v1/units/{}", uuid::Uuid::now_v7());
    let (zh, en) = in_both(&app, Method::GET, &path, None, None, (404, "not_found")).await;
    assert_eq!(zh.body["title"], "未找到");
    assert!(
        zh.body["detail"].as_str().unwrap().contains("单元"),
        "{}",
        zh.body
    );
    assert_eq!(en.body["title"], "Not found");
    assert!(
        en.body["detail"]
            .as_str()
            .unwrap()
            .starts_with("no unit with id")
    );
}

#[actix_web::test]
async fn a_body_with_several_problems_is_one_422_in_either_language() {
    let app = spawn_app().await;
    let tower = app.tower().await;
    let admin = app.admin().await;
    let path = format!("/api/v1/floors/{}/units", tower.ground);
    // Broken rules: a negative area, a code with a space.
    let body = unit_body("T1 0102", -5.0);
    let invalid = (422, "validation_failed");
    let (zh, _) = in_both(
        &app,
        Method::POST,
        &path,
        Some(&admin),
        Some(&body),
        invalid,
    )
    .await;
    assert_eq!(zh.error_fields(), ["area_m2", "code"], "{}", zh.body);
    // Unreadable fields: an unknown one, a wrong type, a value not on the list.
    let mut body = unit_body("T1-0102", 100.0);
    body["colour"] = json!("red");
    body["asking_rent_fen_m2_day"] = json!("cheap");
    body["fit_out"] = json!("marble");
    let invalid = (422, "validation_failed");
    let (zh, en) = in_both(
        &app,
        Method::POST,
        &path,
        Some(&admin),
        Some(&body),
        invalid,
    )
    .await;
    assert_eq!(
        zh.error_fields(),
        ["asking_rent_fen_m2_day", "colour", "fit_out"],
        "{}",
        zh.body
    );
    assert_eq!(zh.body["title"], "请求内容有误");
    assert_eq!(en.body["title"], "Your request is not valid");
    let fit_out = |r: &Resp| {
        r.body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["field"] == "fit_out")
            .and_then(|e| e["message"].as_str())
            .unwrap()
            .to_string()
    };
    // The accepted values are named in both (wire values never change).
    assert!(fit_out(&zh).contains("bare_shell"), "{}", fit_out(&zh));
    assert!(fit_out(&en).contains("bare_shell"), "{}", fit_out(&en));
    // Nothing was stored.
    let units = app
        .get(
            &format!("/api/v1/units?building_id={}", tower.building),
            None,
        )
        .await
        .expect(200);
    assert_eq!(units.body["total"], 2);
}

#[actix_web::test]
async fn a_conflict_and_a_missing_token_in_either_language() {
    let app = spawn_app().await;
    let tower = app.tower().await;
    let admin = app.admin().await;
    let path = format!("/api/v1/floors/{}/units", tower.ground);
    let again = unit_body("T1-0101", 100.0);
    let conflict = (409, "conflict");
    let (zh, _) = in_both(
        &app,
        Method::POST,
        &path,
        Some(&admin),
        Some(&again),
        conflict,
    )
    .await;
    assert!(zh.body["detail"].as_str().unwrap().contains("T1-0101"));

    let unauthorized = (401, "unauthorized");
    let (zh, _) = in_both(&app, Method::POST, &path, None, Some(&again), unauthorized).await;
    assert!(
        zh.header("www-authenticate").is_some(),
        "headers kept when rendered again"
    );
}

#[actix_web::test]
async fn the_language_is_chosen_by_lang_then_accept_language_then_the_server() {
    let app = spawn_app().await;
    let path = format!("/api/v1/units/{}", uuid::Uuid::now_v7());
    let lang_of = |r: &Resp| r.header("content-language").unwrap_or_default();

    // Weights, and RFC 4647 lookup: `zh` ends at zh-CN.
    let r = ask(
        &app,
        Method::GET,
        &path,
        None,
        None,
        Some("fr, zh;q=0.5, en;q=0.4"),
    )
    .await;
    assert_eq!(lang_of(&r), "zh-CN");
    let r = ask(
        &app,
        Method::GET,
        &path,
        None,
        None,
        Some("en-GB, zh-CN;q=0.9"),
    )
    .await;
    assert_eq!(lang_of(&r), "en");
    assert!(
        r.header("vary")
            .unwrap_or_default()
            .contains("Accept-Language")
    );
    // `?lang=` wins over the header.
    let with_lang = format!("{path}?lang=zh-CN");
    let r = ask(&app, Method::GET, &with_lang, None, None, Some("en")).await;
    assert_eq!(lang_of(&r), "zh-CN");
    assert_eq!(r.body["title"], "未找到");
    // Nothing usable: the server's default (English in tests).
    let r = ask(&app, Method::GET, &path, None, None, Some("fr, *;q=0.1")).await;
    assert_eq!(lang_of(&r), "en");

    // `?lang=` naming another language is a 422 on `lang`, in the header's language.
    let bad = format!("{path}?lang=fr");
    let r = ask(&app, Method::GET, &bad, None, None, Some("zh-CN")).await;
    let r = r.expect_problem(422, "validation_failed");
    assert_eq!(r.error_fields(), ["lang"]);
    assert!(has_chinese(
        r.body["errors"][0]["message"].as_str().unwrap()
    ));

    // A server whose default is Chinese answers a request that names nothing in Chinese.
    let chinese = spawn_with(|s| s.default_language = Some(upstairs::i18n::Lang::ZhCn)).await;
    let r = ask(&chinese, Method::GET, &path, None, None, None).await;
    assert_eq!(lang_of(&r), "zh-CN");
    assert_eq!(r.body["title"], "未找到");
    // An answer that is not an error says its language too.
    let r = ask(
        &chinese,
        Method::GET,
        "/api/v1/parks",
        None,
        None,
        Some("en"),
    )
    .await;
    assert_eq!(r.status.as_u16(), 200);
    assert_eq!(lang_of(&r), "en");
}
