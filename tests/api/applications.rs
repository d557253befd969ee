use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

pub fn application_body() -> Value {
    json!({"industry_code": "C2770", "use": "production", "min_area_m2": 500.0, "max_area_m2": 900.0,
           "min_live_load_kn_m2": 7.5, "fire_hazard_class": "c", "needs_utility_shaft": false,
           "move_in_date": "2027-03-01", "lease_months": 36})
}

/// Creates an application with `body` as the tenant and submits it.
pub async fn submitted_application(app: &TestApp, tenant: &str, body: &Value) -> String {
    let id = app
        .post("/api/v1/applications", Some(tenant), body)
        .await
        .expect(201)
        .id();
    app.post(
        &format!("/api/v1/applications/{id}/submit"),
        Some(tenant),
        &json!({}),
    )
    .await
    .expect(200);
    id
}

/// A tenant, and their application moved on to `under_review` by an admin.
pub async fn reviewed_application(app: &TestApp) -> (String, String, String) {
    let (tenant_id, tenant) = app.tenant().await;
    let id = submitted_application(app, &tenant, &application_body()).await;
    let admin = app.admin().await;
    app.post(
        &format!("/api/v1/applications/{id}/review"),
        Some(&admin),
        &json!({}),
    )
    .await
    .expect(200);
    (tenant_id, tenant, id)
}

#[actix_web::test]
async fn a_tenant_creates_a_draft_for_their_own_organisation() {
    let app = spawn_app().await;
    let (tenant_id, tenant) = app.tenant().await;
    let r = app
        .post("/api/v1/applications", Some(&tenant), &application_body())
        .await
        .expect(201);
    assert_eq!(r.body["status"], "draft");
    assert_eq!(r.body["tenant_id"], tenant_id);
    assert_eq!(r.body["use"], "production");
    assert_eq!(r.body["allow_combined_units"], true);
    let mut body = application_body();
    body["tenant_id"] = json!(tenant_id);
    app.post("/api/v1/applications", Some(&tenant), &body)
        .await
        .expect_problem(422, "validation_failed");
}

#[actix_web::test]
async fn staff_create_on_behalf_of_a_tenant() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (tenant_id, tenant) = app.tenant().await;
    app.post("/api/v1/applications", Some(&admin), &application_body())
        .await
        .expect_problem(422, "validation_failed");
    let mut body = application_body();
    body["tenant_id"] = json!(tenant_id);
    let id = app
        .post("/api/v1/applications", Some(&admin), &body)
        .await
        .expect(201)
        .id();
    app.get(&format!("/api/v1/applications/{id}"), Some(&tenant))
        .await
        .expect(200);
}

#[actix_web::test]
async fn application_fields_are_validated() {
    let app = spawn_app().await;
    let (_, tenant) = app.tenant().await;
    let mut body = application_body();
    body["industry_code"] = json!("pharma");
    body["min_area_m2"] = json!(0);
    body["lease_months"] = json!(0);
    body["heaviest_item"] =
        json!({"weight_kg": 3000, "length_mm": 0, "width_mm": 1200, "height_mm": 1800});
    body["fire_hazard_class"] = json!("c");
    let r = app
        .post("/api/v1/applications", Some(&tenant), &body)
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(
        r.error_fields(),
        vec![
            "heaviest_item.length_mm",
            "industry_code",
            "lease_months",
            "min_area_m2"
        ]
    );
    let mut body = application_body();
    body["max_area_m2"] = json!(100.0);
    app.post("/api/v1/applications", Some(&tenant), &body)
        .await
        .expect_problem(422, "validation_failed");
    let mut body = application_body();
    body["status"] = json!("submitted");
    let r = app
        .post("/api/v1/applications", Some(&tenant), &body)
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(r.error_fields(), vec!["status"]);
}

#[actix_web::test]
async fn drafts_can_be_edited_and_submitted_ones_cannot() {
    let app = spawn_app().await;
    let (_, tenant) = app.tenant().await;
    let id = app
        .post("/api/v1/applications", Some(&tenant), &application_body())
        .await
        .expect(201)
        .id();
    let path = format!("/api/v1/applications/{id}");
    let r = app.patch(&path, Some(&tenant), &json!({"min_area_m2": 600.0, "heaviest_item": {"weight_kg": 2500, "length_mm": 2000, "width_mm": 1200, "height_mm": 1900}})).await.expect(200);
    assert_eq!(r.body["min_area_m2"], 600.0);
    assert_eq!(r.body["heaviest_item"]["weight_kg"], 2500.0);
    app.patch(&path, Some(&tenant), &json!({"min_area_m2": 1000.0}))
        .await
        .expect_problem(422, "validation_failed");
    app.post(&format!("{path}/submit"), Some(&tenant), &json!({}))
        .await
        .expect(200);
    app.patch(&path, Some(&tenant), &json!({"notes": "x"}))
        .await
        .expect_problem(409, "invalid_transition");
}

#[actix_web::test]
async fn the_state_machine_refuses_illegal_transitions() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (_, tenant) = app.tenant().await;
    let id = app
        .post("/api/v1/applications", Some(&tenant), &application_body())
        .await
        .expect(201)
        .id();
    let path = |a: &str| format!("/api/v1/applications/{id}/{a}");
    app.post(&path("review"), Some(&admin), &json!({}))
        .await
        .expect_problem(409, "invalid_transition");
    app.post(&path("submit"), Some(&tenant), &json!({}))
        .await
        .expect(200);
    app.post(&path("submit"), Some(&tenant), &json!({}))
        .await
        .expect_problem(409, "invalid_transition");
    app.post(&path("review"), Some(&tenant), &json!({}))
        .await
        .expect_problem(409, "invalid_transition");
    let r = app
        .post(&path("review"), Some(&admin), &json!({}))
        .await
        .expect(200);
    assert_eq!(r.body["status"], "under_review");
    let r = app
        .post(&path("reject"), Some(&admin), &json!({}))
        .await
        .expect(200);
    assert_eq!(r.body["status"], "rejected");
    app.post(&path("withdraw"), Some(&tenant), &json!({}))
        .await
        .expect_problem(409, "invalid_transition");
}

#[actix_web::test]
async fn withdrawing_is_possible_from_draft() {
    let app = spawn_app().await;
    let (_, tenant) = app.tenant().await;
    let id = app
        .post("/api/v1/applications", Some(&tenant), &application_body())
        .await
        .expect(201)
        .id();
    let r = app
        .post(
            &format!("/api/v1/applications/{id}/withdraw"),
            Some(&tenant),
            &json!({}),
        )
        .await
        .expect(200);
    assert_eq!(r.body["status"], "withdrawn");
}

#[actix_web::test]
async fn applications_are_visible_to_their_tenant_and_the_parks_concerned() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park_a = app.create_park(&admin).await;
    let park_b = app.create_park(&admin).await;
    let (_, op_a) = app.operator_of(&park_a).await;
    let (_, op_b) = app.operator_of(&park_b).await;
    let (_, tenant) = app.tenant().await;
    let (_, stranger) = app.tenant().await;
    let mut body = application_body();
    body["preferred_park_ids"] = json!([park_a]);
    let id = app
        .post("/api/v1/applications", Some(&tenant), &body)
        .await
        .expect(201)
        .id();
    let path = format!("/api/v1/applications/{id}");
    // Drafts are the tenant's own business.
    app.get(&path, Some(&op_a))
        .await
        .expect_problem(404, "not_found");
    app.post(&format!("{path}/submit"), Some(&tenant), &json!({}))
        .await
        .expect(200);
    app.get(&path, Some(&op_a)).await.expect(200);
    app.get(&path, Some(&op_b))
        .await
        .expect_problem(404, "not_found");
    app.get(&path, Some(&stranger))
        .await
        .expect_problem(404, "not_found");
    app.post(&format!("{path}/review"), Some(&op_b), &json!({}))
        .await
        .expect_problem(404, "not_found");
    assert_eq!(
        app.get("/api/v1/applications", Some(&op_a)).await.body["total"],
        1
    );
    assert_eq!(
        app.get("/api/v1/applications", Some(&op_b)).await.body["total"],
        0
    );
    assert_eq!(
        app.get("/api/v1/applications", Some(&stranger)).await.body["total"],
        0
    );
    app.get("/api/v1/applications", None)
        .await
        .expect_problem(401, "unauthorized");
}

/// An operator files an application on a tenant's behalf only for its own
/// parks (one of them, or none named), and can then read it, draft and all.
#[actix_web::test]
async fn an_operator_files_only_for_its_own_parks_and_reads_what_it_filed() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let mine = app.create_park(&admin).await;
    let theirs = app.create_park(&admin).await;
    let (_, op) = app.operator_of(&mine).await;
    let (tenant_id, _) = app.tenant().await;
    let body = |parks: Vec<&str>| {
        let mut b = application_body();
        b["tenant_id"] = json!(tenant_id);
        b["preferred_park_ids"] = json!(parks);
        b
    };
    app.post("/api/v1/applications", Some(&op), &body(vec![&theirs]))
        .await
        .expect_problem(403, "forbidden");
    for parks in [vec![mine.as_str()], vec![]] {
        let id = app
            .post("/api/v1/applications", Some(&op), &body(parks))
            .await
            .expect(201)
            .id();
        let read = app
            .get(&format!("/api/v1/applications/{id}"), Some(&op))
            .await
            .expect(200);
        assert_eq!(read.body["status"], "draft");
        // … and may not point it at another park afterwards.
        app.patch(
            &format!("/api/v1/applications/{id}"),
            Some(&op),
            &json!({"preferred_park_ids": [theirs]}),
        )
        .await
        .expect_problem(403, "forbidden");
    }
    let listed = app.get("/api/v1/applications", Some(&op)).await.expect(200);
    assert_eq!(listed.body["total"], 2);
}

#[actix_web::test]
async fn an_operator_rejects_only_applications_wholly_for_its_parks() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park_a = app.create_park(&admin).await;
    let park_b = app.create_park(&admin).await;
    let (_, op_a) = app.operator_of(&park_a).await;
    let (_, tenant) = app.tenant().await;
    let reject = |id: String| format!("/api/v1/applications/{id}/reject");
    // Naming no park, it is open to every park: one operator may not close it.
    let open = submitted_application(&app, &tenant, &application_body()).await;
    app.post(&reject(open.clone()), Some(&op_a), &json!({}))
        .await
        .expect_problem(403, "forbidden");
    let mut body = application_body();
    body["preferred_park_ids"] = json!([park_a, park_b]);
    let shared = submitted_application(&app, &tenant, &body).await;
    app.post(&reject(shared), Some(&op_a), &json!({}))
        .await
        .expect_problem(403, "forbidden");
    body["preferred_park_ids"] = json!([park_a]);
    let own = submitted_application(&app, &tenant, &body).await;
    let r = app
        .post(&reject(own), Some(&op_a), &json!({}))
        .await
        .expect(200);
    assert_eq!(r.body["status"], "rejected");
    let r = app
        .post(&reject(open), Some(&admin), &json!({}))
        .await
        .expect(200);
    assert_eq!(r.body["status"], "rejected");
}
