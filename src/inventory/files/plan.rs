//! An import's plan, made in memory before anything is written: the file's
//! rows laid over the park's stored inventory, keyed by code. Each row goes
//! through the API's own create form (`model::form`), then `checks` holds
//! the final state to the slices' domain rules. A row that fails is
//! reported and the rest still read, so one upload learns every problem.

use std::collections::{HashMap, HashSet};

use super::columns::{ADJACENT_UNIT_CODES, BUILDING_CODE};
use super::model::{Form, Outcome, RowReport, Sheet, form};
use super::records::{self, Record};
use super::rows::{FileRow, SheetRows};
use super::store::Stored;
use super::{checks, neighbours};
use crate::domain::{FieldError, Id};
use crate::inventory::building::model::CreateBuilding;
use crate::inventory::building::store::Building;
use crate::inventory::floor::model::CreateFloor;
use crate::inventory::floor::store::Floor;
use crate::inventory::lift::model::CreateFreightLift;
use crate::inventory::lift::store::FreightLift;
use crate::inventory::unit::model::CreateUnit;
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

/// The park's inventory as it will be: stored records first (at the same
/// index as in `Stored`), then the new ones.
#[derive(Debug)]
pub struct State {
    pub park_id: Id,
    pub buildings: Vec<Building>,
    pub floors: Vec<Floor>,
    pub lifts: Vec<FreightLift>,
    pub units: Vec<Unit>,
    pub building_by_code: HashMap<String, usize>,
    pub building_by_id: HashMap<Id, usize>,
    pub floor_by_level: HashMap<(Id, i32), usize>,
    pub floor_by_id: HashMap<Id, usize>,
    pub lift_by_code: HashMap<(Id, String), usize>,
    pub unit_by_code: HashMap<(Id, String), usize>,
}

impl State {
    fn new(park_id: Id, s: &Stored) -> Self {
        let mut state = Self {
            park_id,
            buildings: Vec::new(),
            floors: Vec::new(),
            lifts: Vec::new(),
            units: Vec::new(),
            building_by_code: HashMap::new(),
            building_by_id: HashMap::new(),
            floor_by_level: HashMap::new(),
            floor_by_id: HashMap::new(),
            lift_by_code: HashMap::new(),
            unit_by_code: HashMap::new(),
        };
        for b in &s.buildings {
            state.add_building(b.clone());
        }
        for f in &s.floors {
            state.add_floor(f.clone());
        }
        for l in &s.lifts {
            state.add_lift(l.clone());
        }
        for u in &s.units {
            state.add_unit(u.clone());
        }
        state
    }

    fn add_building(&mut self, b: Building) -> usize {
        let i = self.buildings.len();
        self.building_by_code.insert(b.code.clone(), i);
        self.building_by_id.insert(b.id, i);
        self.buildings.push(b);
        i
    }

    fn add_floor(&mut self, f: Floor) -> usize {
        let i = self.floors.len();
        self.floor_by_level.insert((f.building_id, f.level), i);
        self.floor_by_id.insert(f.id, i);
        self.floors.push(f);
        i
    }

    fn add_lift(&mut self, l: FreightLift) -> usize {
        let i = self.lifts.len();
        self.lift_by_code.insert((l.building_id, l.code.clone()), i);
        self.lifts.push(l);
        i
    }

    fn add_unit(&mut self, u: Unit) -> usize {
        let i = self.units.len();
        self.unit_by_code.insert((u.building_id, u.code.clone()), i);
        self.units.push(u);
        i
    }

    pub fn building_of(&self, id: Id) -> Option<&Building> {
        self.building_by_id.get(&id).map(|i| &self.buildings[*i])
    }

    pub fn floor_of(&self, id: Id) -> Option<&Floor> {
        self.floor_by_id.get(&id).map(|i| &self.floors[*i])
    }
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
    failed_buildings: HashSet<String>,
    failed_floors: HashSet<(String, i32)>,
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
        errors.sort_by(|a, b| {
            let sheet = |e: &FieldError| e.sheet.as_deref().and_then(Sheet::parse);
            (
                sheet(a),
                a.row,
                a.column.as_ref().map(|c| (c.len(), c.clone())),
            )
                .cmp(&(
                    sheet(b),
                    b.row,
                    b.column.as_ref().map(|c| (c.len(), c.clone())),
                ))
        });
        Err(errors)
    }
}

/// The row's fields over `base` (the stored record, or nothing), without
/// the columns that only locate it.
fn fields(base: Record, row: &FileRow, locators: &[&str]) -> Record {
    let mut out = base;
    for (k, v) in &row.values {
        out.insert(k.clone(), v.clone());
    }
    for k in locators {
        out.remove(*k);
    }
    out
}

impl Planner<'_> {
    fn error(&mut self, rows: &SheetRows, number: u32, field: &str, code: &str, message: String) {
        self.errors
            .push(rows.locate(number, FieldError::new(field, code, message)));
    }

    /// The row through the create form `T`. Its problems are recorded, less
    /// those of cells already reported as unreadable.
    fn form<T: Form>(&mut self, rows: &SheetRows, row: &FileRow, fields: Record) -> Option<T> {
        match form::<T>(fields) {
            Ok(v) if row.unreadable.is_empty() => Some(v),
            Ok(_) => None,
            Err(problems) => {
                for e in problems {
                    let e = rows.locate(row.number, e);
                    if !row.unreadable.contains(e.field.as_str()) {
                        self.errors.push(e);
                    }
                }
                None
            }
        }
    }

    /// A row's key, once per sheet: a second row with the same key is an error.
    fn first<K: std::hash::Hash + Eq>(
        &mut self,
        seen: &mut HashMap<K, u32>,
        key: K,
        rows: &SheetRows,
        row: &FileRow,
        field: &str,
        shown: &str,
    ) -> bool {
        if let Some(earlier) = seen.insert(key, row.number) {
            self.error(
                rows,
                row.number,
                field,
                "duplicate_row",
                format!("{shown} is already in row {earlier}"),
            );
            return false;
        }
        true
    }

    /// The building a row names by code, if it is stored or in the file.
    fn building(&mut self, rows: &SheetRows, row: &FileRow) -> Option<(String, Building)> {
        let code = row.text(BUILDING_CODE)?;
        if let Some(i) = self.state.building_by_code.get(&code) {
            return Some((code, self.state.buildings[*i].clone()));
        }
        if !self.failed_buildings.contains(&code) {
            self.error(
                rows,
                row.number,
                BUILDING_CODE,
                "unknown_building",
                format!(
                    "the park has no building {code:?}, and the buildings sheet does not add it"
                ),
            );
        }
        None
    }

    fn read_buildings(&mut self, rows: &SheetRows) {
        let mut seen = HashMap::new();
        for row in &rows.rows {
            let Some(code) = row.text("code") else {
                continue;
            };
            if !self.first(
                &mut seen,
                code.clone(),
                rows,
                row,
                "code",
                &format!("building {code}"),
            ) {
                continue;
            }
            let existing = self.state.building_by_code.get(&code).copied();
            let base =
                existing.map_or_else(Record::new, |i| records::building(&self.state.buildings[i]));
            let Some(new) = self.form::<CreateBuilding>(rows, row, fields(base, row, &[])) else {
                self.failed_buildings.insert(code);
                continue;
            };
            let mut b = new.into_row(self.state.park_id);
            let index = match existing {
                Some(i) => {
                    let old = &self.state.buildings[i];
                    (b.id, b.version, b.created_at, b.updated_at) =
                        (old.id, old.version, old.created_at, old.updated_at);
                    self.state.buildings[i] = b;
                    i
                }
                None => self.state.add_building(b),
            };
            self.buildings.push(Touch {
                number: row.number,
                key: code,
                index,
            });
        }
    }

    fn read_floors(&mut self, rows: &SheetRows) {
        let mut seen = HashMap::new();
        for row in &rows.rows {
            let Some(level) = row.integer("level").and_then(|l| i32::try_from(l).ok()) else {
                continue;
            };
            let Some((code, b)) = self.building(rows, row) else {
                if let Some(code) = row.text(BUILDING_CODE) {
                    self.failed_floors.insert((code, level));
                }
                continue;
            };
            let key = format!("{code}/{level}");
            if !self.first(
                &mut seen,
                (b.id, level),
                rows,
                row,
                "level",
                &format!("floor {key}"),
            ) {
                continue;
            }
            let existing = self.state.floor_by_level.get(&(b.id, level)).copied();
            let base = existing.map_or_else(Record::new, |i| {
                records::floor(&self.state.floors[i], &code)
            });
            let Some(new) =
                self.form::<CreateFloor>(rows, row, fields(base, row, &[BUILDING_CODE]))
            else {
                self.failed_floors.insert((code, level));
                continue;
            };
            let mut f = new.into_row(b.id);
            let index = match existing {
                Some(i) => {
                    let old = &self.state.floors[i];
                    (f.id, f.version, f.created_at, f.updated_at) =
                        (old.id, old.version, old.created_at, old.updated_at);
                    self.state.floors[i] = f;
                    i
                }
                None => self.state.add_floor(f),
            };
            self.floors.push(Touch {
                number: row.number,
                key,
                index,
            });
        }
    }

    fn read_lifts(&mut self, rows: &SheetRows) {
        let mut seen = HashMap::new();
        for row in &rows.rows {
            let Some(lift_code) = row.text("code") else {
                continue;
            };
            let Some((code, b)) = self.building(rows, row) else {
                continue;
            };
            let key = format!("{code}/{lift_code}");
            if !self.first(
                &mut seen,
                (b.id, lift_code.clone()),
                rows,
                row,
                "code",
                &format!("lift {key}"),
            ) {
                continue;
            }
            let existing = self.state.lift_by_code.get(&(b.id, lift_code)).copied();
            let base =
                existing.map_or_else(Record::new, |i| records::lift(&self.state.lifts[i], &code));
            let Some(new) =
                self.form::<CreateFreightLift>(rows, row, fields(base, row, &[BUILDING_CODE]))
            else {
                continue;
            };
            let mut l = new.into_row(b.id);
            let index = match existing {
                Some(i) => {
                    let old = &self.state.lifts[i];
                    (l.id, l.version, l.created_at, l.updated_at) =
                        (old.id, old.version, old.created_at, old.updated_at);
                    self.state.lifts[i] = l;
                    i
                }
                None => self.state.add_lift(l),
            };
            self.lifts.push(Touch {
                number: row.number,
                key,
                index,
            });
        }
    }

    fn read_units(&mut self, rows: &SheetRows) {
        let mut seen = HashMap::new();
        let locators = [BUILDING_CODE, "level", ADJACENT_UNIT_CODES];
        for row in &rows.rows {
            let (Some(unit_code), Some(level)) = (
                row.text("code"),
                row.integer("level").and_then(|l| i32::try_from(l).ok()),
            ) else {
                continue;
            };
            let Some((code, b)) = self.building(rows, row) else {
                continue;
            };
            let Some(floor) = self
                .state
                .floor_by_level
                .get(&(b.id, level))
                .map(|i| self.state.floors[*i].clone())
            else {
                if !self.failed_floors.contains(&(code.clone(), level)) {
                    self.error(
                        rows,
                        row.number,
                        "level",
                        "unknown_floor",
                        format!("building {code} has no floor at level {level}, and the floors sheet does not add it"),
                    );
                }
                continue;
            };
            let key = format!("{code}/{level}/{unit_code}");
            if !self.first(
                &mut seen,
                (b.id, unit_code.clone()),
                rows,
                row,
                "code",
                &format!("unit {code}/{unit_code}"),
            ) {
                continue;
            }
            let existing = self
                .state
                .unit_by_code
                .get(&(b.id, unit_code.clone()))
                .copied();
            if let Some(i) = existing {
                let on = self.state.units[i].floor_id;
                if on != floor.id {
                    let was = self.state.floor_of(on).map_or(0, |f| f.level);
                    self.error(
                        rows,
                        row.number,
                        "level",
                        "moved",
                        format!("unit {unit_code} is on level {was}; a unit cannot move to another floor (delete it and create it again)"),
                    );
                    continue;
                }
            }
            let base = existing.map_or_else(Record::new, |i| {
                records::unit(&self.state.units[i], &code, level, Vec::new())
            });
            let Some(new) = self.form::<CreateUnit>(rows, row, fields(base, row, &locators)) else {
                continue;
            };
            let (mut u, _) = new.into_row(&floor);
            let index = match existing {
                Some(i) => {
                    let old = &self.state.units[i];
                    (u.id, u.version, u.created_at, u.updated_at) =
                        (old.id, old.version, old.created_at, old.updated_at);
                    self.state.units[i] = u;
                    i
                }
                None => self.state.add_unit(u),
            };
            let touch = Touch {
                number: row.number,
                key,
                index,
            };
            if rows.has(ADJACENT_UNIT_CODES) && !row.unreadable.contains(ADJACENT_UNIT_CODES) {
                let codes = row
                    .values
                    .get(ADJACENT_UNIT_CODES)
                    .and_then(|v| v.as_array())
                    .map(|a| {
                        a.iter()
                            .filter_map(|c| c.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default();
                self.listed.push((touch.clone(), codes));
            }
            self.units.push(touch);
        }
    }

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
