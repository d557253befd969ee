use crate::helpers::spawn_with;

#[actix_web::test]
async fn the_demo_parks_load_with_their_inventory() {
    let app = spawn_with(|s| s.demo = true).await;
    let parks = app.get("/api/v1/parks", None).await.expect(200);
    let names: Vec<&str> = parks.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert!(names.contains(&"源嘉生命科技产业园"), "{names:?}");
    assert!(names.contains(&"洁神智慧园区"), "{names:?}");
    let units = app
        .get("/api/v1/units?per_page=200", None)
        .await
        .expect(200);
    assert!(units.body["total"].as_i64().unwrap_or(0) >= 20);
    // Heavy, tall floors low in the tower; lighter ones high up.
    let ground = app
        .get(
            "/api/v1/units?min_live_load_kn_m2=12&min_clear_height_mm=5500",
            None,
        )
        .await
        .expect(200);
    assert!(ground.body["total"].as_i64().unwrap_or(0) >= 1);
    let lifts = app
        .get("/api/v1/units?min_lift_load_kg=5000&sort=-level", None)
        .await
        .expect(200);
    assert!(lifts.body["items"][0]["level"].as_i64().unwrap_or(0) > 1);
}

#[actix_web::test]
async fn loading_the_demo_again_changes_nothing() {
    let app = spawn_with(|s| s.demo = true).await;
    let mut conn = app.pool.get().expect("connection");
    let loaded = upstairs::demo::load_if_empty(&mut conn).expect("no error");
    assert!(!loaded, "a database with parks is left alone");
    assert_eq!(app.get("/api/v1/parks", None).await.body["total"], 2);
}

#[actix_web::test]
async fn demo_accounts_log_in_with_their_roles_and_parks() {
    let app = spawn_with(|s| s.demo = true).await;
    for (email, role, _) in upstairs::demo::ACCOUNTS {
        let r = app
            .login(email, upstairs::demo::DEMO_PASSWORD)
            .await
            .expect(200);
        assert_eq!(r.body["user"]["role"], *role);
    }
    let token = app
        .token_for(
            "operator.yuanjia@upstairs.demo",
            upstairs::demo::DEMO_PASSWORD,
        )
        .await;
    let me = app.get("/api/v1/me", Some(&token)).await.expect(200);
    assert_eq!(me.body["park_ids"].as_array().map(Vec::len), Some(1));
}

#[actix_web::test]
async fn the_demo_has_leases_an_open_offer_and_applications_in_several_states() {
    let app = spawn_with(|s| s.demo = true).await;
    let admin = app
        .token_for("admin@upstairs.demo", upstairs::demo::DEMO_PASSWORD)
        .await;
    let leases = app.get("/api/v1/leases", Some(&admin)).await.expect(200);
    assert!(leases.body["total"].as_i64().unwrap_or(0) >= 5);
    let soon = app
        .get("/api/v1/reports/expirations", Some(&admin))
        .await
        .expect(200);
    assert!(
        soon.body["total"].as_i64().unwrap_or(0) >= 1,
        "a lease ends within 90 days"
    );
    let apps = app
        .get("/api/v1/applications?per_page=200", Some(&admin))
        .await
        .expect(200);
    let mut states: Vec<String> = apps.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|a| a["status"].as_str().map(String::from))
        .collect();
    states.sort();
    states.dedup();
    assert_eq!(
        states,
        vec!["draft", "offered", "rejected", "submitted", "under_review"]
    );
    let reserved = app
        .get("/api/v1/units?status=reserved", None)
        .await
        .expect(200);
    assert_eq!(reserved.body["total"], 1);
    let leased = app
        .get("/api/v1/units?status=leased", None)
        .await
        .expect(200);
    assert!(leased.body["total"].as_i64().unwrap_or(0) >= 7);
}
