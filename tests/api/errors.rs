//! Bad input always gets problem+json and changes nothing.

use serde_json::json;

use crate::helpers::spawn_app;

#[actix_web::test]
async fn malformed_json_is_400_malformed_json() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let res = app
        .client
        .post(format!("{}/api/v1/parks", app.address))
        .bearer_auth(&admin)
        .header("content-type", "application/json")
        .body("{\"name\": ")
        .send()
        .await
        .expect("sent");
    crate::helpers::TestApp::read(res)
        .await
        .expect_problem(400, "malformed_json");
    let list = app.get("/api/v1/parks", None).await.expect(200);
    assert_eq!(list.body["total"], 0, "nothing was created");
}

#[actix_web::test]
async fn unknown_and_client_owned_fields_are_422() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let r = app
        .post(
            "/api/v1/parks",
            Some(&admin),
            &json!({"name": "P", "nmae": "typo"}),
        )
        .await;
    let r = r.expect_problem(422, "validation_failed");
    assert_eq!(r.error_fields(), vec!["nmae"]);
    for field in ["id", "version", "created_at"] {
        let r = app
            .post(
                "/api/v1/parks",
                Some(&admin),
                &json!({"name": "P", field: 1}),
            )
            .await;
        assert_eq!(
            r.expect_problem(422, "validation_failed").error_fields(),
            vec![field.to_string()]
        );
    }
}

#[actix_web::test]
async fn wrong_types_and_missing_fields_name_the_field() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let r = app
        .post(
            &format!("/api/v1/parks/{park}/buildings"),
            Some(&admin),
            &json!({"code": "A1", "kind": "castle"}),
        )
        .await
        .expect_problem(422, "validation_failed");
    // The wrong value and every missing field, at once.
    assert_eq!(
        r.error_fields(),
        vec![
            "floors_above_ground",
            "kind",
            "max_fire_hazard_class",
            "status"
        ]
    );
    let r = app
        .post(
            &format!("/api/v1/parks/{park}/buildings"),
            Some(&admin),
            &json!({"code": "A1"}),
        )
        .await;
    assert_eq!(
        r.expect_problem(422, "validation_failed").body["errors"][0]["code"],
        "required"
    );
}

#[actix_web::test]
async fn bodies_over_one_mib_are_413() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let big = "x".repeat(1024 * 1024 + 10);
    let r = app
        .post("/api/v1/parks", Some(&admin), &json!({"name": big}))
        .await;
    r.expect_problem(413, "payload_too_large");
}

#[actix_web::test]
async fn a_body_that_is_not_json_is_415() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let res = app
        .client
        .post(format!("{}/api/v1/parks", app.address))
        .bearer_auth(&admin)
        .header("content-type", "text/plain")
        .body("name=P")
        .send()
        .await
        .expect("sent");
    crate::helpers::TestApp::read(res)
        .await
        .expect_problem(415, "unsupported_media_type");
}

#[actix_web::test]
async fn bad_path_ids_and_unknown_routes_are_404_problems() {
    let app = spawn_app().await;
    app.get("/api/v1/parks/not-a-uuid", None)
        .await
        .expect_problem(404, "not_found");
    app.get("/api/v1/units/%00%ff", None)
        .await
        .expect_problem(404, "not_found");
    app.get(&format!("/api/v1/parks/{}", uuid::Uuid::now_v7()), None)
        .await
        .expect_problem(404, "not_found");
    app.get("/api/v1/nothing-here", None)
        .await
        .expect_problem(404, "not_found");
}

#[actix_web::test]
async fn bad_query_parameters_are_422_naming_them() {
    let app = spawn_app().await;
    let r = app
        .get("/api/v1/parks?page=0&per_page=500", None)
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(r.error_fields(), vec!["page", "per_page"]);
    let r = app
        .get("/api/v1/parks?pgae=2", None)
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(r.error_fields(), vec!["pgae"]);
    let r = app
        .get("/api/v1/units?min_area_m2=lots", None)
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(r.error_fields(), vec!["min_area_m2"]);
}

#[actix_web::test]
async fn hostile_inputs_never_answer_500() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let bodies = [
        json!(null),
        json!([]),
        json!("string"),
        json!({"name": null}),
        json!({"name": ""}),
        json!({"name": "   "}),
        json!({"name": "P", "site_area_m2": -1}),
        json!({"name": "P", "site_area_m2": 1e308}),
        json!({"name": "P", "target_industries": ["not a code"]}),
        json!({"name": "P", "target_industries": "C27"}),
        json!({"name": {"nested": true}}),
    ];
    for body in bodies {
        let r = app.post("/api/v1/parks", Some(&admin), &body).await;
        assert!(
            r.status.is_client_error(),
            "{body} gave {}: {}",
            r.status,
            r.body
        );
        assert_eq!(
            r.header("content-type").as_deref(),
            Some("application/problem+json")
        );
    }
    assert_eq!(app.get("/api/v1/parks", None).await.body["total"], 0);
}

#[actix_web::test]
async fn a_known_path_with_another_method_is_405_naming_the_allowed_ones() {
    let app = spawn_app().await;
    let t = app.tower().await;
    let r = app
        .request(
            reqwest::Method::PUT,
            &format!("/api/v1/units/{}", t.fifth_unit),
            None,
            None,
            None,
        )
        .await
        .expect_problem(405, "method_not_allowed");
    assert_eq!(
        r.header("allow").as_deref(),
        Some("GET, HEAD, PATCH, DELETE")
    );
    let r = app
        .request(reqwest::Method::DELETE, "/api/v1/units", None, None, None)
        .await
        .expect_problem(405, "method_not_allowed");
    assert_eq!(r.header("allow").as_deref(), Some("GET, HEAD"));
}

#[actix_web::test]
async fn head_answers_wherever_get_does_with_the_same_headers_and_no_body() {
    let app = spawn_app().await;
    let t = app.tower().await;
    let path = format!("/api/v1/units/{}", t.fifth_unit);
    let get = app.get(&path, None).await.expect(200);
    let res = app
        .client
        .head(format!("{}{}", app.address, path))
        .send()
        .await
        .expect("sent");
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(
        res.headers().get("etag").and_then(|v| v.to_str().ok()),
        get.header("etag").as_deref()
    );
    assert!(res.bytes().await.expect("read").is_empty());
    let res = app
        .client
        .head(format!("{}/api/v1/units?per_page=1", app.address))
        .send()
        .await
        .expect("sent");
    assert_eq!(res.status().as_u16(), 200);
}

#[actix_web::test]
async fn null_where_a_value_is_required_is_422_naming_each_field() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let r = app
        .patch(
            &format!("/api/v1/units/{}", t.fifth_unit),
            Some(&admin),
            &json!({"status": null, "fit_out": null, "area_m2": -5}),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(r.error_fields(), vec!["area_m2", "fit_out", "status"]);
    let area = r.body["errors"]
        .as_array()
        .and_then(|e| e.iter().find(|e| e["field"] == "area_m2"))
        .map(|e| e["message"].clone());
    assert_eq!(area, Some(json!("must be more than 0 and at most 1000000")));
}

/// PostgreSQL text cannot hold NUL: such input is a 422 naming the field
/// (it was a 500 there), anonymous login and registration included, and
/// nothing is stored. SQLite answers the same.
#[actix_web::test]
async fn a_nul_character_anywhere_is_422_naming_the_field() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let r = app
        .post(
            "/api/v1/auth/login",
            None,
            &json!({"email": "x\u{0}@y.z", "password": "secret-secret"}),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(r.error_fields(), vec!["email"]);
    assert_eq!(r.body["errors"][0]["code"], "nul_character");
    let r = app
        .post(
            "/api/v1/auth/register",
            None,
            &json!({"email": "a@b.cn", "password": "long-enough-1", "display_name": "A",
                    "organization": {"name": "租\u{0}户"}}),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(r.error_fields(), vec!["organization.name"]);
    app.post("/api/v1/parks", Some(&admin), &json!({"name": "P\u{0}"}))
        .await
        .expect_problem(422, "validation_failed");
    app.get("/api/v1/units?sort=code%00", None)
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(app.get("/api/v1/parks", None).await.body["total"], 0);
}
