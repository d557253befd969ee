//! `upstairs seed synthetic`: a believable portfolio of any size for
//! benchmarks, the same for the same seed. Parks of five 12-storey towers
//! with eight adjacent units a floor; heavier, taller floors low down (the
//! 工业上楼 pattern: heavy production on the first floors, light assembly and
//! offices above); two freight lifts a tower with real ratings; about a
//! quarter of the units let to tenants on running leases; one application
//! for every ten units from prospects (most open: submitted or under
//! review), and one unit in a hundred held by an open offer.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use crate::accounts::tenants::store::Tenant;
use crate::domain::{
    ApplicationStatus, BuildingKind, BuildingStatus, FireHazardClass, FitOut, Id, IdList,
    IndustryList, LeaseStatus, OfferStatus, UnitStatus, UseType,
};
use crate::inventory::building::store::Building;
use crate::inventory::floor::store::Floor;
use crate::inventory::lift::store::FreightLift;
use crate::inventory::park::store::Park;
use crate::inventory::unit::store::Unit;
use crate::leasing::application::store::Application;
use crate::leasing::lease::store::Lease;
use crate::leasing::offer::store::Offer;
use crate::platform::db::{DbConn, Versioned, now};
use crate::platform::error::AppResult;

mod store;

const TOWERS_PER_PARK: usize = 5;
const STOREYS: i32 = 12;
const UNITS_PER_FLOOR: usize = 8;
const UNITS_PER_PARK: usize = TOWERS_PER_PARK * STOREYS as usize * UNITS_PER_FLOOR;
/// Leased units per tenant organisation.
const UNITS_PER_TENANT: usize = 40;
/// Units per application from prospects.
const UNITS_PER_APPLICATION: usize = 10;
/// Applications per prospect organisation.
const APPLICATIONS_PER_PROSPECT: usize = 4;

/// splitmix64: small, fast, and the same on every machine.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    /// A UUIDv7 whose time and random bits both come from the seed, so the
    /// same seed gives the same ids and they still sort by creation.
    fn id(&mut self, made: &mut u64) -> Id {
        *made += 1;
        let bytes = self.next().to_le_bytes();
        let more = self.next().to_le_bytes();
        let mut random = [0u8; 10];
        random[..8].copy_from_slice(&bytes);
        random[8..].copy_from_slice(&more[..2]);
        // 2026-01-01T00:00:00Z, one millisecond per record.
        let millis = 1_767_225_600_000 + *made;
        Id(uuid::Builder::from_unix_timestamp_millis(millis, &random).into_uuid())
    }
}

/// What was written.
#[derive(Debug, Default, Clone, Copy)]
pub struct Seeded {
    pub parks: usize,
    pub buildings: usize,
    pub units: usize,
    pub tenants: usize,
    pub leases: usize,
    pub applications: usize,
    pub offers: usize,
}

/// The engineering of a floor by its level: (floor height, clear height,
/// live load kN/㎡, power kVA, rent fen/㎡/day).
fn band(level: i32) -> (i32, i32, f64, f64, i64) {
    match level {
        1 => (7_200, 6_000, 15.0, 1_250.0, 140),
        2..=3 => (6_000, 5_000, 12.0, 1_000.0, 120),
        4..=6 => (5_400, 4_500, 8.0, 800.0, 100),
        _ => (4_800, 4_000, 6.5, 630.0, 85),
    }
}

/// Writes `units` units, in one transaction per park so a stopped run leaves
/// whole parks; a floor's units and neighbours, and a park's leases, go in
/// one statement each. `progress` is
/// told the units written so far after each park.
pub fn seed(
    conn: &mut DbConn,
    units: usize,
    seed: u64,
    today: NaiveDate,
    mut progress: impl FnMut(&Seeded),
) -> AppResult<Seeded> {
    let mut dice = Dice(seed);
    let mut made = 0;
    let mut done = Seeded::default();
    let parks = units.div_ceil(UNITS_PER_PARK);
    for p in 0..parks {
        let want = (units - done.units).min(UNITS_PER_PARK);
        crate::platform::db::tx::in_write_transaction(conn, |c| {
            park(c, &mut dice, &mut made, p, want, today, &mut done)
        })?;
        progress(&done);
    }
    Ok(done)
}

#[allow(clippy::too_many_arguments)]
fn park(
    c: &mut DbConn,
    dice: &mut Dice,
    made: &mut u64,
    p: usize,
    units: usize,
    today: NaiveDate,
    done: &mut Seeded,
) -> AppResult<()> {
    let t = now();
    let industries = [
        ["C27", "C35"],
        ["C35", "C39"],
        ["C39", "I65"],
        ["C27", "C40"],
    ];
    let row = Park {
        id: dice.id(made),
        name: format!("合成产业园 {:03}", p + 1),
        district: Some(["崂山区", "李沧区", "城阳区", "黄岛区"][p % 4].into()),
        city: Some("青岛".into()),
        address: None,
        site_area_m2: Some(40_000.0 + dice.below(60_000) as f64),
        description: None,
        target_industries: IndustryList(industries[p % 4].iter().map(|s| s.to_string()).collect()),
        time_zone: crate::platform::time::DEFAULT_TIME_ZONE_NAME.into(),
        version: 1,
        created_at: t,
        updated_at: t,
    };
    row.insert(c)?;
    done.parks += 1;
    let mut tenant: Option<Id> = None;
    let mut leases = Vec::new();
    let mut prospects = Prospects::default();
    let mut offers = Vec::new();
    let mut left = units;
    for b in 0..TOWERS_PER_PARK {
        if left == 0 {
            break;
        }
        let building = tower(c, dice, made, row.id, b, t)?;
        done.buildings += 1;
        for level in 1..=STOREYS {
            if left == 0 {
                break;
            }
            let (floor_height, clear, load, kva, rent) = band(level);
            let floor = Floor {
                id: dice.id(made),
                building_id: building.id,
                level,
                floor_height_mm: floor_height,
                clear_height_mm: clear,
                live_load_kn_m2: load,
                area_m2: 2_400.0,
                column_grid_x_mm: Some(9_000),
                column_grid_y_mm: Some(9_000),
                power_kva: (!dice.chance(10)).then_some(kva),
                has_utility_shaft: level % 3 != 1,
                version: 1,
                created_at: t,
                updated_at: t,
            };
            floor.insert(c)?;
            let mut rows = Vec::new();
            for u in 0..UNITS_PER_FLOOR.min(left) {
                rows.push(Unit {
                    id: dice.id(made),
                    floor_id: floor.id,
                    building_id: building.id,
                    code: format!("{}-{level:02}{:02}", building.code, u + 1),
                    area_m2: [180.0, 240.0, 300.0, 360.0][dice.below(4) as usize],
                    status: if dice.chance(5) {
                        UnitStatus::Unavailable
                    } else {
                        UnitStatus::Available
                    },
                    asking_rent_fen_m2_day: rent + dice.below(30) as i64 - 15,
                    fit_out: [FitOut::BareShell, FitOut::Standard, FitOut::Cleanroom]
                        [(dice.below(10) / 4) as usize],
                    live_load_kn_m2: None,
                    clear_height_mm: None,
                    power_kva: None,
                    version: 1,
                    created_at: t,
                    updated_at: t,
                });
            }
            left -= rows.len();
            done.units += rows.len();
            for unit in &mut rows {
                let operational = building.status == BuildingStatus::Operational;
                if operational && unit.status == UnitStatus::Available && dice.chance(25) {
                    let tenant_id = match tenant {
                        Some(id) if !done.leases.is_multiple_of(UNITS_PER_TENANT) => id,
                        _ => {
                            let (id, _) = new_tenant(c, dice, made, done.tenants, t)?;
                            done.tenants += 1;
                            tenant = Some(id);
                            id
                        }
                    };
                    let l = lease(dice, made, unit, row.id, tenant_id, today, t);
                    if l.start_date <= today && today < l.end_date {
                        unit.status = UnitStatus::Leased;
                    }
                    leases.push((l, unit.id, dice.id(made)));
                    done.leases += 1;
                } else if operational && unit.status == UnitStatus::Available && dice.chance(1) {
                    // Offered to a prospect who asked for about this much.
                    let mut a = application(c, dice, made, &mut prospects, row.id, today, t, done)?;
                    a.status = ApplicationStatus::Offered;
                    a.min_area_m2 = unit.area_m2 * 0.9;
                    a.max_area_m2 = Some(unit.area_m2 * 1.2);
                    let o = offer(dice, made, unit, &a, row.id, today, t);
                    unit.status = UnitStatus::Reserved;
                    offers.push((o, unit.id, dice.id(made)));
                    prospects.applications.push(a);
                    done.offers += 1;
                }
            }
            store::units(c, &rows)?;
            let pairs: Vec<(Id, Id)> = rows.windows(2).map(|w| (w[0].id, w[1].id)).collect();
            store::neighbours(c, &pairs)?;
        }
    }
    store::leases(c, &leases)?;
    for _ in 0..units / UNITS_PER_APPLICATION {
        let a = application(c, dice, made, &mut prospects, row.id, today, t, done)?;
        prospects.applications.push(a);
    }
    // Offers refer to their applications: those go in first.
    done.applications += prospects.applications.len();
    store::applications(c, &prospects.applications)?;
    store::offers(c, &offers)?;
    Ok(())
}

/// The prospects of one park and what they have asked for.
#[derive(Default)]
struct Prospects {
    current: Option<(Id, &'static str)>,
    applications: Vec<Application>,
}

/// A prospect's request for space, mostly open: the sizes, loads and
/// heights tenants of these industries ask for, moving in within a year.
#[allow(clippy::too_many_arguments)]
fn application(
    c: &mut DbConn,
    dice: &mut Dice,
    made: &mut u64,
    prospects: &mut Prospects,
    park_id: Id,
    today: NaiveDate,
    t: NaiveDateTime,
    done: &mut Seeded,
) -> AppResult<Application> {
    let (tenant_id, industry) = match prospects.current {
        Some(p)
            if !prospects
                .applications
                .len()
                .is_multiple_of(APPLICATIONS_PER_PROSPECT) =>
        {
            p
        }
        _ => {
            let (id, industry) = new_tenant(c, dice, made, done.tenants, t)?;
            done.tenants += 1;
            prospects.current = Some((id, industry));
            (id, industry)
        }
    };
    let min_area = [150.0, 300.0, 500.0, 800.0, 1_200.0, 2_000.0][dice.below(6) as usize];
    let heavy = dice.chance(30);
    let status = match dice.below(20) {
        0 => ApplicationStatus::Draft,
        1 => ApplicationStatus::Rejected,
        2..=10 => ApplicationStatus::Submitted,
        _ => ApplicationStatus::UnderReview,
    };
    Ok(Application {
        id: dice.id(made),
        tenant_id,
        created_by: None,
        status,
        industry_code: industry.into(),
        use_type: [
            UseType::Production,
            UseType::Rnd,
            UseType::Warehouse,
            UseType::Mixed,
        ][dice.below(4) as usize],
        min_area_m2: min_area,
        max_area_m2: dice.chance(60).then_some(min_area * 1.5),
        min_live_load_kn_m2: Some(if heavy {
            12.0
        } else {
            [5.0, 6.5, 8.0][dice.below(3) as usize]
        }),
        min_clear_height_mm: Some(if heavy {
            5_000
        } else {
            [3_800, 4_000, 4_500][dice.below(3) as usize]
        }),
        item_weight_kg: heavy.then_some(1_500.0 + dice.below(3_000) as f64),
        item_length_mm: heavy.then_some(2_000),
        item_width_mm: heavy.then_some(1_200),
        item_height_mm: heavy.then_some(1_800),
        fire_hazard_class: [FireHazardClass::C, FireHazardClass::D, FireHazardClass::E]
            [dice.below(3) as usize],
        min_power_kva: dice.chance(40).then_some(200.0 + dice.below(600) as f64),
        needs_utility_shaft: dice.chance(25),
        max_rent_fen_m2_day: dice.chance(50).then_some(90 + dice.below(60) as i64),
        move_in_date: today + chrono::Days::new(30 + dice.below(330)),
        lease_months: [24, 36, 60][dice.below(3) as usize],
        preferred_park_ids: IdList(if dice.chance(50) {
            vec![park_id]
        } else {
            vec![]
        }),
        allow_combined_units: dice.chance(60),
        notes: None,
        version: 1,
        created_at: t,
        updated_at: t,
    })
}

/// An open offer of one unit for an application, valid for a few weeks.
fn offer(
    dice: &mut Dice,
    made: &mut u64,
    unit: &Unit,
    a: &Application,
    park_id: Id,
    today: NaiveDate,
    t: NaiveDateTime,
) -> Offer {
    let start = a.move_in_date;
    let end = start + chrono::Months::new(a.lease_months as u32);
    Offer {
        id: dice.id(made),
        application_id: a.id,
        tenant_id: a.tenant_id,
        park_id,
        status: OfferStatus::Open,
        start_date: start,
        end_date: end,
        rent_fen_m2_day: unit.asking_rent_fen_m2_day,
        valid_until: today + chrono::Days::new(14 + dice.below(30)),
        lease_id: None,
        version: 1,
        created_at: t,
        updated_at: t,
    }
}

fn tower(
    c: &mut DbConn,
    dice: &mut Dice,
    made: &mut u64,
    park_id: Id,
    b: usize,
    t: NaiveDateTime,
) -> AppResult<Building> {
    let building = Building {
        id: dice.id(made),
        park_id,
        code: format!("{}栋", b + 1),
        name: None,
        kind: BuildingKind::IndustrialTower,
        floors_above_ground: STOREYS,
        floors_below_ground: 1,
        status: if dice.chance(10) {
            BuildingStatus::UnderConstruction
        } else {
            BuildingStatus::Operational
        },
        completion_date: None,
        max_fire_hazard_class: [FireHazardClass::C, FireHazardClass::D, FireHazardClass::B]
            [dice.below(3) as usize],
        version: 1,
        created_at: t,
        updated_at: t,
    };
    building.insert(c)?;
    // A heavy goods lift to the top, a lighter one to mid-height.
    let heavy = [3_000, 5_000][dice.below(2) as usize];
    for (code, kg, top) in [("H1", heavy, STOREYS), ("H2", 2_000, STOREYS / 2)] {
        FreightLift {
            id: dice.id(made),
            building_id: building.id,
            code: code.into(),
            rated_load_kg: kg,
            car_width_mm: if kg >= 5_000 { 3_000 } else { 2_400 },
            car_depth_mm: if kg >= 5_000 { 4_500 } else { 3_600 },
            car_height_mm: 3_000,
            door_width_mm: if kg >= 5_000 { 2_600 } else { 2_100 },
            door_height_mm: 2_700,
            lowest_level: 1,
            highest_level: top,
            version: 1,
            created_at: t,
            updated_at: t,
        }
        .insert(c)?;
    }
    Ok(building)
}

fn new_tenant(
    c: &mut DbConn,
    dice: &mut Dice,
    made: &mut u64,
    n: usize,
    t: NaiveDateTime,
) -> AppResult<(Id, &'static str)> {
    let kinds = ["生物医药", "医疗器械", "智能制造", "电子信息"];
    let codes = ["C2761", "C3581", "C3990", "C3911"];
    let k = dice.below(4) as usize;
    let tenant = Tenant {
        id: dice.id(made),
        name: format!("青岛合成{}有限公司 {:04}", kinds[k], n + 1),
        credit_code: None,
        industry_code: Some(codes[k].into()),
        contact_name: None,
        contact_phone: None,
        version: 1,
        created_at: t,
        updated_at: t,
        created_by: None,
    };
    tenant.insert(c)?;
    Ok((tenant.id, codes[k]))
}

/// A running (or coming) lease of one unit at its asking rent.
fn lease(
    dice: &mut Dice,
    made: &mut u64,
    unit: &Unit,
    park_id: Id,
    tenant_id: Id,
    today: NaiveDate,
    t: NaiveDateTime,
) -> Lease {
    // Started in the last two years or starting this year, three or five
    // years long: every lease still runs or is yet to start.
    let start = NaiveDate::from_ymd_opt(today.year() - dice.below(3) as i32, 1, 1).unwrap_or(today)
        + chrono::Days::new(dice.below(360));
    let years = [3, 5][dice.below(2) as usize];
    let end = NaiveDate::from_ymd_opt(start.year() + years, start.month(), 1).unwrap_or(start);
    Lease {
        id: dice.id(made),
        tenant_id,
        park_id,
        application_id: None,
        status: LeaseStatus::Active,
        start_date: start,
        end_date: end,
        rent_fen_m2_day: unit.asking_rent_fen_m2_day,
        version: 1,
        created_at: t,
        updated_at: t,
    }
}
