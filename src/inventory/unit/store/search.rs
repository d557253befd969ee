//! `GET /units`: the cross-park search over effective unit values.

use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Double, Integer};

use crate::inventory::unit::store::Joined;

use crate::inventory::unit::store::UnitView;

use crate::inventory::unit::store::attach_adjacency;

use crate::domain::{FitOut, UnitSort, UnitStatus};
use crate::inventory::unit::store::joined;
use crate::platform::db::conn::MultiBackend;
use crate::platform::db::schema::{buildings, floors, units};
use crate::platform::db::{DbConn, Id, StoreResult, Window};

// Effective values: the unit's override, else its floor's.
const LIVE_LOAD: &str = "COALESCE(units.live_load_kn_m2, floors.live_load_kn_m2)";
const CLEAR_HEIGHT: &str = "COALESCE(units.clear_height_mm, floors.clear_height_mm)";

#[derive(Debug, Clone, Default)]
pub struct UnitFilter {
    pub park_id: Option<Id>,
    pub building_id: Option<Id>,
    pub floor_id: Option<Id>,
    pub status: Option<UnitStatus>,
    pub fit_out: Option<FitOut>,
    pub min_area_m2: Option<f64>,
    pub max_area_m2: Option<f64>,
    pub min_live_load_kn_m2: Option<f64>,
    pub min_clear_height_mm: Option<i32>,
    pub min_lift_load_kg: Option<i32>,
    pub max_rent_fen_m2_day: Option<i64>,
}

type Boxed<'a> = diesel::dsl::IntoBoxed<
    'a,
    diesel::dsl::InnerJoinOn<
        diesel::dsl::InnerJoin<units::table, floors::table>,
        buildings::table,
        diesel::dsl::Eq<buildings::id, units::building_id>,
    >,
    MultiBackend,
>;

fn filtered(f: &UnitFilter) -> Boxed<'static> {
    let mut q: Boxed<'static> = joined!().into_boxed();
    if let Some(v) = f.park_id {
        q = q.filter(buildings::park_id.eq(v));
    }
    if let Some(v) = f.building_id {
        q = q.filter(units::building_id.eq(v));
    }
    if let Some(v) = f.floor_id {
        q = q.filter(units::floor_id.eq(v));
    }
    if let Some(v) = f.status {
        q = q.filter(units::status.eq(v));
    }
    if let Some(v) = f.fit_out {
        q = q.filter(units::fit_out.eq(v));
    }
    if let Some(v) = f.min_area_m2 {
        q = q.filter(units::area_m2.ge(v));
    }
    if let Some(v) = f.max_area_m2 {
        q = q.filter(units::area_m2.le(v));
    }
    if let Some(v) = f.max_rent_fen_m2_day {
        q = q.filter(units::asking_rent_fen_m2_day.le(v));
    }
    if let Some(v) = f.min_live_load_kn_m2 {
        q = q.filter(sql::<Bool>(&format!("{LIVE_LOAD} >= ")).bind::<Double, _>(v));
    }
    if let Some(v) = f.min_clear_height_mm {
        q = q.filter(sql::<Bool>(&format!("{CLEAR_HEIGHT} >= ")).bind::<Integer, _>(v));
    }
    if let Some(v) = f.min_lift_load_kg {
        // Level 1 is reached from the yard; any other level needs a lift of
        // the building that stops there and carries the load.
        q = q.filter(
            sql::<Bool>(
                "(floors.level = 1 OR EXISTS (SELECT 1 FROM freight_lifts fl \
                 WHERE fl.building_id = units.building_id \
                 AND fl.lowest_level <= floors.level AND fl.highest_level >= floors.level \
                 AND fl.rated_load_kg >= ",
            )
            .bind::<BigInt, _>(i64::from(v))
            .sql("))"),
        );
    }
    q
}

pub fn search(
    conn: &mut DbConn,
    f: &UnitFilter,
    sort: UnitSort,
    window: Window,
) -> StoreResult<(Vec<UnitView>, i64)> {
    let total: i64 = filtered(f).count().get_result(conn)?;
    let q = filtered(f).select((units::all_columns, floors::all_columns, buildings::park_id));
    let q = match sort {
        UnitSort::AreaAsc => q.order(units::area_m2.asc()),
        UnitSort::AreaDesc => q.order(units::area_m2.desc()),
        UnitSort::RentAsc => q.order(units::asking_rent_fen_m2_day.asc()),
        UnitSort::RentDesc => q.order(units::asking_rent_fen_m2_day.desc()),
        UnitSort::LevelAsc => q.order(floors::level.asc()),
        UnitSort::LevelDesc => q.order(floors::level.desc()),
        UnitSort::CodeAsc => q.order(units::code.asc()),
        UnitSort::CodeDesc => q.order(units::code.desc()),
        UnitSort::LiveLoadAsc => q.order(sql::<Double>(LIVE_LOAD).asc()),
        UnitSort::LiveLoadDesc => q.order(sql::<Double>(LIVE_LOAD).desc()),
        UnitSort::ClearHeightAsc => q.order(sql::<Integer>(CLEAR_HEIGHT).asc()),
        UnitSort::ClearHeightDesc => q.order(sql::<Integer>(CLEAR_HEIGHT).desc()),
        UnitSort::CreatedAsc => q.order(units::created_at.asc()),
        UnitSort::CreatedDesc => q.order(units::created_at.desc()),
    };
    // The id breaks ties, so pages never repeat or skip a unit.
    let rows: Vec<Joined> = q
        .then_order_by(units::id.asc())
        .limit(window.limit)
        .offset(window.offset)
        .load(conn)?;
    Ok((attach_adjacency(conn, rows)?, total))
}
