//! The freight lifts beside the floors.

use super::text::{escape, fit};
use super::{BOX_H, GREY, LIFT_BAR_W, LIFT_COL_W, Labels, LiftReach, ROW_H, text_at};
use crate::reports::model::StackingPlan;

/// One bar per lift from the highest to the lowest row it serves, a dot at
/// each stop, its code and rated load above.
pub(super) fn lift_bars(
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
    out += &text_at(x0, head_y + 10.0, 10.0, &grey, &l.lifts);
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
            l.level_name(lift.lowest_level),
            l.level_name(lift.highest_level)
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
