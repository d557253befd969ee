//! Checks of where the space is: lift access, fire rules, park, readiness.

use serde_json::{Value, json};

use super::check;
use crate::domain::BuildingStatus;
use crate::domain::matching::criteria::{self, Need};
use crate::domain::matching::fire_hazard;
use crate::domain::matching::input::{BuildingInfo, LiftInfo};
use crate::domain::matching::lift::{self, Access};
use crate::domain::matching::output::{Check, Criterion};

fn lift_json(l: &LiftInfo) -> Value {
    json!({
        "rated_load_kg": l.rated_load_kg,
        "car_width_mm": l.car_width_mm, "car_depth_mm": l.car_depth_mm, "car_height_mm": l.car_height_mm,
        "door_width_mm": l.door_width_mm, "door_height_mm": l.door_height_mm,
        "lowest_level": l.lowest_level, "highest_level": l.highest_level,
    })
}

pub(super) fn freight_lift(need: &Need, level: i32, lifts: &[&LiftInfo]) -> Check {
    let item = need.req.heaviest_item.as_ref();
    let access = lift::access(level, lifts, item);
    let (actual, message) = match access {
        Access::GroundFloor => (
            json!({"lift": null}),
            "ground floor: no lift needed".to_string(),
        ),
        Access::NoLiftServes => (
            json!({"lift": null}),
            format!("no freight lift of the building serves level {level}"),
        ),
        Access::By(l) => (
            json!({"lift": lift_json(l)}),
            match item {
                Some(_) => format!(
                    "{} serves level {level} and takes the item",
                    lift::describe(l)
                ),
                None => format!("{} serves level {level}", lift::describe(l)),
            },
        ),
        Access::Blocked(l, s) => (
            json!({"lift": lift_json(l)}),
            match item {
                Some(i) => format!(
                    "no lift serving level {level} takes the item; the closest is {}: {}",
                    lift::describe(l),
                    lift::explain(l, i, s)
                ),
                None => format!("no lift serving level {level} takes the item"),
            },
        ),
    };
    let item_json = item.map(|i| {
        json!({"weight_kg": i.weight_kg, "length_mm": i.length_mm, "width_mm": i.width_mm, "height_mm": i.height_mm})
    });
    check(
        Criterion::FreightLift,
        access.passed(),
        json!({"level": level, "item": item_json}),
        actual,
        message,
    )
}

pub(super) fn fire_hazard(need: &Need, b: &BuildingInfo, level: i32) -> Check {
    let class = need.req.fire_hazard_class;
    let problem = fire_hazard::problem(b, level, class);
    check(
        Criterion::FireHazard,
        problem.is_none(),
        json!({"fire_hazard_class": class}),
        json!({
            "max_fire_hazard_class": b.max_fire_hazard_class,
            "floors_above_ground": b.floors_above_ground,
            "level": level,
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
        json!({"preferred_park_ids": preferred}),
        json!({"park_id": park_id}),
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
        json!({"move_in_date": move_in}),
        json!({"status": b.status, "completion_date": b.completion_date}),
        message,
    )
}
