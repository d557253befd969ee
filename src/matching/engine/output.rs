//! What the engine answers: candidates with one check per criterion.

use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::values::{Actual, Required};

/// The criteria a candidate is checked against, in the order its checks are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    Area,
    LiveLoad,
    ClearHeight,
    FreightLift,
    FireHazard,
    Power,
    UtilityShaft,
    Rent,
    Park,
    Availability,
    BuildingReady,
}

impl Criterion {
    /// Every criterion, in check order.
    pub const ALL: [Criterion; 11] = [
        Criterion::Area,
        Criterion::LiveLoad,
        Criterion::ClearHeight,
        Criterion::FreightLift,
        Criterion::FireHazard,
        Criterion::Power,
        Criterion::UtilityShaft,
        Criterion::Rent,
        Criterion::Park,
        Criterion::Availability,
        Criterion::BuildingReady,
    ];

    /// The wire name (`live_load`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Criterion::Area => "area",
            Criterion::LiveLoad => "live_load",
            Criterion::ClearHeight => "clear_height",
            Criterion::FreightLift => "freight_lift",
            Criterion::FireHazard => "fire_hazard",
            Criterion::Power => "power",
            Criterion::UtilityShaft => "utility_shaft",
            Criterion::Rent => "rent",
            Criterion::Park => "park",
            Criterion::Availability => "availability",
            Criterion::BuildingReady => "building_ready",
        }
    }

    /// The criterion in words (`GET /labels`).
    pub fn label(self) -> crate::i18n::Text {
        crate::i18n::Text::new("label-Criterion").with("value", self.as_str())
    }

    /// The criterion's bit in a [`Failures`] set.
    pub(crate) const fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// The set of criteria a candidate fails, as bits: the search counts failures
/// without building a single message.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Failures(pub u16);

impl Failures {
    pub(crate) fn with(self, criterion: Criterion, failed: bool) -> Self {
        if failed {
            Failures(self.0 | criterion.bit())
        } else {
            self
        }
    }

    pub(crate) fn union(self, other: Failures) -> Self {
        Failures(self.0 | other.0)
    }

    pub(crate) fn count(self) -> u32 {
        self.0.count_ones()
    }
}

/// How one criterion went for one candidate.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Check {
    pub criterion: Criterion,
    pub passed: bool,
    /// What the tenant asked for (`null` parts were not asked); its shape
    /// follows `criterion`.
    pub required: Required,
    /// What the space offers; its shape follows `criterion`.
    pub actual: Actual,
    /// One human sentence: why it passed or failed.
    pub message: String,
}

#[cfg(test)]
#[test]
fn every_criterion_is_written_as_serde_writes_it() {
    for c in Criterion::ALL {
        assert_eq!(
            serde_json::to_value(c).ok(),
            Some(serde_json::json!(c.as_str()))
        );
    }
}

#[cfg(test)]
impl Check {
    /// `required` and `actual` as the wire shows them.
    pub fn required_json(&self) -> serde_json::Value {
        serde_json::to_value(&self.required).unwrap_or_default()
    }
    pub fn actual_json(&self) -> serde_json::Value {
        serde_json::to_value(&self.actual).unwrap_or_default()
    }
}

/// A unit, or several adjacent units on one floor, offered as one space.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Candidate {
    /// Sorted ascending.
    pub unit_ids: Vec<Uuid>,
    pub park_id: Uuid,
    pub building_id: Uuid,
    pub level: i32,
    pub total_area_m2: f64,
    /// round(Σ area × asking rent per m² per day × 365 / 12).
    pub monthly_rent_fen: i64,
    /// 0–100, higher is better; see `docs/matching.md`.
    pub score: u8,
    /// One per criterion, in [`Criterion::ALL`] order.
    pub checks: Vec<Check>,
}

/// Candidates that pass every criterion, and those that fail exactly one.
#[derive(Debug, Clone, Default, PartialEq, Serialize, ToSchema)]
pub struct MatchResult {
    pub matches: Vec<Candidate>,
    /// Best first; connected units just short of the area come after the
    /// others.
    pub near_misses: Vec<Candidate>,
    /// Whether the bound on combinations per floor cut the search, so that
    /// a combination may be missing.
    pub truncated: bool,
}
