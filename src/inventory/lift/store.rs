use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::platform::db::schema::freight_lifts;
use crate::platform::db::{DbConn, Id, StoreResult, Versioned, Window};

#[derive(Debug, Clone, Queryable, Insertable, AsChangeset, Identifiable)]
#[diesel(table_name = freight_lifts, treat_none_as_null = true)]
pub struct FreightLift {
    pub id: Id,
    pub building_id: Id,
    pub code: String,
    pub rated_load_kg: i32,
    pub car_width_mm: i32,
    pub car_depth_mm: i32,
    pub car_height_mm: i32,
    pub door_width_mm: i32,
    pub door_height_mm: i32,
    pub lowest_level: i32,
    pub highest_level: i32,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Versioned for FreightLift {
    const WHAT: &'static str = "freight lift";
    const TABLE: &'static str = "freight_lifts";
    fn stamp(&mut self) -> (&mut i32, &mut NaiveDateTime) {
        (&mut self.version, &mut self.updated_at)
    }
    fn write_if_unchanged(&self, conn: &mut DbConn, read_version: i32) -> StoreResult<usize> {
        let unchanged = freight_lifts::id
            .eq(self.id)
            .and(freight_lifts::version.eq(read_version));
        Ok(diesel::update(freight_lifts::table.filter(unchanged))
            .set(self)
            .execute(conn)?)
    }
}
/// One window of a building's freight lifts, by code.
pub fn list_in_building(
    conn: &mut DbConn,
    building_id: Id,
    window: Window,
) -> StoreResult<(Vec<FreightLift>, i64)> {
    let total = freight_lifts::table
        .filter(freight_lifts::building_id.eq(building_id))
        .count()
        .get_result(conn)?;
    let items = freight_lifts::table
        .filter(freight_lifts::building_id.eq(building_id))
        .order((freight_lifts::code.asc(), freight_lifts::id.asc()))
        .limit(window.limit)
        .offset(window.offset)
        .load(conn)?;
    Ok((items, total))
}
/// Every freight lift of a building, by code (a building has a handful).
pub fn all_in_building(conn: &mut DbConn, building_id: Id) -> StoreResult<Vec<FreightLift>> {
    Ok(freight_lifts::table
        .filter(freight_lifts::building_id.eq(building_id))
        .order((freight_lifts::code.asc(), freight_lifts::id.asc()))
        .load(conn)?)
}

/// Whether another freight lift in the same building already has this code
/// (a friendlier 409 than the unique index's).
pub fn code_taken(
    conn: &mut DbConn,
    building_id: Id,
    code: &str,
    except: Option<Id>,
) -> StoreResult<bool> {
    let mut q = freight_lifts::table
        .filter(freight_lifts::building_id.eq(building_id))
        .filter(freight_lifts::code.eq(code))
        .into_boxed();
    if let Some(id) = except {
        q = q.filter(freight_lifts::id.ne(id));
    }
    Ok(q.count().get_result::<i64>(conn)? > 0)
}
