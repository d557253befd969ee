use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::freight_lifts;
use crate::db::{DbConn, Id};
use crate::error::AppResult;
use crate::http::Paging;

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

crate::versioned_table!(freight_lifts, FreightLift, "freight lift");

pub fn list_in_building(
    conn: &mut DbConn,
    building_id: Id,
    paging: Paging,
) -> AppResult<(Vec<FreightLift>, i64)> {
    let total = freight_lifts::table
        .filter(freight_lifts::building_id.eq(building_id))
        .count()
        .get_result(conn)?;
    let items = freight_lifts::table
        .filter(freight_lifts::building_id.eq(building_id))
        .order((freight_lifts::code.asc(), freight_lifts::id.asc()))
        .limit(paging.per_page)
        .offset(paging.offset())
        .load(conn)?;
    Ok((items, total))
}

pub fn code_taken(
    conn: &mut DbConn,
    building_id: Id,
    code: &str,
    except: Option<Id>,
) -> AppResult<bool> {
    let mut q = freight_lifts::table
        .filter(freight_lifts::building_id.eq(building_id))
        .filter(freight_lifts::code.eq(code))
        .into_boxed();
    if let Some(id) = except {
        q = q.filter(freight_lifts::id.ne(id));
    }
    Ok(q.count().get_result::<i64>(conn)? > 0)
}
