//! The legend: what each colour and the expiry tag mean.

use super::floors::expiry_tag;
use super::text::width;
use super::{Labels, STATUSES, status_colour, text_at};

fn legend_entries(l: &Labels, staff: bool) -> Vec<&str> {
    let mut v: Vec<&str> = STATUSES.iter().map(|s| l.status(*s)).collect();
    if staff {
        v.push(&l.expiring);
    }
    v
}

pub(super) fn legend_width(l: &Labels, staff: bool) -> f64 {
    legend_entries(l, staff)
        .iter()
        .map(|t| 20.0 + width(t, 12.0) + 24.0)
        .sum::<f64>()
        + 40.0
}

/// A swatch per status, and (for staff) the expiry tag, in one line.
pub(super) fn legend(x0: f64, y: f64, l: &Labels, staff: bool) -> String {
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
        let tag_w = width(&l.expiring_tag, 9.0) + 6.0;
        out += &text_at(x + tag_w + 6.0, y + 12.0, 12.0, "", &l.expiring);
    }
    out + "</g>\n"
}
