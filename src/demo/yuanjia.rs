//! 源嘉生命科技产业园, Laoshan district, Qingdao: a 50-mu site whose first
//! phase is one 15-storey industrial tower and four multi-storey factories,
//! 83,000 m² in all, for biomedicine, medical devices and new-generation IT.

use crate::demo::builder;

use crate::demo::builder::BuildingSpec;

use crate::demo::builder::Storey;
use crate::domain::{BuildingKind, BuildingStatus, FireHazardClass, FitOut, IndustryList};
use crate::inventory::park::store::Park;
use crate::platform::db::Versioned;
use crate::platform::db::{DbConn, Id, now};
use crate::platform::error::AppResult;

pub struct Loaded {
    pub park: Id,
    pub biotech_tenant: Id,
    pub devices_tenant: Id,
    pub software_tenant: Id,
}

/// Heavier, taller floors low in the tower; lighter ones higher up.
fn tower_storey(level: i32) -> Storey {
    let (floor_height_mm, clear_height_mm, live_load_kn_m2, power_kva) = match level {
        -1 => (4800, 3900, 10.0, None),
        1 => (7200, 6000, 15.0, Some(1250.0)),
        2..=3 => (6000, 5000, 12.0, Some(1000.0)),
        4..=9 => (5100, 4500, 8.0, Some(630.0)),
        _ => (4800, 4500, 6.5, Some(500.0)),
    };
    Storey {
        floor_height_mm,
        clear_height_mm,
        live_load_kn_m2,
        power_kva,
        utility_shaft: level > 0,
    }
}

fn factory_storey(level: i32) -> Storey {
    let (floor_height_mm, clear_height_mm, live_load_kn_m2, power_kva) = match level {
        1 => (6500, 5500, 12.0, Some(800.0)),
        2..=3 => (5000, 4300, 8.0, Some(500.0)),
        _ => (4500, 4000, 6.5, Some(400.0)),
    };
    Storey {
        floor_height_mm,
        clear_height_mm,
        live_load_kn_m2,
        power_kva,
        utility_shaft: false,
    }
}

pub fn load(c: &mut DbConn) -> AppResult<Loaded> {
    let t = now();
    let p = Park {
        id: Id::new(),
        name: "源嘉生命科技产业园".into(),
        district: Some("崂山区".into()),
        city: Some("青岛市".into()),
        address: Some("青岛市崂山区（示例地址）".into()),
        site_area_m2: Some(33_333.0),
        description: Some(
            "50亩用地，一期建设1栋15层工业塔楼和4栋多层厂房，总建筑面积约8.3万平方米，\
             面向生物医药、医疗器械和新一代信息技术产业。(Demo data; figures illustrative.)"
                .into(),
        ),
        // Pharmaceuticals, medical instruments, electronics, software.
        target_industries: IndustryList(vec![
            "C27".into(),
            "C358".into(),
            "C39".into(),
            "I65".into(),
        ]),
        // Qingdao: China Standard Time.
        time_zone: "Asia/Shanghai".into(),
        version: 1,
        created_at: t,
        updated_at: t,
    };
    p.insert(c)?;

    let tower = builder::building(
        c,
        p.id,
        BuildingSpec {
            code: "A1",
            name: "生命科技塔楼",
            kind: BuildingKind::IndustrialTower,
            above: 15,
            below: 1,
            status: BuildingStatus::Operational,
            completion: Some("2024-06-30"),
            hazard: FireHazardClass::C,
        },
    )?;
    builder::lift(
        c,
        tower,
        "A1-H1",
        5000,
        [2700, 4500, 3000],
        [2500, 2800],
        (-1, 15),
    )?;
    builder::lift(
        c,
        tower,
        "A1-H2",
        3000,
        [2000, 3500, 2800],
        [1800, 2500],
        (1, 15),
    )?;
    builder::lift(
        c,
        tower,
        "A1-H3",
        2000,
        [1800, 2700, 2600],
        [1400, 2300],
        (1, 9),
    )?;
    // 15 storeys of 2,600 m² and a basement plant level.
    builder::floor(c, tower, -1, 2600.0, tower_storey(-1))?;
    for level in 1..=15 {
        let f = builder::floor(c, tower, level, 2600.0, tower_storey(level))?;
        let (rent, fit_out) = match level {
            1 => (180, FitOut::BareShell),
            3 | 4 => (200, FitOut::Cleanroom),
            2 | 5..=9 => (150, FitOut::Standard),
            _ => (130, FitOut::Standard),
        };
        let units = [
            (format!("A1-{level:02}01"), 1300.0),
            (format!("A1-{level:02}02"), 800.0),
            (format!("A1-{level:02}03"), 500.0),
        ];
        builder::units_in_a_row(c, &f, &units, rent, fit_out)?;
    }

    // Four 5-storey factories of 2,200 m² a floor: 44,000 m² with the tower's 39,000.
    for (i, code) in ["B1", "B2", "B3", "B4"].into_iter().enumerate() {
        let building_ready = i < 3;
        let b = builder::building(
            c,
            p.id,
            BuildingSpec {
                code,
                name: "多层厂房",
                kind: BuildingKind::MultiStoreyFactory,
                above: 5,
                below: 0,
                status: if building_ready {
                    BuildingStatus::Operational
                } else {
                    BuildingStatus::UnderConstruction
                },
                completion: Some(if building_ready {
                    "2024-06-30"
                } else {
                    "2027-09-30"
                }),
                hazard: if i == 2 {
                    FireHazardClass::B
                } else {
                    FireHazardClass::C
                },
            },
        )?;
        builder::lift(
            c,
            b,
            &format!("{code}-H1"),
            3000,
            [2200, 3200, 2800],
            [2000, 2600],
            (1, 5),
        )?;
        for level in 1..=5 {
            let f = builder::floor(c, b, level, 2200.0, factory_storey(level))?;
            let units = [
                (format!("{code}-{level:02}01"), 1200.0),
                (format!("{code}-{level:02}02"), 1000.0),
            ];
            let rent = if level == 1 { 130 } else { 110 };
            builder::units_in_a_row(c, &f, &units, rent, FitOut::BareShell)?;
        }
    }

    let biotech_tenant = builder::tenant(
        c,
        "青岛蓝海生物医药有限公司",
        "91370212MA3C00001",
        "C2761",
        "刘博士",
    )?;
    let devices_tenant = builder::tenant(
        c,
        "青岛启明医疗器械有限公司",
        "91370212MA3C00002",
        "C3581",
        "孙经理",
    )?;
    let software_tenant = builder::tenant(
        c,
        "青岛云栖软件科技有限公司",
        "91370212MA3C00003",
        "I6513",
        "周工",
    )?;
    Ok(Loaded {
        park: p.id,
        biotech_tenant,
        devices_tenant,
        software_tenant,
    })
}
