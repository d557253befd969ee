use serde_json::json;

use crate::helpers::{floor_body, spawn_app, unit_body};

#[actix_web::test]
async fn a_unit_reads_with_its_park_building_level_and_effective_values() {
    let app = spawn_app().await;
    let t = app.tower().await;
    let r = app
        .get(&format!("/api/v1/units/{}", t.fifth_unit), None)
        .await
        .expect(200);
    assert_eq!(r.body["park_id"], t.park);
    assert_eq!(r.body["building_id"], t.building);
    assert_eq!(r.body["floor_id"], t.fifth);
    assert_eq!(r.body["level"], 5);
    assert_eq!(r.body["live_load_kn_m2"], 8.0);
    assert_eq!(r.body["clear_height_mm"], 3800);
    assert_eq!(r.body["power_kva"], 800.0);
    assert_eq!(r.body["overrides"]["live_load_kn_m2"], json!(null));
    assert_eq!(r.header("etag").as_deref(), Some("\"1\""));
}

#[actix_web::test]
async fn overrides_replace_the_floor_values_until_cleared() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let path = format!("/api/v1/units/{}", t.fifth_unit);
    let r = app
        .patch(
            &path,
            Some(&admin),
            &json!({"live_load_kn_m2": 10.0, "clear_height_mm": 4200, "power_kva": 250.0}),
        )
        .await
        .expect(200);
    assert_eq!(r.body["live_load_kn_m2"], 10.0);
    assert_eq!(r.body["clear_height_mm"], 4200);
    assert_eq!(r.body["power_kva"], 250.0);
    assert_eq!(r.body["overrides"]["clear_height_mm"], 4200);
    let r = app
        .patch(&path, Some(&admin), &json!({"live_load_kn_m2": null}))
        .await
        .expect(200);
    assert_eq!(r.body["live_load_kn_m2"], 8.0);
    assert_eq!(r.body["version"], 3);
    let r = app
        .patch(&path, Some(&admin), &json!({"clear_height_mm": 4600}))
        .await;
    assert_eq!(
        r.expect_problem(422, "validation_failed").error_fields(),
        vec!["clear_height_mm"]
    );
}

#[actix_web::test]
async fn adjacency_is_symmetric_and_limited_to_one_floor() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let a = t.fifth_unit.clone();
    let mut body = unit_body("T1-0502", 500.0);
    body["adjacent_unit_ids"] = json!([a]);
    let b = app.create_unit(&admin, &t.fifth, body).await;
    let ra = app
        .get(&format!("/api/v1/units/{a}"), None)
        .await
        .expect(200);
    assert_eq!(ra.body["adjacent_unit_ids"], json!([b]));
    let mut body = unit_body("T1-0503", 400.0);
    body["adjacent_unit_ids"] = json!([b]);
    let c = app.create_unit(&admin, &t.fifth, body).await;
    let rb = app
        .get(&format!("/api/v1/units/{b}"), None)
        .await
        .expect(200);
    let mut expected = vec![a.clone(), c.clone()];
    expected.sort();
    assert_eq!(rb.body["adjacent_unit_ids"], json!(expected));

    app.patch(
        &format!("/api/v1/units/{b}"),
        Some(&admin),
        &json!({"adjacent_unit_ids": []}),
    )
    .await
    .expect(200);
    assert_eq!(
        app.get(&format!("/api/v1/units/{a}"), None).await.body["adjacent_unit_ids"],
        json!([])
    );
    assert_eq!(
        app.get(&format!("/api/v1/units/{c}"), None).await.body["adjacent_unit_ids"],
        json!([])
    );

    let r = app
        .patch(
            &format!("/api/v1/units/{b}"),
            Some(&admin),
            &json!({"adjacent_unit_ids": [t.ground_unit, b, uuid::Uuid::now_v7()]}),
        )
        .await;
    let r = r.expect_problem(422, "validation_failed");
    let codes: Vec<&str> = r.body["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .filter_map(|e| e["code"].as_str())
        .collect();
    assert_eq!(codes, vec!["not_same_floor", "self", "unknown_unit"]);
}

#[actix_web::test]
async fn deleting_a_unit_removes_it_from_its_neighbours() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let mut body = unit_body("T1-0502", 500.0);
    body["adjacent_unit_ids"] = json!([t.fifth_unit]);
    let b = app.create_unit(&admin, &t.fifth, body).await;
    app.delete(&format!("/api/v1/units/{b}"), Some(&admin))
        .await
        .expect(204);
    let r = app
        .get(&format!("/api/v1/units/{}", t.fifth_unit), None)
        .await
        .expect(200);
    assert_eq!(r.body["adjacent_unit_ids"], json!([]));
}

#[actix_web::test]
async fn only_available_and_unavailable_are_set_by_hand() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let mut body = unit_body("T1-0509", 100.0);
    body["status"] = json!("leased");
    let r = app
        .post(
            &format!("/api/v1/floors/{}/units", t.fifth),
            Some(&admin),
            &body,
        )
        .await;
    assert_eq!(
        r.expect_problem(422, "validation_failed").error_fields(),
        vec!["status"]
    );
    let path = format!("/api/v1/units/{}", t.fifth_unit);
    app.patch(&path, Some(&admin), &json!({"status": "reserved"}))
        .await
        .expect_problem(422, "validation_failed");
    let r = app
        .patch(&path, Some(&admin), &json!({"status": "unavailable"}))
        .await
        .expect(200);
    assert_eq!(r.body["status"], "unavailable");
}

#[actix_web::test]
async fn units_cannot_cover_more_than_their_floor() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    // The fifth floor is 2000 m² and already has a 600 m² unit.
    let r = app
        .post(
            &format!("/api/v1/floors/{}/units", t.fifth),
            Some(&admin),
            &unit_body("T1-0502", 1400.5),
        )
        .await;
    assert_eq!(
        r.expect_problem(422, "validation_failed").error_fields(),
        vec!["area_m2"]
    );
    app.create_unit(&admin, &t.fifth, unit_body("T1-0502", 1400.0))
        .await;
}

#[actix_web::test]
async fn unit_codes_are_unique_per_building_across_floors() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    app.post(
        &format!("/api/v1/floors/{}/units", t.ground),
        Some(&admin),
        &unit_body("T1-0501", 10.0),
    )
    .await
    .expect_problem(409, "conflict");
}

#[actix_web::test]
async fn unit_fields_are_validated() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let body = json!({"code": "", "area_m2": -3, "status": "available", "asking_rent_fen_m2_day": -1,
        "fit_out": "bare_shell", "live_load_kn_m2": 0});
    let r = app
        .post(
            &format!("/api/v1/floors/{}/units", t.fifth),
            Some(&admin),
            &body,
        )
        .await;
    assert_eq!(
        r.expect_problem(422, "validation_failed").error_fields(),
        vec![
            "area_m2",
            "asking_rent_fen_m2_day",
            "code",
            "live_load_kn_m2"
        ]
    );
    let mut body = unit_body("X1", 10.0);
    body["fit_out"] = json!("marble");
    app.post(
        &format!("/api/v1/floors/{}/units", t.fifth),
        Some(&admin),
        &body,
    )
    .await
    .expect_problem(422, "validation_failed");
}

#[actix_web::test]
async fn units_on_a_floor_are_listed_by_code() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    app.create_unit(&admin, &t.fifth, unit_body("T1-0500", 10.0))
        .await;
    let r = app
        .get(&format!("/api/v1/floors/{}/units", t.fifth), None)
        .await
        .expect(200);
    let codes: Vec<&str> = r.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|u| u["code"].as_str())
        .collect();
    assert_eq!(codes, vec!["T1-0500", "T1-0501"]);
    let f = app
        .create_floor(&admin, &t.building, floor_body(7, 4500, 3800, 7.0, 500.0))
        .await;
    assert_eq!(
        app.get(&format!("/api/v1/floors/{f}/units"), None)
            .await
            .body["total"],
        0
    );
}

/// Without `If-Match` the last write wins: changes racing on one unit all
/// succeed, one after another (on PostgreSQL most once answered 412).
#[actix_web::test]
async fn racing_changes_without_if_match_all_succeed() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let path = format!("/api/v1/units/{}", t.fifth_unit);
    let requests = (0..20).map(|i| {
        let (app, admin, path) = (&app, admin.clone(), path.clone());
        async move {
            app.patch(
                &path,
                Some(&admin),
                &serde_json::json!({"asking_rent_fen_m2_day": 100 + i}),
            )
            .await
        }
    });
    let statuses: Vec<u16> = futures_util::future::join_all(requests)
        .await
        .iter()
        .map(|r| r.status.as_u16())
        .collect();
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    let unit = app.get(&path, None).await.expect(200);
    assert_eq!(unit.body["version"], 21);
}
