use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::platform::db::schema::buildings;

use crate::platform::db::schema::floors;

use crate::domain::rules::LevelRange;
use crate::domain::{BuildingKind, BuildingStatus, FireHazardClass};
use crate::platform::db::schema::freight_lifts;
use crate::platform::db::{DbConn, Id};
use crate::platform::error::AppResult;

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

crate::versioned_table!(buildings, Building, "building");
crate::children_paged!(
    list_in_park,
    buildings,
    Building,
    park_id,
    buildings::code.asc()
);
crate::taken_within!(code_taken, buildings, park_id, code, &str);

/// Levels that floors or lift stops of this building use.
pub fn used_levels(conn: &mut DbConn, building_id: Id) -> AppResult<Vec<i32>> {
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
pub fn child_counts(conn: &mut DbConn, building_id: Id) -> AppResult<(i64, i64)> {
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
