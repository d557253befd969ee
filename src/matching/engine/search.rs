//! The search: plan which floors are worth a look, visit them best first,
//! count each candidate's failures without building any text, keep the best
//! `limit` matches and near misses, and explain only those.
//!
//! Pruning, cheapest first:
//! - a building already failing two building-wide criteria (park,
//!   readiness) is skipped whole;
//! - so is a floor failing two with its lift access, fire rules and what
//!   even its best unit lacks (`bounds::certain_failures`);
//! - floors are visited in order of the best score any candidate on them
//!   could reach (`bounds::best_score`), so the lists fill with good
//!   candidates early, and the walk stops at the first floor whose best
//!   cannot get into either full list;
//! - each unit is judged once per floor, and that judgement is shared by
//!   every combination that includes it.
//!
//! The order of visits changes only how much work is done: candidates are
//! ranked by a total order, so the answer is the same in any order.

use super::best::{Best, Kept};
use super::bounds;
use super::combine::{self, Limits};
use super::criteria::{self, Judged, Need, Offer};
use super::explain;
use super::fire_hazard;
use super::index::{Index, Place, Shard};
use super::input::Requirement;
use super::lift;
use super::output::{Candidate, Criterion, Failures, MatchResult};
use super::score::{self, Basis};
use crate::domain::industry;
use crate::i18n::Lang;
use std::ops::Range;

use uuid::Uuid;

/// At most `limit` matches (every criterion passed) and `limit` near misses
/// (exactly one failed), each list best first, within the default limits;
/// the messages in English (for tests, benches and reports that read no
/// message; an answer to a reader goes through [`find_within`]).
pub fn find(req: &Requirement, index: &Index, limit: usize) -> MatchResult {
    find_within(req, index, limit, Limits::default(), Lang::En)
}

/// [`find`] within `limits`, the messages in `lang`.
pub fn find_within(
    req: &Requirement,
    index: &Index,
    limit: usize,
    limits: Limits,
    lang: Lang,
) -> MatchResult {
    search(req, index, limit, limits, Scope::Everywhere, lang)
}

/// [`find_within`] the buildings of one park.
pub fn find_in_park(
    req: &Requirement,
    index: &Index,
    park_id: Uuid,
    limit: usize,
    limits: Limits,
    lang: Lang,
) -> MatchResult {
    search(req, index, limit, limits, Scope::Park(park_id), lang)
}

/// [`find_within`] the candidates that include one unit: the unit alone,
/// and the minimal combinations of connected units that hold it. Empty for
/// a unit the index does not have.
pub fn find_with_unit(
    req: &Requirement,
    index: &Index,
    unit_id: Uuid,
    limit: usize,
    limits: Limits,
    lang: Lang,
) -> MatchResult {
    match index.place_of(unit_id) {
        Some((place, row)) => search(req, index, limit, limits, Scope::Unit(place, row), lang),
        None => MatchResult::default(),
    }
}

/// Where a search looks.
#[derive(Debug, Clone, Copy)]
enum Scope {
    Everywhere,
    Park(Uuid),
    /// Only candidates holding the unit in this row of this floor.
    Unit(Place, u32),
}

impl Scope {
    /// Whether a building among `shards` is worth a look.
    fn takes_building(self, b: &Shard) -> bool {
        match self {
            Scope::Park(id) => b.info.park_id == id,
            _ => true,
        }
    }

    /// The positions of the shards worth a look.
    fn shards(self, index: &Index) -> Range<usize> {
        match self {
            Scope::Unit(place, _) => place.shard as usize..place.shard as usize + 1,
            _ => 0..index.shards.len(),
        }
    }

    /// The positions of the floors of a shard worth a look.
    fn floors(self, shard: &Shard) -> Range<usize> {
        match self {
            Scope::Unit(place, _) => place.floor as usize..place.floor as usize + 1,
            _ => 0..shard.floors.len(),
        }
    }

    /// The row every candidate must hold.
    fn root(self) -> Option<u32> {
        match self {
            Scope::Unit(_, row) => Some(row),
            _ => None,
        }
    }
}

fn search(
    req: &Requirement,
    index: &Index,
    limit: usize,
    limits: Limits,
    scope: Scope,
    lang: Lang,
) -> MatchResult {
    if limit == 0 {
        return MatchResult::default();
    }
    let need = Need::new(req);
    let lists = gather(index, &need, limit, limits, scope);
    let explain_all = |best: Best| {
        best.into_sorted()
            .into_iter()
            .map(|k| explain::candidate(index, &need, k.place, k.rows(), k.rank.score, lang))
            .collect()
    };
    let mut near_misses: Vec<_> = explain_all(lists.near_misses);
    let room = limit - near_misses.len();
    near_misses.extend(explain_all(lists.short).into_iter().take(room));
    MatchResult {
        matches: explain_all(lists.matches),
        near_misses,
        truncated: lists.truncated,
    }
}

/// The best `limit` candidates of each list, ranked, with no text yet.
fn gather(index: &Index, need: &Need, limit: usize, limits: Limits, scope: Scope) -> Lists {
    let basis = Basis::new(need);
    let plan = best_bound_first(plan(index, need, &basis, scope));
    let mut lists = Lists {
        matches: Best::new(limit),
        near_misses: Best::new(limit),
        short: Best::new(limit),
        truncated: false,
        sets_left: limits.sets_per_search,
    };
    let mut units = Vec::new();
    for p in &plan {
        let (near_full, matches_full) = (
            lists.near_misses.turns_away(p.bound),
            lists.matches.turns_away(p.bound),
        );
        if near_full && matches_full {
            break; // Every floor after this one has a bound no higher.
        }
        if near_full && !p.may_match {
            continue;
        }
        let root = scope.root();
        visit(index, need, &basis, p, limits, root, &mut units, &mut lists);
    }
    lists
}

/// One search's best candidate, ranked but not yet explained: reverse
/// matching keeps one per application and writes the checks only of those
/// it shows. Explain it with the index it was found in.
#[derive(Debug)]
pub struct Unexplained {
    kept: Kept,
    /// Passes every check; otherwise it fails exactly one.
    pub is_match: bool,
}

impl Unexplained {
    pub fn score(&self) -> u8 {
        self.kept.rank.score
    }

    /// The candidate with its checks in `lang`, as [`find_within`] would give it.
    pub fn explain(&self, req: &Requirement, index: &Index, lang: Lang) -> Candidate {
        let k = &self.kept;
        let need = Need::new(req);
        explain::candidate(index, &need, k.place, k.rows(), k.rank.score, lang)
    }
}

/// The best candidate holding `unit_id` (the head of [`find_with_unit`]'s
/// matches, or else of its near misses), and whether a bound cut the search.
pub fn best_with_unit(
    req: &Requirement,
    index: &Index,
    unit_id: Uuid,
    limits: Limits,
) -> (Option<Unexplained>, bool) {
    match index.place_of(unit_id) {
        Some((place, row)) => best(req, index, limits, Scope::Unit(place, row)),
        None => (None, false),
    }
}

/// The best candidate in a park (the head of [`find_in_park`]'s matches,
/// or else of its near misses), and whether a bound cut the search.
pub fn best_in_park(
    req: &Requirement,
    index: &Index,
    park_id: Uuid,
    limits: Limits,
) -> (Option<Unexplained>, bool) {
    best(req, index, limits, Scope::Park(park_id))
}

fn best(
    req: &Requirement,
    index: &Index,
    limits: Limits,
    scope: Scope,
) -> (Option<Unexplained>, bool) {
    let lists = gather(index, &Need::new(req), 1, limits, scope);
    let head = |b: Best| b.into_sorted().into_iter().next();
    let found = match head(lists.matches) {
        Some(kept) => Some(Unexplained {
            kept,
            is_match: true,
        }),
        None => head(lists.near_misses)
            .or_else(|| head(lists.short))
            .map(|kept| Unexplained {
                kept,
                is_match: false,
            }),
    };
    (found, lists.truncated)
}

struct Lists {
    matches: Best,
    near_misses: Best,
    /// Connected units short of the area, listed after the near misses.
    short: Best,
    truncated: bool,
    /// Partial combinations the search may still grow.
    sets_left: usize,
}

/// A floor worth a look.
struct Planned {
    place: Place,
    /// Failures every candidate on the floor has, whichever units it takes.
    fails: Failures,
    /// No candidate on the floor scores more.
    bound: u8,
    /// Whether any candidate here could pass everything.
    may_match: bool,
    /// Whether the park targets the tenant's industry.
    targeted: bool,
}

/// Sorts by bound, highest first, in linear time (a bound is 0–100), and
/// otherwise keeps the plan's order.
fn best_bound_first(plan: Vec<Planned>) -> Vec<Planned> {
    let mut starts = [0usize; 102];
    for p in &plan {
        starts[100 - p.bound.min(100) as usize + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut slots: Vec<Option<Planned>> = Vec::new();
    slots.resize_with(plan.len(), || None);
    for p in plan {
        let slot = &mut starts[100 - p.bound.min(100) as usize];
        slots[*slot] = Some(p);
        *slot += 1;
    }
    slots.into_iter().flatten().collect()
}

/// The floors on which some candidate might fail at most one criterion.
fn plan(index: &Index, need: &Need, basis: &Basis, scope: Scope) -> Vec<Planned> {
    let req = need.req;
    let item = req.heaviest_item.as_ref();
    let mut plan = Vec::new();
    let mut takes = Vec::new();
    for s in scope.shards(index) {
        let b = &index.shards[s];
        if !scope.takes_building(b) {
            continue;
        }
        let building_fails = Failures::default()
            .with(Criterion::Park, !criteria::park_ok(req, b.info.park_id))
            .with(
                Criterion::BuildingReady,
                !criteria::building_ready_ok(&b.info, req.move_in_date),
            );
        if building_fails.count() >= 2 {
            continue;
        }
        let targeted = b
            .target_industries
            .iter()
            .any(|t| industry::covers(t, &req.industry_code));
        takes.clear();
        takes.extend(
            b.lifts
                .iter()
                .map(|l| item.is_none_or(|i| lift::shortfalls(l, i).none())),
        );
        for floor in scope.floors(b) {
            let f = &b.floors[floor];
            let hazard = fire_hazard::problem(&b.info, f.level, req.fire_hazard_class);
            let fails = building_fails
                .with(Criterion::FireHazard, hazard.is_some())
                .with(
                    Criterion::FreightLift,
                    !lift::reachable(f.level, &b.lifts, &takes),
                );
            let sure = fails.union(bounds::certain_failures(need, &f.summary));
            if sure.count() >= 2 {
                continue;
            }
            plan.push(Planned {
                place: Place {
                    shard: s as u32,
                    floor: floor as u32,
                },
                fails,
                bound: bounds::best_score(need, basis, &f.summary, targeted),
                may_match: sure.count() == 0,
                targeted,
            });
        }
    }
    plan
}

/// Judges every unit on the floor and every minimal combination of them
/// (those holding `root`, given one), offering each to the list it
/// belongs in.
#[allow(clippy::too_many_arguments)]
fn visit(
    index: &Index,
    need: &Need,
    basis: &Basis,
    p: &Planned,
    limits: Limits,
    root: Option<u32>,
    units: &mut Vec<Judged>,
    lists: &mut Lists,
) {
    let shard: &Shard = &index.shards[p.place.shard as usize];
    let f = &shard.floors[p.place.floor as usize];
    let consider = |lists: &mut Lists, rows: &[u32], judged: &Judged, short: bool| {
        let best = match p.fails.union(judged.failures(need)).count() {
            0 => &mut lists.matches,
            1 if short => &mut lists.short,
            1 => &mut lists.near_misses,
            _ => return,
        };
        let offer = &judged.offer;
        let score = score::score(basis, offer, p.targeted);
        let ids = || rows.iter().map(|&r| shard.rows[r as usize].id);
        if let Some(rank) = best.rank_if_kept(score, offer, ids) {
            best.keep(rank, p.place, rows);
        }
    };

    units.clear();
    for r in f.rows.range() {
        let row = &shard.rows[r];
        let free = criteria::unit_available(row, shard.holds_of(r), need.period);
        let unit = Judged::new(need, Offer::of(row, free));
        if root.is_none_or(|x| x as usize == r) {
            consider(lists, &[r as u32], &unit, false);
        }
        units.push(unit);
    }
    if need.req.allow_combined_units && f.rows.len() > 1 {
        let mut left = lists.sets_left;
        let cut = combine::each_minimal_combination(
            shard,
            need,
            f.rows.range(),
            units,
            p.fails,
            limits.sets_per_floor,
            &mut left,
            root,
            |rows, judged| consider(lists, rows, judged, false),
        );
        lists.sets_left = left;
        lists.truncated |= cut;
        // Listed after every other near miss: of no use once those fill the list.
        if !lists.near_misses.is_full() {
            let groups = short_of_area(shard, need, f.rows.range(), units, p.fails);
            for (rows, judged) in groups {
                if root.is_none_or(|x| rows.contains(&x)) {
                    consider(lists, &rows, &judged, true);
                }
            }
        }
    }
}

/// The groups of connected units on a floor that together fall short of
/// the area and fail nothing else that adding units could not cure: each
/// group whole, the most the floor can offer there, so the operator learns
/// how much more space would close the deal.
fn short_of_area(
    shard: &Shard,
    need: &Need,
    floor: std::ops::Range<usize>,
    units: &[Judged],
    base: Failures,
) -> Vec<(Vec<u32>, Judged)> {
    let first = floor.start;
    let eligible = |r: usize| base.union(units[r - first].lasting).count() == 0;
    let mut grouped = vec![false; floor.len()];
    let mut groups = Vec::new();
    for start in floor.clone() {
        if grouped[start - first] || !eligible(start) {
            continue;
        }
        grouped[start - first] = true;
        let mut group = vec![start as u32];
        let mut next = 0;
        while next < group.len() {
            let r = group[next] as usize;
            next += 1;
            for &n in shard.neighbours_of(r) {
                let n = n as usize;
                if !grouped[n - first] && eligible(n) {
                    grouped[n - first] = true;
                    group.push(n as u32);
                }
            }
        }
        if group.len() < 2 {
            continue;
        }
        let mut judged = units[group[0] as usize - first];
        for &r in &group[1..] {
            judged = judged.join(&units[r as usize - first]);
        }
        if !criteria::enough_area(need.req, judged.offer.area_m2) {
            group.sort_unstable();
            groups.push((group, judged));
        }
    }
    groups
}
