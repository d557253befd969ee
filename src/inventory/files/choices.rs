//! The enum columns of the sheets: a cell may hold the wire value
//! (`available`) or the value's label in either language (`可租`,
//! `Available`), since operators type what they read in the API's answers
//! or in the frontend. Exports write the wire value: it reads back the same
//! whatever the language of whoever opens the file next, and a column
//! filter in a spreadsheet does not split one status into two spellings.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::domain::{BuildingKind, BuildingStatus, FireHazardClass, FitOut, UnitStatus};
use crate::i18n::{Lang, Text};

/// The enums an inventory file's columns hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Vocabulary {
    BuildingKind,
    BuildingStatus,
    FireHazardClass,
    UnitStatus,
    FitOut,
}

impl Vocabulary {
    const ALL: [Vocabulary; 5] = [
        Vocabulary::BuildingKind,
        Vocabulary::BuildingStatus,
        Vocabulary::FireHazardClass,
        Vocabulary::UnitStatus,
        Vocabulary::FitOut,
    ];

    /// Each wire value with its label.
    fn values(self) -> Vec<(&'static str, Text)> {
        fn of<E: Copy>(
            all: &[E],
            wire: fn(&E) -> &'static str,
            label: fn(&E) -> Text,
        ) -> Vec<(&'static str, Text)> {
            all.iter().map(|e| (wire(e), label(e))).collect()
        }
        match self {
            Vocabulary::BuildingKind => {
                of(BuildingKind::ALL, BuildingKind::as_str, BuildingKind::label)
            }
            Vocabulary::BuildingStatus => of(
                BuildingStatus::ALL,
                BuildingStatus::as_str,
                BuildingStatus::label,
            ),
            Vocabulary::FireHazardClass => of(
                FireHazardClass::ALL,
                FireHazardClass::as_str,
                FireHazardClass::label,
            ),
            Vocabulary::UnitStatus => of(UnitStatus::ALL, UnitStatus::as_str, UnitStatus::label),
            Vocabulary::FitOut => of(FitOut::ALL, FitOut::as_str, FitOut::label),
        }
    }

    /// The wire values, as a message lists them.
    pub fn accepted(self) -> String {
        self.values()
            .iter()
            .map(|(wire, _)| *wire)
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The wire value a cell names, if it names one.
    pub fn read(self, cell: &str) -> Option<&'static str> {
        LOOKUP.get(&self)?.get(&fold(cell)).copied()
    }
}

/// Case and surrounding spaces do not matter (`Available`, ` available`);
/// Chinese has no case, so only English folds.
fn fold(s: &str) -> String {
    s.trim().to_lowercase()
}

/// Every vocabulary's wire values and labels in every language, folded.
static LOOKUP: LazyLock<HashMap<Vocabulary, HashMap<String, &'static str>>> = LazyLock::new(|| {
    Vocabulary::ALL
        .into_iter()
        .map(|v| {
            let mut names = HashMap::new();
            for (wire, label) in v.values() {
                for lang in Lang::ALL {
                    names.insert(fold(&label.render(lang)), wire);
                }
                // The wire value last: it wins should a label ever equal another value.
                names.insert(fold(wire), wire);
            }
            (v, names)
        })
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_may_name_a_value_by_its_label_in_either_language() {
        assert_eq!(Vocabulary::UnitStatus.read("可租"), Some("available"));
        assert_eq!(Vocabulary::UnitStatus.read(" Leased "), Some("leased"));
        assert_eq!(Vocabulary::UnitStatus.read("AVAILABLE"), Some("available"));
        assert_eq!(Vocabulary::FitOut.read("洁净车间"), Some("cleanroom"));
        assert_eq!(Vocabulary::FireHazardClass.read("丙类"), Some("c"));
        assert_eq!(Vocabulary::FireHazardClass.read("C"), Some("c"));
        assert_eq!(Vocabulary::UnitStatus.read("洁净车间"), None);
        assert_eq!(Vocabulary::UnitStatus.read("rented"), None);
    }

    #[test]
    fn every_label_names_one_value_only() {
        for v in Vocabulary::ALL {
            let count: usize = v.values().len();
            let wires: std::collections::HashSet<_> = LOOKUP[&v].values().collect();
            assert_eq!(wires.len(), count, "{v:?}");
            for (wire, label) in v.values() {
                for lang in Lang::ALL {
                    assert_eq!(v.read(&label.render(lang)), Some(wire), "{v:?} {lang}");
                }
            }
        }
    }
}
