//! Consistency rules of the inventory that span fields or records. Each
//! returns the violations it finds (empty: fine), so a request learns every
//! problem at once.

use std::collections::HashMap;

use crate::domain::{FieldError, Id};
use crate::i18n::Text;
use crate::text;

/// The levels a building has: 1..=above, and -below..=-1 (no level 0).
#[derive(Debug, Clone, Copy)]
pub struct LevelRange {
    pub above: i32,
    pub below: i32,
}

impl LevelRange {
    pub fn contains(&self, level: i32) -> bool {
        (1..=self.above).contains(&level) || (-self.below..=-1).contains(&level)
    }

    fn describe(&self) -> Text {
        let above = self.above.to_string();
        if self.below == 1 {
            text!("rules-levels-one-below", above = above)
        } else if self.below > 1 {
            text!(
                "rules-levels-below",
                below = self.below.to_string(),
                above = above
            )
        } else {
            text!("rules-levels-above", above = above)
        }
    }
}

fn out_of_building(field: &str, level: i32, range: LevelRange) -> FieldError {
    FieldError::new(
        field,
        "outside_building",
        text!(
            "rules-level-outside-building",
            level = level.to_string(),
            levels = range.describe()
        ),
    )
}

fn exceeds_floor_height(clear_mm: i32, floor_mm: i32) -> Text {
    text!(
        "rules-exceeds-floor-height",
        clear = clear_mm.to_string(),
        floor = floor_mm.to_string()
    )
}

pub fn check_floor(
    level: i32,
    floor_height_mm: i32,
    clear_height_mm: i32,
    range: LevelRange,
) -> Vec<FieldError> {
    let mut v = Vec::new();
    if !range.contains(level) {
        v.push(out_of_building("level", level, range));
    }
    if clear_height_mm > floor_height_mm {
        v.push(FieldError::new(
            "clear_height_mm",
            "exceeds_floor_height",
            exceeds_floor_height(clear_height_mm, floor_height_mm),
        ));
    }
    v
}

pub fn check_lift(lowest: i32, highest: i32, range: LevelRange) -> Vec<FieldError> {
    let mut v = Vec::new();
    if lowest > highest {
        v.push(FieldError::new(
            "lowest_level",
            "order",
            text!("rules-lift-levels-order"),
        ));
    }
    for (field, level) in [("lowest_level", lowest), ("highest_level", highest)] {
        if !range.contains(level) {
            v.push(out_of_building(field, level, range));
        }
    }
    v
}

/// A building may not shrink below the floors and lift stops it already has.
pub fn check_building_levels(range: LevelRange, used_levels: &[i32]) -> Vec<FieldError> {
    let mut v = Vec::new();
    if let Some(&top) = used_levels.iter().filter(|l| **l > 0).max()
        && top > range.above
    {
        v.push(FieldError::new(
            "floors_above_ground",
            "below_existing_floors",
            text!("rules-level-in-use", level = top.to_string()),
        ));
    }
    if let Some(&bottom) = used_levels.iter().filter(|l| **l < 0).min()
        && -bottom > range.below
    {
        v.push(FieldError::new(
            "floors_below_ground",
            "below_existing_floors",
            text!("rules-level-in-use", level = bottom.to_string()),
        ));
    }
    v
}

/// The floor a unit lies on, as far as unit rules care.
#[derive(Debug, Clone, Copy)]
pub struct FloorLimits {
    pub floor_height_mm: i32,
    pub area_m2: f64,
    /// Area of the floor's other units.
    pub other_units_area_m2: f64,
}

pub fn check_unit(
    area_m2: f64,
    clear_height_override_mm: Option<i32>,
    floor: FloorLimits,
) -> Vec<FieldError> {
    let mut v = Vec::new();
    let total = area_m2 + floor.other_units_area_m2;
    // A small tolerance: areas are decimals entered by people.
    if total > floor.area_m2 + 1e-6 {
        v.push(FieldError::new(
            "area_m2",
            "exceeds_floor_area",
            text!(
                "rules-units-exceed-floor-area",
                total = format!("{total:.2}"),
                floor = format!("{:.2}", floor.area_m2)
            ),
        ));
    }
    if let Some(h) = clear_height_override_mm
        && h > floor.floor_height_mm
    {
        v.push(FieldError::new(
            "clear_height_mm",
            "exceeds_floor_height",
            exceeds_floor_height(h, floor.floor_height_mm),
        ));
    }
    v
}

/// A floor may not shrink below what its units already claim.
pub fn check_floor_against_units(
    area_m2: f64,
    floor_height_mm: i32,
    units_area_m2: f64,
    tallest_unit_clear_height_mm: Option<i32>,
) -> Vec<FieldError> {
    let mut v = Vec::new();
    if units_area_m2 > area_m2 + 1e-6 {
        v.push(FieldError::new(
            "area_m2",
            "below_units_area",
            text!(
                "rules-floor-below-units-area",
                area = format!("{units_area_m2:.2}")
            ),
        ));
    }
    if let Some(h) = tallest_unit_clear_height_mm
        && h > floor_height_mm
    {
        v.push(FieldError::new(
            "floor_height_mm",
            "below_unit_clear_height",
            text!("rules-floor-below-unit-height", height = h.to_string()),
        ));
    }
    v
}

/// A unit's neighbours: other units, each listed once, on its own floor.
/// `floors` gives the floor of each listed unit that exists.
pub fn check_neighbours(
    unit_id: Id,
    floor_id: Id,
    ids: &[Id],
    floors: &HashMap<Id, Id>,
) -> Vec<FieldError> {
    let mut problems = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let field = format!("adjacent_unit_ids[{i}]");
        if *id == unit_id {
            problems.push(FieldError::new(
                field,
                "self",
                text!("rules-adjacent-to-itself"),
            ));
        } else if ids[..i].contains(id) {
            problems.push(FieldError::new(
                field,
                "duplicate",
                text!("rules-listed-twice"),
            ));
        } else {
            match floors.get(id) {
                None => problems.push(FieldError::new(
                    field,
                    "unknown_unit",
                    text!("problem-unknown-unit", id = id.to_string()),
                )),
                Some(f) if *f != floor_id => problems.push(FieldError::new(
                    field,
                    "not_same_floor",
                    text!("rules-adjacent-other-floor"),
                )),
                Some(_) => {}
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOWER: LevelRange = LevelRange {
        above: 15,
        below: 2,
    };

    #[test]
    fn levels_exclude_zero_and_beyond_the_building() {
        assert!(TOWER.contains(1) && TOWER.contains(15) && TOWER.contains(-2));
        assert!(!TOWER.contains(0) && !TOWER.contains(16) && !TOWER.contains(-3));
    }

    #[test]
    fn floor_clear_height_may_equal_but_not_exceed_floor_height() {
        assert!(check_floor(3, 4500, 4500, TOWER).is_empty());
        let v = check_floor(3, 4500, 4501, TOWER);
        assert_eq!(v[0].code, "exceeds_floor_height");
    }

    #[test]
    fn lift_levels_must_be_ordered_and_inside() {
        assert!(check_lift(-2, 15, TOWER).is_empty());
        assert_eq!(check_lift(5, 4, TOWER)[0].code, "order");
        assert_eq!(check_lift(1, 16, TOWER)[0].field, "highest_level");
    }

    #[test]
    fn building_cannot_drop_used_levels() {
        assert!(
            check_building_levels(
                LevelRange {
                    above: 10,
                    below: 0
                },
                &[1, 10]
            )
            .is_empty()
        );
        let v = check_building_levels(LevelRange { above: 9, below: 0 }, &[-1, 10]);
        assert_eq!(v.len(), 2);
    }

    #[test]
    fn units_must_fit_the_floor() {
        let floor = FloorLimits {
            floor_height_mm: 6000,
            area_m2: 1000.0,
            other_units_area_m2: 600.0,
        };
        assert!(check_unit(400.0, Some(6000), floor).is_empty());
        assert_eq!(check_unit(400.5, None, floor)[0].code, "exceeds_floor_area");
        assert_eq!(
            check_unit(100.0, Some(6001), floor)[0].code,
            "exceeds_floor_height"
        );
    }

    #[test]
    fn neighbours_are_other_known_units_of_the_same_floor_listed_once() {
        let (me, floor, other_floor) = (Id::new(), Id::new(), Id::new());
        let (a, b, stranger) = (Id::new(), Id::new(), Id::new());
        let floors = HashMap::from([(a, floor), (b, other_floor), (me, floor)]);
        assert!(check_neighbours(me, floor, &[a], &floors).is_empty());
        let codes: Vec<String> = check_neighbours(me, floor, &[me, a, a, b, stranger], &floors)
            .into_iter()
            .map(|p| p.code)
            .collect();
        assert_eq!(
            codes,
            ["self", "duplicate", "not_same_floor", "unknown_unit"]
        );
    }
}
