//! A floor's row: its level, load and height, its outline, and a box per
//! unit with the unit's code, area and (for staff) tenant and expiry mark.

use super::text::{escape, fit, width};
use super::{
    BOX_H, EXPIRY_RED, EXPIRY_WINDOW_DAYS, GREY, LABEL_W, Labels, MARGIN, PAD, box_width,
    status_colour, text_at,
};
use crate::reports::model::{StackFloor, StackUnit, StackingPlan};

/// One row, its top at `y`.
pub(super) fn floor_row(
    floor: &StackFloor,
    y: f64,
    scale: f64,
    plan: &StackingPlan,
    l: &Labels,
) -> String {
    let grey = format!(" fill=\"{GREY}\"");
    let mut out = format!("<g class=\"floor\" data-level=\"{}\">\n", floor.level);
    out += &text_at(
        MARGIN,
        y + 22.0,
        16.0,
        " font-weight=\"bold\"",
        &l.level_name(floor.level),
    );
    let load = l.load(floor.live_load_kn_m2);
    out += &text_at(MARGIN, y + 40.0, 11.0, &grey, &load);
    let height = l.height(floor.clear_height_mm);
    out += &text_at(MARGIN, y + 55.0, 11.0, &grey, &height);
    let x0 = MARGIN + LABEL_W;
    out += &format!(
        "<rect class=\"floor-outline\" x=\"{x0:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{BOX_H}\" \
         fill=\"#f3f4f6\" stroke=\"#c5c9d0\" stroke-dasharray=\"4 3\"/>\n",
        floor.area_m2 * scale
    );
    if floor.units.is_empty() {
        out += &text_at(x0 + PAD, y + 37.0, 11.0, &grey, &l.no_units);
    }
    let mut x = x0;
    for unit in &floor.units {
        let w = box_width(unit.area_m2, scale);
        out += &unit_box(unit, x, y, w, plan, l);
        x += w;
    }
    out + "</g>\n"
}

fn unit_box(u: &StackUnit, x: f64, y: f64, w: f64, plan: &StackingPlan, l: &Labels) -> String {
    // The plan leaves occupants out for the public already; the picture
    // checks again, since a name drawn in a picture cannot be filtered later.
    let occupant = u.occupant.as_ref().filter(|_| plan.includes_occupants);
    let expiring =
        occupant.filter(|o| (o.lease_end_date - plan.as_of).num_days() <= EXPIRY_WINDOW_DAYS);
    let mut tip = format!(
        "{} · {} · {}",
        u.code,
        l.area(u.area_m2),
        l.status(u.status)
    );
    if let Some(o) = occupant {
        tip += &format!(" · {} · {}", o.tenant_name, o.lease_end_date);
    }
    let mut out = format!(
        "<g class=\"unit\"><title>{}</title>\n\
         <rect id=\"unit-{id}\" class=\"unit-box\" data-unit-id=\"{id}\" data-status=\"{}\" \
         x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{BOX_H}\" fill=\"{}\" \
         stroke=\"#ffffff\" stroke-width=\"1.5\"/>\n",
        escape(&tip),
        u.status,
        status_colour(u.status),
        id = u.unit_id,
    );
    let room = w - 2.0 * PAD;
    let tx = x + PAD;
    out += &text_at(
        tx,
        y + 16.0,
        12.0,
        " font-weight=\"bold\"",
        &fit(&u.code, 12.0, room),
    );
    out += &text_at(tx, y + 30.0, 11.0, "", &fit(&l.area(u.area_m2), 11.0, room));
    if let Some(o) = occupant {
        out += &text_at(tx, y + 44.0, 11.0, "", &fit(&o.tenant_name, 11.0, room));
    }
    if let Some(o) = expiring {
        out += &format!(
            "<rect class=\"expiring\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" \
             fill=\"none\" stroke=\"{EXPIRY_RED}\" stroke-width=\"3\"/>\n",
            x + 1.5,
            y + 1.5,
            w - 3.0,
            BOX_H - 3.0
        );
        out += &expiry_tag(tx, y + BOX_H - 18.0, l);
        // The end date beside the tag, when the box has room for all of it
        // (a cut date would mislead); the tooltip always has it. Ink, not
        // red: red on the leased blue is hard to read.
        let tag_w = width(&l.expiring_tag, 9.0) + 6.0;
        let end = o.lease_end_date.to_string();
        if width(&end, 10.0) <= room - tag_w - 4.0 {
            let bold = " font-weight=\"bold\"";
            out += &text_at(tx + tag_w + 4.0, y + BOX_H - 8.0, 10.0, bold, &end);
        }
    }
    out + "</g>\n"
}

/// The small red tag of a lease ending soon, its top left at (x, y).
pub(super) fn expiry_tag(x: f64, y: f64, l: &Labels) -> String {
    let w = width(&l.expiring_tag, 9.0) + 6.0;
    format!(
        "<rect class=\"expiry-tag\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"13\" rx=\"2\" fill=\"{EXPIRY_RED}\"/>\n{}",
        text_at(
            x + 3.0,
            y + 10.0,
            9.0,
            " fill=\"#ffffff\" font-weight=\"bold\"",
            &l.expiring_tag
        )
    )
}
