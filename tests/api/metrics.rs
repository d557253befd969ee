//! `GET /metrics` on its own address: requests by route template and
//! status, the pool, and the catalog, in the Prometheus text format.

use crate::helpers::{spawn_app, spawn_with};

/// The value of the first sample whose line starts with `series`.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find(|l| l.starts_with(series))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
}

#[actix_web::test]
async fn metrics_count_requests_by_route_and_show_the_pool_and_the_catalog() {
    let app = spawn_with(|s| s.metrics_bind = Some("127.0.0.1:0".into())).await;
    let tower = app.tower().await;
    for _ in 0..3 {
        app.get(&format!("/api/v1/units/{}", tower.ground_unit), None)
            .await
            .expect(200);
    }
    app.get("/api/v1/units/00000000-0000-0000-0000-000000000000", None)
        .await
        .expect(404);
    app.get("/no/such/path", None).await.expect(404);

    let address = app.metrics_address.as_deref().expect("metrics are served");
    let res = app
        .client
        .get(format!("{address}/metrics"))
        .send()
        .await
        .expect("scraped");
    assert_eq!(res.status(), 200);
    let content_type = res.headers()["content-type"]
        .to_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        content_type.starts_with("text/plain; version=0.0.4"),
        "{content_type}"
    );
    let text = res.text().await.expect("text");

    // One series per route template, not per id.
    let unit = r#"upstairs_http_request_duration_seconds_count{method="GET",route="/api/v1/units/{unit_id}",status="200"}"#;
    assert_eq!(sample(&text, unit), Some(3.0), "{text}");
    let missing = r#"upstairs_http_request_duration_seconds_count{method="GET",route="/api/v1/units/{unit_id}",status="404"}"#;
    assert_eq!(sample(&text, missing), Some(1.0), "{text}");
    let unmatched = r#"upstairs_http_request_duration_seconds_count{method="GET",route="unmatched",status="404"}"#;
    assert_eq!(sample(&text, unmatched), Some(1.0), "{text}");
    assert!(
        !text.contains(&tower.ground_unit),
        "ids never become labels"
    );
    let fast = r#"upstairs_http_request_duration_seconds_bucket{method="GET",route="/api/v1/units/{unit_id}",status="200",le="10"}"#;
    assert_eq!(sample(&text, fast), Some(3.0));

    let open = sample(&text, r#"upstairs_db_pool_connections{state="open"}"#).expect("open");
    let idle = sample(&text, r#"upstairs_db_pool_connections{state="idle"}"#).expect("idle");
    let in_use = sample(&text, r#"upstairs_db_pool_connections{state="in_use"}"#).expect("in use");
    assert!(open >= 1.0 && open == idle + in_use, "{text}");
    assert!(sample(&text, r#"upstairs_db_pool_connections{state="waiting"}"#).is_some());

    // The unit reads went through the catalog, which has loaded.
    assert!(
        sample(&text, "upstairs_catalog_generation").is_some_and(|g| g >= 1.0),
        "{text}"
    );
    assert!(sample(&text, r#"upstairs_catalog_seconds{measure="age"}"#).is_some());
    assert!(
        sample(
            &text,
            r#"upstairs_catalog_seconds{measure="last_full_load"}"#
        )
        .is_some()
    );
}

#[actix_web::test]
async fn metrics_are_off_unless_an_address_is_given_and_never_on_the_api() {
    let app = spawn_app().await;
    assert!(app.metrics_address.is_none());
    app.get("/metrics", None).await.expect(404);
}
