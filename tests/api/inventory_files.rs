//! Inventory files: export a park as a workbook or one CSV sheet, import
//! one back, by code, all or nothing.

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{Resp, TestApp, lift_body, spawn_app};

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

fn inventory(park: &str) -> String {
    format!("/api/v1/parks/{park}/inventory")
}

/// GET as raw bytes: (status, content type, content disposition, body).
async fn download(
    app: &TestApp,
    path: &str,
    token: Option<&str>,
) -> (u16, String, String, Vec<u8>) {
    let mut req = app.client.get(format!("{}{}", app.address, path));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.unwrap();
    let header = |n: &str| {
        res.headers()
            .get(n)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    let (status, ct, cd) = (
        res.status().as_u16(),
        header("content-type"),
        header("content-disposition"),
    );
    (status, ct, cd, res.bytes().await.unwrap().to_vec())
}

async fn export_xlsx(app: &TestApp, park: &str, token: &str) -> Vec<u8> {
    let (status, ct, _, body) = download(app, &inventory(park), Some(token)).await;
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    assert_eq!(ct, XLSX);
    body
}

async fn upload(
    app: &TestApp,
    path: &str,
    token: Option<&str>,
    content_type: &str,
    body: Vec<u8>,
) -> Resp {
    let mut req = app
        .client
        .request(Method::POST, format!("{}{}", app.address, path))
        .header("content-type", content_type)
        .body(body);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    TestApp::read(req.send().await.unwrap()).await
}

/// The park's units sheet as CSV text, as an operator downloads it.
async fn units_csv(app: &TestApp, park: &str, token: &str) -> String {
    let path = format!("{}?format=csv&sheet=units", inventory(park));
    let (_, _, _, csv) = download(app, &path, Some(token)).await;
    String::from_utf8(csv).unwrap()
}

/// Uploads `text` as the park's units sheet.
async fn upload_units(app: &TestApp, park: &str, token: &str, text: String) -> Resp {
    let path = format!("{}?sheet=units", inventory(park));
    upload(app, &path, Some(token), "text/csv", text.into_bytes()).await
}

/// Every sheet of a workbook: name → rows of cells as text.
fn sheets(bytes: &[u8]) -> Vec<(String, Vec<Vec<String>>)> {
    let mut book: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).unwrap();
    book.sheet_names()
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let rows = range
                .rows()
                .map(|r| {
                    r.iter()
                        .map(|c| match c {
                            Data::Empty => String::new(),
                            Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
                            other => other.to_string(),
                        })
                        .collect()
                })
                .collect();
            (name, rows)
        })
        .collect()
}

/// A workbook from rows of JSON values (strings, numbers, booleans, null).
fn workbook(sheets: &[(&str, Vec<Vec<Value>>)]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    for (name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match v {
                    Value::String(s) => {
                        sheet.write_string(r, c, s).unwrap();
                    }
                    Value::Number(n) => {
                        sheet.write_number(r, c, n.as_f64().unwrap()).unwrap();
                    }
                    Value::Bool(b) => {
                        sheet.write_boolean(r, c, *b).unwrap();
                    }
                    _ => {}
                }
            }
        }
    }
    book.save_to_buffer().unwrap()
}

fn row(values: Value) -> Vec<Value> {
    values.as_array().unwrap().clone()
}

/// A new building B1 (6 storeys) with floors 1 and 3, a lift and three
/// units on level 3, two of them neighbours. Headers by field name only.
fn new_park_workbook() -> Vec<u8> {
    workbook(&[
        (
            "buildings",
            vec![
                row(json!([
                    "code",
                    "name",
                    "kind",
                    "floors_above_ground",
                    "status",
                    "max_fire_hazard_class"
                ])),
                row(json!([
                    "B1",
                    "一号厂房",
                    "multi_storey_factory",
                    6,
                    "operational",
                    "c"
                ])),
            ],
        ),
        (
            "lifts",
            vec![
                row(json!([
                    "building_code",
                    "code",
                    "rated_load_kg",
                    "car_width_mm",
                    "car_depth_mm",
                    "car_height_mm",
                    "door_width_mm",
                    "door_height_mm",
                    "lowest_level",
                    "highest_level"
                ])),
                row(json!([
                    "B1", "L1", 3000, 2500, 3500, 3000, 2200, 2800, 1, 6
                ])),
            ],
        ),
        (
            "floors",
            vec![
                row(json!([
                    "building_code",
                    "level",
                    "floor_height_mm",
                    "clear_height_mm",
                    "live_load_kn_m2",
                    "area_m2",
                    "has_utility_shaft"
                ])),
                row(json!(["B1", 1, 6000, 5200, 15.0, 2000.0, true])),
                row(json!(["B1", 3, 4500, 3800, 8.0, 1500.0, false])),
            ],
        ),
        (
            "units",
            vec![
                row(json!([
                    "building_code",
                    "level",
                    "code",
                    "area_m2",
                    "status",
                    "asking_rent_fen_m2_day",
                    "fit_out",
                    "adjacent_unit_codes"
                ])),
                row(json!([
                    "B1",
                    3,
                    "B1-0301",
                    500.0,
                    "available",
                    120,
                    "bare_shell",
                    "B1-0302"
                ])),
                row(json!([
                    "B1",
                    3,
                    "B1-0302",
                    400.5,
                    "available",
                    130,
                    "standard",
                    "B1-0301"
                ])),
                row(json!([
                    "B1",
                    1,
                    "B1-0101",
                    900.0,
                    "unavailable",
                    150,
                    "bare_shell",
                    null
                ])),
            ],
        ),
    ])
}

fn outcomes(r: &Resp) -> Vec<String> {
    r.body["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["outcome"].as_str().unwrap().to_string())
        .collect()
}

#[actix_web::test]
async fn a_park_exports_as_a_workbook_of_four_sheets_with_bilingual_headers() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    app.create_lift(&admin, &t.building, lift_body("L1", 3000, 1, 15))
        .await;

    let (status, ct, disposition, bytes) = download(&app, &inventory(&t.park), Some(&admin)).await;

    assert_eq!(status, 200);
    assert_eq!(ct, XLSX);
    assert!(
        disposition.starts_with("attachment; filename=\"inventory-"),
        "{disposition}"
    );
    assert!(disposition.ends_with(".xlsx\""), "{disposition}");
    let book = sheets(&bytes);
    let names: Vec<_> = book.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["buildings", "lifts", "floors", "units"]);
    let floors = &book[2].1;
    assert!(
        floors[0].contains(&"面积 area_m2 (㎡)".to_string()),
        "{:?}",
        floors[0]
    );
    assert!(floors[0].contains(&"活荷载 live_load_kn_m2 (kN/㎡)".to_string()));
    assert!(floors[0].contains(&"净高 clear_height_mm (mm)".to_string()));
    assert_eq!(floors.len(), 3, "header and two floors");
    assert_eq!(floors[1][..2], ["T1".to_string(), "1".to_string()]);
    let units = &book[3].1;
    assert!(units.iter().any(|r| r.contains(&"T1-0501".to_string())));
    assert_eq!(book[1].1[1][..2], ["T1".to_string(), "L1".to_string()]);
}

#[actix_web::test]
async fn csv_exports_one_sheet_named_by_the_sheet_parameter() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;

    let r = app
        .get(&format!("{}?format=csv", inventory(&t.park)), Some(&admin))
        .await;
    r.expect_problem(422, "validation_failed");
    let (status, ct, disposition, body) = download(
        &app,
        &format!("{}?format=csv&sheet=units", inventory(&t.park)),
        Some(&admin),
    )
    .await;

    assert_eq!(status, 200);
    assert!(ct.starts_with("text/csv"), "{ct}");
    assert!(disposition.ends_with("-units.csv\""), "{disposition}");
    let text = String::from_utf8(body).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    assert!(header.contains("单元编号 code"), "{header}");
    assert!(header.contains("面积 area_m2 (㎡)"), "{header}");
    assert!(text.contains("T1,5,T1-0501,600"), "{text}");
    let r = app
        .get(
            &format!("{}?format=csv&sheet=rooms", inventory(&t.park)),
            Some(&admin),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(r.error_fields(), ["sheet"]);
}

#[actix_web::test]
async fn a_template_has_the_sheets_and_headers_only() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;

    let (status, _, disposition, bytes) = download(
        &app,
        &format!("{}?template=true", inventory(&t.park)),
        Some(&admin),
    )
    .await;

    assert_eq!(status, 200);
    assert!(
        disposition.contains("inventory-template.xlsx"),
        "{disposition}"
    );
    for (name, rows) in sheets(&bytes) {
        assert_eq!(rows.len(), 1, "{name} has only its header");
        assert!(
            rows[0]
                .iter()
                .any(|h| h.contains("building_code") || h.contains("楼栋编号 code"))
        );
    }
}

#[actix_web::test]
async fn an_import_creates_buildings_lifts_floors_and_units_that_search_then_finds() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let (_, operator) = app.operator_of(&park).await;

    let r = upload(
        &app,
        &inventory(&park),
        Some(&operator),
        XLSX,
        new_park_workbook(),
    )
    .await
    .expect(200);

    assert_eq!(r.body["dry_run"], false);
    assert_eq!(r.body["created"], 7);
    assert_eq!(r.body["updated"], 0);
    assert_eq!(r.body["unchanged"], 0);
    assert_eq!(
        r.body["rows"][0],
        json!({"sheet": "buildings", "row": 2, "key": "B1", "outcome": "created"})
    );
    let keys: Vec<_> = r.body["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "B1",
            "B1/L1",
            "B1/1",
            "B1/3",
            "B1/3/B1-0301",
            "B1/3/B1-0302",
            "B1/1/B1-0101"
        ]
    );
    let units = app
        .get(&format!("/api/v1/units?park_id={park}&sort=code"), None)
        .await
        .expect(200);
    assert_eq!(units.body["total"], 3);
    let a = &units.body["items"][1];
    assert_eq!(a["code"], "B1-0301");
    assert_eq!(a["level"], 3);
    assert_eq!(a["live_load_kn_m2"], 8.0);
    assert_eq!(
        a["adjacent_unit_ids"],
        json!([units.body["items"][2]["id"]])
    );
    let audit = app
        .get("/api/v1/audit?entity_type=unit", Some(&admin))
        .await
        .expect(200);
    assert_eq!(audit.body["total"], 3, "{}", audit.body);
}

#[actix_web::test]
async fn an_exported_park_imports_back_unchanged_and_nothing_is_written() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    upload(
        &app,
        &inventory(&park),
        Some(&admin),
        XLSX,
        new_park_workbook(),
    )
    .await
    .expect(200);
    let before = app
        .get("/api/v1/audit?per_page=200", Some(&admin))
        .await
        .expect(200);

    let bytes = export_xlsx(&app, &park, &admin).await;
    let r = upload(&app, &inventory(&park), Some(&admin), XLSX, bytes)
        .await
        .expect(200);

    assert_eq!(r.body["unchanged"], 7, "{}", r.body);
    assert_eq!(
        (r.body["created"].clone(), r.body["updated"].clone()),
        (json!(0), json!(0))
    );
    assert!(outcomes(&r).iter().all(|o| o == "unchanged"));
    let after = app
        .get("/api/v1/audit?per_page=200", Some(&admin))
        .await
        .expect(200);
    assert_eq!(
        after.body["total"], before.body["total"],
        "no audit entry, so no write"
    );
    let units = app
        .get(&format!("/api/v1/units?park_id={park}"), None)
        .await
        .expect(200);
    assert!(
        units.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|u| u["version"] == 1)
    );
}

#[actix_web::test]
async fn an_edited_cell_updates_that_record_only() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let edited = units_csv(&app, &t.park, &admin)
        .await
        .replace("T1-0501,600,", "T1-0501,650.5,");

    let r = upload(
        &app,
        &format!("{}?sheet=units", inventory(&t.park)),
        Some(&admin),
        "text/csv; charset=utf-8",
        edited.into_bytes(),
    )
    .await
    .expect(200);

    assert_eq!(
        (r.body["updated"].clone(), r.body["unchanged"].clone()),
        (json!(1), json!(1))
    );
    let changed = r.body["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["outcome"] == "updated")
        .unwrap();
    assert_eq!(changed["key"], "T1/5/T1-0501");
    assert_eq!(changed["row"], 3);
    let unit = app
        .get(&format!("/api/v1/units/{}", t.fifth_unit), None)
        .await
        .expect(200);
    assert_eq!(unit.body["area_m2"], 650.5);
    assert_eq!(unit.body["version"], 2);
    let audit = app
        .get(
            &format!("/api/v1/audit?entity_type=unit&entity_id={}", t.fifth_unit),
            Some(&admin),
        )
        .await
        .expect(200);
    assert_eq!(
        audit.body["items"][0]["changes"]["area_m2"],
        json!({"before": 600.0, "after": 650.5})
    );
}

#[actix_web::test]
async fn a_dry_run_reports_what_it_would_do_and_stores_nothing() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;

    let r = upload(
        &app,
        &format!("{}?dry_run=true", inventory(&park)),
        Some(&admin),
        XLSX,
        new_park_workbook(),
    )
    .await
    .expect(200);

    assert_eq!(r.body["dry_run"], true);
    assert_eq!(r.body["created"], 7);
    let buildings = app
        .get(&format!("/api/v1/parks/{park}/buildings"), None)
        .await
        .expect(200);
    assert_eq!(buildings.body["total"], 0);
    let units = app
        .get(&format!("/api/v1/units?park_id={park}"), None)
        .await
        .expect(200);
    assert_eq!(units.body["total"], 0);
}

#[actix_web::test]
async fn a_file_that_is_not_a_workbook_or_of_another_type_is_refused() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;

    let r = upload(
        &app,
        &inventory(&park),
        Some(&admin),
        XLSX,
        b"PK\x03\x04 not really a zip".to_vec(),
    )
    .await
    .expect_problem(422, "validation_failed");
    assert_eq!(r.body["errors"][0]["code"], "not_a_workbook");
    upload(
        &app,
        &inventory(&park),
        Some(&admin),
        "application/pdf",
        b"%PDF".to_vec(),
    )
    .await
    .expect_problem(415, "unsupported_media_type");
    let r = upload(
        &app,
        &inventory(&park),
        Some(&admin),
        "text/csv",
        b"code\nA1\n".to_vec(),
    )
    .await
    .expect_problem(422, "validation_failed");
    assert_eq!(r.error_fields(), ["sheet"]);
}

#[actix_web::test]
async fn a_workbook_with_a_wrong_sheet_names_it() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let book = workbook(&[
        (
            "buildings",
            vec![row(json!([
                "code",
                "kind",
                "floors_above_ground",
                "status",
                "max_fire_hazard_class"
            ]))],
        ),
        ("lifts", vec![row(json!(["building_code", "code"]))]),
        ("floors", vec![]),
        ("rooms", vec![row(json!(["code"]))]),
    ]);

    let r = upload(&app, &inventory(&park), Some(&admin), XLSX, book)
        .await
        .expect_problem(422, "validation_failed");

    let codes: Vec<_> = r.body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["sheet"].as_str().unwrap(), e["code"].as_str().unwrap()))
        .collect();
    assert!(codes.contains(&("rooms", "unknown_sheet")), "{codes:?}");
    assert!(codes.contains(&("units", "missing_sheet")), "{codes:?}");
    assert!(codes.contains(&("lifts", "missing_column")), "{codes:?}");
    assert!(codes.contains(&("floors", "missing_header")), "{codes:?}");
}

#[actix_web::test]
async fn every_bad_cell_is_reported_at_once_by_sheet_row_and_column_and_nothing_is_stored() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let book = workbook(&[
        (
            "buildings",
            vec![
                row(json!([
                    "code",
                    "kind",
                    "floors_above_ground",
                    "status",
                    "max_fire_hazard_class"
                ])),
                row(json!(["B1", "multi_storey_factory", 6, "operational", "c"])),
                row(json!(["B2", "castle", 6, "operational", "c"])),
            ],
        ),
        (
            "lifts",
            vec![row(json!([
                "building_code",
                "code",
                "rated_load_kg",
                "car_width_mm",
                "car_depth_mm",
                "car_height_mm",
                "door_width_mm",
                "door_height_mm",
                "lowest_level",
                "highest_level"
            ]))],
        ),
        (
            "floors",
            vec![
                row(json!([
                    "building_code",
                    "level",
                    "floor_height_mm",
                    "clear_height_mm",
                    "live_load_kn_m2",
                    "area_m2"
                ])),
                row(json!(["B1", 1, 6000, 5200, "heavy", 2000.0])),
                row(json!(["B1", 9, 4500, 4800, 8.0, 1500.0])),
            ],
        ),
        (
            "units",
            vec![
                row(json!([
                    "building_code",
                    "level",
                    "code",
                    "area_m2",
                    "status",
                    "asking_rent_fen_m2_day",
                    "fit_out"
                ])),
                row(json!([
                    "B1",
                    7,
                    "B1-0701",
                    100.0,
                    "available",
                    100,
                    "bare_shell"
                ])),
                row(json!([
                    "B9",
                    1,
                    "B9-0101",
                    100.0,
                    "available",
                    100,
                    "bare_shell"
                ])),
            ],
        ),
    ]);

    let r = upload(&app, &inventory(&park), Some(&admin), XLSX, book)
        .await
        .expect_problem(422, "validation_failed");

    let errors = r.body["errors"].as_array().unwrap();
    let at = |sheet: &str, cell: &str| {
        errors
            .iter()
            .find(|e| e["sheet"] == sheet && e["cell"] == cell)
            .unwrap_or_else(|| panic!("no error at {sheet}!{cell}: {}", r.body))
    };
    let kind = at("buildings", "B3");
    assert_eq!(
        (
            kind["row"].clone(),
            kind["column"].clone(),
            kind["field"].clone()
        ),
        (json!(3), json!("B"), json!("kind"))
    );
    assert_eq!(at("floors", "E2")["code"], "not_a_number");
    assert_eq!(at("floors", "B3")["code"], "outside_building");
    assert_eq!(at("floors", "D3")["code"], "exceeds_floor_height");
    assert_eq!(at("units", "B2")["code"], "unknown_floor");
    assert_eq!(at("units", "A3")["code"], "unknown_building");
    assert!(errors.len() >= 6, "{}", r.body);
    let buildings = app
        .get(&format!("/api/v1/parks/{park}/buildings"), None)
        .await
        .expect(200);
    assert_eq!(buildings.body["total"], 0, "all or nothing");
}

#[actix_web::test]
async fn a_file_over_ten_mib_is_refused_with_413() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;

    let r = upload(
        &app,
        &inventory(&park),
        Some(&admin),
        XLSX,
        vec![b'x'; 10 * 1024 * 1024 + 1],
    )
    .await
    .expect_problem(413, "payload_too_large");

    assert!(
        r.body["detail"].as_str().unwrap().contains("10 MiB"),
        "{}",
        r.body
    );
}

#[actix_web::test]
async fn only_the_parks_staff_may_export_or_import() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let other_park = app.create_park(&admin).await;
    let (_, stranger) = app.operator_of(&other_park).await;
    let (_, tenant) = app.tenant().await;
    let (_, operator) = app.operator_of(&t.park).await;
    let path = inventory(&t.park);

    for token in [&stranger, &tenant] {
        app.get(&path, Some(token))
            .await
            .expect_problem(403, "forbidden");
        upload(&app, &path, Some(token), XLSX, new_park_workbook())
            .await
            .expect_problem(403, "forbidden");
    }
    app.get(&path, None)
        .await
        .expect_problem(401, "unauthorized");
    let unknown = inventory("0190f5c2-0000-7000-8000-000000000000");
    app.get(&unknown, Some(&admin))
        .await
        .expect_problem(404, "not_found");
    upload(&app, &unknown, Some(&admin), XLSX, new_park_workbook())
        .await
        .expect_problem(404, "not_found");
    assert_eq!(download(&app, &path, Some(&operator)).await.0, 200);
    let buildings = app
        .get(&format!("/api/v1/parks/{}/buildings", t.park), None)
        .await
        .expect(200);
    assert_eq!(
        buildings.body["total"], 1,
        "the refused uploads stored nothing"
    );
}

#[actix_web::test]
async fn a_unit_status_that_follows_deals_cannot_be_set_from_a_file() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let edited = units_csv(&app, &t.park, &admin)
        .await
        .replace("T1-0501,600,available", "T1-0501,600,leased");

    let r = upload_units(&app, &t.park, &admin, edited)
        .await
        .expect_problem(422, "validation_failed");

    assert_eq!(r.body["errors"][0]["code"], "not_settable");
    assert_eq!(r.body["errors"][0]["cell"], "E3");
}

#[actix_web::test]
async fn imports_racing_each_other_and_edits_all_succeed_in_turn() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let csv = units_csv(&app, &t.park, &admin).await;

    let imports = (0..4).map(|i| {
        let body = csv.replace(",150,", &format!(",{},", 160 + i));
        let (app, admin, park) = (&app, &admin, &t.park);
        async move { upload_units(app, park, admin, body).await.status.as_u16() }
    });
    let edits = (0..4).map(|i| {
        let (app, admin, unit) = (&app, &admin, &t.fifth_unit);
        async move {
            app.patch(
                &format!("/api/v1/units/{unit}"),
                Some(admin),
                &json!({"asking_rent_fen_m2_day": 200 + i}),
            )
            .await
            .status
            .as_u16()
        }
    });
    let (imported, edited) = futures_util::future::join(
        futures_util::future::join_all(imports),
        futures_util::future::join_all(edits),
    )
    .await;

    assert!(imported.iter().all(|s| *s == 200), "imports: {imported:?}");
    assert!(edited.iter().all(|s| *s == 200), "edits: {edited:?}");
    let unit = app
        .get(&format!("/api/v1/units/{}", t.ground_unit), None)
        .await
        .expect(200);
    assert!((160..164).contains(&unit.body["asking_rent_fen_m2_day"].as_i64().unwrap()));
}

#[actix_web::test]
async fn neighbours_must_exist_and_be_listed_both_ways() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let header = "building_code,level,code,area_m2,status,asking_rent_fen_m2_day,fit_out,adjacent_unit_codes\n";
    let body = format!(
        "{header}T1,5,T1-0501,600,available,150,bare_shell,T1-0502\n\
         T1,5,T1-0502,300,available,150,bare_shell,\n\
         T1,5,T1-0503,300,available,150,bare_shell,T1-0599\n"
    );

    let r = upload_units(&app, &t.park, &admin, body)
        .await
        .expect_problem(422, "validation_failed");

    let errors: Vec<_> = r.body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["cell"].as_str().unwrap(), e["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        errors,
        [("H2", "not_symmetric"), ("H4", "unknown_unit")],
        "{}",
        r.body
    );
    let fixed = format!(
        "{header}T1,5,T1-0501,600,available,150,bare_shell,T1-0502\n\
         T1,5,T1-0502,300,available,150,bare_shell,T1-0501\n"
    );
    let r = upload_units(&app, &t.park, &admin, fixed).await.expect(200);
    assert_eq!(outcomes(&r), ["updated", "created"]);
    let unit = app
        .get(&format!("/api/v1/units/{}", t.fifth_unit), None)
        .await
        .expect(200);
    assert_eq!(unit.body["adjacent_unit_ids"].as_array().unwrap().len(), 1);
}

/// An operator's own column (备注, notes) is named once, at its header,
/// not again at each of its cells.
#[actix_web::test]
async fn an_unknown_column_is_reported_once_at_its_header() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let book = workbook(&[
        (
            "buildings",
            vec![
                row(json!([
                    "code",
                    "kind",
                    "floors_above_ground",
                    "status",
                    "max_fire_hazard_class",
                    "备注"
                ])),
                row(json!([
                    "B1",
                    "multi_storey_factory",
                    6,
                    "operational",
                    "c",
                    "朝南"
                ])),
                row(json!([
                    "B2",
                    "multi_storey_factory",
                    6,
                    "operational",
                    "c",
                    "新建"
                ])),
            ],
        ),
        ("lifts", vec![row(json!(["building_code", "code"]))]),
        ("floors", vec![row(json!(["building_code", "level"]))]),
        (
            "units",
            vec![row(json!(["building_code", "level", "code"]))],
        ),
    ]);
    let r = upload(&app, &inventory(&park), Some(&admin), XLSX, book)
        .await
        .expect_problem(422, "validation_failed");
    let errors = r.body["errors"].as_array().expect("errors");
    let cells: Vec<(&str, &str)> = errors
        .iter()
        .filter_map(|e| Some((e["code"].as_str()?, e["cell"].as_str()?)))
        .collect();
    assert_eq!(cells, vec![("unknown_column", "F1")], "{}", r.body);
}

/// `csv` with the cell under the header naming `field` set to `value` in every data row.
fn set_column(csv: &str, field: &str, value: &str) -> String {
    let mut lines = csv.lines();
    let header = lines.next().unwrap_or_default();
    let i = header
        .split(',')
        .position(|h| h.split_whitespace().any(|w| w == field))
        .unwrap_or_else(|| panic!("{field} in {header}"));
    let mut out = vec![header.to_string()];
    for line in lines {
        let mut cells: Vec<String> = line.split(',').map(str::to_string).collect();
        cells[i] = value.to_string();
        out.push(cells.join(","));
    }
    out.join("\n") + "\n"
}

#[actix_web::test]
async fn enum_cells_may_hold_their_chinese_or_english_names() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let units = units_csv(&app, &t.park, &admin).await;
    let units = set_column(&units, "status", "可租");
    let units = set_column(&units, "fit_out", "洁净车间");
    upload_units(&app, &t.park, &admin, units).await.expect(200);
    let path = format!("{}?format=csv&sheet=buildings", inventory(&t.park));
    let (_, _, _, buildings) = download(&app, &path, Some(&admin)).await;
    let buildings = set_column(
        &String::from_utf8(buildings).unwrap(),
        "max_fire_hazard_class",
        "丙类",
    );
    let path = format!("{}?sheet=buildings", inventory(&t.park));
    upload(
        &app,
        &path,
        Some(&admin),
        "text/csv",
        buildings.into_bytes(),
    )
    .await
    .expect(200);

    let unit = app
        .get(&format!("/api/v1/units/{}", t.fifth_unit), None)
        .await
        .expect(200);
    assert_eq!(unit.body["status"], "available");
    assert_eq!(unit.body["fit_out"], "cleanroom");
    let building = app
        .get(&format!("/api/v1/buildings/{}", t.building), None)
        .await
        .expect(200);
    assert_eq!(building.body["max_fire_hazard_class"], "c");
    // Exports keep the wire values.
    let again = units_csv(&app, &t.park, &admin).await;
    assert!(
        again.contains(",available,") && again.contains(",cleanroom"),
        "{again}"
    );
}

#[actix_web::test]
async fn a_wrong_enum_cell_names_the_accepted_values_in_the_readers_language() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let units = set_column(&units_csv(&app, &t.park, &admin).await, "status", "出租中");
    let path = format!("{}?sheet=units&lang=zh-CN", inventory(&t.park));
    let r = upload(
        &app,
        &path,
        Some(&admin),
        "text/csv",
        units.clone().into_bytes(),
    )
    .await
    .expect_problem(422, "validation_failed");
    let e = &r.body["errors"][0];
    assert_eq!(e["code"], "invalid_choice");
    assert_eq!(e["field"], "status");
    let message = e["message"].as_str().unwrap_or_default();
    assert!(message.contains("“出租中”不是可选的值"), "{message}");
    assert!(
        message.contains("available, reserved, leased, unavailable"),
        "{message}"
    );

    let r = upload_units(&app, &t.park, &admin, units)
        .await
        .expect_problem(422, "validation_failed");
    let message = r.body["errors"][0]["message"].as_str().unwrap_or_default();
    assert!(
        message.starts_with("\"出租中\" is not one of available"),
        "{message}"
    );
}
