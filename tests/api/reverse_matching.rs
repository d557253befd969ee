//! Reverse matching over HTTP: the open applications a unit or a park
//! suits, with the checks of forward matching, as the caller may see them.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::applications::{application_body, submitted_application};
use crate::helpers::{TestApp, spawn_app};
use crate::matching::floor_of_units;

/// `(application_id, unit codes joined by +)` of each listed item.
fn listed(items: &Value, candidate: &str) -> BTreeSet<(String, String)> {
    items
        .as_array()
        .expect("a list")
        .iter()
        .map(|i| {
            let codes: Vec<&str> = i[candidate]["units"]
                .as_array()
                .expect("units")
                .iter()
                .filter_map(|u| u["code"].as_str())
                .collect();
            (
                i["application_id"].as_str().expect("id").to_string(),
                codes.join("+"),
            )
        })
        .collect()
}

fn set(items: &[(&str, &str)]) -> BTreeSet<(String, String)> {
    items
        .iter()
        .map(|(a, c)| (a.to_string(), c.to_string()))
        .collect()
}

fn failed(candidate: &Value) -> Vec<String> {
    candidate["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .filter(|c| c["passed"] == false)
        .filter_map(|c| c["criterion"].as_str().map(String::from))
        .collect()
}

fn asking(min: f64, max: Option<f64>) -> Value {
    let mut b = application_body();
    b["min_area_m2"] = json!(min);
    b["max_area_m2"] = json!(max);
    b
}

struct Floor {
    park: String,
    /// W1-01 (300 m²), W1-02 (300 m²), W1-03 (400 m²) in a row.
    units: Vec<String>,
}

async fn three_in_a_row(app: &TestApp) -> Floor {
    let units = floor_of_units(app, 8.0, &[300.0, 300.0, 400.0], None).await;
    let unit = app
        .get(&format!("/api/v1/units/{}", units[0]), None)
        .await
        .expect(200);
    let park = unit.body["park_id"].as_str().expect("park").to_string();
    Floor { park, units }
}

struct Applications {
    /// 500–900 m²: W1-01 with W1-02.
    pair: String,
    /// 250–350 m²: W1-01 alone.
    alone: String,
    /// 250–350 m² at 10 kN/m²: W1-01 alone, a near miss on the load.
    heavy: String,
    /// 2,000 m²: every unit is short of it, a near miss on the area.
    large: String,
    tenant_id: String,
}

async fn applications(app: &TestApp) -> Applications {
    let (tenant_id, tenant) = app.tenant().await;
    let pair = submitted_application(app, &tenant, &asking(500.0, Some(900.0))).await;
    let alone = submitted_application(app, &tenant, &asking(250.0, Some(350.0))).await;
    let mut heavy_body = asking(250.0, Some(350.0));
    heavy_body["min_live_load_kn_m2"] = json!(10.0);
    let heavy = submitted_application(app, &tenant, &heavy_body).await;
    let large = submitted_application(app, &tenant, &asking(2000.0, None)).await;
    // A draft wants nothing yet.
    app.post(
        "/api/v1/applications",
        Some(&tenant),
        &asking(250.0, Some(350.0)),
    )
    .await
    .expect(201);
    Applications {
        pair,
        alone,
        heavy,
        large,
        tenant_id,
    }
}

#[actix_web::test]
async fn a_vacant_unit_lists_the_open_applications_it_suits_alone_or_with_its_neighbours() {
    let app = spawn_app().await;
    let f = three_in_a_row(&app).await;
    let a = applications(&app).await;
    let (_, operator) = app.operator_of(&f.park).await;
    let path = format!("/api/v1/units/{}/matching-applications", f.units[0]);
    let r = app.get(&path, Some(&operator)).await.expect(200);
    assert_eq!(
        listed(&r.body["matches"], "candidate"),
        set(&[(&a.alone, "W1-01"), (&a.pair, "W1-01+W1-02")]),
        "{}",
        r.body
    );
    assert_eq!(
        listed(&r.body["near_misses"], "candidate"),
        set(&[(&a.heavy, "W1-01"), (&a.large, "W1-01")]),
        "{}",
        r.body
    );
    assert_eq!(r.body["truncated"], false);
    for m in r.body["matches"].as_array().expect("matches") {
        assert_eq!(m["tenant_id"], a.tenant_id.as_str());
        assert_eq!(m["candidate"]["checks"].as_array().map(Vec::len), Some(11));
        assert!(failed(&m["candidate"]).is_empty());
    }
    let near: Vec<&Value> = r.body["near_misses"]
        .as_array()
        .expect("near misses")
        .iter()
        .collect();
    // Best first: the unit falls far shorter of 2,000 m² than of 10 kN/m².
    assert_eq!(near[0]["application_id"], a.heavy.as_str());
    assert_eq!(failed(&near[0]["candidate"]), vec!["live_load"]);
    assert_eq!(failed(&near[1]["candidate"]), vec!["area"]);
    let scores: Vec<u64> = r.body["matches"]
        .as_array()
        .expect("matches")
        .iter()
        .filter_map(|m| m["candidate"]["score"].as_u64())
        .collect();
    assert!(scores.windows(2).all(|p| p[0] >= p[1]), "best first");

    // The last unit of the row fits the pair request with its neighbour,
    // and nothing alone at 250–350 m².
    let path = format!("/api/v1/units/{}/matching-applications", f.units[2]);
    let r = app.get(&path, Some(&operator)).await.expect(200);
    assert_eq!(
        listed(&r.body["matches"], "candidate"),
        set(&[(&a.pair, "W1-02+W1-03")]),
        "{}",
        r.body
    );

    // The same candidates as the application's own matches show.
    let forward = app
        .get(
            &format!("/api/v1/applications/{}/matches", a.pair),
            Some(&operator),
        )
        .await
        .expect(200);
    let reverse = &r.body["matches"][0]["candidate"];
    let same = forward.body["matches"]
        .as_array()
        .expect("matches")
        .iter()
        .find(|c| c["unit_ids"] == reverse["unit_ids"])
        .expect("the pair among the application's matches");
    assert_eq!(same["checks"], reverse["checks"]);
    assert_eq!(same["score"], reverse["score"]);
}

#[actix_web::test]
async fn the_park_lists_each_open_application_newest_first_with_its_best_candidate() {
    let app = spawn_app().await;
    let f = three_in_a_row(&app).await;
    let a = applications(&app).await;
    let admin = app.admin().await;
    // Nothing in this park comes near 10,000 m² at 20 kN/m².
    let (_, tenant) = app.tenant().await;
    let mut body = asking(10_000.0, None);
    body["min_live_load_kn_m2"] = json!(20.0);
    let hopeless = submitted_application(&app, &tenant, &body).await;

    let path = format!("/api/v1/parks/{}/matching-applications", f.park);
    let r = app.get(&path, Some(&admin)).await.expect(200);
    assert_eq!(r.body["total"], 5, "{}", r.body);
    let items = r.body["items"].as_array().expect("items");
    let order: Vec<&str> = items
        .iter()
        .filter_map(|i| i["application_id"].as_str())
        .collect();
    assert_eq!(
        order,
        vec![&hopeless, &a.large, &a.heavy, &a.alone, &a.pair]
    );
    let is_match: Vec<bool> = items
        .iter()
        .filter_map(|i| i["is_match"].as_bool())
        .collect();
    assert_eq!(is_match, vec![false, false, false, true, true]);
    assert_eq!(items[0]["best"], Value::Null);
    assert_eq!(failed(&items[1]["best"]), vec!["area"]);
    assert_eq!(failed(&items[2]["best"]), vec!["live_load"]);
    assert_eq!(items[3]["best"]["total_area_m2"], 300.0);
    assert_eq!(items[4]["best"]["total_area_m2"], 600.0);
    assert_eq!(items[4]["best"]["units"].as_array().map(Vec::len), Some(2));
    assert_eq!(items[4]["tenant_id"], a.tenant_id.as_str());

    let page = app
        .get(&format!("{path}?per_page=2&page=2"), Some(&admin))
        .await
        .expect(200);
    assert_eq!(page.body["total"], 5);
    assert_eq!(page.body["items"].as_array().map(Vec::len), Some(2));
    assert_eq!(page.body["items"][0], items[2]);
    assert_eq!(page.body["items"][1], items[3]);
}

#[actix_web::test]
async fn an_application_is_listed_while_it_awaits_an_offer_and_not_before_or_after() {
    let app = spawn_app().await;
    let f = three_in_a_row(&app).await;
    let (_, tenant) = app.tenant().await;
    let admin = app.admin().await;
    let path = format!("/api/v1/units/{}/matching-applications", f.units[0]);
    let listed_ids = |body: &Value| -> Vec<String> {
        ["matches", "near_misses"]
            .iter()
            .flat_map(|l| body[l].as_array().cloned().unwrap_or_default())
            .filter_map(|i| i["application_id"].as_str().map(String::from))
            .collect()
    };
    let draft = app
        .post(
            "/api/v1/applications",
            Some(&tenant),
            &asking(250.0, Some(350.0)),
        )
        .await
        .expect(201)
        .id();
    let r = app.get(&path, Some(&admin)).await.expect(200);
    assert!(listed_ids(&r.body).is_empty(), "{}", r.body);

    app.post(
        &format!("/api/v1/applications/{draft}/submit"),
        Some(&tenant),
        &json!({}),
    )
    .await
    .expect(200);
    let r = app.get(&path, Some(&admin)).await.expect(200);
    assert_eq!(r.body["matches"][0]["application_id"], draft.as_str());

    // With an offer out, it no longer waits for space.
    app.post(
        &format!("/api/v1/applications/{draft}/review"),
        Some(&admin),
        &json!({}),
    )
    .await
    .expect(200);
    let r = app.get(&path, Some(&admin)).await.expect(200);
    assert_eq!(r.body["matches"][0]["application_id"], draft.as_str());
    let until = upstairs::platform::time::china_today() + chrono::Duration::days(30);
    app.post(
        &format!("/api/v1/applications/{draft}/offers"),
        Some(&admin),
        &json!({"unit_ids": [f.units[2]], "start_date": "2027-03-01", "end_date": "2030-03-01",
                "rent_fen_m2_day": 150, "valid_until": until.to_string()}),
    )
    .await
    .expect(201);
    let r = app.get(&path, Some(&admin)).await.expect(200);
    assert!(listed_ids(&r.body).is_empty(), "{}", r.body);

    app.post(
        &format!("/api/v1/applications/{draft}/withdraw"),
        Some(&tenant),
        &json!({}),
    )
    .await
    .expect(200);
    let r = app.get(&path, Some(&admin)).await.expect(200);
    assert!(listed_ids(&r.body).is_empty(), "{}", r.body);
}

#[actix_web::test]
async fn only_the_parks_staff_see_who_its_space_suits() {
    let app = spawn_app().await;
    let f = three_in_a_row(&app).await;
    applications(&app).await;
    let admin = app.admin().await;
    let other_park = app.create_park(&admin).await;
    let (_, stranger) = app.operator_of(&other_park).await;
    let (_, tenant) = app.tenant().await;
    let unit_path = format!("/api/v1/units/{}/matching-applications", f.units[0]);
    let park_path = format!("/api/v1/parks/{}/matching-applications", f.park);
    for path in [&unit_path, &park_path] {
        app.get(path, None)
            .await
            .expect_problem(401, "unauthorized");
        app.get(path, Some(&stranger))
            .await
            .expect_problem(404, "not_found");
        app.get(path, Some(&tenant))
            .await
            .expect_problem(404, "not_found");
    }
    let nobody = "01900000-0000-7000-8000-000000000000";
    app.get(
        &format!("/api/v1/units/{nobody}/matching-applications"),
        Some(&admin),
    )
    .await
    .expect_problem(404, "not_found");
    app.get(
        &format!("/api/v1/parks/{nobody}/matching-applications"),
        Some(&admin),
    )
    .await
    .expect_problem(404, "not_found");
    app.get(&format!("{unit_path}?limit=0"), Some(&admin))
        .await
        .expect_problem(422, "validation_failed");
}

#[actix_web::test]
async fn an_operator_sees_only_the_applications_the_visibility_rules_show_it() {
    let app = spawn_app().await;
    let f = three_in_a_row(&app).await;
    let admin = app.admin().await;
    let elsewhere = app.create_park(&admin).await;
    let (_, tenant) = app.tenant().await;
    let mut body = asking(250.0, Some(350.0));
    body["preferred_park_ids"] = json!([elsewhere]);
    let id = submitted_application(&app, &tenant, &body).await;
    let (_, operator) = app.operator_of(&f.park).await;
    let path = format!("/api/v1/units/{}/matching-applications", f.units[0]);

    // The admin sees it, failing only the park it prefers.
    let r = app.get(&path, Some(&admin)).await.expect(200);
    assert_eq!(r.body["near_misses"][0]["application_id"], id.as_str());
    assert_eq!(failed(&r.body["near_misses"][0]["candidate"]), vec!["park"]);
    // This park's operator does not see an application for another park.
    let r = app.get(&path, Some(&operator)).await.expect(200);
    assert_eq!(r.body["matches"], json!([]));
    assert_eq!(r.body["near_misses"], json!([]));
}

/// An application submitted through one instance is listed at once there,
/// and on another instance within the catalog's bound.
#[actix_web::test]
async fn an_application_shows_here_at_once_and_on_another_instance_within_the_bound() {
    let here = spawn_app().await;
    let there = here.another_instance().await;
    let f = three_in_a_row(&here).await;
    let admin = here.admin().await;
    let path = format!("/api/v1/units/{}/matching-applications", f.units[0]);
    let first = |r: crate::helpers::Resp| r.body["matches"][0]["application_id"].clone();
    assert_eq!(
        first(there.get(&path, Some(&admin)).await.expect(200)),
        Value::Null
    );

    let (_, tenant) = here.tenant().await;
    let id = submitted_application(&here, &tenant, &asking(250.0, Some(350.0))).await;
    assert_eq!(
        first(here.get(&path, Some(&admin)).await.expect(200)),
        id.as_str()
    );
    // The bound, with two seconds to spare for loading on a busy machine.
    let bound = upstairs::catalog::snapshot::RECHECK_AFTER + std::time::Duration::from_secs(2);
    let written = std::time::Instant::now();
    while first(there.get(&path, Some(&admin)).await.expect(200)) != id.as_str() {
        assert!(
            written.elapsed() < bound,
            "the other instance does not list it after {:?}",
            written.elapsed()
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}
