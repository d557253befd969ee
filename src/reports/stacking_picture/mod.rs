//! The stacking plan as a picture (楼盘表): an SVG drawn from the plan and
//! the building's freight lifts. Plain data in, a string out, no database
//! or HTTP, so that every rule of the drawing is tested on its own.
//!
//! Floors run top-down as rows; each unit is a box as wide as its area
//! (the widest floor fills `PLAN_W`, no box is narrower than `MIN_BOX_W`),
//! filled by its status. The lifts stand to the right as bars across the
//! rows of the levels they serve.

use super::model::{StackFloor, StackingPlan};
use crate::domain::UnitStatus;

mod floors;
mod labels;
mod legend;
mod lifts;
#[cfg(test)]
mod tests;
mod text;

use floors::floor_row;
pub use labels::Labels;
use legend::{legend, legend_width};
use lifts::lift_bars;
use text::{escape, width};

/// A freight lift as the picture draws it: which levels it reaches, and
/// what it carries.
#[derive(Debug, Clone)]
pub struct LiftReach {
    pub code: String,
    pub rated_load_kg: i32,
    pub lowest_level: i32,
    pub highest_level: i32,
}

/// What the picture is drawn from.
#[derive(Debug)]
pub struct Picture {
    pub plan: StackingPlan,
    /// The building's name, beside its code in the title.
    pub building_name: Option<String>,
    pub lifts: Vec<LiftReach>,
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
pub fn render(picture: &Picture, labels: &Labels) -> String {
    let (plan, lifts) = (&picture.plan, &picture.lifts[..]);
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
        (lifts.len() as f64 * LIFT_COL_W).max(width(&labels.lifts, 10.0))
    };
    let title = match &picture.building_name {
        Some(name) => format!("{} {name} {}", plan.code, labels.title),
        None => format!("{} {}", plan.code, labels.title),
    };
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
        &labels.level,
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
