//! Tests of the engine as a whole, through `find`. The pure rules (lift
//! geometry, fire hazard, lease periods) have their own tests next to them.

mod combinations;
mod criteria;
pub(super) mod fixtures;
mod generators;
mod json_shape;
mod languages;
mod ordering;
mod properties;
mod reference;
mod reverse;
