//! 洁神智慧园区, Licang district, Qingdao: an old factory converted into a
//! smart park with 34 companies, among them a laundry, a biotech company and
//! a hotel.

use crate::demo::builder;

use crate::demo::builder::BuildingSpec;

use crate::demo::builder::Storey;
use crate::domain::{BuildingKind, BuildingStatus, FireHazardClass, FitOut, IndustryList};
use crate::inventory::park::store::Park;
use crate::platform::db::Versioned;
use crate::platform::db::{DbConn, Id, now};
use crate::platform::error::AppResult;

/// The park, the laundry and the biotech company.
pub fn load(c: &mut DbConn) -> AppResult<(Id, Id, Id)> {
    let t = now();
    let p = Park {
        id: Id::new(),
        name: "洁神智慧园区".into(),
        district: Some("李沧区".into()),
        city: Some("青岛市".into()),
        address: Some("青岛市李沧区（示例地址）".into()),
        site_area_m2: Some(42_000.0),
        description: Some(
            "老厂房改造的智慧园区，入驻企业34家，包括洗涤、生物科技和酒店等。(Demo data; figures illustrative.)".into(),
        ),
        target_industries: IndustryList(vec!["O80".into(), "C27".into(), "M73".into()]),
        // Qingdao: China Standard Time.
        time_zone: "Asia/Shanghai".into(),
        version: 1,
        created_at: t,
        updated_at: t,
    };
    p.insert(c)?;

    // The old main workshop: heavy ground floor, an old lift with a narrow door.
    let workshop = builder::building(
        c,
        p.id,
        BuildingSpec {
            code: "1",
            name: "1号厂房（改造）",
            kind: BuildingKind::MultiStoreyFactory,
            above: 4,
            below: 0,
            status: BuildingStatus::Operational,
            completion: Some("1998-10-01"),
            hazard: FireHazardClass::C,
        },
    )?;
    builder::lift(
        c,
        workshop,
        "1-H1",
        2000,
        [1800, 2500, 2400],
        [1500, 2100],
        (1, 4),
    )?;
    for level in 1..=4 {
        let storey = if level == 1 {
            Storey {
                floor_height_mm: 6000,
                clear_height_mm: 5200,
                live_load_kn_m2: 12.0,
                power_kva: Some(630.0),
                utility_shaft: true,
            }
        } else {
            Storey {
                floor_height_mm: 4500,
                clear_height_mm: 3900,
                live_load_kn_m2: 6.5,
                power_kva: None,
                utility_shaft: false,
            }
        };
        let f = builder::floor(c, workshop, level, 1800.0, storey)?;
        let units: Vec<(String, f64)> =
            (1..=3).map(|n| (format!("1-{level}0{n}"), 600.0)).collect();
        builder::units_in_a_row(
            c,
            &f,
            &units,
            if level == 1 { 120 } else { 90 },
            FitOut::BareShell,
        )?;
    }

    let rnd = builder::building(
        c,
        p.id,
        BuildingSpec {
            code: "2",
            name: "2号研发楼",
            kind: BuildingKind::Rnd,
            above: 6,
            below: 0,
            status: BuildingStatus::Operational,
            completion: Some("2019-05-01"),
            hazard: FireHazardClass::D,
        },
    )?;
    builder::lift(
        c,
        rnd,
        "2-H1",
        1600,
        [1600, 2400, 2400],
        [1200, 2100],
        (1, 6),
    )?;
    for level in 1..=6 {
        let storey = Storey {
            floor_height_mm: 4200,
            clear_height_mm: 3300,
            live_load_kn_m2: 5.0,
            power_kva: Some(250.0),
            utility_shaft: true,
        };
        let f = builder::floor(c, rnd, level, 1200.0, storey)?;
        let units = [
            (format!("2-{level}01"), 700.0),
            (format!("2-{level}02"), 500.0),
        ];
        builder::units_in_a_row(
            c,
            &f,
            &units,
            110,
            if level <= 2 {
                FitOut::Cleanroom
            } else {
                FitOut::Standard
            },
        )?;
    }

    builder::building(
        c,
        p.id,
        BuildingSpec {
            code: "3",
            name: "3号楼（酒店）",
            kind: BuildingKind::Amenity,
            above: 8,
            below: 1,
            status: BuildingStatus::Operational,
            completion: Some("2020-08-01"),
            hazard: FireHazardClass::E,
        },
    )?;

    let laundry = builder::tenant(
        c,
        "青岛洁神洗涤服务有限公司",
        "91370213MA3D00001",
        "O8030",
        "张经理",
    )?;
    let biotech = builder::tenant(
        c,
        "青岛海川生物科技有限公司",
        "91370213MA3D00002",
        "C2761",
        "陈博士",
    )?;
    builder::tenant(
        c,
        "青岛李沧智选酒店有限公司",
        "91370213MA3D00003",
        "H6110",
        "赵总",
    )?;
    Ok((p.id, laundry, biotech))
}
