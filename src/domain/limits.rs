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
/// Names of parks, organisations, buildings and people (characters).
pub const NAME_MAX: u64 = 200;
/// Districts, cities and contact names (characters).
pub const SHORT_TEXT_MAX: u64 = 100;
pub const ADDRESS_MAX: u64 = 300;
/// Descriptions and notes (characters).
pub const LONG_TEXT_MAX: u64 = 5000;
pub const EMAIL_MAX: u64 = 254;
pub const PHONE_MAX: u64 = 40;
/// Passwords: at least `MIN_PASSWORD_CHARS` (argon2 hashes any length,
/// but a bound keeps a request from asking it to hash megabytes).
pub const PASSWORD_MAX: u64 = 256;
/// Codes of buildings, lifts and units: ASCII letters, digits, `-`, `_`, `.`.
pub const CODE_MAX: usize = 32;
pub const CODE_PATTERN: &str = "^[A-Za-z0-9._-]{1,32}$";
/// GB/T 4754-2017 industry codes: a section letter and 2 to 4 digits.
pub const INDUSTRY_CODE_PATTERN: &str = "^[A-T][0-9]{2,4}$";
/// GB 32100-2015 unified social credit codes (the check character is
/// verified beyond what a pattern can say).
pub const CREDIT_CODE_PATTERN: &str = "^[0-9A-HJ-NPQRTUWXY]{18}$";
/// Industry codes a park may target.
pub const TARGET_INDUSTRIES_MAX: usize = 50;
