//! Checks of the space itself: area, load, height, power, utility shaft.

use crate::matching::engine::values::*;

use super::{check, num, num_beside, whose};
use crate::matching::engine::criteria;
use crate::matching::engine::criteria::{Need, Offer};
use crate::matching::engine::output::{Check, Criterion};

pub(super) fn area(need: &Need, offer: &Offer) -> Check {
    let (min, max) = (need.req.min_area_m2, need.req.max_area_m2);
    let passed = criteria::area_ok(need.req, offer.area_m2);
    let has = if offer.units == 1 {
        format!("{} m²", num(offer.area_m2))
    } else {
        format!("{} units, {} m² in all,", offer.units, num(offer.area_m2))
    };
    let message = match max {
        _ if !criteria::enough_area(need.req, offer.area_m2) => format!(
            "{has} is less than the {} m² asked for ({} m² short)",
            num(min),
            num(min - offer.area_m2)
        ),
        Some(max) if criteria::too_much_area(need.req, offer.area_m2) => {
            format!("{has} is more than the {} m² maximum", num(max))
        }
        Some(max) => format!("{has} is within {}–{} m²", num(min), num(max)),
        None => format!("{has} meets the {} m² minimum", num(min)),
    };
    check(
        Criterion::Area,
        passed,
        Required::Area(AreaAsked {
            min_area_m2: min,
            max_area_m2: max,
        }),
        Actual::Area(AreaOffered {
            area_m2: offer.area_m2,
            units: offer.units,
        }),
        message,
    )
}

pub(super) fn live_load(need: &Need, offer: &Offer) -> Check {
    let load = offer.live_load_kn_m2;
    let min = need.req.min_live_load_kn_m2;
    let pressure = need.item_pressure_kn_m2;
    let mut problems = Vec::new();
    if let Some(min) = min.filter(|_| !criteria::load_reaches_minimum(need.req, load)) {
        problems.push(format!(
            "{} carries {} kN/m², less than the {} kN/m² asked for",
            whose(offer),
            num(load),
            num(min)
        ));
    }
    let crushed = pressure.filter(|_| !criteria::bears_item(need.req, load));
    if let (Some(p), Some(item)) = (crushed, &need.req.heaviest_item) {
        problems.push(format!(
            "the heaviest item ({} kg on a {}×{} mm footprint) presses {} kN/m² on the floor, more than the {} kN/m² live load",
            num(item.weight_kg),
            item.length_mm,
            item.width_mm,
            num_beside(p, load),
            num(load)
        ));
    }
    let passed = criteria::live_load_ok(need, load);
    let message = if !problems.is_empty() {
        problems.join("; ")
    } else if min.is_none() && pressure.is_none() {
        format!(
            "no load asked for; {} carries {} kN/m²",
            whose(offer),
            num(load)
        )
    } else {
        let mut asked = Vec::new();
        if let Some(m) = min {
            asked.push(format!("{} kN/m² asked for", num(m)));
        }
        if let Some(p) = pressure {
            asked.push(format!("the item presses {} kN/m²", num(p)));
        }
        format!(
            "{} carries {} kN/m² ({})",
            whose(offer),
            num(load),
            asked.join(", ")
        )
    };
    check(
        Criterion::LiveLoad,
        passed,
        Required::LiveLoad(LiveLoadAsked {
            min_live_load_kn_m2: min,
            item_pressure_kn_m2: pressure,
        }),
        Actual::LiveLoad(LiveLoadOffered {
            live_load_kn_m2: load,
        }),
        message,
    )
}

pub(super) fn clear_height(need: &Need, offer: &Offer) -> Check {
    let h = offer.clear_height_mm;
    let min = need.req.min_clear_height_mm;
    let item_h = need.req.heaviest_item.as_ref().map(|i| i.height_mm);
    let mut problems = Vec::new();
    if let Some(m) = min.filter(|&m| h < m) {
        problems.push(format!(
            "the clear height is {h} mm, less than the {m} mm asked for"
        ));
    }
    if let Some(ih) = item_h.filter(|&ih| ih > h) {
        problems.push(format!(
            "the {ih} mm tall item does not fit under the {h} mm clear height"
        ));
    }
    let passed = criteria::clear_height_ok(need.req, h);
    let message = match (problems.is_empty(), min, item_h) {
        (false, _, _) => problems.join("; "),
        (true, None, None) => format!("no height asked for; the clear height is {h} mm"),
        (true, Some(m), _) => format!("the clear height is {h} mm ({m} mm asked for)"),
        (true, None, Some(ih)) => format!("the clear height is {h} mm; the item is {ih} mm tall"),
    };
    check(
        Criterion::ClearHeight,
        passed,
        Required::ClearHeight(ClearHeightAsked {
            min_clear_height_mm: min,
            item_height_mm: item_h,
        }),
        Actual::ClearHeight(ClearHeightOffered { clear_height_mm: h }),
        message,
    )
}

pub(super) fn power(need: &Need, offer: &Offer) -> Check {
    let min = need.req.min_power_kva;
    let power = offer.power_kva();
    let passed = criteria::power_ok(need.req, power);
    let message = match (min, power) {
        (None, Some(p)) => format!("no power asked for; {} {} kVA", supplied(offer), num(p)),
        (None, None) => "no power asked for; the power supply is not recorded".to_string(),
        (Some(m), None) => format!(
            "the power supply is unknown (no power_kva recorded for {}), so {} kVA cannot be promised",
            if offer.units == 1 {
                "the unit or its floor"
            } else {
                "some of the units"
            },
            num(m)
        ),
        (Some(m), Some(p)) if !passed => format!(
            "{} {} kVA, less than the {} kVA asked for",
            supplied(offer),
            num(p),
            num(m)
        ),
        (Some(m), Some(p)) => format!(
            "{} {} kVA ({} kVA asked for)",
            supplied(offer),
            num(p),
            num(m)
        ),
    };
    check(
        Criterion::Power,
        passed,
        Required::Power(PowerAsked { min_power_kva: min }),
        Actual::Power(PowerOffered { power_kva: power }),
        message,
    )
}

/// Who has the power: one unit, or several whose separate supplies add up.
fn supplied(offer: &Offer) -> String {
    if offer.units == 1 {
        "the unit has".into()
    } else {
        format!("the {} units have, their supplies together,", offer.units)
    }
}

pub(super) fn utility_shaft(need: &Need, offer: &Offer) -> Check {
    let (needs, has) = (need.req.needs_utility_shaft, offer.has_utility_shaft);
    let message = match (needs, has) {
        (true, true) => "the floor has a utility shaft",
        (true, false) => "a utility shaft is needed but the floor has none",
        (false, true) => "no utility shaft needed; the floor has one",
        (false, false) => "no utility shaft needed",
    };
    check(
        Criterion::UtilityShaft,
        criteria::utility_shaft_ok(need.req, has),
        Required::UtilityShaft(UtilityShaftAsked {
            needs_utility_shaft: needs,
        }),
        Actual::UtilityShaft(UtilityShaftOffered {
            has_utility_shaft: has,
        }),
        message.to_string(),
    )
}
