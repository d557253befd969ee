pub mod adjacency;
pub mod search;

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::domain::{FitOut, UnitStatus};
use crate::inventory::floor::store::Floor;
use crate::platform::db::schema::{buildings, floors, units};
use crate::platform::db::{DbConn, IN_LIST_MAX, Id, StoreResult, Versioned, Window};

#[derive(Debug, Clone, Queryable, Insertable, AsChangeset, Identifiable)]
#[diesel(table_name = units, treat_none_as_null = true)]
pub struct Unit {
    pub id: Id,
    pub floor_id: Id,
    pub building_id: Id,
    pub code: String,
    pub area_m2: f64,
    pub status: UnitStatus,
    pub asking_rent_fen_m2_day: i64,
    pub fit_out: FitOut,
    /// Overrides of the floor's values; `None` inherits.
    pub live_load_kn_m2: Option<f64>,
    pub clear_height_mm: Option<i32>,
    pub power_kva: Option<f64>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Versioned for Unit {
    const WHAT: &'static str = "unit";
    const TABLE: &'static str = "units";
    fn stamp(&mut self) -> (&mut i32, &mut NaiveDateTime) {
        (&mut self.version, &mut self.updated_at)
    }
    fn write_if_unchanged(&self, conn: &mut DbConn, read_version: i32) -> StoreResult<usize> {
        let unchanged = units::id.eq(self.id).and(units::version.eq(read_version));
        Ok(diesel::update(units::table.filter(unchanged))
            .set(self)
            .execute(conn)?)
    }
}
/// Whether another unit in the same building already has this code
/// (a friendlier 409 than the unique index's).
pub fn code_taken(
    conn: &mut DbConn,
    building_id: Id,
    code: &str,
    except: Option<Id>,
) -> StoreResult<bool> {
    let mut q = units::table
        .filter(units::building_id.eq(building_id))
        .filter(units::code.eq(code))
        .into_boxed();
    if let Some(id) = except {
        q = q.filter(units::id.ne(id));
    }
    Ok(q.count().get_result::<i64>(conn)? > 0)
}

/// A unit with what its reads show from its floor and building.
#[derive(Debug, Clone)]
pub struct UnitView {
    pub unit: Unit,
    pub floor: Floor,
    pub park_id: Id,
    pub adjacent_unit_ids: Vec<Id>,
}

impl UnitView {
    pub fn effective_live_load_kn_m2(&self) -> f64 {
        self.unit
            .live_load_kn_m2
            .unwrap_or(self.floor.live_load_kn_m2)
    }
    pub fn effective_clear_height_mm(&self) -> i32 {
        self.unit
            .clear_height_mm
            .unwrap_or(self.floor.clear_height_mm)
    }
    pub fn effective_power_kva(&self) -> Option<f64> {
        self.unit.power_kva.or(self.floor.power_kva)
    }
}

/// The join every unit read goes through.
macro_rules! joined {
    () => {
        units::table
            .inner_join(floors::table)
            .inner_join(buildings::table.on(buildings::id.eq(units::building_id)))
    };
}
pub(crate) use joined;

pub type Joined = (Unit, Floor, Id);

pub fn view(conn: &mut DbConn, id: Id) -> StoreResult<Option<UnitView>> {
    Ok(views_of(conn, &[id])?.pop())
}

/// The views of `ids` that exist, in no particular order.
pub fn views_of(conn: &mut DbConn, ids: &[Id]) -> StoreResult<Vec<UnitView>> {
    let mut views = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(IN_LIST_MAX) {
        let rows: Vec<Joined> = joined!()
            .filter(units::id.eq_any(chunk))
            .select((units::all_columns, floors::all_columns, buildings::park_id))
            .load(conn)?;
        views.extend(attach_adjacency(conn, rows)?);
    }
    Ok(views)
}

pub fn attach_adjacency(conn: &mut DbConn, rows: Vec<Joined>) -> StoreResult<Vec<UnitView>> {
    let ids: Vec<Id> = rows.iter().map(|r| r.0.id).collect();
    let mut adjacent: HashMap<Id, Vec<Id>> = HashMap::new();
    for (a, b) in adjacency::pairs_of(conn, &ids)? {
        adjacent.entry(a).or_default().push(b);
    }
    Ok(rows
        .into_iter()
        .map(|(unit, floor, park_id)| {
            let mut adjacent_unit_ids = adjacent.remove(&unit.id).unwrap_or_default();
            adjacent_unit_ids.sort();
            UnitView {
                unit,
                floor,
                park_id,
                adjacent_unit_ids,
            }
        })
        .collect())
}

pub fn list_on_floor(
    conn: &mut DbConn,
    floor_id: Id,
    window: Window,
) -> StoreResult<(Vec<UnitView>, i64)> {
    let total = units::table
        .filter(units::floor_id.eq(floor_id))
        .count()
        .get_result(conn)?;
    let rows: Vec<Joined> = joined!()
        .filter(units::floor_id.eq(floor_id))
        .select((units::all_columns, floors::all_columns, buildings::park_id))
        .order((units::code.asc(), units::id.asc()))
        .limit(window.limit)
        .offset(window.offset)
        .load(conn)?;
    Ok((attach_adjacency(conn, rows)?, total))
}

/// The floor of each of `ids` that exists.
pub fn floors_of(conn: &mut DbConn, ids: &[Id]) -> StoreResult<HashMap<Id, Id>> {
    let rows: Vec<(Id, Id)> = units::table
        .filter(units::id.eq_any(ids))
        .select((units::id, units::floor_id))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

/// Offers and leases that name the unit (any state): they keep it from being deleted.
pub fn deal_count(conn: &mut DbConn, id: Id) -> StoreResult<i64> {
    use crate::platform::db::schema::lease_units;
    use crate::platform::db::schema::offer_units;
    let offers: i64 = offer_units::table
        .filter(offer_units::unit_id.eq(id))
        .count()
        .get_result(conn)?;
    let leases: i64 = lease_units::table
        .filter(lease_units::unit_id.eq(id))
        .count()
        .get_result(conn)?;
    Ok(offers + leases)
}

/// The unit with this code in any building (the demo's codes are unique).
pub fn id_by_code(conn: &mut DbConn, code: &str) -> StoreResult<Option<Id>> {
    Ok(units::table
        .filter(units::code.eq(code))
        .select(units::id)
        .first(conn)
        .optional()?)
}
