//! An import's plan, made in memory before anything is written: the file's
//! rows laid over the park's stored inventory, keyed by code. Each row goes
//! through the API's own create form (`model::form`), then `checks` holds
//! the final state to the slices' domain rules. A row that fails is
//! reported and the rest still read, so one upload learns every problem.

use std::collections::HashSet;

use super::model::{Outcome, RowReport, Sheet};
use super::records;
use super::rows::{SheetRows, sort_errors};
use super::state::State;
use super::store::Stored;
use super::{checks, neighbours};
use crate::domain::{FieldError, Id};
use crate::inventory::building::store::Building;
use crate::inventory::floor::store::Floor;
use crate::inventory::lift::store::FreightLift;
use crate::inventory::unit::store::{Unit, UnitView};

/// A record to write: created (`before` is none) or updated.
#[derive(Debug, Clone)]
pub struct Change<T> {
    pub before: Option<T>,
    pub after: T,
}

/// What an import will write, and its report.
#[derive(Debug, Default)]
pub struct Plan {
    pub rows: Vec<RowReport>,
    pub buildings: Vec<Change<Building>>,
    pub floors: Vec<Change<Floor>>,
    pub lifts: Vec<Change<FreightLift>>,
    pub units: Vec<Change<UnitView>>,
    /// Neighbour pairs to remove and to add (each pair once).
    pub pairs_removed: Vec<(Id, Id)>,
    pub pairs_added: Vec<(Id, Id)>,
}

/// One row that named a record: where it is, and which record.
#[derive(Debug, Clone)]
pub struct Touch {
    pub number: u32,
    pub key: String,
    pub index: usize,
}

/// Everything the planner gathers on its way through the sheets.
pub struct Planner<'s> {
    pub stored: &'s Stored,
    pub state: State,
    pub errors: Vec<FieldError>,
    pub buildings: Vec<Touch>,
    pub floors: Vec<Touch>,
    pub lifts: Vec<Touch>,
    pub units: Vec<Touch>,
    /// Unit rows' neighbour codes, where the sheet has the column.
    pub listed: Vec<(Touch, Vec<String>)>,
    /// Codes of buildings and floors whose rows failed: rows that name them
    /// are skipped without a second error.
    pub failed_buildings: HashSet<String>,
    pub failed_floors: HashSet<(String, i32)>,
}

/// The plan of `sheets` over the stored inventory, or every problem found.
pub fn plan(park_id: Id, stored: &Stored, sheets: &[SheetRows]) -> Result<Plan, Vec<FieldError>> {
    let mut p = Planner {
        stored,
        state: State::new(park_id, stored),
        errors: Vec::new(),
        buildings: Vec::new(),
        floors: Vec::new(),
        lifts: Vec::new(),
        units: Vec::new(),
        listed: Vec::new(),
        failed_buildings: HashSet::new(),
        failed_floors: HashSet::new(),
    };
    let sheet = |s: Sheet| sheets.iter().find(|rows| rows.sheet == s);
    if let Some(rows) = sheet(Sheet::Buildings) {
        p.read_buildings(rows);
    }
    if let Some(rows) = sheet(Sheet::Floors) {
        p.read_floors(rows);
    }
    if let Some(rows) = sheet(Sheet::Lifts) {
        p.read_lifts(rows);
    }
    let units = sheet(Sheet::Units);
    if let Some(rows) = units {
        p.read_units(rows);
    }
    let adjacency = neighbours::resolve(&mut p, units);
    let plan = p.finish(adjacency);
    checks::run(&mut p, &plan, sheets);
    if p.errors.is_empty() {
        Ok(plan)
    } else {
        let mut errors = p.errors;
        sort_errors(&mut errors);
        Err(errors)
    }
}

impl Planner<'_> {
    /// The report and the changes, once every row is read.
    fn finish(&self, adjacency: neighbours::Adjacency) -> Plan {
        let s = self.stored;
        let st = &self.state;
        let mut plan = Plan::default();
        let mut report = |sheet: Sheet, t: &Touch, outcome: Outcome| {
            plan_row(&mut plan.rows, sheet, t, outcome);
        };
        for t in &self.buildings {
            let after = st.buildings[t.index].clone();
            let before = s.buildings.get(t.index).cloned();
            let same = before
                .as_ref()
                .is_some_and(|b| records::building(b) == records::building(&after));
            report(Sheet::Buildings, t, outcome(before.is_some(), same));
            if !same {
                plan.buildings.push(Change { before, after });
            }
        }
        for t in &self.floors {
            let after = st.floors[t.index].clone();
            let before = s.floors.get(t.index).cloned();
            let same = before
                .as_ref()
                .is_some_and(|f| records::floor(f, "") == records::floor(&after, ""));
            report(Sheet::Floors, t, outcome(before.is_some(), same));
            if !same {
                plan.floors.push(Change { before, after });
            }
        }
        for t in &self.lifts {
            let after = st.lifts[t.index].clone();
            let before = s.lifts.get(t.index).cloned();
            let same = before
                .as_ref()
                .is_some_and(|l| records::lift(l, "") == records::lift(&after, ""));
            report(Sheet::Lifts, t, outcome(before.is_some(), same));
            if !same {
                plan.lifts.push(Change { before, after });
            }
        }
        for t in &self.units {
            let after = st.units[t.index].clone();
            let before = s.units.get(t.index).cloned();
            let own = |u: &Unit| records::unit(u, "", 0, Vec::new());
            let same = before.as_ref().is_some_and(|b| {
                own(b) == own(&after) && adjacency.before(b.id) == adjacency.after(b.id)
            });
            report(Sheet::Units, t, outcome(before.is_some(), same));
            if same {
                continue;
            }
            let view = |u: Unit, floor: Option<&Floor>, adjacent: Vec<Id>| {
                floor.map(|f| UnitView {
                    unit: u,
                    floor: f.clone(),
                    park_id: st.park_id,
                    adjacent_unit_ids: adjacent,
                })
            };
            let stored_floor = |id: Id| s.floors.iter().find(|f| f.id == id);
            let before = before.and_then(|b| {
                let floor = stored_floor(b.floor_id);
                let adjacent = adjacency.before(b.id);
                view(b, floor, adjacent)
            });
            let adjacent = adjacency.after(after.id);
            let floor = st.floor_of(after.floor_id);
            if let Some(after) = view(after, floor, adjacent) {
                plan.units.push(Change { before, after });
            }
        }
        plan.pairs_removed = adjacency.removed();
        plan.pairs_added = adjacency.added();
        plan.rows.sort_by_key(|r| (r.sheet, r.row));
        plan
    }
}

fn outcome(existed: bool, same: bool) -> Outcome {
    match (existed, same) {
        (false, _) => Outcome::Created,
        (true, true) => Outcome::Unchanged,
        (true, false) => Outcome::Updated,
    }
}

fn plan_row(rows: &mut Vec<RowReport>, sheet: Sheet, t: &Touch, outcome: Outcome) {
    rows.push(RowReport {
        sheet,
        row: t.number,
        key: t.key.clone(),
        outcome,
    });
}
