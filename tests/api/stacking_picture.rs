//! The stacking plan as a picture: `GET …/stacking-plan.svg`, and
//! `Accept: image/svg+xml` on the JSON path.

use chrono::Duration;
use resvg::{tiny_skia, usvg};
use serde_json::json;
use upstairs::domain::UnitStatus;
use upstairs::reports::stacking_picture::status_colour;

use crate::helpers::{Resp, TestApp, lift_body, spawn_app};

const SVG: &str = "image/svg+xml; charset=utf-8";

fn date(days_from_today: i64) -> String {
    (upstairs::platform::time::china_today() + Duration::days(days_from_today)).to_string()
}

/// A GET with an `Accept` header (and a token, if any).
async fn get_accepting(app: &TestApp, path: &str, token: Option<&str>, accept: &str) -> Resp {
    let mut req = app
        .client
        .get(format!("{}{path}", app.address))
        .header("accept", accept);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    TestApp::read(req.send().await.expect("request sent")).await
}

/// The picture's text, after checking it is an SVG answer.
fn svg_of(r: &Resp) -> &str {
    assert_eq!(r.header("content-type").as_deref(), Some(SVG));
    assert_eq!(
        r.header("content-security-policy").as_deref(),
        Some("default-src 'none'")
    );
    let text = r.body.as_str().expect("a text body");
    assert!(
        text.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""),
        "{text}"
    );
    text
}

fn varies_by_accept(r: &Resp) -> bool {
    r.headers
        .get_all("vary")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.to_ascii_lowercase().contains("accept"))
}

#[actix_web::test]
async fn the_svg_path_and_an_svg_accept_answer_the_picture() {
    let app = spawn_app().await;
    let t = app.tower().await;
    let json_path = format!("/api/v1/buildings/{}/stacking-plan", t.building);
    let svg_path = format!("{json_path}.svg");

    let by_path = app.get(&svg_path, None).await.expect(200);
    let picture = svg_of(&by_path);
    assert!(picture.contains("T1-0101") && picture.contains("T1-0501"));

    for accept in [
        "image/svg+xml",
        "image/svg+xml, */*;q=0.8",
        "application/json;q=0.5, image/*",
    ] {
        let r = get_accepting(&app, &json_path, None, accept)
            .await
            .expect(200);
        assert_eq!(svg_of(&r), picture, "Accept: {accept}");
        assert!(varies_by_accept(&r));
    }
    // JSON stays the default, for a header that says nothing or says JSON.
    for accept in [
        "*/*",
        "application/json",
        "application/json, image/svg+xml",
        "image/svg+xml;q=0, */*",
        "nonsense",
    ] {
        let r = get_accepting(&app, &json_path, None, accept)
            .await
            .expect(200);
        assert_eq!(
            r.header("content-type").as_deref(),
            Some("application/json"),
            "Accept: {accept}"
        );
        assert_eq!(r.body["code"], "T1");
        assert!(varies_by_accept(&r));
    }
    let plain = app.get(&json_path, None).await.expect(200);
    assert_eq!(plain.body["floors"][0]["level"], 5);
}

#[actix_web::test]
async fn tenant_names_and_the_expiry_mark_are_for_the_parks_staff_only() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let (_, op) = app.operator_of(&t.park).await;
    let other_park = app.create_park(&admin).await;
    let (_, other_op) = app.operator_of(&other_park).await;
    let (tenant_id, tenant) = app.tenant().await;
    // The lease ends in 90 days: within the 180 the picture marks.
    let lease = json!({"tenant_id": tenant_id, "unit_ids": [t.fifth_unit], "start_date": date(-10), "end_date": date(90), "rent_fen_m2_day": 150});
    app.post("/api/v1/leases", Some(&op), &lease)
        .await
        .expect(201);
    let path = format!("/api/v1/buildings/{}/stacking-plan.svg", t.building);

    let staff = app.get(&path, Some(&op)).await.expect(200);
    let staff = svg_of(&staff);
    assert!(staff.contains("青岛某生物科技有限公司"));
    assert!(staff.contains("≤180d"));
    assert!(staff.contains(&date(90)));
    let admins = app.get(&path, Some(&admin)).await.expect(200);
    assert!(svg_of(&admins).contains("青岛某生物科技有限公司"));

    for token in [None, Some(other_op.as_str()), Some(tenant.as_str())] {
        let r = app.get(&path, token).await.expect(200);
        let picture = svg_of(&r);
        assert!(!picture.contains("青岛某生物科技有限公司"));
        assert!(!picture.contains("≤180d"));
        assert!(!picture.contains(&date(90)));
        assert!(
            picture.contains("data-status=\"leased\""),
            "the status is public"
        );
    }
}

#[actix_web::test]
async fn names_are_escaped_in_the_picture() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let (tenant_id, _) = app.tenant().await;
    app.patch(
        &format!("/api/v1/tenants/{tenant_id}"),
        Some(&admin),
        &json!({"name": "<Acme & \"Sons\">"}),
    )
    .await
    .expect(200);
    let lease = json!({"tenant_id": tenant_id, "unit_ids": [t.ground_unit], "start_date": date(-1), "end_date": date(400), "rent_fen_m2_day": 150});
    app.post("/api/v1/leases", Some(&admin), &lease)
        .await
        .expect(201);
    let r = app
        .get(
            &format!("/api/v1/buildings/{}/stacking-plan.svg", t.building),
            Some(&admin),
        )
        .await
        .expect(200);
    let picture = svg_of(&r);
    assert!(picture.contains("&lt;Acme &amp; &quot;Sons&quot;&gt;"));
    assert!(!picture.contains("<Acme"));
    assert!(usvg::Tree::from_str(picture, &usvg::Options::default()).is_ok());
}

#[actix_web::test]
async fn an_unknown_building_is_a_404_problem_in_either_form() {
    let app = spawn_app().await;
    let unknown = uuid::Uuid::now_v7();
    let svg_path = format!("/api/v1/buildings/{unknown}/stacking-plan.svg");
    app.get(&svg_path, None)
        .await
        .expect_problem(404, "not_found");
    let json_path = format!("/api/v1/buildings/{unknown}/stacking-plan");
    get_accepting(&app, &json_path, None, "image/svg+xml")
        .await
        .expect_problem(404, "not_found");
    app.get("/api/v1/buildings/not-a-uuid/stacking-plan.svg", None)
        .await
        .expect_problem(404, "not_found");
}

/// The (x, y, width, height) of the unit's box, read from the picture.
fn unit_box(svg: &str, unit_id: &str) -> (f32, f32, f32, f32) {
    let marker = format!("data-unit-id=\"{unit_id}\"");
    let at = svg.find(&marker).expect("the unit's box");
    let start = svg[..at].rfind("<rect").expect("a rect");
    let end = at + svg[at..].find("/>").expect("the rect's end");
    let rect = &svg[start..end];
    let attr = |name: &str| -> f32 {
        let key = format!(" {name}=\"");
        let from = rect.find(&key).expect(name) + key.len();
        let to = from + rect[from..].find('"').expect("a closing quote");
        rect[from..to].parse().expect("a number")
    };
    (attr("x"), attr("y"), attr("width"), attr("height"))
}

fn rgb(hex: &str) -> [u8; 3] {
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex");
    [byte(1), byte(3), byte(5)]
}

#[actix_web::test]
async fn rendered_to_pixels_leased_and_available_boxes_have_their_colours() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    app.create_lift(&admin, &t.building, lift_body("T1-H1", 3000, 1, 15))
        .await;
    let (tenant_id, _) = app.tenant().await;
    let lease = json!({"tenant_id": tenant_id, "unit_ids": [t.fifth_unit], "start_date": date(-1), "end_date": date(900), "rent_fen_m2_day": 150});
    app.post("/api/v1/leases", Some(&admin), &lease)
        .await
        .expect(201);
    let r = app
        .get(
            &format!("/api/v1/buildings/{}/stacking-plan.svg", t.building),
            Some(&admin),
        )
        .await
        .expect(200);
    let picture = svg_of(&r);

    let mut options = usvg::Options::default();
    // Text draws in whatever fonts the machine has; the boxes need none.
    options.fontdb_mut().load_system_fonts();
    let tree = usvg::Tree::from_str(picture, &options).expect("a valid SVG");
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).expect("a pixmap");
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());

    for (unit, status) in [
        (&t.fifth_unit, UnitStatus::Leased),
        (&t.ground_unit, UnitStatus::Available),
    ] {
        let (x, y, w, h) = unit_box(picture, unit);
        // The bottom right corner of the box: inside its border, clear of its text.
        let px = pixmap
            .pixel((x + w - 4.0) as u32, (y + h - 4.0) as u32)
            .expect("inside the picture");
        assert_eq!(
            [px.red(), px.green(), px.blue(), px.alpha()],
            {
                let [r, g, b] = rgb(status_colour(status));
                [r, g, b, 255]
            },
            "{status} box at ({x}, {y}, {w}, {h})"
        );
    }
}

#[actix_web::test]
async fn the_picture_speaks_the_requests_language() {
    let app = spawn_app().await;
    let t = app.tower().await;
    let json_path = format!("/api/v1/buildings/{}/stacking-plan", t.building);
    let svg_path = format!("{json_path}.svg");

    let en = app
        .get(&format!("{svg_path}?lang=en"), None)
        .await
        .expect(200);
    let en = svg_of(&en);
    assert!(
        en.contains(">Available<") && en.contains("Stacking plan"),
        "{en}"
    );
    assert!(!en.contains("可租"), "{en}");

    let zh = app
        .get(&format!("{svg_path}?lang=zh-CN"), None)
        .await
        .expect(200);
    assert_eq!(zh.header("content-language").as_deref(), Some("zh-CN"));
    let zh = svg_of(&zh);
    for words in [">可租<", ">已出租<", ">已预留<", ">不可租<", "楼盘表", "㎡"] {
        assert!(zh.contains(words), "{words} in {zh}");
    }
    assert!(!zh.contains("Available") && !zh.contains("m²"), "{zh}");

    // The negotiated picture on the JSON path follows Accept-Language.
    let req = app
        .client
        .get(format!("{}{json_path}", app.address))
        .header("accept", "image/svg+xml")
        .header("accept-language", "zh-CN");
    let r = TestApp::read(req.send().await.expect("request sent")).await;
    assert_eq!(svg_of(&r), zh);
}
