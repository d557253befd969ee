//! Checks of the space itself: area, load, height, power, utility shaft.

use crate::matching::engine::values::*;

use super::{Told, check, joined, num, num_beside};
use crate::matching::engine::criteria;
use crate::matching::engine::criteria::{Need, Offer};
use crate::matching::engine::output::Criterion;
use crate::text;

pub(super) fn area(need: &Need, offer: &Offer) -> Told {
    let (min, max) = (need.req.min_area_m2, need.req.max_area_m2);
    let passed = criteria::area_ok(need.req, offer.area_m2);
    let has = text!(
        "check-area-has",
        units = offer.units,
        area = num(offer.area_m2)
    );
    let message = match max {
        _ if !criteria::enough_area(need.req, offer.area_m2) => text!(
            "check-area-short",
            has = has,
            min = num(min),
            short = num(min - offer.area_m2)
        ),
        Some(max) if criteria::too_much_area(need.req, offer.area_m2) => {
            text!("check-area-too-much", has = has, max = num(max))
        }
        Some(max) => text!(
            "check-area-within",
            has = has,
            min = num(min),
            max = num(max)
        ),
        None => text!("check-area-meets", has = has, min = num(min)),
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

pub(super) fn live_load(need: &Need, offer: &Offer) -> Told {
    let load = offer.live_load_kn_m2;
    let min = need.req.min_live_load_kn_m2;
    let pressure = need.item_pressure_kn_m2;
    let units = offer.units;
    let mut problems = Vec::new();
    if let Some(min) = min.filter(|_| !criteria::load_reaches_minimum(need.req, load)) {
        problems.push(text!(
            "check-live-load-below-minimum",
            units = units,
            load = num(load),
            min = num(min)
        ));
    }
    let crushed = pressure.filter(|_| !criteria::bears_item(need.req, load));
    if let (Some(p), Some(item)) = (crushed, &need.req.heaviest_item) {
        problems.push(text!(
            "check-live-load-item-too-heavy",
            weight = num(item.weight_kg),
            length = item.length_mm.to_string(),
            width = item.width_mm.to_string(),
            pressure = num_beside(p, load),
            load = num(load)
        ));
    }
    let passed = criteria::live_load_ok(need, load);
    let load = num(load);
    let message = joined(problems).unwrap_or_else(|| match (min, pressure) {
        (None, None) => text!("check-live-load-none-asked", units = units, load = load),
        (Some(m), None) => text!(
            "check-live-load-meets-minimum",
            units = units,
            load = load,
            min = num(m)
        ),
        (None, Some(p)) => text!(
            "check-live-load-bears-item",
            units = units,
            load = load,
            pressure = num(p)
        ),
        (Some(m), Some(p)) => text!(
            "check-live-load-meets-both",
            units = units,
            load = load,
            min = num(m),
            pressure = num(p)
        ),
    });
    check(
        Criterion::LiveLoad,
        passed,
        Required::LiveLoad(LiveLoadAsked {
            min_live_load_kn_m2: min,
            item_pressure_kn_m2: pressure,
        }),
        Actual::LiveLoad(LiveLoadOffered {
            live_load_kn_m2: offer.live_load_kn_m2,
        }),
        message,
    )
}

pub(super) fn clear_height(need: &Need, offer: &Offer) -> Told {
    let h = offer.clear_height_mm;
    let min = need.req.min_clear_height_mm;
    let item_h = need.req.heaviest_item.as_ref().map(|i| i.height_mm);
    let height = h.to_string();
    let mut problems = Vec::new();
    if let Some(m) = min.filter(|&m| h < m) {
        problems.push(text!(
            "check-clear-height-below-minimum",
            height = &height,
            min = m.to_string()
        ));
    }
    if let Some(ih) = item_h.filter(|&ih| ih > h) {
        problems.push(text!(
            "check-clear-height-item-too-tall",
            item = ih.to_string(),
            height = &height
        ));
    }
    let passed = criteria::clear_height_ok(need.req, h);
    let message = joined(problems).unwrap_or_else(|| match (min, item_h) {
        (None, None) => text!("check-clear-height-none-asked", height = &height),
        (Some(m), _) => text!(
            "check-clear-height-meets-minimum",
            height = &height,
            min = m.to_string()
        ),
        (None, Some(ih)) => text!(
            "check-clear-height-fits-item",
            height = &height,
            item = ih.to_string()
        ),
    });
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

pub(super) fn power(need: &Need, offer: &Offer) -> Told {
    let min = need.req.min_power_kva;
    let power = offer.power_kva();
    let passed = criteria::power_ok(need.req, power);
    let units = offer.units;
    // Several units' supplies add up; the message says so.
    let message = match (min, power) {
        (None, Some(p)) => text!("check-power-none-asked", units = units, power = num(p)),
        (None, None) => text!("check-power-none-asked-unknown"),
        (Some(m), None) => text!("check-power-unknown", units = units, min = num(m)),
        (Some(m), Some(p)) if !passed => text!(
            "check-power-below-minimum",
            units = units,
            power = num(p),
            min = num(m)
        ),
        (Some(m), Some(p)) => text!(
            "check-power-meets-minimum",
            units = units,
            power = num(p),
            min = num(m)
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

pub(super) fn utility_shaft(need: &Need, offer: &Offer) -> Told {
    let (needs, has) = (need.req.needs_utility_shaft, offer.has_utility_shaft);
    let message = match (needs, has) {
        (true, true) => text!("check-utility-shaft-present"),
        (true, false) => text!("check-utility-shaft-missing"),
        (false, true) => text!("check-utility-shaft-not-needed-present"),
        (false, false) => text!("check-utility-shaft-not-needed"),
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
        message,
    )
}
