use chrono::Duration;
use serde_json::json;

use crate::helpers::spawn_app;

fn date(days_from_today: i64) -> String {
    (upstairs::platform::time::china_today() + Duration::days(days_from_today)).to_string()
}

#[actix_web::test]
async fn occupancy_sums_floors_buildings_and_the_park() {
    let app = spawn_app().await;
    let t = app.tower().await;
    let (_, op) = app.operator_of(&t.park).await;
    let (tenant_id, _) = app.tenant().await;
    // The 600 m² fifth-floor unit is leased today; the 800 m² ground unit is not.
    let lease = json!({"tenant_id": tenant_id, "unit_ids": [t.fifth_unit], "start_date": date(-30), "end_date": date(300), "rent_fen_m2_day": 150});
    app.post("/api/v1/leases", Some(&op), &lease)
        .await
        .expect(201);
    let r = app
        .get(&format!("/api/v1/parks/{}/occupancy", t.park), Some(&op))
        .await
        .expect(200);
    assert_eq!(r.body["leasable_m2"], 1400.0);
    assert_eq!(r.body["leased_m2"], 600.0);
    assert_eq!(r.body["available_m2"], 800.0);
    let b = &r.body["buildings"][0];
    assert_eq!(b["floors"][0]["level"], 5, "top down");
    assert_eq!(b["floors"][0]["occupancy_rate"], 1.0);
    assert_eq!(b["floors"][1]["occupancy_rate"], 0.0);
    let rate = r.body["occupancy_rate"].as_f64().unwrap_or(0.0);
    assert!((rate - 600.0 / 1400.0).abs() < 1e-9);
}

#[actix_web::test]
async fn occupancy_is_for_the_parks_staff() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let other = app.create_park(&admin).await;
    let (_, other_op) = app.operator_of(&other).await;
    let (_, tenant) = app.tenant().await;
    let path = format!("/api/v1/parks/{}/occupancy", t.park);
    app.get(&path, None)
        .await
        .expect_problem(401, "unauthorized");
    // Occupancy is not public: 404 to anyone but the park's staff, as if absent.
    app.get(&path, Some(&tenant))
        .await
        .expect_problem(404, "not_found");
    app.get(&path, Some(&other_op))
        .await
        .expect_problem(404, "not_found");
    app.get(&path, Some(&admin)).await.expect(200);
}

#[actix_web::test]
async fn expirations_list_leases_ending_within_the_window() {
    let app = spawn_app().await;
    let t = app.tower().await;
    let (_, op) = app.operator_of(&t.park).await;
    let (tenant_id, tenant) = app.tenant().await;
    let lease = |unit: &str, end: i64| json!({"tenant_id": tenant_id, "unit_ids": [unit], "start_date": date(-365), "end_date": date(end), "rent_fen_m2_day": 150});
    app.post("/api/v1/leases", Some(&op), &lease(&t.fifth_unit, 45))
        .await
        .expect(201);
    app.post("/api/v1/leases", Some(&op), &lease(&t.ground_unit, 200))
        .await
        .expect(201);
    let r = app
        .get("/api/v1/reports/expirations", Some(&op))
        .await
        .expect(200);
    assert_eq!(r.body["total"], 1);
    assert_eq!(r.body["items"][0]["days_left"], 45);
    assert_eq!(r.body["items"][0]["unit_codes"], json!(["T1-0501"]));
    assert_eq!(r.body["items"][0]["tenant_name"], "青岛某生物科技有限公司");
    let r = app
        .get("/api/v1/reports/expirations?within_days=365", Some(&op))
        .await
        .expect(200);
    assert_eq!(r.body["total"], 2);
    app.get("/api/v1/reports/expirations?within_days=0", Some(&op))
        .await
        .expect_problem(422, "validation_failed");
    app.get("/api/v1/reports/expirations", Some(&tenant))
        .await
        .expect_problem(403, "forbidden");
}

#[actix_web::test]
async fn the_stacking_plan_shows_tenants_to_staff_only() {
    let app = spawn_app().await;
    let t = app.tower().await;
    let (_, op) = app.operator_of(&t.park).await;
    let (tenant_id, _) = app.tenant().await;
    let lease = json!({"tenant_id": tenant_id, "unit_ids": [t.fifth_unit], "start_date": date(-1), "end_date": "2030-01-01", "rent_fen_m2_day": 150});
    app.post("/api/v1/leases", Some(&op), &lease)
        .await
        .expect(201);
    let path = format!("/api/v1/buildings/{}/stacking-plan", t.building);
    let public = app.get(&path, None).await.expect(200);
    assert_eq!(public.body["includes_occupants"], false);
    let levels: Vec<i64> = public.body["floors"]
        .as_array()
        .expect("floors")
        .iter()
        .filter_map(|f| f["level"].as_i64())
        .collect();
    assert_eq!(levels, vec![5, 1]);
    let fifth = &public.body["floors"][0]["units"][0];
    assert_eq!(fifth["status"], "leased");
    assert!(fifth.get("occupant").is_none());
    let staff = app.get(&path, Some(&op)).await.expect(200);
    let occupant = &staff.body["floors"][0]["units"][0]["occupant"];
    assert_eq!(occupant["tenant_id"], tenant_id);
    assert_eq!(occupant["lease_end_date"], "2030-01-01");
}
