use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::platform::db::schema::buildings;

use crate::platform::db::schema::floors;

use crate::domain::rules::LevelRange;
use crate::domain::{BuildingKind, BuildingStatus, FireHazardClass};
use crate::platform::db::schema::freight_lifts;
use crate::platform::db::{DbConn, Id, StoreResult, Versioned, Window};

#[derive(Debug, Clone, Queryable, Insertable, AsChangeset, Identifiable)]
#[diesel(table_name = buildings, treat_none_as_null = true)]
pub struct Building {
    pub id: Id,
    pub park_id: Id,
    pub code: String,
    pub name: Option<String>,
    pub kind: BuildingKind,
    pub floors_above_ground: i32,
    pub floors_below_ground: i32,
    pub status: BuildingStatus,
    pub completion_date: Option<NaiveDate>,
    pub max_fire_hazard_class: FireHazardClass,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Building {
    pub fn levels(&self) -> LevelRange {
        LevelRange {
            above: self.floors_above_ground,
            below: self.floors_below_ground,
        }
    }
}

impl Versioned for Building {
    const WHAT: &'static str = "building";
    const TABLE: &'static str = "buildings";
    fn stamp(&mut self) -> (&mut i32, &mut NaiveDateTime) {
        (&mut self.version, &mut self.updated_at)
    }
    fn write_if_unchanged(&self, conn: &mut DbConn, read_version: i32) -> StoreResult<usize> {
        let unchanged = buildings::id
            .eq(self.id)
            .and(buildings::version.eq(read_version));
        Ok(diesel::update(buildings::table.filter(unchanged))
            .set(self)
            .execute(conn)?)
    }
}
/// One window of a park's buildings, by code.
pub fn list_in_park(
    conn: &mut DbConn,
    park_id: Id,
    window: Window,
) -> StoreResult<(Vec<Building>, i64)> {
    let total = buildings::table
        .filter(buildings::park_id.eq(park_id))
        .count()
        .get_result(conn)?;
    let items = buildings::table
        .filter(buildings::park_id.eq(park_id))
        .order((buildings::code.asc(), buildings::id.asc()))
        .limit(window.limit)
        .offset(window.offset)
        .load(conn)?;
    Ok((items, total))
}
/// Whether another building in the same park already has this code
/// (a friendlier 409 than the unique index's).
pub fn code_taken(
    conn: &mut DbConn,
    park_id: Id,
    code: &str,
    except: Option<Id>,
) -> StoreResult<bool> {
    let mut q = buildings::table
        .filter(buildings::park_id.eq(park_id))
        .filter(buildings::code.eq(code))
        .into_boxed();
    if let Some(id) = except {
        q = q.filter(buildings::id.ne(id));
    }
    Ok(q.count().get_result::<i64>(conn)? > 0)
}

/// Levels that floors or lift stops of this building use.
pub fn used_levels(conn: &mut DbConn, building_id: Id) -> StoreResult<Vec<i32>> {
    let mut levels: Vec<i32> = floors::table
        .filter(floors::building_id.eq(building_id))
        .select(floors::level)
        .load(conn)?;
    let lifts: Vec<(i32, i32)> = freight_lifts::table
        .filter(freight_lifts::building_id.eq(building_id))
        .select((freight_lifts::lowest_level, freight_lifts::highest_level))
        .load(conn)?;
    levels.extend(lifts.into_iter().flat_map(|(lo, hi)| [lo, hi]));
    Ok(levels)
}

/// Children that keep a building from being deleted: (floors, lifts).
pub fn child_counts(conn: &mut DbConn, building_id: Id) -> StoreResult<(i64, i64)> {
    let f = floors::table
        .filter(floors::building_id.eq(building_id))
        .count()
        .get_result(conn)?;
    let l = freight_lifts::table
        .filter(freight_lifts::building_id.eq(building_id))
        .count()
        .get_result(conn)?;
    Ok((f, l))
}
