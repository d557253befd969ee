use serde_json::json;

use crate::helpers::{building_body, floor_body, spawn_app, unit_body};

#[actix_web::test]
async fn floors_are_listed_top_down_and_levels_are_unique() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let b = app
        .create_building(&admin, &park, building_body("T1"))
        .await;
    for level in [1, 5, -1, 15] {
        app.create_floor(&admin, &b, floor_body(level, 5000, 4000, 8.0, 1500.0))
            .await;
    }
    let r = app
        .get(&format!("/api/v1/buildings/{b}/floors"), None)
        .await
        .expect(200);
    let levels: Vec<i64> = r.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|f| f["level"].as_i64())
        .collect();
    assert_eq!(levels, vec![15, 5, 1, -1]);
    app.post(
        &format!("/api/v1/buildings/{b}/floors"),
        Some(&admin),
        &floor_body(5, 5000, 4000, 8.0, 1500.0),
    )
    .await
    .expect_problem(409, "conflict");
}

#[actix_web::test]
async fn floor_levels_must_exist_in_the_building() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let b = app
        .create_building(&admin, &park, building_body("T1"))
        .await;
    for level in [0, 16, -2] {
        let r = app
            .post(
                &format!("/api/v1/buildings/{b}/floors"),
                Some(&admin),
                &floor_body(level, 5000, 4000, 8.0, 1500.0),
            )
            .await;
        assert_eq!(
            r.expect_problem(422, "validation_failed").error_fields(),
            vec!["level"],
            "level {level}"
        );
    }
}

#[actix_web::test]
async fn clear_height_cannot_exceed_floor_height() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let b = app
        .create_building(&admin, &park, building_body("T1"))
        .await;
    let r = app
        .post(
            &format!("/api/v1/buildings/{b}/floors"),
            Some(&admin),
            &floor_body(2, 4500, 4600, 8.0, 1500.0),
        )
        .await;
    assert_eq!(
        r.expect_problem(422, "validation_failed").error_fields(),
        vec!["clear_height_mm"]
    );
    let f = app
        .create_floor(&admin, &b, floor_body(2, 4500, 4500, 8.0, 1500.0))
        .await;
    let r = app
        .patch(
            &format!("/api/v1/floors/{f}"),
            Some(&admin),
            &json!({"floor_height_mm": 4000}),
        )
        .await;
    assert_eq!(
        r.expect_problem(422, "validation_failed").error_fields(),
        vec!["clear_height_mm"]
    );
}

#[actix_web::test]
async fn floor_values_are_range_checked() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let b = app
        .create_building(&admin, &park, building_body("T1"))
        .await;
    let body = json!({"level": 3, "floor_height_mm": 0, "clear_height_mm": -5, "live_load_kn_m2": 0.0,
        "area_m2": 0, "power_kva": -1, "column_grid_x_mm": 0});
    let r = app
        .post(
            &format!("/api/v1/buildings/{b}/floors"),
            Some(&admin),
            &body,
        )
        .await;
    assert_eq!(
        r.expect_problem(422, "validation_failed").error_fields(),
        vec![
            "area_m2",
            "clear_height_mm",
            "column_grid_x_mm",
            "floor_height_mm",
            "live_load_kn_m2",
            "power_kva"
        ]
    );
}

#[actix_web::test]
async fn a_floor_keeps_room_for_its_units_and_cannot_be_deleted_with_them() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let b = app
        .create_building(&admin, &park, building_body("T1"))
        .await;
    let f = app
        .create_floor(&admin, &b, floor_body(3, 5000, 4000, 8.0, 1000.0))
        .await;
    let u = app
        .create_unit(&admin, &f, unit_body("T1-0301", 700.0))
        .await;
    let r = app
        .patch(
            &format!("/api/v1/floors/{f}"),
            Some(&admin),
            &json!({"area_m2": 600.0}),
        )
        .await;
    assert_eq!(
        r.expect_problem(422, "validation_failed").error_fields(),
        vec!["area_m2"]
    );
    app.delete(&format!("/api/v1/floors/{f}"), Some(&admin))
        .await
        .expect_problem(409, "conflict");
    app.delete(&format!("/api/v1/units/{u}"), Some(&admin))
        .await
        .expect(204);
    app.delete(&format!("/api/v1/floors/{f}"), Some(&admin))
        .await
        .expect(204);
}

#[actix_web::test]
async fn has_utility_shaft_defaults_to_false() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let b = app
        .create_building(&admin, &park, building_body("T1"))
        .await;
    let f = app
        .create_floor(&admin, &b, floor_body(3, 5000, 4000, 8.0, 1000.0))
        .await;
    let r = app
        .get(&format!("/api/v1/floors/{f}"), None)
        .await
        .expect(200);
    assert_eq!(r.body["has_utility_shaft"], false);
    assert_eq!(r.body["live_load_kn_m2"], 8.0);
}
