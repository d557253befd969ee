//! GB 50016 rules on where a production fire-hazard class may work.

use super::explain::{self, value};
use super::input::BuildingInfo;
use crate::domain::FireHazardClass;
use crate::i18n::{Lang, Text};
use crate::text;

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

/// One sentence for the check's message; the classes by their labels
/// (甲类, 乙类…) in Chinese.
pub fn explain(
    building: &BuildingInfo,
    level: i32,
    class: FireHazardClass,
    problem: Option<HazardProblem>,
    lang: Lang,
) -> Text {
    let rating = building.max_fire_hazard_class;
    let rating = value(lang, rating.label(), rating.as_str());
    let class = value(lang, class.label(), class.as_str());
    match problem {
        None => text!(
            "check-fire-hazard-admitted",
            class = class,
            level = explain::level(level),
            rating = rating
        ),
        Some(HazardProblem::BuildingRating) => text!(
            "check-fire-hazard-building-rating",
            rating = rating,
            class = class
        ),
        Some(HazardProblem::ClassAMultiStorey) => text!(
            "check-fire-hazard-class-a-multi-storey",
            storeys = building.floors_above_ground.to_string()
        ),
        Some(HazardProblem::BelowGround) => text!(
            "check-fire-hazard-below-ground",
            class = class,
            level = explain::level(level)
        ),
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
        let why = explain(
            &building(A, 2, 0),
            1,
            A,
            problem(&building(A, 2, 0), 1, A),
            Lang::En,
        );
        let msg = why.render(Lang::En);
        assert!(msg.contains("single-storey"), "{msg}");
        let msg = why.render(Lang::ZhCn);
        assert!(msg.contains("甲类生产只能设在单层厂房内"), "{msg}");
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
