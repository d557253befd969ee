//! The matching engine: which units (or adjacent units combined) suit a
//! tenant's requirement, checked criterion by criterion and scored.
//!
//! Pure functions over plain data: the caller loads an [`Inventory`], builds
//! an [`Index`] of it once, and calls [`find`] for as many requirements as it
//! likes. Nothing here knows HTTP or SQL. `docs/matching.md` describes the
//! criteria, the combination search and the score for people.
//!
//! | file | what it decides |
//! | --- | --- |
//! | `criteria.rs` | pass or fail of each criterion, and how units combine |
//! | `lift.rs` | whether a freight lift takes the heaviest item up |
//! | `fire_hazard.rs` | GB 50016 rules on where a hazard class may work |
//! | `availability.rs` | the lease period and overlapping holds |
//! | `combine.rs` | which adjacent units are tried together, and the bounds |
//! | `score.rs` | the 0–100 score and the order of candidates |
//! | `bounds.rs` | what a floor can at best offer, to skip it unseen |
//! | `search.rs` | walking the inventory, pruning, keeping the best |
//! | `explain/` | the checks, with `required`, `actual` and a message |

mod availability;
mod best;
mod bounds;
mod combine;
mod criteria;
mod exact;
mod explain;
mod fire_hazard;
mod index;
mod input;
mod lift;
mod output;
mod score;
mod search;
mod values;

pub use combine::Limits;
pub use index::Index;
pub use input::{BuildingInfo, Hold, Inventory, Item, LiftInfo, ParkInfo, Requirement, UnitInfo};
pub use output::{Candidate, Check, Criterion, MatchResult};
pub use search::{
    Unexplained, best_in_park, best_with_unit, find, find_in_park, find_with_unit, find_within,
};

#[cfg(test)]
mod tests;
