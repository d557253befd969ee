//! `GET /units`: every filter and sort of the contract.

use serde_json::{Value, json};

use crate::helpers::{TestApp, building_body, floor_body, lift_body, spawn_app, unit_body};

struct Fixture {
    app: TestApp,
    park_a: String,
    building_a: String,
}

/// Park A: tower T1 (lift 3 t to level 10), units on levels 1, 5 and 12.
/// Park B: factory F1 without lifts, one unit on level 3.
async fn fixture() -> Fixture {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park_a = app.create_park(&admin).await;
    let park_b = app.create_park(&admin).await;
    let t1 = app
        .create_building(&admin, &park_a, building_body("T1"))
        .await;
    let f1 = app
        .create_building(&admin, &park_b, building_body("F1"))
        .await;
    app.create_lift(&admin, &t1, lift_body("L1", 3000, 1, 10))
        .await;
    let l1 = app
        .create_floor(&admin, &t1, floor_body(1, 6000, 5200, 15.0, 3000.0))
        .await;
    let l5 = app
        .create_floor(&admin, &t1, floor_body(5, 4500, 3800, 8.0, 3000.0))
        .await;
    let l12 = app
        .create_floor(&admin, &t1, floor_body(12, 4500, 3600, 6.5, 3000.0))
        .await;
    let b3 = app
        .create_floor(&admin, &f1, floor_body(3, 5000, 4200, 10.0, 3000.0))
        .await;
    let unit = |code: &str, area: f64, rent: i64, fit: &str| {
        let mut b = unit_body(code, area);
        b["asking_rent_fen_m2_day"] = json!(rent);
        b["fit_out"] = json!(fit);
        b
    };
    app.create_unit(&admin, &l1, unit("T1-0101", 1200.0, 180, "bare_shell"))
        .await;
    let mut tall = unit("T1-0501", 800.0, 150, "cleanroom");
    tall["clear_height_mm"] = json!(4400);
    app.create_unit(&admin, &l5, tall).await;
    app.create_unit(&admin, &l12, unit("T1-1201", 400.0, 120, "standard"))
        .await;
    let mut off = unit("F1-0301", 1000.0, 100, "bare_shell");
    off["status"] = json!("unavailable");
    app.create_unit(&admin, &b3, off).await;
    Fixture {
        app,
        park_a,
        building_a: t1,
    }
}

fn codes(body: &Value) -> Vec<String> {
    body["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|u| u["code"].as_str().map(String::from))
        .collect()
}

async fn search(f: &Fixture, query: &str) -> Vec<String> {
    let r = f
        .app
        .get(&format!("/api/v1/units?{query}"), None)
        .await
        .expect(200);
    codes(&r.body)
}

#[actix_web::test]
async fn every_filter_narrows_the_search() {
    let f = fixture().await;
    assert_eq!(
        search(&f, "").await,
        vec!["F1-0301", "T1-0101", "T1-0501", "T1-1201"]
    );
    assert_eq!(
        search(&f, &format!("park_id={}", f.park_a)).await,
        vec!["T1-0101", "T1-0501", "T1-1201"]
    );
    assert_eq!(
        search(&f, &format!("building_id={}", f.building_a))
            .await
            .len(),
        3
    );
    assert_eq!(search(&f, "status=unavailable").await, vec!["F1-0301"]);
    assert_eq!(search(&f, "fit_out=cleanroom").await, vec!["T1-0501"]);
    assert_eq!(
        search(&f, "min_area_m2=800&max_area_m2=1000").await,
        vec!["F1-0301", "T1-0501"]
    );
    assert_eq!(
        search(&f, "min_live_load_kn_m2=10").await,
        vec!["F1-0301", "T1-0101"]
    );
    // T1-0501's own 4400 mm overrides its floor's 3800 mm.
    assert_eq!(
        search(&f, "min_clear_height_mm=4300").await,
        vec!["T1-0101", "T1-0501"]
    );
    assert_eq!(
        search(&f, "max_rent_fen_m2_day=150").await,
        vec!["F1-0301", "T1-0501", "T1-1201"]
    );
}

#[actix_web::test]
async fn min_lift_load_needs_a_lift_serving_the_level_or_the_ground_floor() {
    let f = fixture().await;
    // Level 1 needs no lift; level 5 is served by the 3 t lift; level 12 is above
    // it; the factory has no lift at all.
    assert_eq!(
        search(&f, "min_lift_load_kg=2000").await,
        vec!["T1-0101", "T1-0501"]
    );
    assert_eq!(search(&f, "min_lift_load_kg=5000").await, vec!["T1-0101"]);
}

#[actix_web::test]
async fn sorts_order_the_results() {
    let f = fixture().await;
    assert_eq!(
        search(&f, "sort=area_m2").await,
        vec!["T1-1201", "T1-0501", "F1-0301", "T1-0101"]
    );
    assert_eq!(
        search(&f, "sort=-area_m2").await,
        vec!["T1-0101", "F1-0301", "T1-0501", "T1-1201"]
    );
    assert_eq!(
        search(&f, "sort=asking_rent_fen_m2_day").await,
        vec!["F1-0301", "T1-1201", "T1-0501", "T1-0101"]
    );
    assert_eq!(search(&f, "sort=-level").await[0], "T1-1201");
    assert_eq!(
        search(&f, "sort=-code").await,
        vec!["T1-1201", "T1-0501", "T1-0101", "F1-0301"]
    );
    assert_eq!(search(&f, "sort=-clear_height_mm").await[0], "T1-0101");
    assert_eq!(search(&f, "sort=-live_load_kn_m2").await[0], "T1-0101");
}

#[actix_web::test]
async fn search_pages_and_rejects_bad_parameters() {
    let f = fixture().await;
    let r = f
        .app
        .get("/api/v1/units?sort=code&per_page=3&page=2", None)
        .await
        .expect(200);
    assert_eq!(r.body["total"], 4);
    assert_eq!(codes(&r.body), vec!["T1-1201"]);
    for bad in [
        "sort=price",
        "status=free",
        "park_id=abc",
        "min_area_m2=10&max_area_m2=5",
        "colour=red",
        "min_area_m2=NaN",
        "min_live_load_kn_m2=inf",
        "min_area_m2=-5",
    ] {
        let r = f.app.get(&format!("/api/v1/units?{bad}"), None).await;
        r.expect_problem(422, "validation_failed");
    }
}
