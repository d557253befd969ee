use serde_json::json;

use crate::applications::reviewed_application;
use crate::helpers::{park_body, spawn_app};

#[actix_web::test]
async fn inventory_changes_are_recorded_with_who_and_what() {
    let app = spawn_app().await;
    let t = app.tower().await;
    let (op_id, op) = app.operator_of(&t.park).await;
    app.patch(
        &format!("/api/v1/units/{}", t.fifth_unit),
        Some(&op),
        &json!({"asking_rent_fen_m2_day": 175}),
    )
    .await
    .expect(200);
    let r = app
        .get(
            &format!("/api/v1/audit?entity_type=unit&entity_id={}", t.fifth_unit),
            Some(&op),
        )
        .await
        .expect(200);
    assert_eq!(r.body["total"], 2, "create and update");
    let latest = &r.body["items"][0];
    assert_eq!(latest["action"], "update");
    assert_eq!(latest["actor_id"], op_id);
    assert_eq!(latest["park_id"], t.park);
    assert_eq!(
        latest["changes"],
        json!({"asking_rent_fen_m2_day": {"before": 150, "after": 175}})
    );
    assert_eq!(r.body["items"][1]["action"], "create");
}

#[actix_web::test]
async fn operators_read_their_parks_only_and_tenants_none() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let other = app
        .post("/api/v1/parks", Some(&admin), &park_body())
        .await
        .expect(201)
        .id();
    let (_, op) = app.operator_of(&other).await;
    let (_, tenant) = app.tenant().await;
    let r = app
        .get(&format!("/api/v1/audit?entity_id={}", t.park), Some(&op))
        .await
        .expect(200);
    assert_eq!(r.body["total"], 0);
    let r = app
        .get(&format!("/api/v1/audit?entity_id={}", t.park), Some(&admin))
        .await
        .expect(200);
    assert_eq!(r.body["total"], 1);
    app.get("/api/v1/audit", Some(&tenant))
        .await
        .expect_problem(403, "forbidden");
}

#[actix_web::test]
async fn application_transitions_and_offers_are_recorded() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let (_, _, application) = reviewed_application(&app).await;
    let body = json!({"unit_ids": [t.fifth_unit], "start_date": "2027-03-01", "end_date": "2030-03-01", "rent_fen_m2_day": 140, "valid_until": "2099-01-01"});
    let offer = app
        .post(
            &format!("/api/v1/applications/{application}/offers"),
            Some(&admin),
            &body,
        )
        .await
        .expect(201)
        .id();
    let r = app
        .get(
            &format!("/api/v1/audit?entity_type=application&entity_id={application}"),
            Some(&admin),
        )
        .await
        .expect(200);
    let actions: Vec<&str> = r.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    assert_eq!(actions, vec!["review", "submit", "create"]);
    let r = app
        .get(
            &format!("/api/v1/audit?entity_type=offer&entity_id={offer}"),
            Some(&admin),
        )
        .await
        .expect(200);
    assert_eq!(r.body["items"][0]["action"], "create");
}

#[actix_web::test]
async fn user_administration_is_recorded_without_secrets() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let (op, _) = app.operator_of(&park).await;
    app.patch(
        &format!("/api/v1/users/{op}"),
        Some(&admin),
        &json!({"password": "new-password-9", "display_name": "Ops"}),
    )
    .await
    .expect(200);
    let r = app
        .get(
            &format!("/api/v1/audit?entity_type=user&entity_id={op}"),
            Some(&admin),
        )
        .await
        .expect(200);
    let latest = &r.body["items"][0];
    assert_eq!(latest["action"], "update");
    assert_eq!(latest["changes"]["password"], "changed");
    assert_eq!(latest["changes"]["display_name"]["after"], "Ops");
    assert!(
        !latest["changes"].to_string().contains("argon2"),
        "no hash in the trail"
    );
    let r = app
        .get(
            &format!("/api/v1/audit?entity_type=park&entity_id={park}"),
            Some(&admin),
        )
        .await
        .expect(200);
    assert_eq!(r.body["items"][0]["action"], "assign_operator");
    assert_eq!(r.body["items"][0]["changes"]["user_id"], op);
}
