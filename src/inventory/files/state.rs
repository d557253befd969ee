//! The park's inventory as an import would leave it, indexed by the codes
//! that rows name records by.

use std::collections::HashMap;

use crate::domain::Id;
use crate::inventory::building::store::Building;
use crate::inventory::floor::store::Floor;
use crate::inventory::lift::store::FreightLift;
use crate::inventory::unit::store::Unit;

use super::store::Stored;

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
    pub fn new(park_id: Id, s: &Stored) -> Self {
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

    pub fn add_building(&mut self, b: Building) -> usize {
        let i = self.buildings.len();
        self.building_by_code.insert(b.code.clone(), i);
        self.building_by_id.insert(b.id, i);
        self.buildings.push(b);
        i
    }

    pub fn add_floor(&mut self, f: Floor) -> usize {
        let i = self.floors.len();
        self.floor_by_level.insert((f.building_id, f.level), i);
        self.floor_by_id.insert(f.id, i);
        self.floors.push(f);
        i
    }

    pub fn add_lift(&mut self, l: FreightLift) -> usize {
        let i = self.lifts.len();
        self.lift_by_code.insert((l.building_id, l.code.clone()), i);
        self.lifts.push(l);
        i
    }

    pub fn add_unit(&mut self, u: Unit) -> usize {
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
