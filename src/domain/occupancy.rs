//! Occupancy arithmetic: how much of a floor, building or park is leased,
//! reserved and available today.

use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::UnitStatus;

/// Areas by status; `unavailable` units are not leasable.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, ToSchema)]
pub struct Occupancy {
    pub leasable_m2: f64,
    pub leased_m2: f64,
    pub reserved_m2: f64,
    pub available_m2: f64,
    pub unavailable_m2: f64,
    /// leased ÷ leasable, 0 when nothing is leasable.
    pub occupancy_rate: f64,
}

impl Occupancy {
    pub fn add(&mut self, status: UnitStatus, area_m2: f64) {
        match status {
            UnitStatus::Leased => self.leased_m2 += area_m2,
            UnitStatus::Reserved => self.reserved_m2 += area_m2,
            UnitStatus::Available => self.available_m2 += area_m2,
            UnitStatus::Unavailable => self.unavailable_m2 += area_m2,
        }
        if status != UnitStatus::Unavailable {
            self.leasable_m2 += area_m2;
        }
        self.occupancy_rate = if self.leasable_m2 > 0.0 {
            self.leased_m2 / self.leasable_m2
        } else {
            0.0
        };
    }

    pub fn merge(&mut self, other: &Occupancy) {
        self.leasable_m2 += other.leasable_m2;
        self.leased_m2 += other.leased_m2;
        self.reserved_m2 += other.reserved_m2;
        self.available_m2 += other.available_m2;
        self.unavailable_m2 += other.unavailable_m2;
        self.occupancy_rate = if self.leasable_m2 > 0.0 {
            self.leased_m2 / self.leasable_m2
        } else {
            0.0
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unavailable_space_is_not_leasable() {
        let mut o = Occupancy::default();
        o.add(UnitStatus::Leased, 300.0);
        o.add(UnitStatus::Available, 500.0);
        o.add(UnitStatus::Reserved, 200.0);
        o.add(UnitStatus::Unavailable, 1000.0);
        assert_eq!(o.leasable_m2, 1000.0);
        assert!((o.occupancy_rate - 0.3).abs() < 1e-9);
    }

    #[test]
    fn nothing_leasable_is_zero_percent() {
        let mut o = Occupancy::default();
        o.add(UnitStatus::Unavailable, 10.0);
        assert_eq!(o.occupancy_rate, 0.0);
        let mut total = Occupancy::default();
        total.merge(&o);
        assert_eq!(total.occupancy_rate, 0.0);
    }
}
