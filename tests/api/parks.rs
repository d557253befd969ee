use serde_json::json;

use crate::helpers::{building_body, park_body, spawn_app};

#[actix_web::test]
async fn create_read_update_delete_a_park() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let r = app
        .post("/api/v1/parks", Some(&admin), &park_body())
        .await
        .expect(201);
    let id = r.id();
    assert_eq!(r.body["name"], "源嘉生命科技产业园");
    assert_eq!(r.body["version"], 1);
    assert_eq!(r.header("etag").as_deref(), Some("\"1\""));
    assert_eq!(r.header("location"), Some(format!("/api/v1/parks/{id}")));
    assert!(
        r.body["created_at"]
            .as_str()
            .is_some_and(|t| t.ends_with('Z'))
    );

    let r = app
        .get(&format!("/api/v1/parks/{id}"), None)
        .await
        .expect(200);
    assert_eq!(r.body["target_industries"], json!(["C27", "C35"]));

    let r = app
        .patch(
            &format!("/api/v1/parks/{id}"),
            Some(&admin),
            &json!({"description": "一期", "district": null}),
        )
        .await
        .expect(200);
    assert_eq!(r.body["version"], 2);
    assert_eq!(r.body["description"], "一期");
    assert_eq!(r.body["district"], json!(null));
    assert_eq!(
        r.body["name"], "源嘉生命科技产业园",
        "untouched fields stay"
    );

    app.delete(&format!("/api/v1/parks/{id}"), Some(&admin))
        .await
        .expect(204);
    app.get(&format!("/api/v1/parks/{id}"), None)
        .await
        .expect_problem(404, "not_found");
}

#[actix_web::test]
async fn patch_rejects_null_for_required_fields() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let id = app.create_park(&admin).await;
    let r = app
        .patch(
            &format!("/api/v1/parks/{id}"),
            Some(&admin),
            &json!({"name": null}),
        )
        .await;
    assert_eq!(
        r.expect_problem(422, "validation_failed").error_fields(),
        vec!["name"]
    );
}

#[actix_web::test]
async fn stale_if_match_is_412_and_changes_nothing() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let id = app.create_park(&admin).await;
    let path = format!("/api/v1/parks/{id}");
    app.patch_if(&path, Some(&admin), &json!({"name": "A"}), "\"1\"")
        .await
        .expect(200);
    app.patch_if(&path, Some(&admin), &json!({"name": "B"}), "\"1\"")
        .await
        .expect_problem(412, "precondition_failed");
    let r = app.get(&path, None).await;
    assert_eq!(r.body["name"], "A");
    assert_eq!(r.header("etag").as_deref(), Some("\"2\""));
    app.patch_if(&path, Some(&admin), &json!({"name": "C"}), "*")
        .await
        .expect(200);
    let r = app
        .request(
            reqwest::Method::DELETE,
            &path,
            Some(&admin),
            None,
            Some("\"2\""),
        )
        .await;
    r.expect_problem(412, "precondition_failed");
    let r = app
        .request(
            reqwest::Method::DELETE,
            &path,
            Some(&admin),
            None,
            Some("\"3\""),
        )
        .await;
    r.expect(204);
}

#[actix_web::test]
async fn a_park_with_buildings_cannot_be_deleted() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let id = app.create_park(&admin).await;
    app.create_building(&admin, &id, building_body("A1")).await;
    app.delete(&format!("/api/v1/parks/{id}"), Some(&admin))
        .await
        .expect_problem(409, "conflict");
    app.get(&format!("/api/v1/parks/{id}"), None)
        .await
        .expect(200);
}

#[actix_web::test]
async fn parks_list_pages() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    for i in 0..5 {
        app.post(
            "/api/v1/parks",
            Some(&admin),
            &json!({"name": format!("Park {i}")}),
        )
        .await
        .expect(201);
    }
    let r = app
        .get("/api/v1/parks?page=2&per_page=2", None)
        .await
        .expect(200);
    assert_eq!(r.body["total"], 5);
    assert_eq!(r.body["page"], 2);
    assert_eq!(r.body["per_page"], 2);
    let names: Vec<&str> = r.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert_eq!(names, vec!["Park 2", "Park 3"]);
    let r = app.get("/api/v1/parks?page=9", None).await.expect(200);
    assert_eq!(r.body["items"], json!([]));
    assert_eq!(app.get("/api/v1/parks", None).await.body["per_page"], 50);
}

#[actix_web::test]
async fn target_industries_must_be_gb_t_4754_codes() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let r = app
        .post(
            "/api/v1/parks",
            Some(&admin),
            &json!({"name": "P", "target_industries": ["C27", "pharma"]}),
        )
        .await;
    assert_eq!(
        r.expect_problem(422, "validation_failed").error_fields(),
        vec!["target_industries"]
    );
}
