//! The stacking plan as a picture (楼盘表): an SVG drawn from the plan and
//! the building's freight lifts. Plain data in, a string out, no database
//! or HTTP, so that every rule of the drawing is tested on its own.
//!
//! Floors run top-down as rows; each unit is a box as wide as its area
//! (the widest floor fills `PLAN_W`, no box is narrower than `MIN_BOX_W`),
//! filled by its status. The lifts stand to the right as bars across the
//! rows of the levels they serve.

use super::model::{StackFloor, StackUnit, StackingPlan};
use crate::domain::UnitStatus;

mod labels;
#[cfg(test)]
mod tests;
mod text;

pub use labels::{BILINGUAL, Labels};
use text::{escape, fit, width};

/// A freight lift as the picture draws it: which levels it reaches, and
/// what it carries.
#[derive(Debug, Clone)]
pub struct LiftReach {
    pub code: String,
    pub rated_load_kg: i32,
    pub lowest_level: i32,
    pub highest_level: i32,
}

/// Leases ending within this many days of the plan's date are marked.
pub const EXPIRY_WINDOW_DAYS: i64 = 180;

/// Fonts with Chinese glyphs first: an SVG carries no fonts, and a generic
/// `sans-serif` alone draws tenant names as boxes on many systems.
pub const FONT_FAMILY: &str = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', \
                               'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";

/// The fill of a unit box of this status; the legend shows the same.
pub fn status_colour(status: UnitStatus) -> &'static str {
    match status {
        UnitStatus::Available => "#7ccf8a",
        UnitStatus::Reserved => "#f5c451",
        UnitStatus::Leased => "#6a9fd8",
        UnitStatus::Unavailable => "#bdbdbd",
    }
}

const STATUSES: [UnitStatus; 4] = [
    UnitStatus::Available,
    UnitStatus::Reserved,
    UnitStatus::Leased,
    UnitStatus::Unavailable,
];
const EXPIRY_RED: &str = "#d62728";
const INK: &str = "#1f2328";
const GREY: &str = "#5b6270";

// Geometry, in SVG user units (pixels at 100 %).
const MARGIN: f64 = 24.0;
const TITLE_H: f64 = 36.0;
const HEAD_H: f64 = 48.0;
const LABEL_W: f64 = 130.0;
/// The widest floor is drawn this wide; the others in proportion.
pub const PLAN_W: f64 = 880.0;
/// No unit box is narrower, so that its code stays legible.
pub const MIN_BOX_W: f64 = 72.0;
const ROW_H: f64 = 72.0;
const BOX_H: f64 = 64.0;
const PAD: f64 = 6.0;
const LIFT_GAP: f64 = 24.0;
const LIFT_COL_W: f64 = 64.0;
const LIFT_BAR_W: f64 = 14.0;
const LEGEND_H: f64 = 36.0;

/// Pixels per square metre: the widest floor (its area, or its units' when
/// they add up to more) spans `PLAN_W`.
fn scale(plan: &StackingPlan) -> f64 {
    let widest = plan
        .floors
        .iter()
        .map(|f| f.area_m2.max(f.units.iter().map(|u| u.area_m2).sum()))
        .fold(0.0, f64::max);
    if widest > 0.0 { PLAN_W / widest } else { 0.0 }
}

/// The width of a unit's box.
pub fn box_width(area_m2: f64, scale: f64) -> f64 {
    (area_m2 * scale).max(MIN_BOX_W)
}

/// How far a floor's row reaches: its outline, or its boxes when minimum
/// widths push them further.
fn row_extent(floor: &StackFloor, scale: f64) -> f64 {
    let boxes: f64 = floor
        .units
        .iter()
        .map(|u| box_width(u.area_m2, scale))
        .sum();
    (floor.area_m2 * scale).max(boxes)
}

fn level_name(level: i32) -> String {
    if level > 0 {
        format!("{level}F")
    } else {
        format!("B{}", -level)
    }
}

fn area_text(area_m2: f64) -> String {
    if (area_m2 - area_m2.round()).abs() < 0.05 {
        format!("{area_m2:.0} ㎡")
    } else {
        format!("{area_m2:.1} ㎡")
    }
}

/// One `<text>` element, its content escaped.
fn text_at(x: f64, y: f64, px: f64, attrs: &str, content: &str) -> String {
    format!(
        "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"{px}\"{attrs}>{}</text>\n",
        escape(content)
    )
}

/// The stacking plan as an SVG document. Tenants and lease ends appear only
/// when the plan includes them (the park's staff); the plan's `as_of` is
/// the day from which expiry is counted.
pub fn render(plan: &StackingPlan, lifts: &[LiftReach], labels: &Labels) -> String {
    let scale = scale(plan);
    let plan_w = plan
        .floors
        .iter()
        .map(|f| row_extent(f, scale))
        .fold(0.0, f64::max);
    let lifts_x = MARGIN + LABEL_W + plan_w + LIFT_GAP;
    let lifts_w = if lifts.is_empty() {
        0.0
    } else {
        (lifts.len() as f64 * LIFT_COL_W).max(width(labels.lifts, 10.0))
    };
    let title = format!("{} {}", plan.code, labels.title);
    let legend_w = legend_width(labels, plan.includes_occupants);
    let content_w = (LABEL_W + plan_w + LIFT_GAP + lifts_w)
        .max(legend_w)
        .max(width(&title, 18.0) + 200.0);
    let total_w = (2.0 * MARGIN + content_w).ceil();
    let rows_top = MARGIN + TITLE_H + HEAD_H;
    let rows_h = plan.floors.len() as f64 * ROW_H;
    let total_h = (rows_top + rows_h + LEGEND_H + MARGIN).ceil();

    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{total_w}\" height=\"{total_h}\" \
         viewBox=\"0 0 {total_w} {total_h}\" font-family=\"{FONT_FAMILY}\" fill=\"{INK}\">\n\
         <title>{}</title>\n\
         <rect width=\"{total_w}\" height=\"{total_h}\" fill=\"#ffffff\"/>\n",
        escape(&format!("{title} {}", plan.as_of))
    );
    out += &text_at(MARGIN, MARGIN + 20.0, 18.0, " font-weight=\"bold\"", &title);
    let as_of = format!("{} {}", labels.as_of, plan.as_of);
    let as_of_x = MARGIN + width(&title, 18.0) + 16.0;
    out += &text_at(
        as_of_x,
        MARGIN + 20.0,
        12.0,
        &format!(" fill=\"{GREY}\""),
        &as_of,
    );
    let head_y = MARGIN + TITLE_H;
    out += &text_at(
        MARGIN,
        head_y + 42.0,
        11.0,
        &format!(" fill=\"{GREY}\""),
        labels.level,
    );

    for (i, floor) in plan.floors.iter().enumerate() {
        let y = rows_top + i as f64 * ROW_H;
        out += &floor_row(floor, y, scale, plan, labels);
    }
    out += &lift_bars(plan, lifts, lifts_x, head_y, rows_top, labels);
    out += &legend(
        MARGIN,
        rows_top + rows_h + 12.0,
        labels,
        plan.includes_occupants,
    );
    out += "</svg>\n";
    out
}

fn floor_row(floor: &StackFloor, y: f64, scale: f64, plan: &StackingPlan, l: &Labels) -> String {
    let grey = format!(" fill=\"{GREY}\"");
    let mut out = format!("<g class=\"floor\" data-level=\"{}\">\n", floor.level);
    out += &text_at(
        MARGIN,
        y + 22.0,
        16.0,
        " font-weight=\"bold\"",
        &level_name(floor.level),
    );
    let load = format!("{} {:.1} kN/㎡", l.live_load, floor.live_load_kn_m2);
    out += &text_at(MARGIN, y + 40.0, 11.0, &grey, &load);
    let height = format!("{} {} mm", l.clear_height, floor.clear_height_mm);
    out += &text_at(MARGIN, y + 55.0, 11.0, &grey, &height);
    let x0 = MARGIN + LABEL_W;
    out += &format!(
        "<rect class=\"floor-outline\" x=\"{x0:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{BOX_H}\" \
         fill=\"#f3f4f6\" stroke=\"#c5c9d0\" stroke-dasharray=\"4 3\"/>\n",
        floor.area_m2 * scale
    );
    if floor.units.is_empty() {
        out += &text_at(x0 + PAD, y + 37.0, 11.0, &grey, l.no_units);
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
        area_text(u.area_m2),
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
    out += &text_at(
        tx,
        y + 30.0,
        11.0,
        "",
        &fit(&area_text(u.area_m2), 11.0, room),
    );
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
        let tag_w = width(l.expiring_tag, 9.0) + 6.0;
        let end = o.lease_end_date.to_string();
        let end = fit(&end, 10.0, room - tag_w - 4.0);
        // Ink, not red: red on the leased blue is hard to read.
        let bold = " font-weight=\"bold\"";
        out += &text_at(tx + tag_w + 4.0, y + BOX_H - 8.0, 10.0, bold, &end);
    }
    out + "</g>\n"
}

/// The small red tag of a lease ending soon, its top left at (x, y).
fn expiry_tag(x: f64, y: f64, l: &Labels) -> String {
    let w = width(l.expiring_tag, 9.0) + 6.0;
    format!(
        "<rect class=\"expiry-tag\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"13\" rx=\"2\" fill=\"{EXPIRY_RED}\"/>\n{}",
        text_at(
            x + 3.0,
            y + 10.0,
            9.0,
            " fill=\"#ffffff\" font-weight=\"bold\"",
            l.expiring_tag
        )
    )
}

/// One bar per lift from the highest to the lowest row it serves, a dot at
/// each stop, its code and rated load above.
fn lift_bars(
    plan: &StackingPlan,
    lifts: &[LiftReach],
    x0: f64,
    head_y: f64,
    rows_top: f64,
    l: &Labels,
) -> String {
    if lifts.is_empty() {
        return String::new();
    }
    let grey = format!(" fill=\"{GREY}\"");
    let mut out = "<g class=\"lifts\">\n".to_string();
    out += &text_at(x0, head_y + 10.0, 10.0, &grey, l.lifts);
    for (i, lift) in lifts.iter().enumerate() {
        let cx = x0 + i as f64 * LIFT_COL_W + LIFT_COL_W / 2.0;
        let mid = " text-anchor=\"middle\" font-weight=\"bold\"";
        let code = fit(&lift.code, 11.0, LIFT_COL_W - 4.0);
        out += &text_at(cx, head_y + 27.0, 11.0, mid, &code);
        let load = format!("{} kg", lift.rated_load_kg);
        out += &text_at(
            cx,
            head_y + 41.0,
            10.0,
            &format!("{grey} text-anchor=\"middle\""),
            &load,
        );
        let served: Vec<usize> = plan
            .floors
            .iter()
            .enumerate()
            .filter(|(_, f)| (lift.lowest_level..=lift.highest_level).contains(&f.level))
            .map(|(i, _)| i)
            .collect();
        let (Some(first), Some(last)) = (served.first(), served.last()) else {
            continue;
        };
        let top = rows_top + *first as f64 * ROW_H;
        let bottom = rows_top + *last as f64 * ROW_H + BOX_H;
        let reach = format!(
            "{} · {} kg · {}–{}",
            lift.code,
            lift.rated_load_kg,
            level_name(lift.lowest_level),
            level_name(lift.highest_level)
        );
        out += &format!(
            "<g class=\"lift\"><title>{}</title>\n<rect class=\"lift-bar\" data-lift-code=\"{}\" x=\"{:.1}\" y=\"{top:.1}\" \
             width=\"{LIFT_BAR_W}\" height=\"{:.1}\" rx=\"3\" fill=\"#4b5563\"/>\n",
            escape(&reach),
            escape(&lift.code),
            cx - LIFT_BAR_W / 2.0,
            bottom - top
        );
        for row in &served {
            let cy = rows_top + *row as f64 * ROW_H + BOX_H / 2.0;
            out += &format!("<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"3\" fill=\"#ffffff\"/>\n");
        }
        out += "</g>\n";
    }
    out + "</g>\n"
}

fn legend_entries(l: &Labels, staff: bool) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = STATUSES.iter().map(|s| l.status(*s)).collect();
    if staff {
        v.push(l.expiring);
    }
    v
}

fn legend_width(l: &Labels, staff: bool) -> f64 {
    legend_entries(l, staff)
        .iter()
        .map(|t| 20.0 + width(t, 12.0) + 24.0)
        .sum::<f64>()
        + 40.0
}

/// A swatch per status, and (for staff) the expiry tag, in one line.
fn legend(x0: f64, y: f64, l: &Labels, staff: bool) -> String {
    let mut out = "<g class=\"legend\">\n".to_string();
    let mut x = x0;
    for status in STATUSES {
        out += &format!(
            "<rect class=\"legend-swatch\" data-status=\"{status}\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"14\" height=\"14\" \
             fill=\"{}\"/>\n",
            status_colour(status)
        );
        let label = l.status(status);
        out += &text_at(x + 20.0, y + 12.0, 12.0, "", label);
        x += 20.0 + width(label, 12.0) + 24.0;
    }
    if staff {
        out += &expiry_tag(x, y, l);
        let tag_w = width(l.expiring_tag, 9.0) + 6.0;
        out += &text_at(x + tag_w + 6.0, y + 12.0, 12.0, "", l.expiring);
    }
    out + "</g>\n"
}
