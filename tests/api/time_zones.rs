//! A park's time zone: China Standard Time unless it names another, and the
//! dates of its offers are calendar dates there.

use serde_json::json;

use crate::applications::reviewed_application;
use crate::helpers::{TestApp, park_body, spawn_app};

fn at(s: &str) -> chrono::DateTime<chrono::Utc> {
    s.parse().expect("an RFC 3339 instant")
}

#[actix_web::test]
async fn time_zone_defaults_to_china_standard_time() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let r = app
        .post("/api/v1/parks", Some(&admin), &park_body())
        .await
        .expect(201);
    assert_eq!(r.body["time_zone"], "Asia/Shanghai");
    let r = app
        .get(&format!("/api/v1/parks/{}", r.id()), None)
        .await
        .expect(200);
    assert_eq!(r.body["time_zone"], "Asia/Shanghai");
}

#[actix_web::test]
async fn time_zone_is_set_on_create_and_patch_and_round_trips() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let mut body = park_body();
    body["time_zone"] = json!("Europe/Berlin");
    let id = app
        .post("/api/v1/parks", Some(&admin), &body)
        .await
        .expect(201)
        .id();
    let path = format!("/api/v1/parks/{id}");
    assert_eq!(
        app.get(&path, None).await.expect(200).body["time_zone"],
        "Europe/Berlin"
    );

    let r = app
        .patch(&path, Some(&admin), &json!({"time_zone": "Asia/Urumqi"}))
        .await
        .expect(200);
    assert_eq!(r.body["time_zone"], "Asia/Urumqi");
    assert_eq!(r.body["version"], 2);
    let r = app
        .patch(&path, Some(&admin), &json!({"name": "改名"}))
        .await
        .expect(200);
    assert_eq!(r.body["time_zone"], "Asia/Urumqi", "untouched, it stays");
    let listed = app.get("/api/v1/parks", None).await.expect(200);
    assert_eq!(listed.body["items"][0]["time_zone"], "Asia/Urumqi");
}

/// The 422's only field error, in the language asked for.
async fn bad_zone(
    app: &TestApp,
    token: &str,
    path: &str,
    lang: &str,
    body: &serde_json::Value,
) -> String {
    let path = format!("{path}?lang={lang}");
    let r = if path.starts_with("/api/v1/parks?") {
        app.post(&path, Some(token), body).await
    } else {
        app.patch(&path, Some(token), body).await
    };
    let r = r.expect_problem(422, "validation_failed");
    assert_eq!(r.error_fields(), vec!["time_zone"], "body: {}", r.body);
    assert_eq!(r.body["errors"][0]["code"], "invalid_time_zone");
    r.body["errors"][0]["message"]
        .as_str()
        .expect("a message")
        .to_string()
}

#[actix_web::test]
async fn an_unknown_time_zone_is_422_in_either_language() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let mut body = park_body();
    body["time_zone"] = json!("Asia/Qingdao");

    let en = bad_zone(&app, &admin, "/api/v1/parks", "en", &body).await;
    assert!(
        en.contains("\"Asia/Qingdao\" is not a time zone name"),
        "{en}"
    );
    let zh = bad_zone(&app, &admin, "/api/v1/parks", "zh-CN", &body).await;
    assert!(zh.contains("“Asia/Qingdao”不是有效的时区名称"), "{zh}");

    // Checked with the body's other rules: one 422 lists both.
    body["site_area_m2"] = json!(-1.0);
    let r = app.post("/api/v1/parks", Some(&admin), &body).await;
    let r = r.expect_problem(422, "validation_failed");
    assert_eq!(
        r.error_fields(),
        ["site_area_m2", "time_zone"],
        "{}",
        r.body
    );

    let id = app.create_park(&admin).await;
    let path = format!("/api/v1/parks/{id}");
    let change = json!({"time_zone": "UTC+8"});
    let zh = bad_zone(&app, &admin, &path, "zh-CN", &change).await;
    assert!(zh.contains("请使用 IANA 时区名称"), "{zh}");
    let r = app.get(&path, None).await.expect(200);
    assert_eq!(r.body["time_zone"], "Asia/Shanghai", "nothing changed");
    assert_eq!(r.body["version"], 1);
    let r = app
        .patch(&path, Some(&admin), &json!({"time_zone": null}))
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(r.error_fields(), vec!["time_zone"]);
}

#[actix_web::test]
async fn the_openapi_document_lists_every_time_zone_the_server_takes() {
    let app = spawn_app().await;
    let doc = app.get("/api/v1/openapi.json", None).await.expect(200).body;
    let schemas = &doc["components"]["schemas"];
    let zone = &schemas["TimeZone"];
    assert_eq!(zone["examples"][0], "Asia/Shanghai");
    let names = zone["enum"].as_array().expect("an enum");
    assert!(names.len() > 400, "{} names", names.len());
    assert!(names.contains(&json!("Asia/Shanghai")) && names.contains(&json!("Europe/Berlin")));
    let refers = |v: &serde_json::Value| v.to_string().contains("#/components/schemas/TimeZone");
    for name in ["ParkOut", "CreatePark", "PatchPark"] {
        assert!(
            refers(&schemas[name]["properties"]["time_zone"]),
            "{name}: {}",
            schemas[name]
        );
    }
}

/// An offer's `valid_until` is a date in its park: the sweep, run at chosen
/// instants, expires it when the park's next day begins.
#[actix_web::test]
async fn an_offer_expires_at_midnight_in_its_parks_time_zone() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let (_, op) = app.operator_of(&t.park).await;
    let (_, tenant, application) = reviewed_application(&app).await;
    app.patch(
        &format!("/api/v1/parks/{}", t.park),
        Some(&admin),
        &json!({"time_zone": "Europe/Berlin"}),
    )
    .await
    .expect(200);
    let offer = app
        .post(
            &format!("/api/v1/applications/{application}/offers"),
            Some(&op),
            &json!({"unit_ids": [t.fifth_unit], "start_date": "2100-01-01",
                    "end_date": "2103-01-01", "rent_fen_m2_day": 140,
                    "valid_until": "2099-12-31"}),
        )
        .await
        .expect(201)
        .id();
    let offer = format!("/api/v1/offers/{offer}");
    let sweep = |instant: &'static str| {
        app.with_conn(move |c| {
            upstairs::leasing::upkeep::sweep_expired_offers(c, at(instant)).expect("swept")
        })
    };

    // Past midnight in Qingdao, still the 31st in Berlin.
    assert_eq!(sweep("2099-12-31T16:00:00Z").await, 0);
    assert_eq!(sweep("2099-12-31T22:59:59Z").await, 0);
    let r = app.get(&offer, Some(&tenant)).await.expect(200);
    assert_eq!(r.body["status"], "open");
    // Midnight in Berlin (UTC+1 in winter).
    assert_eq!(sweep("2099-12-31T23:00:00Z").await, 1);
    let r = app.get(&offer, Some(&tenant)).await.expect(200);
    assert_eq!(r.body["status"], "expired");
    assert_eq!(
        app.get(&format!("/api/v1/units/{}", t.fifth_unit), None)
            .await
            .body["status"],
        "available"
    );
}

#[actix_web::test]
async fn in_china_standard_time_an_offer_lasts_until_16_utc() {
    let app = spawn_app().await;
    let t = app.tower().await;
    let (_, op) = app.operator_of(&t.park).await;
    let (_, tenant, application) = reviewed_application(&app).await;
    let offer = app
        .post(
            &format!("/api/v1/applications/{application}/offers"),
            Some(&op),
            &json!({"unit_ids": [t.fifth_unit], "start_date": "2100-01-01",
                    "end_date": "2103-01-01", "rent_fen_m2_day": 140,
                    "valid_until": "2099-12-31"}),
        )
        .await
        .expect(201)
        .id();
    let sweep = |instant: &'static str| {
        app.with_conn(move |c| {
            upstairs::leasing::upkeep::sweep_expired_offers(c, at(instant)).expect("swept")
        })
    };
    assert_eq!(sweep("2099-12-31T15:59:59Z").await, 0);
    assert_eq!(sweep("2099-12-31T16:00:00Z").await, 1);
    let r = app
        .get(&format!("/api/v1/offers/{offer}"), Some(&tenant))
        .await
        .expect(200);
    assert_eq!(r.body["status"], "expired");
}
