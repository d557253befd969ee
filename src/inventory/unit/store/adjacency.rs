//! Which units share a wall. Stored in both directions, so that reading a
//! unit's neighbours is one indexed lookup and the relation stays symmetric.

use diesel::prelude::*;

use crate::platform::db::schema::unit_adjacency;
use crate::platform::db::{DbConn, IN_LIST_MAX, Id, StoreResult};

/// (unit, neighbour) for each of `unit_ids`.
pub fn pairs_of(conn: &mut DbConn, unit_ids: &[Id]) -> StoreResult<Vec<(Id, Id)>> {
    if unit_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for chunk in unit_ids.chunks(IN_LIST_MAX) {
        out.extend(
            unit_adjacency::table
                .filter(unit_adjacency::unit_id.eq_any(chunk))
                .select((unit_adjacency::unit_id, unit_adjacency::adjacent_unit_id))
                .load::<(Id, Id)>(conn)?,
        );
    }
    Ok(out)
}

/// Makes `neighbours` exactly the units adjacent to `unit_id`, both ways.
pub fn replace(conn: &mut DbConn, unit_id: Id, neighbours: &[Id]) -> StoreResult<()> {
    diesel::delete(
        unit_adjacency::table.filter(
            unit_adjacency::unit_id
                .eq(unit_id)
                .or(unit_adjacency::adjacent_unit_id.eq(unit_id)),
        ),
    )
    .execute(conn)?;
    for &n in neighbours {
        for (a, b) in [(unit_id, n), (n, unit_id)] {
            diesel::insert_into(unit_adjacency::table)
                .values((
                    unit_adjacency::unit_id.eq(a),
                    unit_adjacency::adjacent_unit_id.eq(b),
                ))
                .execute(conn)?;
        }
    }
    Ok(())
}
