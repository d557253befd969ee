//! Neighbours in a units sheet: each row lists the codes of the units that
//! share a wall with it. The API keeps the relation symmetric, so the file
//! must be too: when both units have rows, each must list the other. A row
//! replaces its unit's whole set, as `adjacent_unit_ids` does in a PATCH.

use std::collections::{BTreeSet, HashMap};

use super::plan::Planner;
use super::rows::SheetRows;
use crate::domain::{FieldError, Id, rules};

/// Neighbour sets before and after the import.
#[derive(Debug, Default)]
pub struct Adjacency {
    before: HashMap<Id, BTreeSet<Id>>,
    after: HashMap<Id, BTreeSet<Id>>,
}

impl Adjacency {
    pub fn before(&self, id: Id) -> Vec<Id> {
        self.before
            .get(&id)
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default()
    }

    pub fn after(&self, id: Id) -> Vec<Id> {
        self.after
            .get(&id)
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default()
    }

    fn pairs(sets: &HashMap<Id, BTreeSet<Id>>) -> BTreeSet<(Id, Id)> {
        sets.iter()
            .flat_map(|(a, set)| set.iter().filter(move |b| a < *b).map(move |b| (*a, *b)))
            .collect()
    }

    /// Pairs that the import ends, each once.
    pub fn removed(&self) -> Vec<(Id, Id)> {
        let after = Self::pairs(&self.after);
        Self::pairs(&self.before)
            .difference(&after)
            .copied()
            .collect()
    }

    /// Pairs that the import starts, each once.
    pub fn added(&self) -> Vec<(Id, Id)> {
        let before = Self::pairs(&self.before);
        Self::pairs(&self.after)
            .difference(&before)
            .copied()
            .collect()
    }
}

/// Resolves every listed code, checks each list with the API's rule
/// (`rules::check_neighbours`: no self, no repeats, same floor) and the
/// file's symmetry, and gives the sets the import leaves.
pub fn resolve(p: &mut Planner, rows: Option<&SheetRows>) -> Adjacency {
    let mut before: HashMap<Id, BTreeSet<Id>> = HashMap::new();
    for (a, b) in &p.stored.adjacency {
        before.entry(*a).or_default().insert(*b);
    }
    let mut adjacency = Adjacency {
        after: before.clone(),
        before,
    };
    let Some(rows) = rows else {
        return adjacency;
    };
    let listed = std::mem::take(&mut p.listed);
    let mut sets: Vec<(u32, Id, BTreeSet<Id>)> = Vec::new();
    for (touch, codes) in &listed {
        let unit = p.state.units[touch.index].clone();
        let mut problems = Vec::new();
        let mut ids = Vec::new();
        let mut codes_of = HashMap::new();
        let mut floors = HashMap::new();
        for code in codes {
            match p.state.unit_by_code.get(&(unit.building_id, code.clone())) {
                Some(i) => {
                    let other = &p.state.units[*i];
                    ids.push(other.id);
                    codes_of.insert(other.id, code);
                    floors.insert(other.id, other.floor_id);
                }
                None => problems.push(FieldError::new(
                    "adjacent_unit_ids",
                    "unknown_unit",
                    crate::text!("files-unknown-unit", code = code.as_str()),
                )),
            }
        }
        for e in rules::check_neighbours(unit.id, unit.floor_id, &ids, &floors) {
            // The rule names units by id; a spreadsheet names them by code.
            let index = e
                .field
                .trim_start_matches("adjacent_unit_ids[")
                .trim_end_matches(']');
            let code = index
                .parse::<usize>()
                .ok()
                .and_then(|i| ids.get(i))
                .and_then(|id| codes_of.get(id));
            let message = match code {
                Some(c) => crate::text!(
                    "files-about-unit",
                    code = c.as_str(),
                    message = e.message.clone()
                ),
                None => e.message.clone(),
            };
            problems.push(FieldError { message, ..e });
        }
        if problems.is_empty() {
            sets.push((touch.number, unit.id, ids.into_iter().collect()));
        } else {
            p.errors
                .extend(problems.into_iter().map(|e| rows.locate(touch.number, e)));
        }
    }
    let by_unit: HashMap<Id, (u32, &BTreeSet<Id>)> =
        sets.iter().map(|(n, id, set)| (*id, (*n, set))).collect();
    let code = |id: &Id| {
        p.state
            .units
            .iter()
            .find(|u| u.id == *id)
            .map_or_else(String::new, |u| u.code.clone())
    };
    let mut asymmetric = Vec::new();
    for (number, a, set) in &sets {
        for b in set {
            if let Some((other_row, other_set)) = by_unit.get(b)
                && !other_set.contains(a)
            {
                asymmetric.push(rows.locate(
                    *number,
                    FieldError::new(
                        "adjacent_unit_ids",
                        "not_symmetric",
                        crate::text!(
                            "files-not-symmetric",
                            other = code(b),
                            unit = code(a),
                            row = other_row.to_string()
                        ),
                    ),
                ));
            }
        }
    }
    p.errors.extend(asymmetric);
    for (_, a, set) in &sets {
        let old = adjacency.after.insert(*a, set.clone()).unwrap_or_default();
        for b in old.difference(set) {
            if let Some(s) = adjacency.after.get_mut(b) {
                s.remove(a);
            }
        }
        for b in set {
            adjacency.after.entry(*b).or_default().insert(*a);
        }
    }
    adjacency
}
