//! The checks' messages in Chinese: for each criterion a pass and a fail,
//! each with its own units (㎡, kN/㎡, mm, 元/㎡·天) and nothing left of
//! the catalogue's syntax; and the same candidates, checks and verdicts
//! whichever language the messages are in.

use super::fixtures::*;
use crate::domain::{BuildingStatus, FireHazardClass, UnitStatus};
use crate::i18n::Lang;
use crate::matching::engine::*;

/// A world with one 1,200 m² unit on `level` of the tower.
fn one_unit(level: i32) -> (World, uuid::Uuid) {
    let mut w = World::new();
    let t = w.tower();
    let id = w.floor(t, level, &[1200.0])[0];
    (w, id)
}

fn find_in(w: &World, req: &Requirement, lang: Lang) -> MatchResult {
    find_within(req, &Index::new(&w.inv), 50, Limits::default(), lang)
}

/// The result with every message blanked: what must not depend on the language.
fn without_words(mut r: MatchResult) -> MatchResult {
    for c in r.matches.iter_mut().chain(r.near_misses.iter_mut()) {
        for k in &mut c.checks {
            k.message.clear();
        }
    }
    r
}

/// The first candidate's check of `criterion` in Chinese: its verdict and
/// message, once the message is shown to read as Chinese and the rest of
/// the answer is shown to be what the English one is.
fn zh(w: &World, req: &Requirement, criterion: Criterion) -> (bool, String) {
    let (zh, en) = (find_in(w, req, Lang::ZhCn), find_in(w, req, Lang::En));
    assert_eq!(en, w.find(req), "find answers in English");
    assert_eq!(without_words(zh.clone()), without_words(en));
    let c = zh.matches.iter().chain(&zh.near_misses).next().unwrap();
    for k in &c.checks {
        let m = &k.message;
        assert!(!m.contains(['{', '}', '$']), "{:?}: {m}", k.criterion);
        assert!(
            m.chars().any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)),
            "{:?} is not in Chinese: {m}",
            k.criterion
        );
        for english in ["the ", " is ", "m²", "kN/m²", "fen", "level"] {
            assert!(!m.contains(english), "{:?}: {m}", k.criterion);
        }
    }
    let k = check(c, criterion);
    (k.passed, k.message.clone())
}

fn has(said: &(bool, String), passed: bool, parts: &[&str]) {
    assert_eq!(said.0, passed, "{}", said.1);
    for p in parts {
        assert!(said.1.contains(p), "{p:?} not in {}", said.1);
    }
}

#[test]
fn area_in_chinese() {
    let (w, _) = one_unit(5);
    let mut req = requirement();
    has(
        &zh(&w, &req, Criterion::Area),
        true,
        &["面积 1200 ㎡", "1000 ㎡"],
    );
    req.max_area_m2 = Some(1500.0);
    has(&zh(&w, &req, Criterion::Area), true, &["1000–1500 ㎡"]);
    req.min_area_m2 = 1250.0;
    has(
        &zh(&w, &req, Criterion::Area),
        false,
        &["1250 ㎡", "差 50 ㎡"],
    );
    req.min_area_m2 = 800.0;
    req.max_area_m2 = Some(1000.0);
    has(&zh(&w, &req, Criterion::Area), false, &["超过上限 1000 ㎡"]);
}

#[test]
fn combined_units_are_counted_in_chinese() {
    let mut w = World::new();
    let t = w.tower();
    w.floor(t, 5, &[600.0, 500.0]);
    let mut req = requirement();
    req.min_area_m2 = 1100.0;
    has(
        &zh(&w, &req, Criterion::Area),
        true,
        &["2 个单元合计 1100 ㎡"],
    );
    req.min_live_load_kn_m2 = Some(12.0);
    has(
        &zh(&w, &req, Criterion::LiveLoad),
        false,
        &["2 个单元中最低的楼面活荷载为 10 kN/㎡", "12 kN/㎡"],
    );
}

#[test]
fn live_load_in_chinese() {
    let (w, _) = one_unit(1);
    let mut req = requirement();
    req.min_live_load_kn_m2 = Some(8.0);
    has(
        &zh(&w, &req, Criterion::LiveLoad),
        true,
        &["10 kN/㎡", "要求 8 kN/㎡"],
    );
    req.min_live_load_kn_m2 = Some(10.5);
    has(
        &zh(&w, &req, Criterion::LiveLoad),
        false,
        &["低于所需的 10.5 kN/㎡"],
    );
    // 3 t on a 1200 × 1000 mm pallet: 24.52 kN/m², and 10.5 not reached either.
    req.heaviest_item = Some(item(3000.0, 1200, 1000, 1800));
    has(
        &zh(&w, &req, Criterion::LiveLoad),
        false,
        &["；", "3000 kg", "1200×1000 mm", "24.52 kN/㎡"],
    );
}

#[test]
fn clear_height_in_chinese() {
    let (w, _) = one_unit(1);
    let mut req = requirement();
    req.min_clear_height_mm = Some(4500);
    has(
        &zh(&w, &req, Criterion::ClearHeight),
        true,
        &["净高 4500 mm", "要求 4500 mm"],
    );
    req.min_clear_height_mm = Some(4501);
    has(
        &zh(&w, &req, Criterion::ClearHeight),
        false,
        &["低于所需的 4501 mm"],
    );
    req.min_clear_height_mm = None;
    req.heaviest_item = Some(item(500.0, 2000, 2000, 4600));
    has(
        &zh(&w, &req, Criterion::ClearHeight),
        false,
        &["设备高 4600 mm"],
    );
}

#[test]
fn freight_lift_in_chinese() {
    let (w, _) = one_unit(4);
    let mut req = requirement();
    req.heaviest_item = Some(item(3000.0, 2000, 1600, 2200));
    has(
        &zh(&w, &req, Criterion::FreightLift),
        true,
        &[
            "额定载重 3000 kg 的货梯",
            "1–10 层",
            "2000×3500×2800 mm",
            "通达 4 层",
            "可运送",
        ],
    );
    req.heaviest_item = Some(item(3200.0, 2000, 1600, 2700));
    has(
        &zh(&w, &req, Criterion::FreightLift),
        false,
        &["最接近的是", "设备重 3200 kg", "门高只有 2500 mm"],
    );
    let (w, _) = one_unit(11);
    has(
        &zh(&w, &requirement(), Criterion::FreightLift),
        false,
        &["没有通达 11 层的货梯"],
    );
    let (w, _) = one_unit(1);
    has(
        &zh(&w, &requirement(), Criterion::FreightLift),
        true,
        &["首层"],
    );
}

#[test]
fn fire_hazard_in_chinese_names_the_classes_by_label() {
    let (mut w, _) = one_unit(5);
    let mut req = requirement();
    has(
        &zh(&w, &req, Criterion::FireHazard),
        true,
        &["不高于丙类", "5 层", "丙类生产"],
    );
    req.fire_hazard_class = FireHazardClass::B;
    has(
        &zh(&w, &req, Criterion::FireHazard),
        false,
        &["不高于丙类", "乙类生产"],
    );
    let t = w.tower();
    w.inv.units.clear();
    w.floor(t, -1, &[1200.0]);
    w.inv.lifts[0].lowest_level = -1;
    w.inv.buildings[0].max_fire_hazard_class = FireHazardClass::B;
    has(
        &zh(&w, &req, Criterion::FireHazard),
        false,
        &["乙类生产不得设在地下", "B1 层"],
    );
}

#[test]
fn power_in_chinese() {
    let (mut w, id) = one_unit(3);
    let mut req = requirement();
    req.min_power_kva = Some(400.0);
    has(
        &zh(&w, &req, Criterion::Power),
        true,
        &["500 kVA", "要求 400 kVA"],
    );
    req.min_power_kva = Some(600.0);
    has(
        &zh(&w, &req, Criterion::Power),
        false,
        &["低于所需的 600 kVA"],
    );
    w.unit_mut(id).power_kva = None;
    has(&zh(&w, &req, Criterion::Power), false, &["供电容量不详"]);
}

#[test]
fn utility_shaft_and_park_in_chinese() {
    let (mut w, id) = one_unit(3);
    let mut req = requirement();
    req.needs_utility_shaft = true;
    has(&zh(&w, &req, Criterion::UtilityShaft), true, &["有管井"]);
    w.unit_mut(id).has_utility_shaft = false;
    has(
        &zh(&w, &req, Criterion::UtilityShaft),
        false,
        &["需要管井，但该楼层没有"],
    );
    req.needs_utility_shaft = false;
    req.preferred_park_ids = vec![w.park_id()];
    has(&zh(&w, &req, Criterion::Park), true, &["意向园区"]);
    req.preferred_park_ids = vec![uuid::Uuid::now_v7()];
    has(
        &zh(&w, &req, Criterion::Park),
        false,
        &["不在任何意向园区内"],
    );
}

#[test]
fn rent_in_chinese_is_in_yuan() {
    let (w, _) = one_unit(3);
    let mut req = requirement();
    req.max_rent_fen_m2_day = Some(150);
    has(
        &zh(&w, &req, Criterion::Rent),
        true,
        &["挂牌租金为 1.50 元/㎡·天", "1.50 元/㎡·天 的预算以内"],
    );
    req.max_rent_fen_m2_day = Some(105);
    has(
        &zh(&w, &req, Criterion::Rent),
        false,
        &["超出 1.05 元/㎡·天 的预算"],
    );
}

#[test]
fn availability_in_chinese() {
    let (mut w, id) = one_unit(3);
    let req = requirement();
    has(
        &zh(&w, &req, Criterion::Availability),
        true,
        &["在 2027-03-01 至 2028-03-01 期间空闲"],
    );
    w.hold(id, "2028-02-29", "2029-01-01");
    w.unit_mut(id).status = UnitStatus::Unavailable;
    has(
        &zh(&w, &req, Criterion::Availability),
        false,
        &["单元 L03-01 已标为不可租；", "2028-02-29 至 2029-01-01"],
    );
}

#[test]
fn building_readiness_in_chinese_names_the_status_by_label() {
    let (mut w, _) = one_unit(3);
    let req = requirement();
    has(
        &zh(&w, &req, Criterion::BuildingReady),
        true,
        &["该楼已投入运营"],
    );
    w.inv.buildings[0].status = BuildingStatus::UnderConstruction;
    w.inv.buildings[0].completion_date = Some(d("2027-03-02"));
    has(
        &zh(&w, &req, Criterion::BuildingReady),
        false,
        &["该楼在建", "2027-03-02 竣工", "晚于入驻日期 2027-03-01"],
    );
}
