use serde_json::json;

use crate::helpers::{ADMIN_EMAIL, PASSWORD, spawn_app, spawn_with};

fn register_body(email: &str) -> serde_json::Value {
    json!({"email": email, "password": PASSWORD, "display_name": "王经理",
           "organization": {"name": "青岛洁神洗涤有限公司", "credit_code": "91350100M000100Y43", "industry_code": "O8010"}})
}

#[actix_web::test]
async fn register_creates_a_tenant_user_and_organisation() {
    let app = spawn_app().await;
    let r = app
        .post(
            "/api/v1/auth/register",
            None,
            &register_body("wang@example.cn"),
        )
        .await
        .expect(201);
    assert_eq!(r.body["user"]["role"], "tenant");
    assert_eq!(r.body["user"]["email"], "wang@example.cn");
    assert_eq!(r.body["tenant"]["name"], "青岛洁神洗涤有限公司");
    assert_eq!(r.body["user"]["tenant_id"], r.body["tenant"]["id"]);
    assert!(r.body["user"].get("password_hash").is_none());
}

#[actix_web::test]
async fn register_validates_password_email_and_credit_code() {
    let app = spawn_app().await;
    let mut body = register_body("a@example.cn");
    body["password"] = json!("short");
    body["email"] = json!("not-an-email");
    body["organization"]["credit_code"] = json!("91350100M000100Y44");
    let r = app
        .post("/api/v1/auth/register", None, &body)
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(
        r.error_fields(),
        vec!["email", "organization.credit_code", "password"]
    );
    app.login("a@example.cn", "short")
        .await
        .expect_problem(401, "unauthorized");
}

#[actix_web::test]
async fn duplicate_email_is_409_whatever_its_case() {
    let app = spawn_app().await;
    app.post(
        "/api/v1/auth/register",
        None,
        &register_body("dup@example.cn"),
    )
    .await
    .expect(201);
    let mut again = register_body("DUP@example.cn");
    again["organization"]["credit_code"] = json!(null);
    app.post("/api/v1/auth/register", None, &again)
        .await
        .expect_problem(409, "conflict");
}

#[actix_web::test]
async fn login_returns_a_bearer_token_that_me_accepts() {
    let app = spawn_app().await;
    app.post(
        "/api/v1/auth/register",
        None,
        &register_body("me@example.cn"),
    )
    .await
    .expect(201);
    let r = app.login("Me@Example.cn", PASSWORD).await.expect(200);
    assert_eq!(r.body["token_type"], "Bearer");
    assert_eq!(r.body["expires_in"], 3600);
    let token = r.body["access_token"].as_str().expect("token");
    let me = app.get("/api/v1/me", Some(token)).await.expect(200);
    assert_eq!(me.body["email"], "me@example.cn");
    assert_eq!(me.body["role"], "tenant");
    assert!(me.body["tenant_id"].is_string());
}

#[actix_web::test]
async fn wrong_password_and_unknown_email_are_indistinguishable() {
    let app = spawn_app().await;
    let a = app
        .login(ADMIN_EMAIL, "wrong-password-x")
        .await
        .expect_problem(401, "unauthorized");
    let b = app
        .login("nobody@example.cn", "wrong-password-x")
        .await
        .expect_problem(401, "unauthorized");
    assert_eq!(a.body["detail"], b.body["detail"]);
}

#[actix_web::test]
async fn repeated_failures_for_one_email_are_throttled_even_for_the_right_password() {
    let app = spawn_app().await;
    for _ in 0..5 {
        app.login(ADMIN_EMAIL, "wrong-password-x")
            .await
            .expect_problem(401, "unauthorized");
    }
    let r = app
        .login(ADMIN_EMAIL, crate::helpers::ADMIN_PASSWORD)
        .await
        .expect_problem(429, "rate_limited");
    assert!(
        r.header("retry-after")
            .and_then(|v| v.parse::<u64>().ok())
            .is_some_and(|s| s > 0)
    );
}

#[actix_web::test]
async fn failures_spread_over_many_emails_are_throttled_per_address() {
    let app = spawn_app().await;
    for i in 0..30 {
        app.login(&format!("spray{i}@example.cn"), "wrong-password-x")
            .await
            .expect_problem(401, "unauthorized");
    }
    app.login("spray-last@example.cn", "wrong-password-x")
        .await
        .expect_problem(429, "rate_limited");
}

#[actix_web::test]
async fn missing_bad_and_foreign_tokens_are_401() {
    let app = spawn_app().await;
    app.get("/api/v1/me", None)
        .await
        .expect_problem(401, "unauthorized");
    app.get("/api/v1/me", Some("garbage"))
        .await
        .expect_problem(401, "unauthorized");
    let foreign = jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &json!({"sub": uuid::Uuid::now_v7().to_string(), "role": "admin", "iat": 0, "exp": 4_000_000_000u64, "iss": "upstairs"}),
        &jsonwebtoken::EncodingKey::from_secret(b"another-secret-another-secret-!!"),
    )
    .expect("encode");
    app.get("/api/v1/me", Some(&foreign))
        .await
        .expect_problem(401, "unauthorized");
    let r = app
        .client
        .get(format!("{}/api/v1/me", app.address))
        .header("authorization", "Basic YWRtaW46YWRtaW4=")
        .send()
        .await
        .expect("sent");
    crate::helpers::TestApp::read(r)
        .await
        .expect_problem(401, "unauthorized");
}

#[actix_web::test]
async fn token_lifetime_follows_the_setting() {
    let app = spawn_with(|s| s.token_ttl_seconds = 120).await;
    let r = app
        .login(ADMIN_EMAIL, crate::helpers::ADMIN_PASSWORD)
        .await
        .expect(200);
    assert_eq!(r.body["expires_in"], 120);
    let token = r.body["access_token"].as_str().expect("token");
    let payload = token.split('.').nth(1).expect("payload");
    use base64_decode::decode;
    let claims: serde_json::Value = serde_json::from_slice(&decode(payload)).expect("claims");
    assert_eq!(claims["iss"], "upstairs");
    assert_eq!(claims["role"], "admin");
    assert_eq!(
        claims["exp"].as_i64().unwrap_or(0) - claims["iat"].as_i64().unwrap_or(0),
        120
    );
}

/// A tiny base64url decoder for reading token claims in tests.
mod base64_decode {
    pub fn decode(s: &str) -> Vec<u8> {
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut bits = 0u32;
        let mut n = 0;
        let mut out = Vec::new();
        for c in s.bytes() {
            let Some(v) = alphabet.iter().position(|a| *a == c) else {
                continue;
            };
            bits = (bits << 6) | v as u32;
            n += 6;
            if n >= 8 {
                n -= 8;
                out.push((bits >> n) as u8);
                bits &= (1 << n) - 1;
            }
        }
        out
    }
}

/// `admin@upstairs.demo` with a zero-width space after it reads the same as
/// the admin's address: it is refused, not registered as a new account.
#[actix_web::test]
async fn a_look_alike_email_with_hidden_characters_is_refused() {
    let app = spawn_app().await;
    for email in ["admin@upstairs.demo\u{200b}", "ad\u{feff}min@upstairs.demo"] {
        let r = app
            .post(
                "/api/v1/auth/register",
                None,
                &serde_json::json!({"email": email, "password": "long-enough-1", "display_name": "A",
                                    "organization": {"name": "租户"}}),
            )
            .await
            .expect_problem(422, "validation_failed");
        assert!(r.error_fields().iter().all(|f| f == "email"));
        let codes = r.body["errors"].to_string();
        assert!(codes.contains("hidden_character"), "{codes}");
    }
}

/// Behind a proxy, the client's own `X-Forwarded-For` entries do not move it
/// to another address's failure budget: the proxy's entry, the last, counts.
#[actix_web::test]
async fn a_client_cannot_pick_its_address_through_x_forwarded_for() {
    let app = crate::helpers::spawn_with(|s| s.trust_forwarded_for = true).await;
    let login = |i: usize| {
        let app = &app;
        async move {
            app.client
                .post(format!("{}/api/v1/auth/login", app.address))
                .header("x-forwarded-for", format!("10.0.0.{i}, 203.0.113.7"))
                .json(&serde_json::json!({"email": format!("nobody{i}@example.com"), "password": "wrong-password-1"}))
                .send()
                .await
                .expect("sent")
                .status()
                .as_u16()
        }
    };
    // 30 failures a window per address: the 31st from 203.0.113.7 is refused,
    // whatever the client put before it.
    let mut statuses = Vec::new();
    for i in 0..31 {
        statuses.push(login(i).await);
    }
    assert!(statuses[..30].iter().all(|s| *s == 401), "{statuses:?}");
    assert_eq!(statuses[30], 429);
}

/// Wrong passwords sent in parallel cannot slip under the limit: each is
/// counted before its password is checked, so exactly five are checked.
#[actix_web::test]
async fn parallel_wrong_passwords_get_exactly_the_allowed_number_of_checks() {
    let app = spawn_app().await;
    let attempts = (0..40).map(|_| {
        let app = &app;
        async move {
            app.login(crate::helpers::ADMIN_EMAIL, "wrong-password-1")
                .await
                .status
                .as_u16()
        }
    });
    let statuses = futures_util::future::join_all(attempts).await;
    let checked = statuses.iter().filter(|s| **s == 401).count();
    let refused = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!((checked, refused), (5, 35), "{statuses:?}");
}

/// Logging out ends the token it is sent with, and only that one.
#[actix_web::test]
async fn logout_ends_the_presented_token_only() {
    let app = spawn_app().await;
    // Two logins of one account: two tokens.
    let (_, first) = app.user("operator", None).await;
    let me = app.get("/api/v1/me", Some(&first)).await.expect(200);
    let email = me.body["email"].as_str().unwrap_or_default().to_string();
    let second = app.token_for(&email, crate::helpers::PASSWORD).await;
    app.post("/api/v1/auth/logout", Some(&first), &serde_json::json!({}))
        .await
        .expect(204);
    app.get("/api/v1/me", Some(&first))
        .await
        .expect_problem(401, "unauthorized");
    app.get("/api/v1/me", Some(&second)).await.expect(200);
    app.post("/api/v1/auth/logout", None, &serde_json::json!({}))
        .await
        .expect_problem(401, "unauthorized");
}

/// Five wrong passwords from a stranger throttle an account, but not its
/// owner at an address it has logged in from before; a new address waits
/// (until the owner's next login, which clears the strangers' failures).
#[actix_web::test]
async fn a_stranger_cannot_lock_the_owner_out() {
    let app = crate::helpers::spawn_with(|s| s.trust_forwarded_for = true).await;
    let from = |address: &'static str, password: &'static str| {
        let app = &app;
        async move {
            app.client
                .post(format!("{}/api/v1/auth/login", app.address))
                .header("x-forwarded-for", address)
                .json(&serde_json::json!({"email": crate::helpers::ADMIN_EMAIL, "password": password}))
                .send()
                .await
                .expect("sent")
                .status()
                .as_u16()
        }
    };
    let right = crate::helpers::ADMIN_PASSWORD;
    assert_eq!(
        from("198.51.100.1", right).await,
        200,
        "the owner logs in once"
    );
    for _ in 0..5 {
        assert_eq!(from("203.0.113.9", "wrong-password-1").await, 401);
    }
    assert_eq!(from("203.0.113.9", "wrong-password-1").await, 429);
    assert_eq!(from("192.0.2.44", right).await, 429, "a new address waits");
    assert_eq!(
        from("198.51.100.1", right).await,
        200,
        "the owner's address passes"
    );
}
