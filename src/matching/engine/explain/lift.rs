//! The freight-lift check: which lift brings the item up, or why none does.

use crate::matching::engine::values::*;

use super::{Told, check, joined};
use crate::i18n::Text;
use crate::matching::engine::criteria::Need;
use crate::matching::engine::input::{Item, LiftInfo};
use crate::matching::engine::lift;
use crate::matching::engine::lift::{Access, Shortfalls};
use crate::matching::engine::output::Criterion;
use crate::text;

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

pub(super) fn freight_lift(need: &Need, level: i32, lifts: &[LiftInfo]) -> Told {
    let item = need.req.heaviest_item.as_ref();
    let access = lift::access(level, lifts, item);
    let at = super::level(level);
    let (actual, message) = match access {
        Access::GroundFloor => (none(), text!("check-lift-ground-floor")),
        Access::NoLiftServes => (none(), text!("check-lift-none-serves", level = at)),
        Access::By(l) => (
            offered(l),
            match item {
                Some(_) => text!("check-lift-takes-item", lift = describe(l), level = at),
                None => text!("check-lift-serves", lift = describe(l), level = at),
            },
        ),
        Access::Blocked(l, s) => (
            offered(l),
            match (item, reasons(l, item, s)) {
                (Some(_), Some(reasons)) => text!(
                    "check-lift-closest",
                    level = at,
                    lift = describe(l),
                    reasons = reasons
                ),
                _ => text!("check-lift-none-takes-item", level = at),
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

/// "the 3000 kg lift (levels 1 to 15, car 2000×3500×2800 mm, door 1800×2500 mm)".
fn describe(lift: &LiftInfo) -> Text {
    text!(
        "check-lift",
        load = lift.rated_load_kg.to_string(),
        lowest = super::level(lift.lowest_level),
        highest = super::level(lift.highest_level),
        car_width = lift.car_width_mm.to_string(),
        car_depth = lift.car_depth_mm.to_string(),
        car_height = lift.car_height_mm.to_string(),
        door_width = lift.door_width_mm.to_string(),
        door_height = lift.door_height_mm.to_string()
    )
}

/// Why the lift does not take the item, each shortfall in `s` in turn;
/// `None` without an item or a shortfall.
fn reasons(lift: &LiftInfo, item: Option<&Item>, s: Shortfalls) -> Option<Text> {
    let item = item?;
    let (length, width) = (item.length_mm.to_string(), item.width_mm.to_string());
    let height = item.height_mm.to_string();
    let mut reasons = Vec::new();
    if s.contains(Shortfalls::OVERWEIGHT) {
        reasons.push(text!(
            "check-lift-overweight",
            weight = item.weight_kg.to_string(),
            load = lift.rated_load_kg.to_string()
        ));
    }
    if s.contains(Shortfalls::DOOR_TOO_NARROW) {
        reasons.push(text!(
            "check-lift-door-too-narrow",
            length = &length,
            width = &width,
            door_width = lift.door_width_mm.to_string()
        ));
    }
    if s.contains(Shortfalls::CAR_TOO_SMALL) {
        reasons.push(text!(
            "check-lift-car-too-small",
            length = &length,
            width = &width,
            car_width = lift.car_width_mm.to_string(),
            car_depth = lift.car_depth_mm.to_string()
        ));
    }
    if s.contains(Shortfalls::DOOR_TOO_LOW) {
        reasons.push(text!(
            "check-lift-door-too-low",
            height = &height,
            door_height = lift.door_height_mm.to_string()
        ));
    }
    if s.contains(Shortfalls::CAR_TOO_LOW) {
        reasons.push(text!(
            "check-lift-car-too-low",
            height = &height,
            car_height = lift.car_height_mm.to_string()
        ));
    }
    joined(reasons)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
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
        let text = reasons(&lift(), Some(&big), s)
            .map(|t| t.render(Lang::En))
            .unwrap_or_default();
        for part in [
            "rated for 3000 kg",
            "3500 mm deep car",
            "door is 2500 mm high",
            "car is 2800 mm high",
        ] {
            assert!(text.contains(part), "{part}: {text}");
        }
        assert!(
            describe(&lift())
                .render(Lang::En)
                .starts_with("the 3000 kg lift (levels 1 to 15")
        );
    }
}
