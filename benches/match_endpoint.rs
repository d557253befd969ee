//! `POST /api/v1/match` end to end against 100,000 units in SQLite, as a
//! client sees it over loopback HTTP: the generation check, the engine on the
//! cached inventory snapshot, and the JSON answer.
//!
//! Seeds 50 parks × 20 towers × 20 storeys × 5 adjacent units (plus lifts)
//! straight through the storage layer, starts the real server on a free
//! port, then times REQUESTS sequential requests with varied requirements
//! and prints the median and p99, and the time of the first request, which
//! loads the inventory snapshot.
//!
//! Then the unit search (`GET /units` with the search page's filter): the
//! catalog's in-memory search alone, the SQL search it replaced, and, when
//! `wrk` is installed, both endpoints and `/healthz` under load (16
//! connections, 5 s each), with each one's ratio to `/healthz`.
//!
//! `cargo bench --bench match_endpoint`

// A benchmark stops at the first failure, like a test.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::time::{Duration, Instant};

use serde_json::json;
use upstairs::catalog::snapshot::SnapshotCache;
use upstairs::config::Settings;
use upstairs::domain::UnitSort;
use upstairs::domain::{
    BuildingKind, BuildingStatus, FireHazardClass, FitOut, IndustryList, UnitStatus,
};
use upstairs::inventory::building::store::Building;
use upstairs::inventory::floor::store::Floor;
use upstairs::inventory::lift::store::FreightLift;
use upstairs::inventory::park::store::Park;
use upstairs::inventory::unit::store::search::{UnitFilter, search};
use upstairs::inventory::unit::store::{Unit, adjacency};
use upstairs::platform::db;
use upstairs::platform::db::Versioned;
use upstairs::platform::db::{Id, Window, now};
use upstairs::startup::Application;

const PARKS: usize = 50;
const TOWERS_PER_PARK: usize = 20;
const STOREYS: i32 = 20;
const UNITS_PER_FLOOR: usize = 5;
const REQUESTS: usize = 40;

fn seed(conn: &mut db::DbConn) -> upstairs::platform::error::AppResult<usize> {
    let t = now();
    let mut n = 0;
    for p in 0..PARKS {
        let park_row = Park {
            id: Id::new(),
            name: format!("Park {p}"),
            district: None,
            city: None,
            address: None,
            site_area_m2: None,
            description: None,
            target_industries: IndustryList(vec![["C27", "C35", "C39", "I65"][p % 4].into()]),
            time_zone: "Asia/Shanghai".into(),
            version: 1,
            created_at: t,
            updated_at: t,
        };
        park_row.insert(conn)?;
        for b in 0..TOWERS_PER_PARK {
            let b_row = Building {
                id: Id::new(),
                park_id: park_row.id,
                code: format!("T{b}"),
                name: None,
                kind: BuildingKind::IndustrialTower,
                floors_above_ground: STOREYS,
                floors_below_ground: 0,
                status: if b.is_multiple_of(7) {
                    BuildingStatus::UnderConstruction
                } else {
                    BuildingStatus::Operational
                },
                completion_date: None,
                max_fire_hazard_class: [FireHazardClass::C, FireHazardClass::D, FireHazardClass::B]
                    [b % 3],
                version: 1,
                created_at: t,
                updated_at: t,
            };
            b_row.insert(conn)?;
            for (code, kg, top) in [("H1", 5000, STOREYS), ("H2", 3000, STOREYS / 2)] {
                FreightLift {
                    id: Id::new(),
                    building_id: b_row.id,
                    code: code.into(),
                    rated_load_kg: kg,
                    car_width_mm: 2500,
                    car_depth_mm: 4000,
                    car_height_mm: 3000,
                    door_width_mm: 2200,
                    door_height_mm: 2700,
                    lowest_level: 1,
                    highest_level: top,
                    version: 1,
                    created_at: t,
                    updated_at: t,
                }
                .insert(conn)?;
            }
            for level in 1..=STOREYS {
                let f = Floor {
                    id: Id::new(),
                    building_id: b_row.id,
                    level,
                    floor_height_mm: if level <= 3 { 6000 } else { 4800 },
                    clear_height_mm: if level <= 3 { 5000 } else { 4200 },
                    live_load_kn_m2: if level <= 3 {
                        12.0
                    } else {
                        6.5 + (level % 3) as f64
                    },
                    area_m2: 2500.0,
                    column_grid_x_mm: None,
                    column_grid_y_mm: None,
                    power_kva: if level % 4 == 0 { None } else { Some(400.0) },
                    has_utility_shaft: level % 2 == 0,
                    version: 1,
                    created_at: t,
                    updated_at: t,
                };
                f.insert(conn)?;
                let mut previous: Option<Id> = None;
                for u in 0..UNITS_PER_FLOOR {
                    let row = Unit {
                        id: Id::new(),
                        floor_id: f.id,
                        building_id: b_row.id,
                        code: format!("T{b}-{level:02}{u:02}"),
                        area_m2: [300.0, 450.0, 500.0, 600.0, 650.0][u],
                        status: if (n + u).is_multiple_of(9) {
                            UnitStatus::Unavailable
                        } else {
                            UnitStatus::Available
                        },
                        asking_rent_fen_m2_day: 100 + ((n * 7) % 120) as i64,
                        fit_out: FitOut::Standard,
                        live_load_kn_m2: None,
                        clear_height_mm: None,
                        power_kva: None,
                        version: 1,
                        created_at: t,
                        updated_at: t,
                    };
                    row.insert(conn)?;
                    if let Some(prev) = previous {
                        adjacency::replace(conn, row.id, &[prev])?;
                    }
                    previous = Some(row.id);
                    n += 1;
                }
            }
        }
    }
    Ok(n)
}

fn requirement(i: usize) -> serde_json::Value {
    let area = [400.0, 600.0, 900.0, 1200.0, 1600.0][i % 5];
    let industry = ["C2761", "C3581", "C3911", "I6513"][i % 4];
    let load = [6.5, 8.0, 10.0][i % 3];
    let hazard = ["c", "d", "e"][i % 3];
    let mut r = json!({
        "industry_code": industry,
        "use": "production",
        "min_area_m2": area,
        "max_area_m2": area * 1.6,
        "min_live_load_kn_m2": load,
        "fire_hazard_class": hazard,
        "needs_utility_shaft": i.is_multiple_of(2),
        "move_in_date": "2027-06-01",
        "lease_months": 36,
    });
    if i.is_multiple_of(3) {
        r["heaviest_item"] =
            json!({"weight_kg": 2500, "length_mm": 2400, "width_mm": 1600, "height_mm": 2200});
    }
    if i.is_multiple_of(4) {
        r["max_rent_fen_m2_day"] = json!(170);
    }
    r
}

/// Resident memory of this process (server included), from /proc.
fn rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .map(String::from)
        })
        .and_then(|l| {
            l.split_whitespace()
                .nth(1)
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

#[actix_web::main]
async fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = dir.path().join("bench.db").to_string_lossy().into_owned();
    let mut settings = Settings::for_database(&url);
    settings.admin_email = Some(ADMIN.0.into());
    settings.admin_password = Some(ADMIN.1.into());
    let pool = upstairs::startup::prepare_database(&settings)
        .await
        .expect("database");
    let started = Instant::now();
    let mut conn = pool.get().expect("connection");
    let units = db::tx::in_write_transaction(&mut conn, seed).expect("seed");
    drop(conn);
    println!(
        "seeded {units} units in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let app = Application::build(settings).await.expect("server");
    let port = app.port();
    let url = format!("http://127.0.0.1:{port}/api/v1/match?limit=10");
    actix_web::rt::spawn(app.into_server());
    let client = reqwest::Client::new();
    // The first request loads the inventory snapshot (as does the first one
    // after any change to the inventory); the rest reuse it.
    let rss_before = rss_mib();
    let first = Instant::now();
    client
        .post(&url)
        .json(&requirement(0))
        .send()
        .await
        .expect("first request");
    let first = first.elapsed();
    let rss_after = rss_mib();
    let mut times = Vec::with_capacity(REQUESTS);
    let mut matched = 0;
    for i in 0..REQUESTS {
        let t = Instant::now();
        let res = client
            .post(&url)
            .json(&requirement(i))
            .send()
            .await
            .expect("request");
        assert_eq!(res.status().as_u16(), 200);
        let body: serde_json::Value = res.json().await.expect("json");
        times.push(t.elapsed());
        matched += body["matches"].as_array().map_or(0, Vec::len);
    }
    times.sort();
    println!(
        "resident memory: {rss_before:.0} MiB before the snapshot, {rss_after:.0} MiB with it"
    );
    println!(
        "first request, loading the snapshot: {:.0} ms",
        first.as_secs_f64() * 1e3
    );
    println!(
        "POST /match over {units} units, {REQUESTS} requests: median {:.0} ms, p99 {:.0} ms, max {:.0} ms ({matched} matches returned)",
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3,
        times.last().map_or(0.0, |d| d.as_secs_f64() * 1e3),
    );
    search_figures(&pool, port, units).await;
}

const ADMIN: (&str, &str) = ("bench@upstairs.test", "bench-password-1");

/// The search page's request: `GET /units?min_live_load_kn_m2=8&min_area_m2=400&max_rent_fen_m2_day=150&per_page=50`.
const SEARCH: &str = "min_live_load_kn_m2=8&min_area_m2=400&max_rent_fen_m2_day=150&per_page=50";

fn search_filter() -> UnitFilter {
    UnitFilter {
        min_live_load_kn_m2: Some(8.0),
        min_area_m2: Some(400.0),
        max_rent_fen_m2_day: Some(150),
        ..UnitFilter::default()
    }
}

fn timed<T>(runs: usize, mut f: impl FnMut() -> T) -> (Vec<Duration>, T) {
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        last = Some(f());
        times.push(t.elapsed());
    }
    times.sort();
    (times, last.expect("at least one run"))
}

async fn search_figures(pool: &db::DbPool, port: u16, units: usize) {
    let window = Window {
        offset: 0,
        limit: 50,
    };
    let pool = pool.clone();
    let lines = tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().expect("connection");
        let cache = SnapshotCache::new(pool.clone(), Default::default());
        let snapshot = cache
            .get(&mut conn, upstairs::platform::time::china_today())
            .expect("snapshot");
        // The first search of an order builds its permutation.
        let first = Instant::now();
        snapshot.units.search(&search_filter(), UnitSort::CodeAsc, window);
        let first = first.elapsed();
        let (mem, (_, total)) = timed(1000, || {
            snapshot
                .units
                .search(&search_filter(), UnitSort::CodeAsc, window)
        });
        let (mem_area, _) = timed(1000, || {
            snapshot
                .units
                .search(&search_filter(), UnitSort::AreaDesc, window)
        });
        let (sql, _) = timed(10, || {
            search(&mut conn, &search_filter(), UnitSort::CodeAsc, window).expect("SQL search")
        });
        vec![
            format!("unit search over {units} units ({total} admitted, a page of 50):"),
            format!(
                "  catalog, in memory: median {:.3} ms, p99 {:.3} ms (-area_m2: median {:.3} ms); first search of an order {:.0} ms",
                percentile(&mem, 0.5).as_secs_f64() * 1e3,
                percentile(&mem, 0.99).as_secs_f64() * 1e3,
                percentile(&mem_area, 0.5).as_secs_f64() * 1e3,
                first.as_secs_f64() * 1e3,
            ),
            format!(
                "  the SQL search it replaced: median {:.0} ms, max {:.0} ms",
                percentile(&sql, 0.5).as_secs_f64() * 1e3,
                sql.last().map_or(0.0, |d| d.as_secs_f64() * 1e3),
            ),
        ]
    })
    .await
    .expect("search timings");
    for l in lines {
        println!("{l}");
    }
    if std::process::Command::new("wrk")
        .arg("--version")
        .output()
        .is_err()
    {
        println!("(wrk is not installed: no figures under load)");
        return;
    }
    let base = format!("http://127.0.0.1:{port}");
    let one: serde_json::Value = reqwest::get(format!("{base}/api/v1/units?per_page=1"))
        .await
        .expect("a unit")
        .json()
        .await
        .expect("json");
    let unit = one["items"][0]["id"]
        .as_str()
        .expect("a unit id")
        .to_string();
    let healthz = wrk(&format!("{base}/healthz")).await;
    println!("under load (wrk, 2 threads, 16 connections, 5 s each):");
    println!(
        "  GET /healthz: {:.0} rps, p50 {} p99 {}",
        healthz.0, healthz.1, healthz.2
    );
    for (name, path) in [
        ("GET /units/{id}", format!("/api/v1/units/{unit}")),
        (
            "GET /units?<search page filter>",
            format!("/api/v1/units?{SEARCH}"),
        ),
    ] {
        let (rps, p50, p99) = wrk(&format!("{base}{path}")).await;
        println!(
            "  {name}: {rps:.0} rps ({:.3} of /healthz), p50 {p50} p99 {p99}",
            rps / healthz.0
        );
    }
    edits(&base, &unit).await;
}

/// An operator edits a unit: what the next read pays to take the edit in
/// (the catalog's incremental refresh), and the search under load while a
/// unit is edited twice a second.
async fn edits(base: &str, unit: &str) {
    let client = reqwest::Client::new();
    let login: serde_json::Value = client
        .post(format!("{base}/api/v1/auth/login"))
        .json(&json!({"email": ADMIN.0, "password": ADMIN.1}))
        .send()
        .await
        .expect("login")
        .json()
        .await
        .expect("json");
    let token = login["access_token"].as_str().expect("a token").to_string();
    let edit = |rent: i64| {
        client
            .patch(format!("{base}/api/v1/units/{unit}"))
            .bearer_auth(&token)
            .json(&json!({"asking_rent_fen_m2_day": rent}))
            .send()
    };
    let search = format!("{base}/api/v1/units?{SEARCH}");
    let mut after_edit = Vec::new();
    let mut quiet = Vec::new();
    for i in 0..20 {
        edit(100 + i).await.expect("edit");
        let t = Instant::now();
        client.get(&search).send().await.expect("search");
        after_edit.push(t.elapsed());
        let t = Instant::now();
        client.get(&search).send().await.expect("search");
        quiet.push(t.elapsed());
    }
    after_edit.sort();
    quiet.sort();
    println!(
        "the first search after an edit on this instance (takes the edit in): median {:.0} ms, max {:.0} ms; the one after it: median {:.1} ms",
        percentile(&after_edit, 0.5).as_secs_f64() * 1e3,
        after_edit.last().map_or(0.0, |d| d.as_secs_f64() * 1e3),
        percentile(&quiet, 0.5).as_secs_f64() * 1e3,
    );
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let editor = {
        let stop = stop.clone();
        let (client, token, url) = (
            client.clone(),
            token.clone(),
            format!("{base}/api/v1/units/{unit}"),
        );
        actix_web::rt::spawn(async move {
            let mut rent = 100;
            let mut edits = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                rent = 100 + (rent + 1) % 50;
                let sent = client
                    .patch(&url)
                    .bearer_auth(&token)
                    .json(&json!({"asking_rent_fen_m2_day": rent}))
                    .send()
                    .await;
                edits += usize::from(sent.is_ok_and(|r| r.status().is_success()));
                actix_web::rt::time::sleep(Duration::from_millis(500)).await;
            }
            edits
        })
    };
    let (rps, p50, p99) = wrk(&search).await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let edits = editor.await.unwrap_or(0);
    println!(
        "  GET /units?<search page filter> while a unit is edited twice a second ({edits} edits): {rps:.0} rps, p50 {p50} p99 {p99}"
    );
}

/// Requests per second, p50, and p99 with the maximum, of a wrk run.
async fn wrk(url: &str) -> (f64, String, String) {
    let url = url.to_string();
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new("wrk")
            .args(["-t2", "-c16", "-d5s", "--latency", &url])
            .output()
            .expect("wrk runs")
    })
    .await
    .expect("wrk finished");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let field = |prefix: &str| {
        text.lines()
            .map(str::trim)
            .find(|l| l.starts_with(prefix))
            .and_then(|l| l.split_whitespace().last())
            .unwrap_or("?")
            .to_string()
    };
    let rps = field("Requests/sec:").parse().unwrap_or(0.0);
    // "Latency  avg  stdev  max  +/-stdev"
    let max = text
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("Latency"))
        .and_then(|l| l.split_whitespace().nth(3))
        .unwrap_or("?");
    (rps, field("50%"), format!("{} (max {max})", field("99%")))
}
