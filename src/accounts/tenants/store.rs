use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::platform::db::schema::tenants;
use crate::platform::db::{DbConn, Id, StoreResult, Versioned, Window};

/// A tenant organisation (company).
#[derive(Debug, Clone, Queryable, Insertable, AsChangeset, Identifiable)]
#[diesel(table_name = tenants, treat_none_as_null = true)]
pub struct Tenant {
    pub id: Id,
    pub name: String,
    pub credit_code: Option<String>,
    pub industry_code: Option<String>,
    pub contact_name: Option<String>,
    pub contact_phone: Option<String>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The staff member who recorded it; none when it registered itself.
    pub created_by: Option<Id>,
}

impl Versioned for Tenant {
    const WHAT: &'static str = "tenant";
    const TABLE: &'static str = "tenants";
    fn stamp(&mut self) -> (&mut i32, &mut NaiveDateTime) {
        (&mut self.version, &mut self.updated_at)
    }
    fn write_if_unchanged(&self, conn: &mut DbConn, read_version: i32) -> StoreResult<usize> {
        let unchanged = tenants::id
            .eq(self.id)
            .and(tenants::version.eq(read_version));
        Ok(diesel::update(tenants::table.filter(unchanged))
            .set(self)
            .execute(conn)?)
    }
}

/// Whether another organisation has this credit code.
pub fn credit_code_taken(conn: &mut DbConn, code: &str, except: Option<Id>) -> StoreResult<bool> {
    let mut q = tenants::table
        .filter(tenants::credit_code.eq(code))
        .into_boxed();
    if let Some(id) = except {
        q = q.filter(tenants::id.ne(id));
    }
    Ok(q.count().get_result::<i64>(conn)? > 0)
}

/// Tenants by name; `only` restricts to these ids.
pub fn list(
    conn: &mut DbConn,
    only: Option<&[Id]>,
    window: Window,
) -> StoreResult<(Vec<Tenant>, i64)> {
    let build = || {
        let mut q = tenants::table.into_boxed();
        if let Some(ids) = only {
            q = q.filter(tenants::id.eq_any(ids.to_vec()));
        }
        q
    };
    let total = build().count().get_result(conn)?;
    let items = build()
        .order((tenants::name.asc(), tenants::id.asc()))
        .limit(window.limit)
        .offset(window.offset)
        .load(conn)?;
    Ok((items, total))
}

/// The tenants this user recorded.
pub fn recorded_by(conn: &mut DbConn, user_id: Id) -> StoreResult<Vec<Id>> {
    Ok(tenants::table
        .filter(tenants::created_by.eq(user_id))
        .select(tenants::id)
        .load(conn)?)
}
