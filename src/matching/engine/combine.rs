//! The search for adjacent units on one floor that together make one space.
//!
//! A combination is offered only when it is *minimal*: connected through
//! shared walls, at least `min_area_m2` in total, and no connected part of it
//! already reaching `min_area_m2`. Adding a unit to a space that is already
//! big enough only adds rent and walls to open, so such supersets are never
//! what a tenant wants, and leaving them out is what keeps the search small.
//!
//! Bounds, so that one odd floor cannot stall a search:
//! - at most [`MAX_UNITS`] units in a combination;
//! - at most [`MAX_SETS_PER_FLOOR`] partial combinations visited per floor,
//!   after which the floor's remaining combinations are skipped. Units are
//!   visited in code order, so what is skipped does not depend on the order
//!   the inventory was listed in;
//! - a partial combination that already fails two criteria that can only get
//!   worse as units are added (see `criteria::Judged`) is not grown.
//!
//! Every connected set is visited once, by growing it from its first unit
//! and adding only later units, each through the "exclusive neighbourhood"
//! of the last one added (Wernicke's ESU algorithm).

use std::ops::Range;

use super::criteria::{Judged, Need};
use super::index::Shard;
use super::output::Failures;

/// The most units one candidate may combine.
pub const MAX_UNITS: usize = 4;

/// The most partial combinations grown per floor. A row of five units has
/// 14 connected sets of up to four; a 10 × 10 grid of units about 2,800.
pub const MAX_SETS_PER_FLOOR: usize = 4096;

/// Calls `visit(rows, judged)` for every minimal combination of two or more
/// units on the floor whose rows are `floor` (row positions). `units[i]` is
/// row `floor.start + i` judged alone; `base` are the failures the floor
/// already has whatever units are chosen.
pub(super) fn each_minimal_combination(
    index: &Shard,
    need: &Need,
    floor: Range<usize>,
    units: &[Judged],
    base: Failures,
    visit: impl FnMut(&[u32], &Judged),
) {
    let mut search = Search {
        index,
        need,
        first_row: floor.start,
        units,
        base,
        sub: [0; MAX_UNITS],
        stack: Vec::new(),
        budget: MAX_SETS_PER_FLOOR,
        visit,
    };
    for v in floor {
        let unit = search.unit(v as u32);
        if search.hopeless(&unit) || unit.offer.area_m2 >= need.req.min_area_m2 {
            // Alone it already fails twice, or already suffices: any
            // combination grown from it is dropped or not minimal.
            continue;
        }
        search.sub[0] = v as u32;
        let start = search.stack.len();
        let later = index.neighbours_of(v).iter().filter(|&&u| u as usize > v);
        search.stack.extend(later);
        let end = search.stack.len();
        search.extend(1, v as u32, start..end, unit);
        search.stack.truncate(start);
        if search.budget == 0 {
            return;
        }
    }
}

struct Search<'s, F> {
    index: &'s Shard,
    need: &'s Need<'s>,
    first_row: usize,
    units: &'s [Judged],
    base: Failures,
    /// The combination being grown, `sub[..len]`.
    sub: [u32; MAX_UNITS],
    /// Extension sets of every depth, each a segment on top of the last.
    stack: Vec<u32>,
    budget: usize,
    visit: F,
}

impl<F: FnMut(&[u32], &Judged)> Search<'_, F> {
    fn unit(&self, row: u32) -> Judged {
        self.units[row as usize - self.first_row]
    }

    /// Fails two criteria that adding units cannot cure.
    fn hopeless(&self, judged: &Judged) -> bool {
        self.base.union(judged.lasting).count() >= 2
    }

    fn adjacent(&self, a: u32, b: u32) -> bool {
        // Neighbour lists are sorted, so dense floors stay cheap.
        self.index
            .neighbours_of(a as usize)
            .binary_search(&b)
            .is_ok()
    }

    /// Grows `sub[..len]` (root `v`, together `judged`) by each unit of `ext`.
    fn extend(&mut self, len: usize, v: u32, ext: Range<usize>, judged: Judged) {
        if self.budget == 0 {
            return;
        }
        self.budget -= 1;
        if len >= 2 && judged.offer.area_m2 >= self.need.req.min_area_m2 {
            if self.is_minimal(len) {
                (self.visit)(&self.sub[..len], &judged);
            }
            return;
        }
        if len == MAX_UNITS {
            return;
        }
        let mut end = ext.end;
        while end > ext.start && self.budget > 0 {
            end -= 1;
            let w = self.stack[end];
            let alone = self.unit(w);
            if alone.offer.area_m2 >= self.need.req.min_area_m2 {
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
            for &u in self.index.neighbours_of(w as usize) {
                let fresh = u > v
                    && !self.sub[..len].contains(&u)
                    && !self.sub[..len].iter().any(|&s| self.adjacent(s, u));
                if fresh {
                    self.stack.push(u);
                }
            }
            self.sub[len] = w;
            let next = start..self.stack.len();
            self.extend(len + 1, v, next, grown);
            self.stack.truncate(start);
        }
    }

    /// No unit can be left out with the rest still connected and big enough.
    fn is_minimal(&self, len: usize) -> bool {
        let sub = &self.sub[..len];
        (0..len).all(|skip| {
            let rest = sub
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != skip)
                .map(|(_, &r)| r);
            let area: f64 = rest.clone().map(|r| self.unit(r).offer.area_m2).sum();
            area < self.need.req.min_area_m2 || !self.connected(rest)
        })
    }

    /// Whether up to `MAX_UNITS - 1` rows form one connected group.
    fn connected(&self, rows: impl Iterator<Item = u32>) -> bool {
        let mut group = [0u32; MAX_UNITS];
        let mut n = 0;
        for r in rows {
            group[n] = r;
            n += 1;
        }
        let group = &group[..n];
        let mut reached = [false; MAX_UNITS];
        reached[0] = true;
        // Fewer than four rows: three sweeps reach everything reachable.
        for _ in 0..n {
            for i in 0..n {
                if !reached[i] {
                    reached[i] = (0..n).any(|j| reached[j] && self.adjacent(group[i], group[j]));
                }
            }
        }
        reached[..n].iter().all(|&r| r)
    }
}
