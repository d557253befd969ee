use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::domain::Role;
use crate::platform::db::schema::users;
use crate::platform::db::{DbConn, Id, StoreResult, Versioned, Window};

#[derive(Debug, Clone, Queryable, Insertable, AsChangeset, Identifiable)]
#[diesel(table_name = users, treat_none_as_null = true)]
pub struct User {
    pub id: Id,
    /// Lower-cased; unique.
    pub email: String,
    pub password_hash: String,
    pub display_name: String,
    pub role: Role,
    pub tenant_id: Option<Id>,
    pub disabled: bool,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// Tokens carry the version they were issued under; a password change
    /// bumps it, which ends every earlier token.
    pub session_version: i32,
}

impl Versioned for User {
    const WHAT: &'static str = "user";
    const TABLE: &'static str = "users";
    fn stamp(&mut self) -> (&mut i32, &mut NaiveDateTime) {
        (&mut self.version, &mut self.updated_at)
    }
    fn write_if_unchanged(&self, conn: &mut DbConn, read_version: i32) -> StoreResult<usize> {
        let unchanged = users::id.eq(self.id).and(users::version.eq(read_version));
        Ok(diesel::update(users::table.filter(unchanged))
            .set(self)
            .execute(conn)?)
    }
}

pub fn find_by_email(conn: &mut DbConn, email: &str) -> StoreResult<Option<User>> {
    Ok(users::table
        .filter(users::email.eq(email.trim().to_lowercase()))
        .first(conn)
        .optional()?)
}

pub fn email_taken(conn: &mut DbConn, email: &str) -> StoreResult<bool> {
    Ok(find_by_email(conn, email)?.is_some())
}

pub fn any_admin(conn: &mut DbConn) -> StoreResult<bool> {
    let n: i64 = users::table
        .filter(users::role.eq(Role::Admin))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

pub fn list(
    conn: &mut DbConn,
    role: Option<Role>,
    window: Window,
) -> StoreResult<(Vec<User>, i64)> {
    let mut count = users::table.into_boxed();
    let mut page = users::table.into_boxed();
    if let Some(r) = role {
        count = count.filter(users::role.eq(r));
        page = page.filter(users::role.eq(r));
    }
    let total = count.count().get_result(conn)?;
    let items = page
        .order(users::email.asc())
        .limit(window.limit)
        .offset(window.offset)
        .load(conn)?;
    Ok((items, total))
}
