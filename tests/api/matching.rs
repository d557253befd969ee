//! The matching endpoints over HTTP; the engine's rules have unit tests of
//! their own in src/domain/matching.

use serde_json::{Value, json};

use crate::applications::{application_body, submitted_application};
use crate::helpers::{lift_body, spawn_app};

fn requirement() -> Value {
    let mut b = application_body();
    b["min_area_m2"] = json!(500.0);
    b["max_area_m2"] = json!(900.0);
    b["min_live_load_kn_m2"] = json!(7.5);
    b
}

fn codes(list: &Value) -> Vec<String> {
    list.as_array()
        .expect("candidates")
        .iter()
        .map(|c| {
            c["units"]
                .as_array()
                .expect("units")
                .iter()
                .filter_map(|u| u["code"].as_str())
                .collect::<Vec<_>>()
                .join("+")
        })
        .collect()
}

#[actix_web::test]
async fn match_is_public_and_explains_every_criterion() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    app.create_lift(&admin, &t.building, lift_body("L1", 3000, 1, 15))
        .await;
    let r = app
        .post("/api/v1/match", None, &requirement())
        .await
        .expect(200);
    assert_eq!(
        codes(&r.body["matches"]),
        vec!["T1-0501", "T1-0101"],
        "snug fit first: {}",
        r.body
    );
    let best = &r.body["matches"][0];
    assert_eq!(best["unit_ids"], json!([t.fifth_unit]));
    assert_eq!(best["park_id"], t.park);
    assert_eq!(best["level"], 5);
    assert_eq!(best["total_area_m2"], 600.0);
    // 600 m² × 150 fen × 365 / 12 days.
    assert_eq!(best["monthly_rent_fen"], 2_737_500);
    let criteria: Vec<&str> = best["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .filter_map(|c| c["criterion"].as_str())
        .collect();
    assert_eq!(
        criteria,
        vec![
            "area",
            "live_load",
            "clear_height",
            "freight_lift",
            "fire_hazard",
            "power",
            "utility_shaft",
            "rent",
            "park",
            "availability",
            "building_ready"
        ]
    );
    assert!(
        best["checks"]
            .as_array()
            .expect("checks")
            .iter()
            .all(|c| c["passed"] == true && c["message"].is_string())
    );
    let score = best["score"].as_u64().unwrap_or(0);
    assert!(score <= 100 && score >= r.body["matches"][1]["score"].as_u64().unwrap_or(0));
}

#[actix_web::test]
async fn a_near_miss_says_which_criterion_fails_and_why() {
    let app = spawn_app().await;
    let t = app.tower().await;
    // No freight lift: level 5 is out of reach; the ground floor needs none.
    let mut req = requirement();
    req["max_area_m2"] = json!(1000.0);
    let r = app.post("/api/v1/match", None, &req).await.expect(200);
    assert_eq!(codes(&r.body["matches"]), vec!["T1-0101"]);
    assert_eq!(codes(&r.body["near_misses"]), vec!["T1-0501"]);
    let failed: Vec<&Value> = r.body["near_misses"][0]["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .filter(|c| c["passed"] == false)
        .collect();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["criterion"], "freight_lift");
    assert!(failed[0]["message"].as_str().is_some_and(|m| !m.is_empty()));
    assert_eq!(r.body["near_misses"][0]["unit_ids"], json!([t.fifth_unit]));
}

#[actix_web::test]
async fn a_unit_leased_until_2029_matches_a_request_from_2030() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    app.create_lift(&admin, &t.building, lift_body("L1", 3000, 1, 15))
        .await;
    let (tenant_id, _) = app.tenant().await;
    let lease = json!({"tenant_id": tenant_id, "unit_ids": [t.fifth_unit], "start_date": "2026-01-01", "end_date": "2030-01-01", "rent_fen_m2_day": 150});
    app.post("/api/v1/leases", Some(&admin), &lease)
        .await
        .expect(201);
    let mut req = requirement();
    req["move_in_date"] = json!("2029-06-01");
    let r = app.post("/api/v1/match", None, &req).await.expect(200);
    assert!(!codes(&r.body["matches"]).contains(&"T1-0501".to_string()));
    let miss = r.body["near_misses"]
        .as_array()
        .expect("near misses")
        .iter()
        .find(|c| c["unit_ids"] == json!([t.fifth_unit]))
        .expect("a near miss");
    assert!(
        miss["checks"]
            .as_array()
            .expect("checks")
            .iter()
            .any(|c| c["criterion"] == "availability" && c["passed"] == false)
    );
    req["move_in_date"] = json!("2030-01-01");
    let r = app.post("/api/v1/match", None, &req).await.expect(200);
    assert!(codes(&r.body["matches"]).contains(&"T1-0501".to_string()));
}

#[actix_web::test]
async fn application_matches_follow_the_application_and_its_visibility() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    app.create_lift(&admin, &t.building, lift_body("L1", 3000, 1, 15))
        .await;
    let (_, tenant) = app.tenant().await;
    let (_, stranger) = app.tenant().await;
    let id = app
        .post("/api/v1/applications", Some(&tenant), &requirement())
        .await
        .expect(201)
        .id();
    let r = app
        .get(
            &format!("/api/v1/applications/{id}/matches?limit=1"),
            Some(&tenant),
        )
        .await
        .expect(200);
    assert_eq!(codes(&r.body["matches"]), vec!["T1-0501"]);
    app.get(
        &format!("/api/v1/applications/{id}/matches"),
        Some(&stranger),
    )
    .await
    .expect_problem(404, "not_found");
    app.get(
        &format!("/api/v1/applications/{id}/matches?limit=0"),
        Some(&tenant),
    )
    .await
    .expect_problem(422, "validation_failed");
}

#[actix_web::test]
async fn a_bad_requirement_is_422_and_nothing_is_stored() {
    let app = spawn_app().await;
    let mut req = requirement();
    req["fire_hazard_class"] = json!("z");
    app.post("/api/v1/match", None, &req)
        .await
        .expect_problem(422, "validation_failed");
    let admin = app.admin().await;
    app.post("/api/v1/match", None, &requirement())
        .await
        .expect(200);
    assert_eq!(
        app.get("/api/v1/applications", Some(&admin)).await.body["total"],
        0
    );
}

#[actix_web::test]
async fn demand_gaps_group_unmatched_applications_by_what_blocks_them() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    app.create_lift(&admin, &t.building, lift_body("L1", 3000, 1, 15))
        .await;
    let (_, tenant) = app.tenant().await;
    let submit = |body: Value| {
        let (app, tenant) = (&app, tenant.clone());
        async move { submitted_application(app, &tenant, &body).await }
    };
    submit(requirement()).await;
    let mut heavy = requirement();
    heavy["min_live_load_kn_m2"] = json!(25.0);
    let heavy_id = submit(heavy).await;
    let mut heavier = requirement();
    heavier["min_live_load_kn_m2"] = json!(30.0);
    heavier["min_area_m2"] = json!(600.0);
    submit(heavier).await;
    let r = app
        .get("/api/v1/reports/demand-gaps", Some(&admin))
        .await
        .expect(200);
    assert_eq!(r.body["open_applications"], 3);
    assert_eq!(r.body["unmatched_applications"], 2);
    let gap = &r.body["gaps"][0];
    assert_eq!(gap["criterion"], "live_load");
    assert_eq!(gap["applications"], 2);
    assert_eq!(gap["area_demanded_m2"], 1100.0);
    assert!(
        gap["application_ids"]
            .as_array()
            .expect("ids")
            .contains(&json!(heavy_id))
    );
    app.get("/api/v1/reports/demand-gaps", Some(&tenant))
        .await
        .expect_problem(403, "forbidden");
}

#[actix_web::test]
async fn matching_sees_every_change_at_once() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let lift = app
        .create_lift(&admin, &t.building, lift_body("L1", 3000, 1, 15))
        .await;
    let first = app
        .post("/api/v1/match", None, &requirement())
        .await
        .expect(200);
    assert_eq!(codes(&first.body["matches"]), vec!["T1-0501", "T1-0101"]);
    // Each kind of change the engine reads, one after another.
    app.patch(
        &format!("/api/v1/units/{}", t.fifth_unit),
        Some(&admin),
        &json!({"status": "unavailable"}),
    )
    .await
    .expect(200);
    assert_eq!(
        codes(&app.post("/api/v1/match", None, &requirement()).await.body["matches"]),
        vec!["T1-0101"]
    );
    app.patch(
        &format!("/api/v1/units/{}", t.fifth_unit),
        Some(&admin),
        &json!({"status": "available"}),
    )
    .await
    .expect(200);
    app.delete(&format!("/api/v1/freight-lifts/{lift}"), Some(&admin))
        .await
        .expect(204);
    assert_eq!(
        codes(&app.post("/api/v1/match", None, &requirement()).await.body["matches"]),
        vec!["T1-0101"]
    );
    app.patch(
        &format!("/api/v1/floors/{}", t.ground),
        Some(&admin),
        &json!({"live_load_kn_m2": 5.0}),
    )
    .await
    .expect(200);
    assert!(
        codes(&app.post("/api/v1/match", None, &requirement()).await.body["matches"]).is_empty()
    );
}

/// A floor of its own on the ground (no lift needed), with `areas` as
/// units in a row, each sharing a wall with the one before, and with the
/// one `across` positions back when given (two rows along a corridor).
pub async fn floor_of_units(
    app: &crate::helpers::TestApp,
    load_kn_m2: f64,
    areas: &[f64],
    across: Option<usize>,
) -> Vec<String> {
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let building = app
        .create_building(&admin, &park, crate::helpers::building_body("W1"))
        .await;
    let total: f64 = areas.iter().sum();
    let floor = app
        .create_floor(
            &admin,
            &building,
            crate::helpers::floor_body(1, 6000, 5200, load_kn_m2, total),
        )
        .await;
    let mut ids: Vec<String> = Vec::new();
    for (i, area) in areas.iter().enumerate() {
        let mut body = crate::helpers::unit_body(&format!("W1-{:02}", i + 1), *area);
        let mut walls = Vec::new();
        if i > 0 && across.is_none_or(|n| i % n != 0) {
            walls.push(ids[i - 1].clone());
        }
        if let Some(n) = across.filter(|n| i >= *n) {
            walls.push(ids[i - n].clone());
        }
        body["adjacent_unit_ids"] = json!(walls);
        ids.push(app.create_unit(&admin, &floor, body).await);
    }
    ids
}

fn sorted(mut ids: Vec<String>) -> Value {
    ids.sort();
    json!(ids)
}

#[actix_web::test]
async fn five_units_of_250_m2_together_match_a_request_for_1250_m2() {
    let app = spawn_app().await;
    let units = floor_of_units(&app, 8.0, &[250.0; 5], None).await;
    let mut req = requirement();
    req["min_area_m2"] = json!(1250.0);
    req["max_area_m2"] = Value::Null;
    let r = app.post("/api/v1/match", None, &req).await.expect(200);
    assert_eq!(
        r.body["matches"].as_array().map(Vec::len),
        Some(1),
        "{}",
        r.body
    );
    let whole = &r.body["matches"][0];
    assert_eq!(whole["unit_ids"], sorted(units));
    assert_eq!(whole["total_area_m2"], 1250.0);
    assert_eq!(whole["units"].as_array().map(Vec::len), Some(5));
    assert_eq!(r.body["truncated"], false);
}

#[actix_web::test]
async fn a_whole_floor_of_forty_units_matches_a_request_for_its_whole_area() {
    let app = spawn_app().await;
    // Two rows of twenty along a corridor.
    let units = floor_of_units(&app, 8.0, &[100.0; 40], Some(20)).await;
    let mut req = requirement();
    req["min_area_m2"] = json!(4000.0);
    req["max_area_m2"] = Value::Null;
    let r = app.post("/api/v1/match", None, &req).await.expect(200);
    assert_eq!(
        r.body["matches"][0]["unit_ids"],
        sorted(units),
        "{}",
        r.body
    );
    assert_eq!(r.body["truncated"], false);
}

#[actix_web::test]
async fn an_item_pressing_exactly_the_floor_load_matches() {
    let app = spawn_app().await;
    // 1,430 kg on 2,200 × 981 mm presses 1430 × 9.81 / (2.2 × 0.981) = 6.5 kN/m².
    let units = floor_of_units(&app, 6.5, &[800.0], None).await;
    let mut req = requirement();
    req["min_live_load_kn_m2"] = Value::Null;
    req["heaviest_item"] =
        json!({"weight_kg": 1430.0, "length_mm": 2200, "width_mm": 981, "height_mm": 1500});
    let r = app.post("/api/v1/match", None, &req).await.expect(200);
    assert_eq!(r.body["matches"][0]["unit_ids"], json!(units), "{}", r.body);
    let load = r.body["matches"][0]["checks"]
        .as_array()
        .and_then(|c| c.iter().find(|k| k["criterion"] == "live_load"))
        .cloned()
        .unwrap_or_default();
    assert_eq!(load["passed"], true, "{load}");

    // One kilogram more is too heavy, and the message says so plainly.
    req["heaviest_item"]["weight_kg"] = json!(1431.0);
    let r = app.post("/api/v1/match", None, &req).await.expect(200);
    assert!(r.body["matches"].as_array().is_some_and(Vec::is_empty));
    let message = r.body["near_misses"][0]["checks"][1]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        message.contains("presses 6.505 kN/m² on the floor, more than the 6.5 kN/m² live load"),
        "{message}"
    );
}

#[actix_web::test]
async fn units_just_short_of_the_area_are_a_near_miss_saying_how_much_is_missing() {
    let app = spawn_app().await;
    let units = floor_of_units(&app, 8.0, &[400.0, 500.0], None).await;
    let mut req = requirement();
    req["min_area_m2"] = json!(1000.0);
    req["max_area_m2"] = Value::Null;
    let r = app.post("/api/v1/match", None, &req).await.expect(200);
    let pair = r.body["near_misses"]
        .as_array()
        .and_then(|l| l.iter().find(|c| c["unit_ids"] == sorted(units.clone())))
        .cloned()
        .unwrap_or_default();
    assert_eq!(pair["total_area_m2"], 900.0, "{}", r.body);
    let area = &pair["checks"][0];
    assert_eq!(area["passed"], false);
    assert_eq!(area["required"]["min_area_m2"], 1000.0);
    assert_eq!(area["actual"]["area_m2"], 900.0);
    assert!(
        area["message"]
            .as_str()
            .is_some_and(|m| m.contains("100 m² short")),
        "{area}"
    );
}
