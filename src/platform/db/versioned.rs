//! The queries every versioned table has.

/// The queries every versioned table has: `find`, `insert`, `save` (an
/// optimistic update that bumps `version`) and `delete`.
#[macro_export]
macro_rules! versioned_table {
    ($table:ident, $row:ty, $what:literal) => {
        pub fn find(
            conn: &mut $crate::platform::db::DbConn,
            id: $crate::platform::db::Id,
        ) -> $crate::platform::error::AppResult<Option<$row>> {
            use diesel::prelude::*;
            Ok($table::table.find(id).first::<$row>(conn).optional()?)
        }

        /// Like `find`, but a missing row is a 404.
        pub fn get(
            conn: &mut $crate::platform::db::DbConn,
            id: $crate::platform::db::Id,
        ) -> $crate::platform::error::AppResult<$row> {
            find(conn, id)?.ok_or_else(|| $crate::platform::error::AppError::not_found($what, id))
        }

        pub fn insert(
            conn: &mut $crate::platform::db::DbConn,
            row: &$row,
        ) -> $crate::platform::error::AppResult<()> {
            use diesel::prelude::*;
            diesel::insert_into($table::table)
                .values(row)
                .execute(conn)?;
            Ok(())
        }

        /// Writes `row` if nobody changed it since it was read; bumps its
        /// version and `updated_at`.
        pub fn save(
            conn: &mut $crate::platform::db::DbConn,
            row: &mut $row,
        ) -> $crate::platform::error::AppResult<()> {
            use diesel::prelude::*;
            let read_version = row.version;
            row.version += 1;
            row.updated_at = $crate::platform::db::now();
            let changed = diesel::update(
                $table::table
                    .find(row.id)
                    .filter($table::version.eq(read_version)),
            )
            .set(&*row)
            .execute(conn)?;
            if changed == 0 {
                return Err($crate::platform::error::AppError::PreconditionFailed(
                    format!("the {} was changed by someone else; fetch it again", $what),
                ));
            }
            Ok(())
        }

        pub fn delete(
            conn: &mut $crate::platform::db::DbConn,
            id: $crate::platform::db::Id,
        ) -> $crate::platform::error::AppResult<()> {
            use diesel::prelude::*;
            diesel::delete($table::table.find(id)).execute(conn)?;
            Ok(())
        }
    };
}

/// `$name(conn, parent_id, paging)`: the children of one parent, a page at a
/// time, in `$order` (ties broken by id so pages never overlap).
#[macro_export]
macro_rules! children_paged {
    ($name:ident, $table:ident, $row:ty, $parent:ident, $order:expr) => {
        pub fn $name(
            conn: &mut $crate::platform::db::DbConn,
            parent_id: $crate::platform::db::Id,
            paging: $crate::platform::http::Paging,
        ) -> $crate::platform::error::AppResult<(Vec<$row>, i64)> {
            use diesel::prelude::*;
            let total = $table::table
                .filter($table::$parent.eq(parent_id))
                .count()
                .get_result(conn)?;
            let items = $table::table
                .filter($table::$parent.eq(parent_id))
                .order(($order, $table::id.asc()))
                .limit(paging.per_page)
                .offset(paging.offset())
                .load(conn)?;
            Ok((items, total))
        }
    };
}

/// `$name(conn, scope_id, value, except)`: whether another record in the same
/// scope already has this value (a friendlier 409 than the unique index's).
#[macro_export]
macro_rules! taken_within {
    ($name:ident, $table:ident, $scope:ident, $column:ident, $ty:ty) => {
        pub fn $name(
            conn: &mut $crate::platform::db::DbConn,
            scope_id: $crate::platform::db::Id,
            value: $ty,
            except: Option<$crate::platform::db::Id>,
        ) -> $crate::platform::error::AppResult<bool> {
            use diesel::prelude::*;
            let mut q = $table::table
                .filter($table::$scope.eq(scope_id))
                .filter($table::$column.eq(value))
                .into_boxed();
            if let Some(id) = except {
                q = q.filter($table::id.ne(id));
            }
            Ok(q.count().get_result::<i64>(conn)? > 0)
        }
    };
}
