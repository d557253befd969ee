use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::platform::db::schema::buildings;

use crate::domain::IndustryList;
use crate::platform::db::schema::parks;
use crate::platform::db::{DbConn, Id, StoreResult, Versioned, Window};

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
    /// An IANA name, checked on the way in (`platform::time::parse_zone`).
    pub time_zone: String,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Versioned for Park {
    const WHAT: &'static str = "park";
    const TABLE: &'static str = "parks";
    fn stamp(&mut self) -> (&mut i32, &mut NaiveDateTime) {
        (&mut self.version, &mut self.updated_at)
    }
    fn write_if_unchanged(&self, conn: &mut DbConn, read_version: i32) -> StoreResult<usize> {
        let unchanged = parks::id.eq(self.id).and(parks::version.eq(read_version));
        Ok(diesel::update(parks::table.filter(unchanged))
            .set(self)
            .execute(conn)?)
    }
}

pub fn list(conn: &mut DbConn, window: Window) -> StoreResult<(Vec<Park>, i64)> {
    let total = parks::table.count().get_result(conn)?;
    let items = parks::table
        .order((parks::name.asc(), parks::id.asc()))
        .limit(window.limit)
        .offset(window.offset)
        .load(conn)?;
    Ok((items, total))
}

pub fn building_count(conn: &mut DbConn, park_id: Id) -> StoreResult<i64> {
    Ok(buildings::table
        .filter(buildings::park_id.eq(park_id))
        .count()
        .get_result(conn)?)
}

/// Every park's time zone name, for a calendar of all parks (parks are few).
pub fn time_zones(conn: &mut DbConn) -> StoreResult<Vec<(Id, String)>> {
    Ok(parks::table
        .select((parks::id, parks::time_zone))
        .load(conn)?)
}

/// The park of each of `unit_ids` that exists.
pub fn parks_of_units(conn: &mut DbConn, unit_ids: &[Id]) -> StoreResult<Vec<(Id, Id)>> {
    use crate::platform::db::schema::units;
    let mut out = Vec::with_capacity(unit_ids.len());
    for chunk in unit_ids.chunks(500) {
        out.extend(
            units::table
                .inner_join(buildings::table)
                .filter(units::id.eq_any(chunk))
                .select((units::id, buildings::park_id))
                .load::<(Id, Id)>(conn)?,
        );
    }
    Ok(out)
}
