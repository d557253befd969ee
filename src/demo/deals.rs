//! The demo's tenants at work: leases, an open offer, and applications in
//! several states, dated relative to the day the demo is loaded so that
//! expirations and availability read the same whenever it is run.

use chrono::{Duration, NaiveDate};

use crate::demo::builder;
use crate::domain::{ApplicationStatus, FireHazardClass, LeaseStatus, OfferStatus, UseType};
use crate::inventory::unit::store as unit_store;
use crate::leasing::application::store::Application;
use crate::leasing::hold::store as hold;
use crate::leasing::hold::store::Holder;
use crate::leasing::lease::store as lease;
use crate::leasing::lease::store::Lease;
use crate::leasing::offer::store as offer;
use crate::leasing::offer::store::Offer;
use crate::platform::db::Versioned;
use crate::platform::db::{DbConn, Id, IdList, now};
use crate::platform::error::{AppError, AppResult};

pub struct Parties {
    pub yuanjia: Id,
    pub jieshen: Id,
    pub biotech: Id,
    pub devices: Id,
    pub software: Id,
    pub laundry: Id,
    pub jieshen_biotech: Id,
}

fn unit(c: &mut DbConn, code: &str) -> AppResult<Id> {
    unit_store::id_by_code(c, code)?
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("demo unit {code} missing")))
}

fn lease(
    c: &mut DbConn,
    tenant_id: Id,
    park_id: Id,
    codes: &[&str],
    start: NaiveDate,
    end: NaiveDate,
    rent: i64,
) -> AppResult<()> {
    let ids = codes
        .iter()
        .map(|code| unit(c, code))
        .collect::<AppResult<Vec<_>>>()?;
    let t = now();
    let l = Lease {
        id: Id::new(),
        tenant_id,
        park_id,
        application_id: None,
        status: LeaseStatus::Active,
        start_date: start,
        end_date: end,
        rent_fen_m2_day: rent,
        version: 1,
        created_at: t,
        updated_at: t,
    };
    l.insert(c)?;
    lease::insert_units(c, l.id, &ids)?;
    Ok(hold::hold(c, &ids, start, end, Holder::Lease(l.id))?)
}

/// A space request with the fields the demo varies; the rest are typical.
struct Request {
    tenant_id: Id,
    status: ApplicationStatus,
    industry: &'static str,
    use_type: UseType,
    area: (f64, Option<f64>),
    load: Option<f64>,
    clear_height: Option<i32>,
    item: Option<(f64, i32, i32, i32)>,
    hazard: FireHazardClass,
    power: Option<f64>,
    shaft: bool,
    max_rent: Option<i64>,
    move_in: NaiveDate,
    months: i32,
    parks: Vec<Id>,
    notes: &'static str,
}

fn apply(c: &mut DbConn, r: Request) -> AppResult<Id> {
    let t = now();
    let a = Application {
        id: Id::new(),
        tenant_id: r.tenant_id,
        created_by: None,
        status: r.status,
        industry_code: r.industry.into(),
        use_type: r.use_type,
        min_area_m2: r.area.0,
        max_area_m2: r.area.1,
        min_live_load_kn_m2: r.load,
        min_clear_height_mm: r.clear_height,
        item_weight_kg: r.item.map(|i| i.0),
        item_length_mm: r.item.map(|i| i.1),
        item_width_mm: r.item.map(|i| i.2),
        item_height_mm: r.item.map(|i| i.3),
        fire_hazard_class: r.hazard,
        min_power_kva: r.power,
        needs_utility_shaft: r.shaft,
        max_rent_fen_m2_day: r.max_rent,
        move_in_date: r.move_in,
        lease_months: r.months,
        preferred_park_ids: IdList(r.parks),
        allow_combined_units: true,
        notes: Some(r.notes.into()),
        version: 1,
        created_at: t,
        updated_at: t,
    };
    a.insert(c)?;
    Ok(a.id)
}

pub fn load(c: &mut DbConn, p: &Parties, today: NaiveDate) -> AppResult<()> {
    let d = |days: i64| today + Duration::days(days);
    lease(
        c,
        p.software,
        p.yuanjia,
        &["A1-1201", "A1-1202"],
        d(-700),
        d(60),
        130,
    )?;
    lease(c, p.devices, p.yuanjia, &["A1-0501"], d(-200), d(900), 150)?;
    lease(
        c,
        p.biotech,
        p.yuanjia,
        &["A1-0301", "A1-0302"],
        d(-30),
        d(1800),
        200,
    )?;
    lease(
        c,
        p.laundry,
        p.jieshen,
        &["1-101", "1-102"],
        d(-1100),
        d(700),
        120,
    )?;
    lease(
        c,
        p.jieshen_biotech,
        p.jieshen,
        &["2-101"],
        d(-365),
        d(150),
        110,
    )?;

    let typical = |tenant_id, status, industry, use_type| Request {
        tenant_id,
        status,
        industry,
        use_type,
        area: (500.0, None),
        load: None,
        clear_height: None,
        item: None,
        hazard: FireHazardClass::D,
        power: None,
        shaft: false,
        max_rent: None,
        move_in: d(90),
        months: 36,
        parks: Vec::new(),
        notes: "",
    };
    // The request a newcomer should open first: matches, and near misses with reasons.
    apply(
        c,
        Request {
            area: (1000.0, Some(1500.0)),
            load: Some(10.0),
            item: Some((3000.0, 2400, 1500, 2200)),
            hazard: FireHazardClass::C,
            power: Some(300.0),
            shaft: true,
            max_rent: Some(200),
            parks: vec![p.yuanjia],
            notes: "GMP 生物药中试车间：3 t 发酵罐，需竖井与 300 kVA。",
            ..typical(
                p.biotech,
                ApplicationStatus::Submitted,
                "C2761",
                UseType::Production,
            )
        },
    )?;
    let devices_app = apply(
        c,
        Request {
            area: (700.0, Some(900.0)),
            load: Some(8.0),
            hazard: FireHazardClass::D,
            notes: "医疗器械装配线扩产。",
            ..typical(
                p.devices,
                ApplicationStatus::Offered,
                "C3581",
                UseType::Production,
            )
        },
    )?;
    let offered = unit(c, "A1-0601")?;
    let t = now();
    let o = Offer {
        id: Id::new(),
        application_id: devices_app,
        tenant_id: p.devices,
        park_id: p.yuanjia,
        status: OfferStatus::Open,
        start_date: d(90),
        end_date: d(90 + 3 * 365),
        rent_fen_m2_day: 145,
        valid_until: d(14),
        lease_id: None,
        version: 1,
        created_at: t,
        updated_at: t,
    };
    o.insert(c)?;
    offer::insert_units(c, o.id, &[offered])?;
    hold::hold(c, &[offered], o.start_date, o.end_date, Holder::Offer(o.id))?;
    apply(
        c,
        Request {
            area: (300.0, Some(400.0)),
            notes: "研发实验室（草稿）。",
            ..typical(p.biotech, ApplicationStatus::Draft, "C2761", UseType::Rnd)
        },
    )?;
    apply(
        c,
        Request {
            hazard: FireHazardClass::E,
            notes: "办公室需求，不适合产业园。",
            ..typical(
                p.software,
                ApplicationStatus::Rejected,
                "I6513",
                UseType::Office,
            )
        },
    )?;
    // Demand no floor can meet: what the parks might build next.
    let heavy = builder::tenant(
        c,
        "青岛海岳精密机械有限公司",
        "91370211MA3E00001",
        "C3421",
        "吴总",
    )?;
    apply(
        c,
        Request {
            area: (1500.0, Some(3000.0)),
            load: Some(20.0),
            clear_height: Some(8000),
            item: Some((12_000.0, 4000, 2500, 3200)),
            hazard: FireHazardClass::D,
            notes: "12 t 压力机，需 20 kN/m² 与 8 m 净高。",
            ..typical(
                heavy,
                ApplicationStatus::UnderReview,
                "C3421",
                UseType::Production,
            )
        },
    )?;
    apply(
        c,
        Request {
            area: (2000.0, None),
            hazard: FireHazardClass::A,
            notes: "甲类溶剂工艺。",
            ..typical(
                p.jieshen_biotech,
                ApplicationStatus::Submitted,
                "C2661",
                UseType::Production,
            )
        },
    )?;
    let held = hold::held_unit_ids(c)?;
    Ok(hold::refresh_unit_status(c, &held, today)?)
}
