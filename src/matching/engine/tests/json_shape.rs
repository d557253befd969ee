//! The JSON a candidate becomes: names the contract fixes.

use super::fixtures::*;

#[test]
fn a_candidate_serializes_with_the_contract_field_and_criterion_names() {
    let mut w = World::new();
    let t = w.tower();
    let id = w.floor(t, 5, &[1200.0])[0];
    let mut req = requirement();
    req.min_live_load_kn_m2 = Some(12.0);
    let c = w.find(&req).near_misses.remove(0);
    let json = serde_json::to_value(&c).unwrap();
    assert_eq!(json["unit_ids"][0], id.to_string());
    for field in [
        "park_id",
        "building_id",
        "level",
        "total_area_m2",
        "monthly_rent_fen",
        "score",
    ] {
        assert!(json.get(field).is_some(), "{field}");
    }
    let names: Vec<&str> = json["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["criterion"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
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
    let load = &json["checks"][1];
    assert_eq!(load["passed"], false);
    assert_eq!(load["required"]["min_live_load_kn_m2"], 12.0);
    assert_eq!(load["actual"]["live_load_kn_m2"], 10.0);
}
