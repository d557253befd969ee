use serde_json::json;

use crate::helpers::{building_body, lift_body, spawn_app};

#[actix_web::test]
async fn create_list_update_and_delete_lifts() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let b = app
        .create_building(&admin, &park, building_body("T1"))
        .await;
    let r = app
        .post(
            &format!("/api/v1/buildings/{b}/freight-lifts"),
            Some(&admin),
            &lift_body("L1", 5000, -1, 15),
        )
        .await
        .expect(201);
    let id = r.id();
    assert_eq!(r.body["rated_load_kg"], 5000);
    app.create_lift(&admin, &b, lift_body("L2", 3000, 1, 10))
        .await;
    let list = app
        .get(&format!("/api/v1/buildings/{b}/freight-lifts"), None)
        .await
        .expect(200);
    assert_eq!(list.body["total"], 2);
    let r = app
        .patch(
            &format!("/api/v1/freight-lifts/{id}"),
            Some(&admin),
            &json!({"door_width_mm": 2400}),
        )
        .await
        .expect(200);
    assert_eq!(r.body["door_width_mm"], 2400);
    assert_eq!(r.body["version"], 2);
    app.delete(&format!("/api/v1/freight-lifts/{id}"), Some(&admin))
        .await
        .expect(204);
    app.get(&format!("/api/v1/freight-lifts/{id}"), None)
        .await
        .expect_problem(404, "not_found");
}

#[actix_web::test]
async fn lift_levels_are_ordered_and_inside_the_building() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let b = app
        .create_building(&admin, &park, building_body("T1"))
        .await;
    let r = app
        .post(
            &format!("/api/v1/buildings/{b}/freight-lifts"),
            Some(&admin),
            &lift_body("L1", 3000, 10, 2),
        )
        .await;
    assert_eq!(
        r.expect_problem(422, "validation_failed").error_fields(),
        vec!["lowest_level"]
    );
    let r = app
        .post(
            &format!("/api/v1/buildings/{b}/freight-lifts"),
            Some(&admin),
            &lift_body("L1", 3000, 1, 16),
        )
        .await;
    assert_eq!(
        r.expect_problem(422, "validation_failed").error_fields(),
        vec!["highest_level"]
    );
    let mut body = lift_body("L1", 0, 1, 2);
    body["car_width_mm"] = json!(0);
    let r = app
        .post(
            &format!("/api/v1/buildings/{b}/freight-lifts"),
            Some(&admin),
            &body,
        )
        .await;
    assert_eq!(
        r.expect_problem(422, "validation_failed").error_fields(),
        vec!["car_width_mm", "rated_load_kg"]
    );
}

#[actix_web::test]
async fn lift_codes_are_unique_per_building() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let b = app
        .create_building(&admin, &park, building_body("T1"))
        .await;
    app.create_lift(&admin, &b, lift_body("L1", 3000, 1, 15))
        .await;
    app.post(
        &format!("/api/v1/buildings/{b}/freight-lifts"),
        Some(&admin),
        &lift_body("L1", 3000, 1, 15),
    )
    .await
    .expect_problem(409, "conflict");
}
