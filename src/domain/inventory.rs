//! The vocabulary of the inventory: enums the API and the database share.

use serde::{Deserialize, Serialize};

crate::text_enum! {
    /// A user's role.
    pub enum Role { Admin => "admin", Operator => "operator", Tenant => "tenant" }
}

crate::text_enum! {
    /// What a building is for.
    pub enum BuildingKind {
        IndustrialTower => "industrial_tower",
        MultiStoreyFactory => "multi_storey_factory",
        Rnd => "rnd",
        Warehouse => "warehouse",
        Dormitory => "dormitory",
        Amenity => "amenity",
    }
}

crate::text_enum! {
    /// Where a building is in its life.
    pub enum BuildingStatus {
        Planned => "planned",
        UnderConstruction => "under_construction",
        Completed => "completed",
        Operational => "operational",
    }
}

crate::text_enum! {
    /// GB 50016 production fire-hazard classes 甲乙丙丁戊, `a` the most hazardous.
    pub enum FireHazardClass { A => "a", B => "b", C => "c", D => "d", E => "e" }
}

impl FireHazardClass {
    /// A building rated `self` admits a tenant of class `tenant` when the
    /// tenant's class is no more hazardous (a building rated `c` takes c, d, e).
    pub fn admits(self, tenant: FireHazardClass) -> bool {
        tenant >= self
    }
}

crate::text_enum! {
    /// A unit's occupancy state today.
    pub enum UnitStatus {
        Available => "available",
        Reserved => "reserved",
        Leased => "leased",
        Unavailable => "unavailable",
    }
}

impl UnitStatus {
    /// Only these may be set by hand; the others follow offers and leases.
    pub fn settable_by_hand(self) -> bool {
        matches!(self, Self::Available | Self::Unavailable)
    }
}

crate::text_enum! {
    /// How a unit is fitted out.
    pub enum FitOut { BareShell => "bare_shell", Standard => "standard", Cleanroom => "cleanroom" }
}

crate::text_enum! {
    /// Orders of `GET /units`; a leading `-` means descending.
    pub enum UnitSort {
        AreaAsc => "area_m2",
        AreaDesc => "-area_m2",
        RentAsc => "asking_rent_fen_m2_day",
        RentDesc => "-asking_rent_fen_m2_day",
        LevelAsc => "level",
        LevelDesc => "-level",
        CodeAsc => "code",
        CodeDesc => "-code",
        LiveLoadAsc => "live_load_kn_m2",
        LiveLoadDesc => "-live_load_kn_m2",
        ClearHeightAsc => "clear_height_mm",
        ClearHeightDesc => "-clear_height_mm",
        CreatedAsc => "created_at",
        CreatedDesc => "-created_at",
    }
}

/// A park's list of target industry codes, stored as a JSON array.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct IndustryList(pub Vec<String>);

impl std::fmt::Display for IndustryList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&serde_json::to_string(&self.0).map_err(|_| std::fmt::Error)?)
    }
}

impl std::str::FromStr for IndustryList {
    type Err = serde_json::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        serde_json::from_str(s).map(IndustryList)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn building_rated_c_admits_c_d_e_only() {
        use FireHazardClass::*;
        assert!(C.admits(C) && C.admits(D) && C.admits(E));
        assert!(!C.admits(A) && !C.admits(B));
        assert!(A.admits(A) && A.admits(E));
    }

    #[test]
    fn only_available_and_unavailable_are_set_by_hand() {
        assert!(UnitStatus::Available.settable_by_hand());
        assert!(UnitStatus::Unavailable.settable_by_hand());
        assert!(!UnitStatus::Reserved.settable_by_hand());
        assert!(!UnitStatus::Leased.settable_by_hand());
    }
}
