//! Checks of where the space is: fire rules, park, readiness.

use crate::matching::engine::values::*;

use super::check;
use crate::domain::BuildingStatus;
use crate::matching::engine::criteria::Need;
use crate::matching::engine::input::BuildingInfo;
use crate::matching::engine::output::{Check, Criterion};
use crate::matching::engine::{criteria, fire_hazard};

pub(super) fn fire_hazard(need: &Need, b: &BuildingInfo, level: i32) -> Check {
    let class = need.req.fire_hazard_class;
    let problem = fire_hazard::problem(b, level, class);
    check(
        Criterion::FireHazard,
        problem.is_none(),
        Required::FireHazard(FireHazardAsked {
            fire_hazard_class: class,
        }),
        Actual::FireHazard(FireHazardOffered {
            max_fire_hazard_class: b.max_fire_hazard_class,
            floors_above_ground: b.floors_above_ground,
            level,
        }),
        fire_hazard::explain(b, level, class, problem),
    )
}

pub(super) fn park(need: &Need, park_id: uuid::Uuid) -> Check {
    let preferred = &need.req.preferred_park_ids;
    let passed = criteria::park_ok(need.req, park_id);
    let message = match (preferred.is_empty(), passed) {
        (true, _) => "any park will do",
        (false, true) => "in one of the preferred parks",
        (false, false) => "not in any of the preferred parks",
    };
    check(
        Criterion::Park,
        passed,
        Required::Park(ParkAsked {
            preferred_park_ids: preferred.clone(),
        }),
        Actual::Park(ParkOffered { park_id }),
        message.to_string(),
    )
}

pub(super) fn building_ready(need: &Need, b: &BuildingInfo) -> Check {
    let move_in = need.req.move_in_date;
    let passed = criteria::building_ready_ok(b, move_in);
    let status = b.status.as_str().replace('_', " ");
    let message = match (passed, b.completion_date) {
        (true, _)
            if matches!(
                b.status,
                BuildingStatus::Completed | BuildingStatus::Operational
            ) =>
        {
            format!("the building is {status}")
        }
        (true, Some(d)) => {
            format!("the building is {status} and due {d}, before the move-in date {move_in}")
        }
        (false, Some(d)) => {
            format!("the building is {status} and due {d}, after the move-in date {move_in}")
        }
        (_, None) => format!("the building is {status} and has no completion date recorded"),
    };
    check(
        Criterion::BuildingReady,
        passed,
        Required::BuildingReady(MoveInAsked {
            move_in_date: move_in,
        }),
        Actual::BuildingReady(BuildingReadyOffered {
            status: b.status,
            completion_date: b.completion_date,
        }),
        message,
    )
}
