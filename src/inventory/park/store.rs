use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::platform::db::schema::buildings;

use crate::domain::IndustryList;
use crate::platform::db::schema::parks;
use crate::platform::db::{DbConn, Id};
use crate::platform::error::AppResult;
use crate::platform::http::Paging;

#[derive(Debug, Clone, Queryable, Insertable, AsChangeset, Identifiable)]
#[diesel(table_name = parks, treat_none_as_null = true)]
pub struct Park {
    pub id: Id,
    pub name: String,
    pub district: Option<String>,
    pub city: Option<String>,
    pub address: Option<String>,
    pub site_area_m2: Option<f64>,
    pub description: Option<String>,
    pub target_industries: IndustryList,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

crate::versioned_table!(parks, Park, "park");

pub fn list(conn: &mut DbConn, paging: Paging) -> AppResult<(Vec<Park>, i64)> {
    let total = parks::table.count().get_result(conn)?;
    let items = parks::table
        .order((parks::name.asc(), parks::id.asc()))
        .limit(paging.per_page)
        .offset(paging.offset())
        .load(conn)?;
    Ok((items, total))
}

pub fn building_count(conn: &mut DbConn, park_id: Id) -> AppResult<i64> {
    Ok(buildings::table
        .filter(buildings::park_id.eq(park_id))
        .count()
        .get_result(conn)?)
}
