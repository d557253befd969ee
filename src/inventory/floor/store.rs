use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::platform::db::schema::floors;

use crate::platform::db::schema::units;
use crate::platform::db::{DbConn, Id};
use crate::platform::error::AppResult;

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

crate::versioned_table!(floors, Floor, "floor");
// Top down, as a stacking plan reads.
crate::children_paged!(
    list_in_building,
    floors,
    Floor,
    building_id,
    floors::level.desc()
);
crate::taken_within!(level_taken, floors, building_id, level, i32);

/// What the floor's units claim: (count, total area, tallest clear-height override).
pub fn units_summary(
    conn: &mut DbConn,
    floor_id: Id,
    except_unit: Option<Id>,
) -> AppResult<(i64, f64, Option<i32>)> {
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
