use serde_json::json;

use crate::helpers::{PASSWORD, spawn_app};

#[actix_web::test]
async fn admin_creates_users_of_each_role() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (tenant_id, _) = app.tenant().await;
    for (role, tenant) in [
        ("admin", None),
        ("operator", None),
        ("tenant", Some(tenant_id.as_str())),
    ] {
        let mut body = json!({"email": format!("{role}@new.cn"), "password": PASSWORD, "display_name": role, "role": role});
        if let Some(t) = tenant {
            body["tenant_id"] = json!(t);
        }
        let r = app
            .post("/api/v1/users", Some(&admin), &body)
            .await
            .expect(201);
        assert_eq!(r.body["role"], role);
        assert!(r.header("location").is_some_and(|l| l.ends_with(&r.id())));
    }
    let list = app
        .get("/api/v1/users?role=operator", Some(&admin))
        .await
        .expect(200);
    assert_eq!(list.body["total"], 1);
}

#[actix_web::test]
async fn tenant_users_need_an_existing_tenant_and_staff_none() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let base = json!({"email": "x@new.cn", "password": PASSWORD, "display_name": "X"});
    let mut b = base.clone();
    b["role"] = json!("tenant");
    let r = app
        .post("/api/v1/users", Some(&admin), &b)
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(r.error_fields(), vec!["tenant_id"]);
    b["tenant_id"] = json!(uuid::Uuid::now_v7());
    app.post("/api/v1/users", Some(&admin), &b)
        .await
        .expect_problem(422, "validation_failed");
    let (tenant_id, _) = app.tenant().await;
    let mut b = base;
    b["role"] = json!("operator");
    b["tenant_id"] = json!(tenant_id);
    app.post("/api/v1/users", Some(&admin), &b)
        .await
        .expect_problem(422, "validation_failed");
}

#[actix_web::test]
async fn disabling_a_user_revokes_their_token_at_once() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (id, token) = app.user("operator", None).await;
    app.get("/api/v1/me", Some(&token)).await.expect(200);
    app.patch(
        &format!("/api/v1/users/{id}"),
        Some(&admin),
        &json!({"disabled": true}),
    )
    .await
    .expect(200);
    app.get("/api/v1/me", Some(&token))
        .await
        .expect_problem(401, "unauthorized");
    let r = app
        .get(&format!("/api/v1/users/{id}"), Some(&admin))
        .await
        .expect(200);
    assert_eq!(r.body["disabled"], true);
    // Enabled again, the account needs a new login: the old token stays dead.
    app.patch(
        &format!("/api/v1/users/{id}"),
        Some(&admin),
        &json!({"disabled": false}),
    )
    .await
    .expect(200);
    app.get("/api/v1/me", Some(&token))
        .await
        .expect_problem(401, "unauthorized");
}

#[actix_web::test]
async fn a_role_change_takes_effect_on_the_next_request() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (id, token) = app.user("admin", None).await;
    app.post("/api/v1/parks", Some(&token), &crate::helpers::park_body())
        .await
        .expect(201);
    app.patch(
        &format!("/api/v1/users/{id}"),
        Some(&admin),
        &json!({"role": "operator"}),
    )
    .await
    .expect(200);
    app.post("/api/v1/parks", Some(&token), &crate::helpers::park_body())
        .await
        .expect_problem(403, "forbidden");
    assert_eq!(
        app.get("/api/v1/me", Some(&token)).await.body["role"],
        "operator"
    );
}

#[actix_web::test]
async fn deleting_a_user_revokes_their_token() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (id, token) = app.user("operator", None).await;
    app.delete(&format!("/api/v1/users/{id}"), Some(&admin))
        .await
        .expect(204);
    app.get("/api/v1/me", Some(&token))
        .await
        .expect_problem(401, "unauthorized");
    app.get(&format!("/api/v1/users/{id}"), Some(&admin))
        .await
        .expect_problem(404, "not_found");
}

#[actix_web::test]
async fn users_may_change_their_own_name_and_password_but_not_their_role() {
    let app = spawn_app().await;
    let (id, token) = app.user("operator", None).await;
    let path = format!("/api/v1/users/{id}");
    let r = app
        .patch(&path, Some(&token), &json!({"display_name": "New Name"}))
        .await
        .expect(200);
    assert_eq!(r.body["display_name"], "New Name");
    app.patch(&path, Some(&token), &json!({"role": "admin"}))
        .await
        .expect_problem(403, "forbidden");
    let r = app
        .patch(&path, Some(&token), &json!({"password": "another-pass-42"}))
        .await;
    assert_eq!(
        r.expect_problem(422, "validation_failed").error_fields(),
        vec!["current_password"]
    );
    let wrong = json!({"password": "another-pass-42", "current_password": "not-my-password"});
    app.patch(&path, Some(&token), &wrong)
        .await
        .expect_problem(422, "validation_failed");
    let right =
        json!({"password": "another-pass-42", "current_password": crate::helpers::PASSWORD});
    app.patch(&path, Some(&token), &right).await.expect(200);
    // Tokens issued before the change stop working; the new password logs in.
    app.get("/api/v1/me", Some(&token))
        .await
        .expect_problem(401, "unauthorized");
    let email = email_of(&app, &path).await;
    let fresh = app.token_for(&email, "another-pass-42").await;
    app.get("/api/v1/me", Some(&fresh)).await.expect(200);
    let (other, _) = app.user("operator", None).await;
    app.get(&format!("/api/v1/users/{other}"), Some(&fresh))
        .await
        .expect_problem(404, "not_found");
}

#[actix_web::test]
async fn an_admin_cannot_lock_themself_out() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let me = app.get("/api/v1/me", Some(&admin)).await.id();
    app.patch(
        &format!("/api/v1/users/{me}"),
        Some(&admin),
        &json!({"disabled": true}),
    )
    .await
    .expect_problem(409, "conflict");
    app.delete(&format!("/api/v1/users/{me}"), Some(&admin))
        .await
        .expect_problem(409, "conflict");
}

#[actix_web::test]
async fn operators_are_assigned_to_parks_and_see_them_in_me() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let (op, token) = app.operator_of(&park).await;
    let me = app.get("/api/v1/me", Some(&token)).await.expect(200);
    assert_eq!(me.body["park_ids"], json!([park]));
    app.put(
        &format!("/api/v1/parks/{park}/operators/{op}"),
        Some(&admin),
    )
    .await
    .expect(204);
    let ops = app
        .get(&format!("/api/v1/parks/{park}/operators"), Some(&token))
        .await
        .expect(200);
    assert_eq!(ops.body["total"], 1);
    assert_eq!(ops.body["items"].as_array().map(Vec::len), Some(1));
    app.delete(
        &format!("/api/v1/parks/{park}/operators/{op}"),
        Some(&admin),
    )
    .await
    .expect(204);
    let me = app.get("/api/v1/me", Some(&token)).await.expect(200);
    assert_eq!(me.body["park_ids"], json!([]));
    let (tenant_user, _) = app.user("admin", None).await;
    app.put(
        &format!("/api/v1/parks/{park}/operators/{tenant_user}"),
        Some(&admin),
    )
    .await
    .expect_problem(422, "validation_failed");
}

async fn email_of(app: &crate::helpers::TestApp, path: &str) -> String {
    let admin = app.admin().await;
    app.get(path, Some(&admin)).await.body["email"]
        .as_str()
        .expect("email")
        .to_string()
}

#[actix_web::test]
async fn an_admin_password_reset_ends_the_users_sessions() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (id, token) = app.user("operator", None).await;
    app.patch(
        &format!("/api/v1/users/{id}"),
        Some(&admin),
        &json!({"password": "reset-by-admin-1"}),
    )
    .await
    .expect(200);
    app.get("/api/v1/me", Some(&token))
        .await
        .expect_problem(401, "unauthorized");
}
