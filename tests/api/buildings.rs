use serde_json::json;

use crate::helpers::{building_body, floor_body, lift_body, spawn_app};

#[actix_web::test]
async fn create_list_update_and_delete_buildings() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let r = app
        .post(
            &format!("/api/v1/parks/{park}/buildings"),
            Some(&admin),
            &building_body("A1"),
        )
        .await
        .expect(201);
    let id = r.id();
    assert_eq!(r.body["park_id"], park);
    assert_eq!(r.body["kind"], "industrial_tower");
    assert_eq!(r.body["max_fire_hazard_class"], "c");
    app.create_building(&admin, &park, json!({"code": "B1", "kind": "multi_storey_factory", "floors_above_ground": 5,
        "status": "under_construction", "completion_date": "2027-06-30", "max_fire_hazard_class": "b"})).await;
    let list = app
        .get(&format!("/api/v1/parks/{park}/buildings"), None)
        .await
        .expect(200);
    assert_eq!(list.body["total"], 2);
    assert_eq!(list.body["items"][1]["completion_date"], "2027-06-30");
    assert_eq!(list.body["items"][1]["floors_below_ground"], 0);

    let r = app
        .patch(
            &format!("/api/v1/buildings/{id}"),
            Some(&admin),
            &json!({"status": "completed", "name": null}),
        )
        .await
        .expect(200);
    assert_eq!(r.body["status"], "completed");
    assert_eq!(r.body["name"], json!(null));
    app.delete(&format!("/api/v1/buildings/{id}"), Some(&admin))
        .await
        .expect(204);
    app.get(&format!("/api/v1/buildings/{id}"), None)
        .await
        .expect_problem(404, "not_found");
}

#[actix_web::test]
async fn building_codes_are_unique_per_park_only() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let p1 = app.create_park(&admin).await;
    let p2 = app.create_park(&admin).await;
    app.create_building(&admin, &p1, building_body("A1")).await;
    app.post(
        &format!("/api/v1/parks/{p1}/buildings"),
        Some(&admin),
        &building_body("A1"),
    )
    .await
    .expect_problem(409, "conflict");
    app.create_building(&admin, &p2, building_body("A1")).await;
    let b = app.create_building(&admin, &p1, building_body("A2")).await;
    app.patch(
        &format!("/api/v1/buildings/{b}"),
        Some(&admin),
        &json!({"code": "A1"}),
    )
    .await
    .expect_problem(409, "conflict");
}

#[actix_web::test]
async fn building_fields_are_validated() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let mut body = building_body("A 1");
    body["floors_above_ground"] = json!(0);
    body["floors_below_ground"] = json!(-1);
    body["max_fire_hazard_class"] = json!("f");
    let r = app
        .post(
            &format!("/api/v1/parks/{park}/buildings"),
            Some(&admin),
            &body,
        )
        .await;
    assert_eq!(
        r.expect_problem(422, "validation_failed").error_fields(),
        vec!["max_fire_hazard_class"]
    );
    body["max_fire_hazard_class"] = json!("a");
    let r = app
        .post(
            &format!("/api/v1/parks/{park}/buildings"),
            Some(&admin),
            &body,
        )
        .await;
    assert_eq!(
        r.expect_problem(422, "validation_failed").error_fields(),
        vec!["code", "floors_above_ground", "floors_below_ground"]
    );
    app.post(
        &format!("/api/v1/parks/{}/buildings", uuid::Uuid::now_v7()),
        Some(&admin),
        &building_body("A1"),
    )
    .await
    .expect_problem(404, "not_found");
}

#[actix_web::test]
async fn a_building_cannot_shrink_below_its_floors_and_lifts() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let b = app
        .create_building(&admin, &park, building_body("A1"))
        .await;
    app.create_floor(&admin, &b, floor_body(12, 4500, 3800, 8.0, 1000.0))
        .await;
    app.create_lift(&admin, &b, lift_body("L1", 3000, -1, 15))
        .await;
    let r = app
        .patch(
            &format!("/api/v1/buildings/{b}"),
            Some(&admin),
            &json!({"floors_above_ground": 10, "floors_below_ground": 0}),
        )
        .await;
    assert_eq!(
        r.expect_problem(422, "validation_failed").error_fields(),
        vec!["floors_above_ground", "floors_below_ground"]
    );
    app.delete(&format!("/api/v1/buildings/{b}"), Some(&admin))
        .await
        .expect_problem(409, "conflict");
}
