//! The worked example of `docs/matching.md`, computed from the demo parks
//! of `src/demo/` through the API: the document's table of matches and the
//! checks it quotes must be what `POST /match` answers, so the example
//! follows the demo data instead of copying its figures. When this fails,
//! it prints the table as it now is, ready to paste.

use serde_json::{Value, json};

use crate::helpers::spawn_with;

/// 青岛蓝海生物医药 (C2761): 1,000–1,500 m², 10 kN/m², a 3 t machine on a
/// 2.2 × 1.6 m skid, 2.1 m tall, class c, from 2027-03-01 for three years.
fn biotech() -> Value {
    json!({"industry_code": "C2761", "use": "production", "min_area_m2": 1000.0,
           "max_area_m2": 1500.0, "min_live_load_kn_m2": 10.0,
           "heaviest_item": {"weight_kg": 3000.0, "length_mm": 2200, "width_mm": 1600, "height_mm": 2100},
           "fire_hazard_class": "c", "needs_utility_shaft": false,
           "move_in_date": "2027-03-01", "lease_months": 36, "allow_combined_units": true})
}

fn codes(candidate: &Value) -> String {
    candidate["units"]
        .as_array()
        .map(|units| {
            units
                .iter()
                .filter_map(|u| u["code"].as_str())
                .collect::<Vec<_>>()
                .join(" + ")
        })
        .unwrap_or_default()
}

/// 1234567.5 → "1,234,567.50"; 1000.0 → "1,000".
fn grouped(x: f64, decimals: usize) -> String {
    let text = format!("{x:.decimals$}");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if fraction.is_empty() {
        out
    } else {
        format!("{out}.{fraction}")
    }
}

fn check<'a>(candidate: &'a Value, criterion: &str) -> &'a Value {
    candidate["checks"]
        .as_array()
        .and_then(|c| c.iter().find(|k| k["criterion"] == criterion))
        .unwrap_or(&Value::Null)
}

#[actix_web::test]
async fn the_worked_example_of_the_matching_document_is_what_the_demo_answers() {
    let app = spawn_with(|s| s.demo = true).await;
    let r = app
        .post("/api/v1/match?limit=50", None, &biotech())
        .await
        .expect(200);
    let mut table = String::from(
        "| # | units | m² | score | monthly rent (CNY) | freight lift |\n| --- | --- | --- | --- | --- | --- |\n",
    );
    for (n, c) in r.body["matches"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        let rent = c["monthly_rent_fen"].as_f64().unwrap_or(0.0) / 100.0;
        table.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            n + 1,
            codes(c),
            grouped(c["total_area_m2"].as_f64().unwrap_or(0.0), 0),
            c["score"],
            grouped(rent, 2),
            check(c, "freight_lift")["message"]
                .as_str()
                .unwrap_or_default()
        ));
    }
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/matching.md"))
        .expect("docs/matching.md");
    assert!(
        doc.contains(&table),
        "docs/matching.md's table of matches is not what the demo answers; it now is:\n\n{table}"
    );

    // The two checks the document quotes in full.
    let near = |code: &str| {
        r.body["near_misses"]
            .as_array()
            .and_then(|l| l.iter().find(|c| codes(c) == code))
            .cloned()
            .unwrap_or_default()
    };
    for (code, criterion) in [("A1-1201", "live_load"), ("B4-0101", "building_ready")] {
        let candidate = near(code);
        let failing: Vec<&Value> = candidate["checks"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|k| k["passed"] == false)
            .collect();
        assert_eq!(failing.len(), 1, "{code}: {candidate}");
        assert_eq!(failing[0]["criterion"], criterion);
        let quoted = serde_json::to_string_pretty(failing[0]).unwrap_or_default();
        assert!(
            doc.contains(&quoted),
            "docs/matching.md does not quote {code}'s {criterion} check as the demo answers it:\n\n{quoted}"
        );
    }

    // The Chinese message the document quotes for A1-1201.
    let zh = app
        .post("/api/v1/match?limit=50&lang=zh-CN", None, &biotech())
        .await
        .expect(200);
    let candidate = zh.body["near_misses"]
        .as_array()
        .and_then(|l| l.iter().find(|c| codes(c) == "A1-1201"))
        .cloned()
        .unwrap_or_default();
    let message = check(&candidate, "live_load")["message"]
        .as_str()
        .unwrap_or_default();
    assert!(
        message.contains("kN/㎡") && doc.contains(&format!("> {message}\n")),
        "docs/matching.md does not quote A1-1201's live_load message in Chinese as the demo answers it:\n\n> {message}"
    );
}
