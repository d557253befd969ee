//! Every word the stacking plan picture shows, in one table. They are
//! bilingual for now (`已租 leased`): the 招商 teams who show the picture
//! speak Chinese, the API's other texts are English, and the Chinese also
//! proves the CJK fonts work. A later issue picks one language from
//! `Accept-Language` by adding a second table.

use crate::domain::UnitStatus;

/// The picture's words.
pub struct Labels {
    pub title: &'static str,
    pub as_of: &'static str,
    pub level: &'static str,
    pub live_load: &'static str,
    pub clear_height: &'static str,
    pub lifts: &'static str,
    pub no_units: &'static str,
    /// The small tag on a lease ending soon.
    pub expiring_tag: &'static str,
    /// The legend's line for that tag.
    pub expiring: &'static str,
    pub available: &'static str,
    pub reserved: &'static str,
    pub leased: &'static str,
    pub unavailable: &'static str,
}

impl Labels {
    pub fn status(&self, status: UnitStatus) -> &'static str {
        match status {
            UnitStatus::Available => self.available,
            UnitStatus::Reserved => self.reserved,
            UnitStatus::Leased => self.leased,
            UnitStatus::Unavailable => self.unavailable,
        }
    }
}

/// Chinese and English side by side.
pub const BILINGUAL: Labels = Labels {
    title: "楼盘表 stacking plan",
    as_of: "截至 as of",
    level: "楼层 level",
    live_load: "荷载",
    clear_height: "净高",
    lifts: "货梯 freight lifts",
    no_units: "无可租单元 no units",
    expiring_tag: "≤180d",
    expiring: "租约180天内到期 lease ends within 180 days",
    available: "可租 available",
    reserved: "已预留 reserved",
    leased: "已租 leased",
    unavailable: "不可租 unavailable",
};
