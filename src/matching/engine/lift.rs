//! Whether a freight lift can bring the tenant's heaviest item up to a level.
//!
//! The item may be turned about its vertical axis but not tipped. The lift's
//! door is in the car's width face, as in nearly every freight lift, so the
//! side of the item that passes across the door also lies across the car and
//! the other side runs along the car's depth: an item cannot be turned inside
//! a car it only just fits.

use super::input::{Item, LiftInfo};

/// The ways a lift can fail to take an item, as bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shortfalls(u8);

impl Shortfalls {
    pub const OVERWEIGHT: Shortfalls = Shortfalls(1);
    pub const DOOR_TOO_NARROW: Shortfalls = Shortfalls(2);
    pub const DOOR_TOO_LOW: Shortfalls = Shortfalls(4);
    pub const CAR_TOO_SMALL: Shortfalls = Shortfalls(8);
    pub const CAR_TOO_LOW: Shortfalls = Shortfalls(16);

    pub fn none(self) -> bool {
        self.0 == 0
    }

    pub fn contains(self, other: Shortfalls) -> bool {
        self.0 & other.0 == other.0
    }

    fn count(self) -> u32 {
        self.0.count_ones()
    }

    fn add(&mut self, other: Shortfalls, when: bool) {
        if when {
            self.0 |= other.0;
        }
    }
}

/// Whether a lift stops at `level`.
pub fn serves(lift: &LiftInfo, level: i32) -> bool {
    lift.lowest_level <= level && level <= lift.highest_level
}

/// What keeps `lift` from taking `item`; empty when it takes it.
pub fn shortfalls(lift: &LiftInfo, item: &Item) -> Shortfalls {
    let mut s = Shortfalls::default();
    s.add(
        Shortfalls::OVERWEIGHT,
        item.weight_kg > f64::from(lift.rated_load_kg),
    );
    let (l, w) = (item.length_mm, item.width_mm);
    // `across` passes the door's width and lies across the car; `along` runs into it.
    let fits = |across: i32, along: i32| {
        across <= lift.door_width_mm && across <= lift.car_width_mm && along <= lift.car_depth_mm
    };
    if !(fits(l, w) || fits(w, l)) {
        let through_door = l.min(w) <= lift.door_width_mm;
        s.add(Shortfalls::DOOR_TOO_NARROW, !through_door);
        s.add(Shortfalls::CAR_TOO_SMALL, through_door);
    }
    s.add(
        Shortfalls::DOOR_TOO_LOW,
        item.height_mm > lift.door_height_mm,
    );
    s.add(Shortfalls::CAR_TOO_LOW, item.height_mm > lift.car_height_mm);
    s
}

/// How a level is reached, for the freight-lift check.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Access<'a> {
    /// Level 1: goods come in at street level.
    GroundFloor,
    /// No lift of the building stops at the level.
    NoLiftServes,
    /// `lift` takes the item (or any lift serving the level does, without one).
    By(&'a LiftInfo),
    /// No lift serving the level takes the item; `lift` comes closest.
    Blocked(&'a LiftInfo, Shortfalls),
}

impl Access<'_> {
    pub fn passed(&self) -> bool {
        matches!(self, Access::GroundFloor | Access::By(_))
    }
}

/// How goods reach `level` using `lifts` (the building's). When several
/// lifts take the item the smallest rated one is named, leaving the big lift
/// for those who need it; when none does, the one with the fewest
/// shortfalls, and of those the strongest, is named.
pub fn access<'a>(level: i32, lifts: &'a [LiftInfo], item: Option<&Item>) -> Access<'a> {
    if level == 1 {
        return Access::GroundFloor;
    }
    let serving = lifts.iter().filter(|l| serves(l, level));
    let Some(item) = item else {
        return serving
            .max_by_key(|l| (l.rated_load_kg, tie(l)))
            .map_or(Access::NoLiftServes, Access::By);
    };
    let mut taking: Option<&LiftInfo> = None;
    let mut closest: Option<(&LiftInfo, Shortfalls)> = None;
    for lift in serving {
        let s = shortfalls(lift, item);
        if s.none() {
            if taking.is_none_or(|t| (lift.rated_load_kg, tie(lift)) < (t.rated_load_kg, tie(t))) {
                taking = Some(lift);
            }
        } else if closest.is_none_or(|(c, cs)| {
            (s.count(), -lift.rated_load_kg, tie(lift)) < (cs.count(), -c.rated_load_kg, tie(c))
        }) {
            closest = Some((lift, s));
        }
    }
    match (taking, closest) {
        (Some(lift), _) => Access::By(lift),
        (None, Some((lift, s))) => Access::Blocked(lift, s),
        (None, None) => Access::NoLiftServes,
    }
}

/// Breaks ties between equally rated lifts by their other figures, so the
/// lift named does not depend on the order lifts were listed in.
fn tie(l: &LiftInfo) -> [i32; 7] {
    [
        l.car_width_mm,
        l.car_depth_mm,
        l.car_height_mm,
        l.door_width_mm,
        l.door_height_mm,
        l.lowest_level,
        l.highest_level,
    ]
}

/// Whether goods reach `level`, given which of the building's `lifts` take
/// the item (`takes[i]`, worked out once per building, since a lift's
/// geometry does not change from level to level). Agrees with
/// [`access`]`(..).passed()`, but costs two comparisons per lift.
pub fn reachable(level: i32, lifts: &[LiftInfo], takes: &[bool]) -> bool {
    level == 1
        || lifts
            .iter()
            .zip(takes)
            .any(|(lift, &takes)| takes && serves(lift, level))
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    /// A 3 t lift: car 2000 wide × 3500 deep × 2800 high, door 1800 × 2500, levels 1–15.
    fn lift() -> LiftInfo {
        crate::matching::engine::tests::fixtures::three_tonne_lift(Uuid::nil(), 15)
    }

    fn item(weight_kg: f64, length_mm: i32, width_mm: i32, height_mm: i32) -> Item {
        Item {
            weight_kg,
            length_mm,
            width_mm,
            height_mm,
        }
    }

    #[test]
    fn an_item_wider_than_the_door_fits_once_turned() {
        // Listed 3000 long × 1500 wide either way round: 1500 passes the door.
        assert!(shortfalls(&lift(), &item(1000.0, 1500, 3000, 2000)).none());
        assert!(shortfalls(&lift(), &item(1000.0, 3000, 1500, 2000)).none());
    }

    #[test]
    fn an_item_too_wide_both_ways_is_stopped_by_the_door() {
        let s = shortfalls(&lift(), &item(1000.0, 1900, 1900, 2000));
        assert_eq!(s, Shortfalls::DOOR_TOO_NARROW);
    }

    #[test]
    fn an_item_that_passes_the_door_but_is_longer_than_the_car_is_deep() {
        let s = shortfalls(&lift(), &item(1000.0, 3600, 1200, 2000));
        assert_eq!(s, Shortfalls::CAR_TOO_SMALL);
    }

    #[test]
    fn an_item_taller_than_the_door_is_stopped_even_if_the_car_is_taller() {
        let s = shortfalls(&lift(), &item(1000.0, 1200, 1000, 2600));
        assert_eq!(s, Shortfalls::DOOR_TOO_LOW);
        let s = shortfalls(&lift(), &item(1000.0, 1200, 1000, 2900));
        assert!(s.contains(Shortfalls::DOOR_TOO_LOW) && s.contains(Shortfalls::CAR_TOO_LOW));
    }

    #[test]
    fn a_load_exactly_at_the_rating_passes_and_one_kilogram_more_does_not() {
        assert!(shortfalls(&lift(), &item(3000.0, 1200, 1000, 1500)).none());
        assert_eq!(
            shortfalls(&lift(), &item(3001.0, 1200, 1000, 1500)),
            Shortfalls::OVERWEIGHT
        );
    }

    #[test]
    fn exact_door_and_car_dimensions_pass() {
        assert!(shortfalls(&lift(), &item(3000.0, 1800, 3500, 2500)).none());
    }

    #[test]
    fn the_ground_floor_needs_no_lift() {
        assert_eq!(
            access(1, &[], Some(&item(9e9, 9000, 9000, 9000))),
            Access::GroundFloor
        );
    }

    #[test]
    fn a_level_outside_every_lift_range_is_not_served() {
        let l = [lift()];
        assert_eq!(access(16, &l, None), Access::NoLiftServes);
        assert_eq!(access(-1, &l, None), Access::NoLiftServes);
        assert_eq!(access(15, &l, None), Access::By(&l[0]));
    }

    #[test]
    fn reachable_agrees_with_access() {
        let lifts = [
            lift(),
            LiftInfo {
                lowest_level: -1,
                highest_level: 3,
                rated_load_kg: 5000,
                ..lift()
            },
        ];
        for it in [
            None,
            Some(item(2000.0, 1200, 1000, 1500)),
            Some(item(4000.0, 1200, 1000, 1500)),
        ] {
            let takes: Vec<bool> = lifts
                .iter()
                .map(|l| it.as_ref().is_none_or(|i| shortfalls(l, i).none()))
                .collect();
            for level in -2..=16 {
                assert_eq!(
                    reachable(level, &lifts, &takes),
                    access(level, &lifts, it.as_ref()).passed(),
                    "level {level}, item {it:?}"
                );
            }
        }
    }

    #[test]
    fn the_smallest_lift_that_takes_the_item_is_named() {
        let small = lift();
        let big = LiftInfo {
            rated_load_kg: 5000,
            ..lift()
        };
        let lifts = [big.clone(), small.clone()];
        let a = access(5, &lifts, Some(&item(2000.0, 1200, 1000, 1500)));
        assert_eq!(a, Access::By(&small));
        let a = access(5, &lifts, Some(&item(4000.0, 1200, 1000, 1500)));
        assert_eq!(a, Access::By(&big));
    }

    #[test]
    fn when_no_lift_takes_the_item_the_closest_is_named_with_its_reasons() {
        let small = LiftInfo {
            rated_load_kg: 1000,
            door_width_mm: 900,
            ..lift()
        };
        let big = lift();
        let heavy = item(4000.0, 1200, 1000, 1500);
        let lifts = [small, big.clone()];
        match access(5, &lifts, Some(&heavy)) {
            Access::Blocked(l, s) => {
                assert_eq!(l, &big);
                assert_eq!(s, Shortfalls::OVERWEIGHT);
            }
            other => panic!("expected blocked, got {other:?}"),
        }
    }
}
