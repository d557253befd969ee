//! The freight-lift check: which lift brings the item up, or why none does.

use crate::matching::engine::values::*;

use super::check;
use crate::matching::engine::criteria::Need;
use crate::matching::engine::input::{Item, LiftInfo};
use crate::matching::engine::lift;
use crate::matching::engine::lift::{Access, Shortfalls};
use crate::matching::engine::output::{Check, Criterion};

fn offered(l: &LiftInfo) -> Actual {
    Actual::FreightLift(FreightLiftOffered {
        lift: Some(LiftOffered {
            rated_load_kg: l.rated_load_kg,
            car_width_mm: l.car_width_mm,
            car_depth_mm: l.car_depth_mm,
            car_height_mm: l.car_height_mm,
            door_width_mm: l.door_width_mm,
            door_height_mm: l.door_height_mm,
            lowest_level: l.lowest_level,
            highest_level: l.highest_level,
        }),
    })
}

fn none() -> Actual {
    Actual::FreightLift(FreightLiftOffered { lift: None })
}

pub(super) fn freight_lift(need: &Need, level: i32, lifts: &[LiftInfo]) -> Check {
    let item = need.req.heaviest_item.as_ref();
    let access = lift::access(level, lifts, item);
    let (actual, message) = match access {
        Access::GroundFloor => (none(), "ground floor: no lift needed".to_string()),
        Access::NoLiftServes => (
            none(),
            format!("no freight lift of the building serves level {level}"),
        ),
        Access::By(l) => (
            offered(l),
            match item {
                Some(_) => format!("{} serves level {level} and takes the item", describe(l)),
                None => format!("{} serves level {level}", describe(l)),
            },
        ),
        Access::Blocked(l, s) => (
            offered(l),
            match item {
                Some(i) => format!(
                    "no lift serving level {level} takes the item; the closest is {}: {}",
                    describe(l),
                    reasons(l, i, s)
                ),
                None => format!("no lift serving level {level} takes the item"),
            },
        ),
    };
    let asked_item = item.map(|i| ItemAsked {
        weight_kg: i.weight_kg,
        length_mm: i.length_mm,
        width_mm: i.width_mm,
        height_mm: i.height_mm,
    });
    check(
        Criterion::FreightLift,
        access.passed(),
        Required::FreightLift(FreightLiftAsked {
            level,
            item: asked_item,
        }),
        actual,
        message,
    )
}

/// "the 3,000 kg lift (levels 1–15, car 2000×3500×2800 mm, door 1800×2500 mm)".
fn describe(lift: &LiftInfo) -> String {
    format!(
        "the {} kg lift (levels {} to {}, car {}×{}×{} mm, door {}×{} mm)",
        lift.rated_load_kg,
        lift.lowest_level,
        lift.highest_level,
        lift.car_width_mm,
        lift.car_depth_mm,
        lift.car_height_mm,
        lift.door_width_mm,
        lift.door_height_mm
    )
}

/// The reasons in `s`, as a clause: "its door is 1800 mm wide, ...".
fn reasons(lift: &LiftInfo, item: &Item, s: Shortfalls) -> String {
    let mut reasons = Vec::new();
    if s.contains(Shortfalls::OVERWEIGHT) {
        reasons.push(format!(
            "the item weighs {} kg but the lift is rated for {} kg",
            item.weight_kg, lift.rated_load_kg
        ));
    }
    if s.contains(Shortfalls::DOOR_TOO_NARROW) {
        reasons.push(format!(
            "neither side of the {}×{} mm footprint passes the {} mm wide door",
            item.length_mm, item.width_mm, lift.door_width_mm
        ));
    }
    if s.contains(Shortfalls::CAR_TOO_SMALL) {
        reasons.push(format!(
            "the {}×{} mm footprint does not fit the {} mm wide, {} mm deep car in either orientation that passes the door",
            item.length_mm, item.width_mm, lift.car_width_mm, lift.car_depth_mm
        ));
    }
    if s.contains(Shortfalls::DOOR_TOO_LOW) {
        reasons.push(format!(
            "the item is {} mm tall but the door is {} mm high",
            item.height_mm, lift.door_height_mm
        ));
    }
    if s.contains(Shortfalls::CAR_TOO_LOW) {
        reasons.push(format!(
            "the item is {} mm tall but the car is {} mm high",
            item.height_mm, lift.car_height_mm
        ));
    }
    reasons.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    fn lift() -> LiftInfo {
        crate::matching::engine::tests::fixtures::three_tonne_lift(Uuid::nil(), 15)
    }

    #[test]
    fn every_shortfall_is_told() {
        let big = Item {
            weight_kg: 3500.0,
            length_mm: 3600,
            width_mm: 1200,
            height_mm: 2900,
        };
        let s = lift::shortfalls(&lift(), &big);
        let text = reasons(&lift(), &big, s);
        for part in [
            "rated for 3000 kg",
            "3500 mm deep car",
            "door is 2500 mm high",
            "car is 2800 mm high",
        ] {
            assert!(text.contains(part), "{part}: {text}");
        }
        assert!(describe(&lift()).starts_with("the 3000 kg lift (levels 1 to 15"));
    }
}
