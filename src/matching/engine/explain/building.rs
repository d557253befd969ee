//! Checks of where the space is: fire rules, park, readiness.

use crate::matching::engine::values::*;

use super::{Told, check, value};
use crate::domain::BuildingStatus;
use crate::i18n::Lang;
use crate::matching::engine::criteria::Need;
use crate::matching::engine::input::BuildingInfo;
use crate::matching::engine::output::Criterion;
use crate::matching::engine::{criteria, fire_hazard};
use crate::text;

pub(super) fn fire_hazard(need: &Need, b: &BuildingInfo, level: i32, lang: Lang) -> Told {
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
        fire_hazard::explain(b, level, class, problem, lang),
    )
}

pub(super) fn park(need: &Need, park_id: uuid::Uuid) -> Told {
    let preferred = &need.req.preferred_park_ids;
    let passed = criteria::park_ok(need.req, park_id);
    let message = match (preferred.is_empty(), passed) {
        (true, _) => text!("check-park-any"),
        (false, true) => text!("check-park-preferred"),
        (false, false) => text!("check-park-not-preferred"),
    };
    check(
        Criterion::Park,
        passed,
        Required::Park(ParkAsked {
            preferred_park_ids: preferred.clone(),
        }),
        Actual::Park(ParkOffered { park_id }),
        message,
    )
}

pub(super) fn building_ready(need: &Need, b: &BuildingInfo, lang: Lang) -> Told {
    let move_in = need.req.move_in_date;
    let passed = criteria::building_ready_ok(b, move_in);
    let status = value(lang, b.status.label(), b.status.as_str());
    let message = match (passed, b.completion_date) {
        (true, _)
            if matches!(
                b.status,
                BuildingStatus::Completed | BuildingStatus::Operational
            ) =>
        {
            text!("check-building-ready", status = status)
        }
        (true, Some(d)) => text!(
            "check-building-ready-due-before",
            status = status,
            due = d.to_string(),
            move_in = move_in.to_string()
        ),
        (false, Some(d)) => text!(
            "check-building-ready-due-after",
            status = status,
            due = d.to_string(),
            move_in = move_in.to_string()
        ),
        (_, None) => text!("check-building-ready-no-date", status = status),
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
