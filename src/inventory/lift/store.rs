use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::platform::db::Id;
use crate::platform::db::schema::freight_lifts;

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
crate::children_paged!(
    list_in_building,
    freight_lifts,
    FreightLift,
    building_id,
    freight_lifts::code.asc()
);
crate::taken_within!(code_taken, freight_lifts, building_id, code, &str);
