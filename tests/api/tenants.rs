use serde_json::json;

use crate::applications::{application_body, submitted_application};
use crate::helpers::spawn_app;

#[actix_web::test]
async fn tenants_see_and_edit_their_own_organisation_only() {
    let app = spawn_app().await;
    let (tenant_id, tenant) = app.tenant().await;
    let (other_id, _) = app.tenant().await;
    let r = app.get("/api/v1/tenants", Some(&tenant)).await.expect(200);
    assert_eq!(r.body["total"], 1);
    assert_eq!(r.body["items"][0]["id"], tenant_id);
    app.get(&format!("/api/v1/tenants/{other_id}"), Some(&tenant))
        .await
        .expect_problem(404, "not_found");
    let path = format!("/api/v1/tenants/{tenant_id}");
    let r = app
        .patch(&path, Some(&tenant), &json!({"contact_name": "李娜", "contact_phone": "0532-8888 0000", "credit_code": "91370200163562681G"}))
        .await
        .expect(200);
    assert_eq!(r.body["contact_name"], "李娜");
    let r = app
        .patch(
            &path,
            Some(&tenant),
            &json!({"credit_code": "91370200163562681X"}),
        )
        .await;
    assert_eq!(
        r.expect_problem(422, "validation_failed").error_fields(),
        vec!["credit_code"]
    );
    let r = app
        .patch(&path, Some(&tenant), &json!({"industry_code": "C27701"}))
        .await;
    assert_eq!(
        r.expect_problem(422, "validation_failed").error_fields(),
        vec!["industry_code"]
    );
}

#[actix_web::test]
async fn operators_see_tenants_that_apply_to_or_lease_in_their_parks() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let (_, op) = app.operator_of(&t.park).await;
    let (applicant, applicant_token) = app.tenant().await;
    let (lessee, _) = app.tenant().await;
    let (stranger, _) = app.tenant().await;
    assert_eq!(app.get("/api/v1/tenants", Some(&op)).await.body["total"], 0);
    submitted_application(&app, &applicant_token, &application_body()).await;
    let lease = json!({"tenant_id": lessee, "unit_ids": [t.fifth_unit], "start_date": "2027-01-01", "end_date": "2028-01-01", "rent_fen_m2_day": 150});
    app.post("/api/v1/leases", Some(&op), &lease)
        .await
        .expect(201);
    let r = app.get("/api/v1/tenants", Some(&op)).await.expect(200);
    assert_eq!(r.body["total"], 2);
    app.get(&format!("/api/v1/tenants/{applicant}"), Some(&op))
        .await
        .expect(200);
    app.get(&format!("/api/v1/tenants/{stranger}"), Some(&op))
        .await
        .expect_problem(404, "not_found");
    app.patch(
        &format!("/api/v1/tenants/{applicant}"),
        Some(&op),
        &json!({"name": "x"}),
    )
    .await
    .expect_problem(403, "forbidden");
    assert_eq!(
        app.get("/api/v1/tenants", Some(&admin)).await.body["total"],
        3
    );
}

#[actix_web::test]
async fn staff_record_tenants_for_direct_leases() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (_, tenant) = app.tenant().await;
    let body = json!({"name": "青岛某精密制造有限公司", "industry_code": "C3484"});
    app.post("/api/v1/tenants", Some(&tenant), &body)
        .await
        .expect_problem(403, "forbidden");
    let r = app
        .post("/api/v1/tenants", Some(&admin), &body)
        .await
        .expect(201);
    assert_eq!(r.body["name"], "青岛某精密制造有限公司");
}

#[actix_web::test]
async fn operators_see_the_tenants_they_record_before_any_lease() {
    let app = spawn_app().await;
    let t = app.tower().await;
    let (_, op) = app.operator_of(&t.park).await;
    let (_, other_op) = app.operator_of(&app.tower().await.park).await;
    let body = json!({"name": "青岛某医疗器械有限公司", "industry_code": "C358"});
    let r = app
        .post("/api/v1/tenants", Some(&op), &body)
        .await
        .expect(201);
    let path = format!("/api/v1/tenants/{}", r.body["id"].as_str().unwrap());
    let got = app.get(&path, Some(&op)).await.expect(200);
    assert_eq!(got.body["name"], "青岛某医疗器械有限公司");
    assert_eq!(app.get("/api/v1/tenants", Some(&op)).await.body["total"], 1);
    app.get(&path, Some(&other_op))
        .await
        .expect_problem(404, "not_found");
}
