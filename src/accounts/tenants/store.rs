use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::platform::db::Id;
use crate::platform::db::schema::tenants;

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
}

crate::versioned_table!(tenants, Tenant, "tenant");

pub fn credit_code_taken(
    conn: &mut crate::platform::db::DbConn,
    code: &str,
) -> crate::platform::error::AppResult<bool> {
    let n: i64 = tenants::table
        .filter(tenants::credit_code.eq(code))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

pub fn credit_code_taken_by_other(
    conn: &mut crate::platform::db::DbConn,
    code: &str,
    id: Id,
) -> crate::platform::error::AppResult<bool> {
    let n: i64 = tenants::table
        .filter(tenants::credit_code.eq(code))
        .filter(tenants::id.ne(id))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// Tenants by name; `only` restricts to these ids.
pub fn list(
    conn: &mut crate::platform::db::DbConn,
    only: Option<&[Id]>,
    paging: crate::platform::http::Paging,
) -> crate::platform::error::AppResult<(Vec<Tenant>, i64)> {
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
        .limit(paging.per_page)
        .offset(paging.offset())
        .load(conn)?;
    Ok((items, total))
}
