use chrono::{Duration, NaiveDate};

use super::*;
use crate::i18n::Lang;
use crate::platform::db::Id;
use crate::reports::model::{Occupant, StackFloor, StackUnit, StackingPlan};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default()
}

fn unit(code: &str, area_m2: f64, status: UnitStatus) -> StackUnit {
    StackUnit {
        unit_id: Id::new(),
        code: code.into(),
        area_m2,
        status,
        adjacent_unit_ids: vec![],
        occupant: None,
    }
}

fn leased_to(code: &str, area_m2: f64, tenant: &str, ends_in_days: i64) -> StackUnit {
    StackUnit {
        occupant: Some(Occupant {
            tenant_id: Id::new(),
            tenant_name: tenant.into(),
            lease_id: Id::new(),
            lease_end_date: today() + Duration::days(ends_in_days),
        }),
        ..unit(code, area_m2, UnitStatus::Leased)
    }
}

fn floor(level: i32, area_m2: f64, units: Vec<StackUnit>) -> StackFloor {
    StackFloor {
        floor_id: Id::new(),
        level,
        area_m2,
        live_load_kn_m2: 8.0,
        clear_height_mm: 4500,
        units,
    }
}

fn plan(staff: bool, floors: Vec<StackFloor>) -> StackingPlan {
    StackingPlan {
        building_id: Id::new(),
        park_id: Id::new(),
        code: "A1".into(),
        as_of: today(),
        includes_occupants: staff,
        floors,
    }
}

/// The value of `name` in the element that carries `marker`.
fn attr(svg: &str, marker: &str, name: &str) -> f64 {
    let at = svg
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} in the picture"));
    let start = svg[..at].rfind('<').unwrap_or(0);
    let end = at + svg[at..].find('>').unwrap_or(0);
    let element = &svg[start..end];
    let key = format!(" {name}=\"");
    let from = element
        .find(&key)
        .map(|i| i + key.len())
        .unwrap_or_else(|| panic!("{name} in {element}"));
    let value = &element[from..from + element[from..].find('"').unwrap_or(0)];
    value
        .parse()
        .unwrap_or_else(|_| panic!("{name}={value} is a number"))
}

fn unit_attr(svg: &str, unit_id: Id, name: &str) -> f64 {
    attr(svg, &format!("data-unit-id=\"{unit_id}\""), name)
}

fn draw(plan: StackingPlan, lifts: Vec<LiftReach>) -> String {
    let picture = Picture {
        plan,
        building_name: Some("生命科技塔楼".into()),
        lifts,
    };
    render(&picture, &Labels::new(Lang::ZhCn))
}

fn draw_in(lang: Lang, plan: StackingPlan) -> String {
    let picture = Picture {
        plan,
        building_name: None,
        lifts: vec![],
    };
    render(&picture, &Labels::new(lang))
}

/// The picture is an SVG a renderer accepts.
fn parses(svg: &str) {
    let parsed = resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default());
    assert!(parsed.is_ok(), "{:?}\n{svg}", parsed.err());
}

#[test]
fn codes_and_names_are_escaped() {
    let mut u = leased_to("<A&\"1'>", 500.0, "<script>&\u{1}Co", 400);
    u.status = UnitStatus::Leased;
    let svg = render(
        &Picture {
            plan: plan(true, vec![floor(3, 1000.0, vec![u])]),
            building_name: Some("<Tower & 'Co'>".into()),
            lifts: vec![LiftReach {
                code: "<H1>".into(),
                rated_load_kg: 2000,
                lowest_level: 1,
                highest_level: 3,
            }],
        },
        &Labels::new(Lang::En),
    );
    assert!(svg.contains("&lt;Tower &amp; &#39;Co&#39;&gt;"));
    assert!(svg.contains("&lt;H1&gt;"));
    assert!(svg.contains("&lt;A&amp;&quot;1&#39;&gt;"));
    assert!(svg.contains("&lt;script&gt;&amp;Co"));
    assert!(!svg.contains("<script"));
    parses(&svg);
}

#[test]
fn box_widths_follow_area_and_the_widest_floor_fits() {
    let big = unit("A1-0101", 1000.0, UnitStatus::Available);
    let half = unit("A1-0102", 500.0, UnitStatus::Reserved);
    let tiny = unit("A1-0501", 10.0, UnitStatus::Available);
    let (big_id, half_id, tiny_id) = (big.unit_id, half.unit_id, tiny.unit_id);
    let floors = vec![
        floor(5, 1000.0, vec![tiny]),
        floor(1, 2000.0, vec![big, half]),
    ];
    let svg = draw(plan(false, floors), vec![]);
    let big_w = unit_attr(&svg, big_id, "width");
    let half_w = unit_attr(&svg, half_id, "width");
    assert!((big_w - PLAN_W / 2.0).abs() < 0.1, "{big_w}");
    assert!((big_w - 2.0 * half_w).abs() < 0.2, "{big_w} vs {half_w}");
    assert_eq!(unit_attr(&svg, tiny_id, "width"), MIN_BOX_W);
    // Side by side, the second starts where the first ends.
    let x0 = unit_attr(&svg, big_id, "x");
    let x1 = unit_attr(&svg, half_id, "x");
    assert!((x1 - x0 - big_w).abs() < 0.2);
    // Top down: the fifth floor's row is above the ground floor's.
    assert!(unit_attr(&svg, tiny_id, "y") < unit_attr(&svg, big_id, "y"));
    parses(&svg);
}

#[test]
fn boxes_are_filled_by_status_and_the_legend_names_every_status() {
    let units = vec![
        unit("U1", 400.0, UnitStatus::Available),
        unit("U2", 400.0, UnitStatus::Reserved),
        leased_to("U3", 400.0, "某公司", 900),
        unit("U4", 400.0, UnitStatus::Unavailable),
    ];
    let svg = draw(plan(false, vec![floor(2, 1600.0, units)]), vec![]);
    for status in STATUSES {
        let swatch = format!("class=\"legend-swatch\" data-status=\"{status}\"");
        assert!(svg.contains(&swatch), "{swatch}");
        assert!(svg.contains(&format!("data-status=\"{status}\" x=")));
        assert!(svg.contains(Labels::new(Lang::ZhCn).status(status)));
        assert!(svg.contains(&format!("fill=\"{}\"", status_colour(status))));
    }
    assert!(svg.contains(">2层<"));
    assert!(svg.contains("荷载 8.0 kN/㎡"));
    assert!(svg.contains("净高 4500 mm"));
}

#[test]
fn the_public_sees_no_tenant_names_or_lease_dates() {
    let u = leased_to("A1-1201", 1300.0, "青岛某软件有限公司", 60);
    let end = u
        .occupant
        .as_ref()
        .map(|o| o.lease_end_date.to_string())
        .unwrap_or_default();
    // Even a plan that (wrongly) still held the occupant draws none for the public.
    let svg = draw(plan(false, vec![floor(12, 2600.0, vec![u])]), vec![]);
    assert!(!svg.contains("青岛某软件有限公司"));
    assert!(!svg.contains(&end));
    assert!(!svg.contains("≤180"));
    assert!(svg.contains("A1-1201"));
}

#[test]
fn staff_see_tenants_and_a_mark_on_leases_ending_within_180_days() {
    let soon = leased_to("A1-1201", 1300.0, "青岛某软件有限公司", 60);
    let later = leased_to("A1-0501", 1300.0, "青岛某器械有限公司", 181);
    let p = plan(
        true,
        vec![floor(12, 2600.0, vec![soon]), floor(5, 2600.0, vec![later])],
    );
    let svg = draw(p, vec![]);
    assert!(svg.contains("青岛某软件有限公司"));
    assert!(svg.contains("青岛某器械有限公司"));
    assert_eq!(svg.matches("class=\"expiring\"").count(), 1);
    // The one tag on the box, and the one in the legend.
    assert_eq!(svg.matches("class=\"expiry-tag\"").count(), 2);
    assert!(svg.contains(&(today() + Duration::days(60)).to_string()));
    assert!(svg.contains("租约 180 天内到期"));
}

#[test]
fn a_lift_bar_spans_the_rows_of_the_levels_it_serves() {
    let floors = vec![
        floor(9, 1000.0, vec![]),
        floor(5, 1000.0, vec![]),
        floor(1, 1000.0, vec![]),
        floor(-1, 1000.0, vec![]),
    ];
    let lift = |code: &str, lo, hi| LiftReach {
        code: code.into(),
        rated_load_kg: 3000,
        lowest_level: lo,
        highest_level: hi,
    };
    let lifts = [lift("H1", -1, 9), lift("H2", 1, 5), lift("H3", 20, 30)];
    let svg = draw(plan(false, floors), lifts.into());
    let h1 = "data-lift-code=\"H1\"";
    let h2 = "data-lift-code=\"H2\"";
    let row = |i: f64| MARGIN + TITLE_H + HEAD_H + i * ROW_H;
    assert_eq!(attr(&svg, h1, "y"), row(0.0));
    assert_eq!(attr(&svg, h1, "height"), 3.0 * ROW_H + BOX_H);
    assert_eq!(attr(&svg, h2, "y"), row(1.0));
    assert_eq!(attr(&svg, h2, "height"), ROW_H + BOX_H);
    assert!(attr(&svg, h2, "x") > attr(&svg, h1, "x"));
    // A lift that serves no drawn floor is named but has no bar.
    assert!(!svg.contains("data-lift-code=\"H3\""));
    assert!(svg.contains(">H3<"));
    assert!(svg.contains("3000 kg"));
    assert!(svg.contains(">地下1层<"));
    parses(&svg);
}

#[test]
fn the_title_names_the_building_in_fonts_that_fall_back_to_cjk_faces() {
    let svg = draw(plan(false, vec![]), vec![]);
    assert!(svg.contains(">A1 生命科技塔楼 楼盘表<"));
    assert!(svg.contains("font-family=\"'Noto Sans CJK SC', 'Source Han Sans SC'"));
    assert!(svg.contains("sans-serif\""));
    parses(&svg);
}

#[test]
fn a_narrow_box_cuts_long_names_and_drops_a_date_it_cannot_fit() {
    let narrow = leased_to("A1-0901", 10.0, "青岛某某某某生物医药科技有限公司", 30);
    let wide = unit("A1-0902", 2000.0, UnitStatus::Available);
    let svg = draw(
        plan(true, vec![floor(9, 2010.0, vec![narrow, wide])]),
        vec![],
    );
    let end = (today() + Duration::days(30)).to_string();
    // In the tooltip only, never cut on the box.
    assert_eq!(svg.matches(&end).count(), 1, "{svg}");
    assert!(svg.contains(">青岛某某…<"), "{svg}");
    assert_eq!(svg.matches("class=\"expiring\"").count(), 1);
    parses(&svg);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Whatever codes and names users type, the picture stays a document a
    /// renderer reads, and their markup never becomes the picture's.
    #[test]
    fn any_code_or_name_gives_a_valid_picture(code in "\\PC{0,20}", name in "\\PC{0,40}", raw in ".{0,12}") {
        let unit = leased_to(&format!("{code}{raw}"), 500.0, &format!("{name}{raw}"), 30);
        let lift = LiftReach { code: raw.clone(), rated_load_kg: 1000, lowest_level: 1, highest_level: 2 };
        let svg = render(
            &Picture {
                plan: plan(true, vec![floor(2, 1000.0, vec![unit])]),
                building_name: Some(name.clone()),
                lifts: vec![lift],
            },
            &Labels::new(Lang::ZhCn),
        );
        let parsed = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default());
        proptest::prop_assert!(parsed.is_ok(), "{:?}", parsed.err());
        proptest::prop_assert!(!svg.contains("<script"));
    }
}

#[test]
fn the_words_are_in_the_language_asked_for() {
    let units = || {
        vec![
            unit("U1", 400.0, UnitStatus::Available),
            leased_to("U2", 812.5, "某公司", 30),
        ]
    };
    let zh = draw_in(Lang::ZhCn, plan(true, vec![floor(2, 1600.0, units())]));
    for words in [
        "可租",
        "已出租",
        ">2层<",
        "≤180天",
        "812.5 ㎡",
        "荷载 8.0 kN/㎡",
    ] {
        assert!(zh.contains(words), "{words} in {zh}");
    }
    assert!(!zh.contains("Available") && !zh.contains("m²"), "{zh}");
    let en = draw_in(Lang::En, plan(true, vec![floor(2, 1600.0, units())]));
    for words in [
        "Available",
        "Leased",
        ">2F<",
        "≤180d",
        "812.5 m²",
        "Live load 8.0 kN/m²",
        "lease ends within 180 days",
        ">A1 Stacking plan<",
    ] {
        assert!(en.contains(words), "{words} in {en}");
    }
    assert!(!en.contains("可租") && !en.contains("楼盘表"), "{en}");
    parses(&zh);
    parses(&en);
}
