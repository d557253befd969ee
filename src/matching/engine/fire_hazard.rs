//! GB 50016 rules on where a production fire-hazard class may work.

use super::input::BuildingInfo;
use crate::domain::FireHazardClass;

/// Why a tenant's class may not work on a level of a building.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HazardProblem {
    /// The building's rating does not admit the class.
    BuildingRating,
    /// Class a (甲) production belongs in single-storey buildings only.
    ClassAMultiStorey,
    /// Classes a and b (甲乙) must not be below ground.
    BelowGround,
}

/// The first rule that keeps `class` off `level` of `building`, if any. The
/// building-wide rules come first, so a whole building is judged alike.
pub fn problem(
    building: &BuildingInfo,
    level: i32,
    class: FireHazardClass,
) -> Option<HazardProblem> {
    if !building.max_fire_hazard_class.admits(class) {
        Some(HazardProblem::BuildingRating)
    } else if class == FireHazardClass::A && building.floors_above_ground != 1 {
        Some(HazardProblem::ClassAMultiStorey)
    } else if matches!(class, FireHazardClass::A | FireHazardClass::B) && level < 0 {
        Some(HazardProblem::BelowGround)
    } else {
        None
    }
}

/// One sentence for the check's message.
pub fn explain(
    building: &BuildingInfo,
    level: i32,
    class: FireHazardClass,
    problem: Option<HazardProblem>,
) -> String {
    match problem {
        None => format!(
            "class {class} is admitted on level {level} of a building rated {}",
            building.max_fire_hazard_class
        ),
        Some(HazardProblem::BuildingRating) => format!(
            "the building is rated for class {} and above; class {class} is more hazardous",
            building.max_fire_hazard_class
        ),
        Some(HazardProblem::ClassAMultiStorey) => format!(
            "class a production is allowed only in a single-storey building; this one has {} storeys",
            building.floors_above_ground
        ),
        Some(HazardProblem::BelowGround) => {
            format!("class {class} production is not allowed below ground (level {level})")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::BuildingStatus;
    use FireHazardClass::*;
    use uuid::Uuid;

    fn building(rating: FireHazardClass, above: i32, below: i32) -> BuildingInfo {
        BuildingInfo {
            id: Uuid::nil(),
            park_id: Uuid::nil(),
            floors_above_ground: above,
            floors_below_ground: below,
            status: BuildingStatus::Operational,
            completion_date: None,
            max_fire_hazard_class: rating,
        }
    }

    #[test]
    fn the_building_rating_must_admit_the_class() {
        let b = building(C, 10, 1);
        assert_eq!(problem(&b, 3, B), Some(HazardProblem::BuildingRating));
        assert_eq!(problem(&b, 3, C), None);
        assert_eq!(problem(&b, 3, E), None);
    }

    #[test]
    fn class_a_only_in_a_single_storey_building() {
        assert_eq!(problem(&building(A, 1, 0), 1, A), None);
        assert_eq!(
            problem(&building(A, 2, 0), 1, A),
            Some(HazardProblem::ClassAMultiStorey)
        );
        let msg = explain(&building(A, 2, 0), 1, A, problem(&building(A, 2, 0), 1, A));
        assert!(msg.contains("single-storey"), "{msg}");
    }

    #[test]
    fn classes_a_and_b_never_below_ground() {
        assert_eq!(
            problem(&building(A, 1, 1), -1, A),
            Some(HazardProblem::BelowGround)
        );
        assert_eq!(
            problem(&building(B, 5, 1), -1, B),
            Some(HazardProblem::BelowGround)
        );
        assert_eq!(problem(&building(B, 5, 1), 1, B), None);
        assert_eq!(problem(&building(B, 5, 1), -1, C), None);
    }
}
