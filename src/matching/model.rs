use serde::Serialize;
use utoipa::ToSchema;

use crate::catalog::snapshot::Snapshot;
use crate::domain::Id;
use crate::inventory::unit::model::UnitOut;
use crate::leasing::application::model::CreateApplication;
use crate::leasing::application::store::Application;
use crate::matching::engine::{Candidate, Item, MatchResult, Requirement};

/// A unit or a set of adjacent units on one floor, with one check per criterion.
#[derive(Debug, Serialize, ToSchema)]
pub struct CandidateOut {
    #[serde(flatten)]
    pub candidate: Candidate,
    /// The units themselves, in `unit_ids` order.
    pub units: Vec<UnitOut>,
}

/// Space that fits (every check passed) and space that almost does
/// (exactly one check failed; that check says why), best first.
#[derive(Debug, Serialize, ToSchema)]
pub struct MatchesOut {
    pub matches: Vec<CandidateOut>,
    /// Best first; connected units just short of the area come after the
    /// others, their `area` check saying how much is missing.
    pub near_misses: Vec<CandidateOut>,
    /// `true` when the bound on combinations tried per floor cut the
    /// search, so a combination may be missing from the lists.
    pub truncated: bool,
}

impl CandidateOut {
    /// The candidate with its units as the snapshot has them.
    pub fn new(candidate: Candidate, snapshot: &Snapshot) -> Self {
        let units = candidate
            .unit_ids
            .iter()
            .filter_map(|id| snapshot.view(Id(*id)).map(|v| UnitOut::from(v.clone())))
            .collect();
        CandidateOut { candidate, units }
    }
}

impl MatchesOut {
    pub fn new(result: MatchResult, snapshot: &Snapshot) -> Self {
        let with_units = |c: Candidate| CandidateOut::new(c, snapshot);
        Self {
            matches: result.matches.into_iter().map(with_units).collect(),
            near_misses: result.near_misses.into_iter().map(with_units).collect(),
            truncated: result.truncated,
        }
    }
}

/// An open application and the space it could take: a unit alone or with
/// connected neighbours, with the same checks as the application's matches.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationCandidate {
    pub application_id: Id,
    pub tenant_id: Id,
    pub candidate: CandidateOut,
}

/// The open applications a unit suits, alone or combined with connected
/// neighbours: for each application its best candidate holding the unit.
/// Matches pass every check, near misses fail exactly one; best first.
#[derive(Debug, Serialize, ToSchema)]
pub struct UnitApplications {
    pub matches: Vec<ApplicationCandidate>,
    pub near_misses: Vec<ApplicationCandidate>,
    /// `true` when a bound on combinations cut the search for some
    /// application, so a combination may be missing.
    pub truncated: bool,
}

/// An open application and its best candidate in one park.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationBest {
    pub application_id: Id,
    pub tenant_id: Id,
    /// `true` when `best` passes every check; `false` for a near miss
    /// (exactly one check failed, and it says why) or when there is none.
    pub is_match: bool,
    /// `null` when nothing in the park comes within one criterion.
    pub best: Option<CandidateOut>,
}

/// What the engine needs from a stored application.
pub fn requirement(a: &Application) -> Requirement {
    Requirement {
        industry_code: a.industry_code.clone(),
        min_area_m2: a.min_area_m2,
        max_area_m2: a.max_area_m2,
        min_live_load_kn_m2: a.min_live_load_kn_m2,
        min_clear_height_mm: a.min_clear_height_mm,
        heaviest_item: crate::leasing::application::model::heaviest_item(a).map(|i| Item {
            weight_kg: i.weight_kg,
            length_mm: i.length_mm,
            width_mm: i.width_mm,
            height_mm: i.height_mm,
        }),
        fire_hazard_class: a.fire_hazard_class,
        min_power_kva: a.min_power_kva,
        needs_utility_shaft: a.needs_utility_shaft,
        max_rent_fen_m2_day: a.max_rent_fen_m2_day,
        move_in_date: a.move_in_date,
        lease_months: u32::try_from(a.lease_months).unwrap_or(1),
        preferred_park_ids: a.preferred_park_ids.0.iter().map(|id| id.0).collect(),
        allow_combined_units: a.allow_combined_units,
    }
}

/// What the engine needs from a posted requirement (`POST /match`): the
/// fields of an application; its `tenant_id` and `notes` say nothing of space.
impl From<&CreateApplication> for Requirement {
    fn from(a: &CreateApplication) -> Self {
        Requirement {
            industry_code: a.industry_code.clone(),
            min_area_m2: a.min_area_m2,
            max_area_m2: a.max_area_m2,
            min_live_load_kn_m2: a.min_live_load_kn_m2,
            min_clear_height_mm: a.min_clear_height_mm,
            heaviest_item: a.heaviest_item.map(|i| Item {
                weight_kg: i.weight_kg,
                length_mm: i.length_mm,
                width_mm: i.width_mm,
                height_mm: i.height_mm,
            }),
            fire_hazard_class: a.fire_hazard_class,
            min_power_kva: a.min_power_kva,
            needs_utility_shaft: a.needs_utility_shaft,
            max_rent_fen_m2_day: a.max_rent_fen_m2_day,
            move_in_date: a.move_in_date,
            lease_months: u32::try_from(a.lease_months).unwrap_or(1),
            preferred_park_ids: a
                .preferred_park_ids
                .iter()
                .flatten()
                .map(|id| id.0)
                .collect(),
            allow_combined_units: a.allow_combined_units,
        }
    }
}
