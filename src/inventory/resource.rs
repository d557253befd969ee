//! What parks, buildings, floors and freight lifts have in common: a record
//! kept under a parent (a park has none), listed, read, created, changed
//! under `If-Match` and deleted. Each slice's service implements this once,
//! so one set of handler bodies (`inventory/http.rs`) serves all four.

use serde::Serialize;

use crate::access::CurrentUser;
use crate::audit::{self, Entity};
use crate::platform::db::{DbConn, Expected, Id, Versioned, Window};
use crate::platform::error::AppResult;

pub trait Resource: 'static {
    /// The path segment of the records: `/api/v1/{COLLECTION}/{id}`.
    const COLLECTION: &'static str;
    /// What a list and a create are under: a park id, a building id, or `()`.
    type Parent: Send + 'static;
    type Row: Send + 'static;
    type Out: From<Self::Row> + Serialize;
    type Create: Send + 'static;
    type Patch: Send + 'static;

    /// The record's id and version, for `Location` and `ETag`.
    fn id_and_version(row: &Self::Row) -> (Id, i32);

    fn list(
        c: &mut DbConn,
        parent: Self::Parent,
        window: Window,
    ) -> AppResult<(Vec<Self::Row>, i64)>;

    fn get(c: &mut DbConn, id: Id) -> AppResult<Self::Row>;

    fn create(
        c: &mut DbConn,
        user: &CurrentUser,
        parent: Self::Parent,
        new: Self::Create,
    ) -> AppResult<Self::Row>;

    fn update(
        c: &mut DbConn,
        user: &CurrentUser,
        id: Id,
        expected: &Expected,
        change: Self::Patch,
    ) -> AppResult<Self::Row>;

    fn delete(c: &mut DbConn, user: &CurrentUser, id: Id, expected: &Expected) -> AppResult<()>;
}

/// How every resource's update goes once its row is locked and the caller's
/// scope checked: the version the caller read, the change and the rules it
/// must keep (`apply`), the save, and the audit of before and after as `O`.
pub fn change<R, O>(
    conn: &mut DbConn,
    user: &CurrentUser,
    expected: &Expected,
    row: &mut R,
    entity: impl Fn(&R) -> Entity,
    apply: impl FnOnce(&mut DbConn, &mut R) -> AppResult<()>,
) -> AppResult<()>
where
    R: Versioned + Clone,
    O: From<R> + Serialize,
{
    expected.check(R::WHAT, *row.stamp().0)?;
    let before = O::from(row.clone());
    apply(conn, row)?;
    row.save(conn)?;
    audit::updated(conn, user, entity(row), &before, &O::from(row.clone()))
}
