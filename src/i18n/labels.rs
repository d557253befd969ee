//! Every value a frontend shows in words, grouped as `GET /api/v1/labels`
//! answers them: one group per enum of the vocabulary, its values in the
//! enum's order, each with its label in every language.

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::{Lang, Text};
use crate::audit::{Action, EntityKind};
use crate::domain::industry::IndustrySection;
use crate::domain::{
    ApplicationAction, ApplicationStatus, BuildingKind, BuildingStatus, FireHazardClass, FitOut,
    LeaseStatus, OfferStatus, Role, UnitStatus, UseType,
};
use crate::matching::engine::Criterion;

/// One enum's values with their labels, unrendered.
pub struct Group {
    /// The group's JSON name (`fire_hazard_class`).
    pub name: &'static str,
    /// Each wire value and its label, in the enum's order.
    pub values: Vec<(&'static str, Text)>,
}

fn group<T: Copy>(
    name: &'static str,
    all: &[T],
    wire: fn(T) -> &'static str,
    label: fn(T) -> Text,
) -> Group {
    Group {
        name,
        values: all.iter().map(|&v| (wire(v), label(v))).collect(),
    }
}

/// Every group, in the order the answer lists them.
pub fn groups() -> Vec<Group> {
    vec![
        group(
            "fire_hazard_class",
            FireHazardClass::ALL,
            |v| v.as_str(),
            |v| v.label(),
        ),
        // The GB 50016 wording, for a picker's help text.
        group(
            "fire_hazard_class_detail",
            FireHazardClass::ALL,
            |v| v.as_str(),
            |v| crate::text!("label-FireHazardClass-detail", value = v.as_str()),
        ),
        group(
            "building_kind",
            BuildingKind::ALL,
            |v| v.as_str(),
            |v| v.label(),
        ),
        group(
            "building_status",
            BuildingStatus::ALL,
            |v| v.as_str(),
            |v| v.label(),
        ),
        group(
            "unit_status",
            UnitStatus::ALL,
            |v| v.as_str(),
            |v| v.label(),
        ),
        group("fit_out", FitOut::ALL, |v| v.as_str(), |v| v.label()),
        group("use_type", UseType::ALL, |v| v.as_str(), |v| v.label()),
        group(
            "application_status",
            ApplicationStatus::ALL,
            |v| v.as_str(),
            |v| v.label(),
        ),
        group(
            "application_action",
            ApplicationAction::ALL,
            |v| v.as_str(),
            |v| v.label(),
        ),
        group(
            "offer_status",
            OfferStatus::ALL,
            |v| v.as_str(),
            |v| v.label(),
        ),
        group(
            "lease_status",
            LeaseStatus::ALL,
            |v| v.as_str(),
            |v| v.label(),
        ),
        group(
            "criterion",
            &Criterion::ALL,
            Criterion::as_str,
            Criterion::label,
        ),
        group("role", Role::ALL, |v| v.as_str(), |v| v.label()),
        group(
            "industry_section",
            IndustrySection::ALL,
            |v| v.as_str(),
            |v| v.label(),
        ),
        group(
            "entity_kind",
            EntityKind::ALL,
            |v| v.as_str(),
            |v| v.label(),
        ),
        group("action", Action::ALL, |v| v.as_str(), |v| v.label()),
    ]
}

/// One language's groups in words.
pub struct Rendered {
    pub lang: Lang,
    pub groups: Vec<(&'static str, Vec<(&'static str, String)>)>,
}

/// Every language's labels: what `GET /api/v1/labels` answers.
pub struct Labels(pub Vec<Rendered>);

impl Labels {
    /// Renders every group in every language (the catalogues never change
    /// while the process runs, so once is enough).
    pub fn render() -> Self {
        let groups = groups();
        Labels(
            Lang::ALL
                .iter()
                .map(|&lang| Rendered {
                    lang,
                    groups: groups
                        .iter()
                        .map(|g| {
                            let values = g
                                .values
                                .iter()
                                .map(|(value, text)| (*value, text.render(lang)))
                                .collect();
                            (g.name, values)
                        })
                        .collect(),
                })
                .collect(),
        )
    }
}

/// Pairs as a JSON object, in their order.
struct Ordered<'a, V>(&'a [(&'static str, V)]);

impl<V: Serialize> Serialize for Ordered<'_, V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// `{"zh-CN": {group: {value: label}}, "en": {…}}`, groups and values in order.
impl Serialize for Labels {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for r in &self.0 {
            let groups: Vec<(&'static str, Ordered<'_, String>)> = r
                .groups
                .iter()
                .map(|(name, values)| (*name, Ordered(values)))
                .collect();
            map.serialize_entry(r.lang.tag(), &Ordered(&groups))?;
        }
        map.end()
    }
}

/// Each value's label in `lang`, in the order of `values`, when the
/// catalogues have the message `key` (an enum's `label-<Enum>`): the OpenAPI
/// document's `x-enum-descriptions`.
pub fn of_values(key: &'static str, values: &[&str], lang: Lang) -> Option<Vec<String>> {
    super::has_message(key).then(|| {
        values
            .iter()
            .map(|v| Text::new(key).with("value", *v).render(lang))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_is_words_of_its_own() {
        let groups = groups();
        let keys: Vec<&str> = groups
            .iter()
            .flat_map(|g| g.values.iter().map(|(_, t)| t.key()))
            .collect();
        for r in Labels::render().0 {
            for (name, values) in &r.groups {
                let mut seen = std::collections::BTreeMap::new();
                for (value, words) in values {
                    assert!(
                        !words.trim().is_empty(),
                        "{} {name}.{value} is empty",
                        r.lang
                    );
                    assert!(
                        !keys.contains(&words.as_str()),
                        "{} {name}.{value} has no words: {words}",
                        r.lang
                    );
                    // A value the catalogue's selector lacks falls into its
                    // default variant, and so repeats another value's words.
                    if let Some(other) = seen.insert(words.clone(), *value) {
                        panic!("{} {name}: {other} and {value} both read {words:?}", r.lang);
                    }
                }
            }
        }
    }

    #[test]
    fn every_value_of_every_enum_is_listed() {
        let groups = groups();
        let listed = |name: &str| -> Vec<&str> {
            let g = groups.iter().find(|g| g.name == name);
            g.map(|g| g.values.iter().map(|(v, _)| *v).collect())
                .unwrap_or_default()
        };
        fn wire<T: std::fmt::Display>(all: &[T]) -> Vec<String> {
            all.iter().map(ToString::to_string).collect()
        }
        let expected: Vec<(&str, Vec<String>)> = vec![
            ("fire_hazard_class", wire(FireHazardClass::ALL)),
            ("fire_hazard_class_detail", wire(FireHazardClass::ALL)),
            ("building_kind", wire(BuildingKind::ALL)),
            ("building_status", wire(BuildingStatus::ALL)),
            ("unit_status", wire(UnitStatus::ALL)),
            ("fit_out", wire(FitOut::ALL)),
            ("use_type", wire(UseType::ALL)),
            ("application_status", wire(ApplicationStatus::ALL)),
            ("application_action", wire(ApplicationAction::ALL)),
            ("offer_status", wire(OfferStatus::ALL)),
            ("lease_status", wire(LeaseStatus::ALL)),
            (
                "criterion",
                Criterion::ALL
                    .iter()
                    .map(|c| c.as_str().to_string())
                    .collect(),
            ),
            ("role", wire(Role::ALL)),
            ("industry_section", wire(IndustrySection::ALL)),
            ("entity_kind", wire(EntityKind::ALL)),
            ("action", wire(Action::ALL)),
        ];
        assert_eq!(
            groups.len(),
            expected.len(),
            "a group is listed twice or untested"
        );
        for (name, values) in expected {
            assert_eq!(listed(name), values, "group {name}");
        }
    }

    #[test]
    fn the_answer_keeps_languages_groups_and_values_in_order() {
        let json = serde_json::to_string(&Labels::render()).unwrap_or_default();
        let at = |s: &str| json.find(s).unwrap_or(usize::MAX);
        assert!(
            at(r#"{"zh-CN":{"fire_hazard_class":{"a":"甲类","b":"乙类""#) == 0,
            "{json}"
        );
        assert!(at(r#""en":{"fire_hazard_class":{"a":"Class A"#) < usize::MAX);
        assert!(at(r#""unit_status""#) < at(r#""action""#));
    }

    #[test]
    fn values_in_words_for_the_document() {
        let zh = of_values("label-UnitStatus", &["available", "leased"], Lang::ZhCn);
        assert_eq!(zh, Some(vec!["可租".to_string(), "已出租".to_string()]));
        assert_eq!(of_values("label-UnitSort", &["code"], Lang::En), None);
    }
}
