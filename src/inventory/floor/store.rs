use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::platform::db::schema::floors;

use crate::platform::db::schema::units;
use crate::platform::db::{DbConn, Id, StoreResult, Versioned, Window};

#[derive(Debug, Clone, Queryable, Insertable, AsChangeset, Identifiable)]
#[diesel(table_name = floors, treat_none_as_null = true)]
pub struct Floor {
    pub id: Id,
    pub building_id: Id,
    pub level: i32,
    pub floor_height_mm: i32,
    pub clear_height_mm: i32,
    pub live_load_kn_m2: f64,
    pub area_m2: f64,
    pub column_grid_x_mm: Option<i32>,
    pub column_grid_y_mm: Option<i32>,
    pub power_kva: Option<f64>,
    pub has_utility_shaft: bool,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Versioned for Floor {
    const WHAT: &'static str = "floor";
    const TABLE: &'static str = "floors";
    fn stamp(&mut self) -> (&mut i32, &mut NaiveDateTime) {
        (&mut self.version, &mut self.updated_at)
    }
    fn write_if_unchanged(&self, conn: &mut DbConn, read_version: i32) -> StoreResult<usize> {
        let unchanged = floors::id.eq(self.id).and(floors::version.eq(read_version));
        Ok(diesel::update(floors::table.filter(unchanged))
            .set(self)
            .execute(conn)?)
    }
}
// Top down, as a stacking plan reads.
pub fn list_in_building(
    conn: &mut DbConn,
    building_id: Id,
    window: Window,
) -> StoreResult<(Vec<Floor>, i64)> {
    let total = floors::table
        .filter(floors::building_id.eq(building_id))
        .count()
        .get_result(conn)?;
    let items = floors::table
        .filter(floors::building_id.eq(building_id))
        .order((floors::level.desc(), floors::id.asc()))
        .limit(window.limit)
        .offset(window.offset)
        .load(conn)?;
    Ok((items, total))
}
/// Whether another floor in the same building already has this level
/// (a friendlier 409 than the unique index's).
pub fn level_taken(
    conn: &mut DbConn,
    building_id: Id,
    level: i32,
    except: Option<Id>,
) -> StoreResult<bool> {
    let mut q = floors::table
        .filter(floors::building_id.eq(building_id))
        .filter(floors::level.eq(level))
        .into_boxed();
    if let Some(id) = except {
        q = q.filter(floors::id.ne(id));
    }
    Ok(q.count().get_result::<i64>(conn)? > 0)
}

/// What the floor's units claim: (count, total area, tallest clear-height override).
pub fn units_summary(
    conn: &mut DbConn,
    floor_id: Id,
    except_unit: Option<Id>,
) -> StoreResult<(i64, f64, Option<i32>)> {
    let mut q = units::table
        .filter(units::floor_id.eq(floor_id))
        .select((units::area_m2, units::clear_height_mm))
        .into_boxed();
    if let Some(id) = except_unit {
        q = q.filter(units::id.ne(id));
    }
    let rows: Vec<(f64, Option<i32>)> = q.load(conn)?;
    let area = rows.iter().map(|r| r.0).sum();
    let tallest = rows.iter().filter_map(|r| r.1).max();
    Ok((rows.len() as i64, area, tallest))
}
