//! Every word the stacking plan picture shows, in the request's language,
//! from the catalogue (`report-picture-…`; statuses from `label-UnitStatus`).
//! Built once per picture, so drawing a box renders nothing.

use crate::domain::UnitStatus;
use crate::i18n::Lang;
use crate::text;

/// The picture's words in one language.
pub struct Labels {
    pub lang: Lang,
    pub title: String,
    pub as_of: String,
    pub level: String,
    pub live_load: String,
    pub clear_height: String,
    pub lifts: String,
    pub no_units: String,
    /// The small tag on a lease ending soon.
    pub expiring_tag: String,
    /// The legend's line for that tag.
    pub expiring: String,
    statuses: [String; 4],
}

impl Labels {
    pub fn new(lang: Lang) -> Self {
        let days = super::EXPIRY_WINDOW_DAYS;
        Self {
            lang,
            title: text!("report-picture-title").render(lang),
            as_of: text!("report-picture-as-of").render(lang),
            level: text!("report-picture-level").render(lang),
            live_load: text!("report-picture-live-load").render(lang),
            clear_height: text!("report-picture-clear-height").render(lang),
            lifts: text!("report-picture-lifts").render(lang),
            no_units: text!("report-picture-no-units").render(lang),
            expiring_tag: text!("report-picture-expiring-tag", days = days).render(lang),
            expiring: text!("report-picture-expiring", days = days).render(lang),
            statuses: super::STATUSES.map(|s| s.label().render(lang)),
        }
    }

    pub fn status(&self, status: UnitStatus) -> &str {
        let i = super::STATUSES.iter().position(|s| *s == status);
        i.map_or("", |i| &self.statuses[i])
    }

    /// `5F`, `B1` (en); `5层`, `地下1层` (zh-CN).
    pub fn level_name(&self, level: i32) -> String {
        if level > 0 {
            text!("report-picture-level-above", level = level).render(self.lang)
        } else {
            text!("report-picture-level-below", level = -level).render(self.lang)
        }
    }

    /// An area, whole when it is within 0.05 of a whole number.
    pub fn area(&self, area_m2: f64) -> String {
        let area = if (area_m2 - area_m2.round()).abs() < 0.05 {
            format!("{area_m2:.0}")
        } else {
            format!("{area_m2:.1}")
        };
        text!("report-picture-area", area = area).render(self.lang)
    }

    pub fn load(&self, kn_m2: f64) -> String {
        let load = format!("{kn_m2:.1}");
        text!(
            "report-picture-load",
            label = self.live_load.as_str(),
            load = load
        )
        .render(self.lang)
    }

    pub fn height(&self, mm: i32) -> String {
        let mm = mm.to_string();
        text!(
            "report-picture-height",
            label = self.clear_height.as_str(),
            mm = mm
        )
        .render(self.lang)
    }
}
