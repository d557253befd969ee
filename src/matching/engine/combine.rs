//! The search for adjacent units on one floor that together make one space:
//! any number of them, from a pair to the whole floor.
//!
//! A combination is offered only when it is *minimal*: connected through
//! shared walls, at least `min_area_m2` in total, and no connected part of it
//! already reaching `min_area_m2`. Adding a unit to a space that is already
//! big enough only adds rent and walls to open, so such supersets are never
//! what a tenant wants, and leaving them out is what keeps the search small.
//!
//! Every connected set is visited at most once, by growing it from its first
//! unit and adding only later units, each through the "exclusive
//! neighbourhood" of the last one added (Wernicke's ESU algorithm). Reverse
//! matching asks only for the sets holding one unit: those grow from that
//! unit alone, taking any other. What is
//! never grown, none of which loses a candidate:
//! - a set that already reaches `min_area_m2` (its supersets are not minimal);
//! - a set that cannot reach `min_area_m2` even with every unit it may still
//!   take (those in its extension and what they connect to, outside its
//!   neighbourhood): this is what makes a whole floor one walk, not 2ⁿ;
//! - a set already failing two criteria no added unit can cure.
//!
//! Bounds remain, for floors whose layout has more connected sets short of
//! the area than any tenant will read: at most [`Limits::sets_per_floor`]
//! partial combinations are grown per floor and [`Limits::sets_per_search`]
//! in all. Units are visited in code order and floors best first, so what
//! a cut skips does not depend on the order the inventory was listed in,
//! and the answer says that a cut happened.

use std::ops::Range;

use super::criteria::{self, Judged, Need};
use super::index::Shard;
use super::output::Failures;

/// The bounds of one search, a server setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Partial combinations grown per floor before the floor's remaining
    /// ones are skipped. A row of 40 units has 820 connected sets in all;
    /// a floor of 40 units in two rows, millions.
    pub sets_per_floor: usize,
    /// Partial combinations grown in one search, all floors together:
    /// about a microsecond each, so the default keeps a search near 50 ms.
    pub sets_per_search: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            sets_per_floor: 5_000,
            sets_per_search: 40_000,
        }
    }
}

/// Calls `visit(rows, judged)` for every minimal combination of two or more
/// units on the floor whose rows are `floor` (row positions), or, given a
/// `root`, for those that include that row. `units[i]` is
/// row `floor.start + i` judged alone; `base` are the failures the floor
/// already has whatever units are chosen. Grows at most `per_floor` sets
/// and at most `left` (what the search has left, reduced by what this
/// floor used). Returns whether a bound cut the floor short.
#[allow(clippy::too_many_arguments)]
pub(super) fn each_minimal_combination(
    shard: &Shard,
    need: &Need,
    floor: Range<usize>,
    units: &[Judged],
    base: Failures,
    per_floor: usize,
    left: &mut usize,
    root: Option<u32>,
    visit: impl FnMut(&[u32], &Judged),
) -> bool {
    let budget = per_floor.min(*left);
    let roots = match root {
        Some(r) => r as usize..r as usize + 1,
        None => floor.clone(),
    };
    let mut search = Search {
        rooted: root.is_some(),
        shard,
        need,
        floor: floor.clone(),
        units,
        base,
        sub: Vec::new(),
        stack: Vec::new(),
        budget,
        cut: false,
        seen: vec![0; floor.len()],
        mark: 0,
        queue: Vec::new(),
        visit,
    };
    for v in roots {
        let unit = search.unit(v as u32);
        if search.hopeless(&unit) || criteria::enough_area(need.req, unit.offer.area_m2) {
            // Alone it already fails twice, or already suffices: any
            // combination grown from it is dropped or not minimal.
            continue;
        }
        search.sub.clear();
        search.sub.push(v as u32);
        let start = search.stack.len();
        let rooted = search.rooted;
        let later = shard
            .neighbours_of(v)
            .iter()
            .filter(|&&u| may_take(rooted, u, v as u32));
        search.stack.extend(later);
        let end = search.stack.len();
        search.extend(v as u32, start..end, unit);
        search.stack.truncate(start);
        if search.cut {
            break;
        }
    }
    *left -= budget - search.budget;
    search.cut
}

/// Whether a set grown from `root` may take unit `u`: ESU visits each
/// connected set once, from its first unit, or from the one given root
/// (which every set then contains, so any other unit may join).
fn may_take(rooted: bool, u: u32, root: u32) -> bool {
    if rooted { u != root } else { u > root }
}

struct Search<'s, F> {
    /// Every set grows from one given unit, so may take any other unit;
    /// otherwise each set grows from its first unit and takes only later ones.
    rooted: bool,
    shard: &'s Shard,
    need: &'s Need<'s>,
    floor: Range<usize>,
    units: &'s [Judged],
    base: Failures,
    /// The combination being grown.
    sub: Vec<u32>,
    /// Extension sets of every depth, each a segment on top of the last.
    stack: Vec<u32>,
    budget: usize,
    cut: bool,
    /// Scratch for walks over the floor: `seen[i] == mark` marks row
    /// `floor.start + i` in the current walk.
    seen: Vec<u32>,
    mark: u32,
    queue: Vec<u32>,
    visit: F,
}

impl<F: FnMut(&[u32], &Judged)> Search<'_, F> {
    fn unit(&self, row: u32) -> Judged {
        self.units[row as usize - self.floor.start]
    }

    fn may_take(&self, u: u32, root: u32) -> bool {
        may_take(self.rooted, u, root)
    }

    /// Fails two criteria that adding units cannot cure.
    fn hopeless(&self, judged: &Judged) -> bool {
        self.base.union(judged.lasting).count() >= 2
    }

    fn adjacent(&self, a: u32, b: u32) -> bool {
        // Neighbour lists are sorted, so dense floors stay cheap.
        self.shard
            .neighbours_of(a as usize)
            .binary_search(&b)
            .is_ok()
    }

    fn in_sub(&self, row: u32) -> bool {
        self.sub.contains(&row)
    }

    /// Grows `sub` (root `v`, together `judged`) by each unit of `ext`.
    fn extend(&mut self, v: u32, ext: Range<usize>, judged: Judged) {
        if self.budget == 0 {
            self.cut = true;
            return;
        }
        self.budget -= 1;
        if self.sub.len() >= 2 && criteria::enough_area(self.need.req, judged.offer.area_m2) {
            if self.is_minimal(judged.offer.area_m2) {
                (self.visit)(&self.sub, &judged);
            }
            return;
        }
        if !self.may_reach_area(v, ext.clone(), judged.offer.area_m2) {
            return;
        }
        let mut end = ext.end;
        while end > ext.start && !self.cut {
            end -= 1;
            let w = self.stack[end];
            let alone = self.unit(w);
            if criteria::enough_area(self.need.req, alone.offer.area_m2) {
                // Big enough by itself: nothing grown through it is minimal.
                continue;
            }
            let grown = judged.join(&alone);
            if self.hopeless(&grown) {
                continue;
            }
            // The rest of this level's extension, plus the neighbours of `w`
            // that are later than the root and not yet in or next to `sub`.
            let start = self.stack.len();
            self.stack.extend_from_within(ext.start..end);
            for &u in self.shard.neighbours_of(w as usize) {
                let fresh = self.may_take(u, v)
                    && !self.in_sub(u)
                    && !self.sub.iter().any(|&s| self.adjacent(s, u));
                if fresh {
                    self.stack.push(u);
                }
            }
            self.sub.push(w);
            let next = start..self.stack.len();
            self.extend(v, next, grown);
            self.sub.pop();
            self.stack.truncate(start);
        }
    }

    /// Whether `sub` (of `area`) can still reach the minimum: with every
    /// unit of its extension `ext` and every unit those connect to that
    /// this branch may still take (later than the root `v`, not in `sub`,
    /// and not a neighbour of `sub` left out of the extension: ESU never
    /// adds those below this point).
    fn may_reach_area(&mut self, v: u32, ext: Range<usize>, area: f64) -> bool {
        // The extension alone is usually enough to say yes.
        let mut total = area;
        for i in ext.clone() {
            total += self.unit(self.stack[i]).offer.area_m2;
        }
        if criteria::enough_area(self.need.req, total) {
            return true;
        }
        self.mark = self.mark.wrapping_add(1);
        if self.mark == 0 {
            self.seen.fill(0);
            self.mark = 1;
        }
        let first = self.floor.start;
        let mark = self.mark;
        // Closed to the walk: `sub` and its neighbourhood (the extension is
        // counted already, and walked from below).
        for i in 0..self.sub.len() {
            let s = self.sub[i];
            self.seen[s as usize - first] = mark;
            for &n in self.shard.neighbours_of(s as usize) {
                self.seen[n as usize - first] = mark;
            }
        }
        self.queue.clear();
        for i in ext {
            self.queue.push(self.stack[i]);
        }
        while let Some(u) = self.queue.pop() {
            for &n in self.shard.neighbours_of(u as usize) {
                let slot = n as usize - first;
                if self.may_take(n, v) && self.seen[slot] != mark {
                    self.seen[slot] = mark;
                    self.queue.push(n);
                    total += self.unit(n).offer.area_m2;
                    if criteria::enough_area(self.need.req, total) {
                        return true;
                    }
                }
            }
        }
        false
    }

    /// No unit of `sub` (of area `total`) can be left out with the rest still connected and big
    /// enough. Single removals suffice: if any connected proper part is big
    /// enough, some unit outside it can be left out with the rest connected.
    fn is_minimal(&mut self, total: f64) -> bool {
        (0..self.sub.len()).all(|skip| {
            let rest = total - self.unit(self.sub[skip]).offer.area_m2;
            !criteria::enough_area(self.need.req, rest) || !self.connected_without(skip)
        })
    }

    /// Whether `sub` without its `skip`-th unit is one connected group.
    fn connected_without(&mut self, skip: usize) -> bool {
        let n = self.sub.len();
        let start = if skip == 0 { 1 } else { 0 };
        let mut reached = vec![false; n];
        reached[start] = true;
        self.queue.clear();
        self.queue.push(start as u32);
        let mut count = 1;
        while let Some(i) = self.queue.pop() {
            let from = self.sub[i as usize];
            for (j, &to) in self.sub.iter().enumerate() {
                if j != skip && !reached[j] && self.adjacent(from, to) {
                    reached[j] = true;
                    count += 1;
                    self.queue.push(j as u32);
                }
            }
        }
        count == n - 1
    }
}
