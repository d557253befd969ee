use crate::helpers::spawn_app;

#[actix_web::test]
async fn healthz_and_readyz_answer_200_with_json() {
    let app = spawn_app().await;
    let r = app.get("/healthz", None).await.expect(200);
    assert_eq!(r.body["status"], "ok");
    let r = app.get("/readyz", None).await.expect(200);
    assert_eq!(r.body["status"], "ok");
    assert!(["sqlite", "postgres"].contains(&r.body["database"].as_str().unwrap_or("")));
}

#[actix_web::test]
async fn every_answer_carries_a_request_id() {
    let app = spawn_app().await;
    let r = app.get("/api/v1/parks", None).await.expect(200);
    assert!(r.header("x-request-id").is_some_and(|v| v.len() >= 32));
}

#[actix_web::test]
async fn openapi_document_covers_every_endpoint_with_problem_answers() {
    let app = spawn_app().await;
    let doc = app.get("/api/v1/openapi.json", None).await.expect(200).body;
    assert!(
        doc["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.1"))
    );
    let paths = doc["paths"].as_object().expect("paths");
    let expected = [
        ("/api/v1/auth/register", "post"),
        ("/api/v1/auth/login", "post"),
        ("/api/v1/me", "get"),
        ("/api/v1/users", "post"),
        ("/api/v1/users/{user_id}", "patch"),
        ("/api/v1/parks", "get"),
        ("/api/v1/parks/{park_id}", "delete"),
        ("/api/v1/parks/{park_id}/operators/{user_id}", "put"),
        ("/api/v1/parks/{park_id}/buildings", "post"),
        ("/api/v1/buildings/{building_id}", "patch"),
        ("/api/v1/buildings/{building_id}/freight-lifts", "get"),
        ("/api/v1/freight-lifts/{lift_id}", "delete"),
        ("/api/v1/buildings/{building_id}/floors", "post"),
        ("/api/v1/floors/{floor_id}", "get"),
        ("/api/v1/floors/{floor_id}/units", "post"),
        ("/api/v1/units", "get"),
        ("/api/v1/units/{unit_id}", "patch"),
        ("/healthz", "get"),
        ("/readyz", "get"),
    ];
    for (path, method) in expected {
        let op = &paths.get(path).unwrap_or_else(|| panic!("{path} missing"))[method];
        assert!(op.is_object(), "{method} {path} missing");
        assert!(
            op["responses"]["500"].is_object(),
            "{method} {path} lacks the 500 answer"
        );
    }
    let patch = &paths["/api/v1/units/{unit_id}"]["patch"]["responses"];
    for status in ["400", "401", "403", "404", "412", "413", "422"] {
        assert!(patch[status].is_object(), "PATCH unit lacks {status}");
    }
    assert!(doc["components"]["schemas"]["Problem"].is_object());
    assert!(doc["components"]["schemas"]["UnitOut"].is_object());
}

#[actix_web::test]
async fn docs_page_is_served_without_internet() {
    let app = spawn_app().await;
    let r = app.get("/docs", None).await;
    assert_eq!(r.status.as_u16(), 308);
    let page = app
        .client
        .get(format!("{}/docs/", app.address))
        .send()
        .await
        .expect("docs");
    assert_eq!(page.status().as_u16(), 200);
    let html = page.text().await.expect("html");
    assert!(html.contains("swagger"), "the page is Swagger UI");
    assert!(!html.contains("cdn."), "no CDN scripts");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no outside host"
    );
    let init = app
        .client
        .get(format!("{}/docs/swagger-initializer.js", app.address))
        .send()
        .await
        .expect("initializer")
        .text()
        .await
        .expect("js");
    // Swagger UI asks an outside validator about the document unless told not to.
    assert!(init.contains(r#""validatorUrl": "none""#), "{init}");
    assert!(init.contains(r#""url": "/api/v1/openapi.json""#), "{init}");
}

#[actix_web::test]
async fn cors_allows_only_the_configured_origins() {
    let app =
        crate::helpers::spawn_with(|s| s.cors_origins = "https://app.upstairs.test".into()).await;
    let preflight = |origin: &'static str| {
        app.client
            .request(
                reqwest::Method::OPTIONS,
                format!("{}/api/v1/parks", app.address),
            )
            .header("origin", origin)
            .header("access-control-request-method", "PATCH")
            .send()
    };
    let ok = preflight("https://app.upstairs.test").await.expect("sent");
    assert_eq!(
        ok.headers()
            .get("access-control-allow-origin")
            .and_then(|v| v.to_str().ok()),
        Some("https://app.upstairs.test")
    );
    let other = preflight("https://evil.test").await.expect("sent");
    assert!(other.headers().get("access-control-allow-origin").is_none());
    // The refusal is problem+json like every other error.
    assert_eq!(other.status(), 400);
    assert_eq!(
        other
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("application/problem+json")
    );
    let body: serde_json::Value = other.json().await.expect("json");
    assert_eq!(body["code"], "bad_request");
    // A simple request from elsewhere is answered; the browser withholds it.
    let simple = app
        .client
        .get(format!("{}/api/v1/parks", app.address))
        .header("origin", "https://evil.test")
        .send()
        .await
        .expect("sent");
    assert_eq!(simple.status(), 200);
    assert!(
        simple
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
}

#[actix_web::test]
async fn every_answer_is_nosniff_and_private_answers_are_not_stored() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let public = app.get("/api/v1/parks", None).await.expect(200);
    assert_eq!(
        public.header("x-content-type-options").as_deref(),
        Some("nosniff")
    );
    assert_eq!(public.header("cache-control"), None);
    let mine = app.get("/api/v1/me", Some(&admin)).await.expect(200);
    assert_eq!(mine.header("cache-control").as_deref(), Some("no-store"));
    assert_eq!(
        mine.header("x-content-type-options").as_deref(),
        Some("nosniff")
    );
    // The login answer carries a token: never cached, nor is a refusal.
    let login = app.login("nobody@example.com", "wrong-password-1").await;
    assert_eq!(login.header("cache-control").as_deref(), Some("no-store"));
    let missing = app.get("/api/v1/nothing", None).await;
    assert_eq!(
        missing.header("x-content-type-options").as_deref(),
        Some("nosniff")
    );
    let docs = app
        .client
        .get(format!("{}/docs/", app.address))
        .send()
        .await
        .expect("docs");
    let csp = docs
        .headers()
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    assert!(
        csp.contains("default-src 'self'") && csp.contains("script-src 'self'"),
        "{csp}"
    );
}
