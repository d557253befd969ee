//! The ranges the API accepts, named once. Request validation reads them
//! here, and so does the OpenAPI document; a value outside is a 422 that
//! names the field.

/// Areas of units, floors and requests (m², above zero).
pub const AREA_M2_MAX: f64 = 1_000_000.0;
/// A park's site (m², above zero).
pub const SITE_AREA_M2_MAX: f64 = 100_000_000.0;
/// Rated live load (kN/m²).
pub const LIVE_LOAD_KN_M2_MIN: f64 = 0.1;
pub const LIVE_LOAD_KN_M2_MAX: f64 = 100.0;
/// Floor-to-floor and clear heights (mm, at least 1).
pub const STOREY_HEIGHT_MM_MAX: i32 = 30_000;
/// Column grids and the sides of an item of equipment (mm, at least 1).
pub const SPAN_MM_MAX: i32 = 50_000;
/// Power supply (kVA, zero or more).
pub const POWER_KVA_MAX: f64 = 1_000_000.0;
/// Rents (fen per m² per day, zero or more).
pub const RENT_FEN_M2_DAY_MAX: i64 = 10_000_000;
/// The heaviest item (kg, above zero).
pub const ITEM_WEIGHT_KG_MAX: f64 = 1_000_000.0;
/// Levels: -1 and below are basements; there is no level 0.
pub const LEVEL_MIN: i32 = -20;
pub const LEVEL_MAX: i32 = 200;
pub const FLOORS_ABOVE_GROUND_MAX: i32 = 200;
pub const FLOORS_BELOW_GROUND_MAX: i32 = 20;
/// A freight lift's rated load (kg, at least 1).
pub const LIFT_RATED_LOAD_KG_MAX: i32 = 100_000;
/// A freight lift's car and door (mm, at least 1).
pub const LIFT_SIZE_MM_MAX: i32 = 20_000;
/// A lease term (months, at least 1).
pub const LEASE_MONTHS_MAX: i32 = 600;
/// Units one offer or lease may name.
pub const UNITS_PER_DEAL_MAX: u64 = 20;
/// Neighbours one unit may list, and parks one request may prefer.
pub const LIST_MAX: u64 = 50;
