//! Rows with an optimistic `version`: find, insert, save (only over the
//! version that was read) and delete, written once for every such table.

use chrono::NaiveDateTime;
use diesel::associations::HasTable;
use diesel::dsl::{Find, Limit};
use diesel::prelude::*;
use diesel::query_builder::{DeleteStatement, InsertStatement, IntoUpdateTarget};
use diesel::query_dsl::LoadQuery;
use diesel::query_dsl::methods::{ExecuteDsl, FindDsl, LimitDsl};

use super::{DbConn, Id, StoreError, StoreResult, now};

type ById<T> = Find<<T as HasTable>::Table, Id>;

/// A table whose rows carry `id`, `version` and `updated_at`. Each table
/// says how to write itself over the version it read; the rest is here.
pub trait Versioned: HasTable + Sized + Send + 'static {
    /// How errors name it: "no unit with id …".
    const WHAT: &'static str;
    /// Its table, for the row lock of `get_for_change`.
    const TABLE: &'static str;
    /// The row's `version` and `updated_at`, for `save` to move on.
    fn stamp(&mut self) -> (&mut i32, &mut NaiveDateTime);

    /// `UPDATE … SET <this row> WHERE id = ? AND version = ?`: one statement,
    /// so two writers of the same version cannot both win. Rows written.
    fn write_if_unchanged(&self, conn: &mut DbConn, read_version: i32) -> StoreResult<usize>;

    fn find(conn: &mut DbConn, id: Id) -> StoreResult<Option<Self>>
    where
        Self::Table: FindDsl<Id>,
        ById<Self>: LimitDsl + RunQueryDsl<DbConn>,
        for<'q> Limit<ById<Self>>: LoadQuery<'q, DbConn, Self>,
    {
        Ok(FindDsl::find(Self::table(), id)
            .first::<Self>(conn)
            .optional()?)
    }

    /// Like `find`, but a missing row is `NotFound`.
    fn get(conn: &mut DbConn, id: Id) -> StoreResult<Self>
    where
        Self::Table: FindDsl<Id>,
        ById<Self>: LimitDsl + RunQueryDsl<DbConn>,
        for<'q> Limit<ById<Self>>: LoadQuery<'q, DbConn, Self>,
    {
        Self::find(conn, id)?.ok_or(StoreError::NotFound {
            what: Self::WHAT,
            id,
        })
    }

    /// Like `get`, for a row about to be changed: on PostgreSQL the row is
    /// locked first, so two writers take turns and the second reads what the
    /// first wrote (without `If-Match` the last write wins; with it, a stale
    /// tag is 412 as it should be). SQLite writers take turns already.
    fn get_for_change(conn: &mut DbConn, id: Id) -> StoreResult<Self>
    where
        Self::Table: FindDsl<Id>,
        ById<Self>: LimitDsl + RunQueryDsl<DbConn>,
        for<'q> Limit<ById<Self>>: LoadQuery<'q, DbConn, Self>,
    {
        Self::lock(conn, id)?;
        Self::get(conn, id)
    }

    /// Locks the row for change (PostgreSQL), before it is read.
    fn lock(conn: &mut DbConn, id: Id) -> StoreResult<()> {
        super::locks::lock_row(conn, Self::TABLE, id)
    }

    fn insert(&self, conn: &mut DbConn) -> StoreResult<()>
    where
        for<'a> &'a Self: Insertable<Self::Table>,
        for<'a> InsertStatement<Self::Table, <&'a Self as Insertable<Self::Table>>::Values>:
            ExecuteDsl<DbConn>,
    {
        diesel::insert_into(Self::table())
            .values(self)
            .execute(conn)?;
        Ok(())
    }

    /// Writes the row if nobody changed it since it was read, moving its
    /// version and `updated_at` on; `Stale` otherwise.
    fn save(&mut self, conn: &mut DbConn) -> StoreResult<()> {
        let (version, updated_at) = self.stamp();
        let read_version = *version;
        *version = read_version + 1;
        *updated_at = now();
        if self.write_if_unchanged(conn, read_version)? == 0 {
            *self.stamp().0 = read_version;
            return Err(StoreError::Stale { what: Self::WHAT });
        }
        Ok(())
    }

    fn delete(conn: &mut DbConn, id: Id) -> StoreResult<()>
    where
        Self::Table: FindDsl<Id>,
        ById<Self>: IntoUpdateTarget,
        DeleteStatement<
            <ById<Self> as HasTable>::Table,
            <ById<Self> as IntoUpdateTarget>::WhereClause,
        >: ExecuteDsl<DbConn>,
    {
        diesel::delete(FindDsl::find(Self::table(), id)).execute(conn)?;
        Ok(())
    }
}

/// The versions a writer expects to replace (from `If-Match`): any, or one of
/// these. Checked inside the write transaction, against the row as read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Expected {
    #[default]
    Any,
    OneOf(Vec<i32>),
}

impl Expected {
    pub fn check(&self, what: &'static str, current: i32) -> StoreResult<()> {
        match self {
            Self::OneOf(versions) if !versions.contains(&current) => {
                Err(StoreError::VersionMismatch { what, current })
            }
            _ => Ok(()),
        }
    }
}
