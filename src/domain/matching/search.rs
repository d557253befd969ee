//! The search: walk the inventory building by building and floor by floor,
//! count each candidate's failures without building any text, keep the best
//! `limit` matches and near misses, and explain only those.
//!
//! Pruning, cheapest first: a building already failing two building-wide
//! criteria (park, readiness) is skipped whole; a floor failing two with its
//! lift access and fire rules is skipped whole; each unit's offer is worked
//! out once per floor and shared by every combination that includes it.

use std::collections::BinaryHeap;

use super::combine::{self, MAX_UNITS};
use super::criteria::{self, Need, Offer};
use super::explain;
use super::fire_hazard;
use super::index::Index;
use super::input::Requirement;
use super::lift;
use super::output::{Criterion, Failures, MatchResult};
use super::score::{self, Rank};
use crate::domain::industry;

/// At most `limit` matches (every criterion passed) and `limit` near misses
/// (exactly one failed), each list best first.
pub fn find(req: &Requirement, index: &Index, limit: usize) -> MatchResult {
    if limit == 0 {
        return MatchResult::default();
    }
    let need = Need::new(req);
    let item = req.heaviest_item.as_ref();
    let mut matches = Best::new(limit);
    let mut near_misses = Best::new(limit);
    let mut offers: Vec<Offer> = Vec::new();

    for b in &index.buildings {
        let building_fails = Failures::default()
            .with(Criterion::Park, !criteria::park_ok(req, b.info.park_id))
            .with(
                Criterion::BuildingReady,
                !criteria::building_ready_ok(b.info, req.move_in_date),
            );
        if building_fails.count() >= 2 {
            continue;
        }
        let targeted = b
            .target_industries
            .iter()
            .any(|t| industry::covers(t, &req.industry_code));

        for floor in b.floors.range() {
            let f = &index.floors[floor];
            let hazard = fire_hazard::problem(b.info, f.level, req.fire_hazard_class);
            let floor_fails = building_fails
                .with(Criterion::FireHazard, hazard.is_some())
                .with(
                    Criterion::FreightLift,
                    !lift::access(f.level, &b.lifts, item).passed(),
                );
            if floor_fails.count() >= 2 {
                continue;
            }

            let mut consider = |rows: &[u32], offer: &Offer| {
                let fails = floor_fails.union(criteria::offer_failures(&need, offer));
                let best = match fails.count() {
                    0 => &mut matches,
                    1 => &mut near_misses,
                    _ => return,
                };
                let score = score::score(&need, offer, targeted);
                let monthly_rent_fen = offer.monthly_rent_fen();
                if !best.may_keep(score, monthly_rent_fen) {
                    return;
                }
                let rank = Rank::new(
                    score,
                    monthly_rent_fen,
                    rows.iter().map(|&r| index.rows[r as usize].id),
                );
                best.offer(rank, floor, rows);
            };

            offers.clear();
            for r in f.rows.range() {
                let row = &index.rows[r];
                let free = criteria::unit_available(row, index.holds_of(r), need.period);
                let offer = Offer::of(row, free);
                consider(&[r as u32], &offer);
                offers.push(offer);
            }
            if req.allow_combined_units && f.rows.len() > 1 {
                combine::each_minimal_combination(
                    index,
                    &need,
                    f.rows.range(),
                    &offers,
                    floor_fails,
                    &mut consider,
                );
            }
        }
    }

    let explain_all = |best: Best| {
        best.into_sorted()
            .into_iter()
            .map(|k| explain::candidate(index, &need, k.floor, k.rows(), k.rank.score))
            .collect()
    };
    MatchResult {
        matches: explain_all(matches),
        near_misses: explain_all(near_misses),
    }
}

/// A candidate kept for now: its rank and where its units are, no text yet.
#[derive(Debug, PartialEq, Eq)]
struct Kept {
    rank: Rank,
    floor: usize,
    rows: [u32; MAX_UNITS],
    len: u8,
}

impl Kept {
    fn rows(&self) -> &[u32] {
        &self.rows[..self.len as usize]
    }
}

impl Ord for Kept {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.rank.cmp(&other.rank)
    }
}

impl PartialOrd for Kept {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The best `limit` candidates seen so far. A max-heap on rank keeps the
/// worst of them on top, so a newcomer is compared with one entry only.
struct Best {
    limit: usize,
    heap: BinaryHeap<Kept>,
}

impl Best {
    fn new(limit: usize) -> Self {
        Best {
            limit,
            heap: BinaryHeap::with_capacity(limit.min(1024) + 1),
        }
    }

    /// False when a candidate of this score and rent cannot get in, whatever
    /// its unit ids: saves sorting ids for the many that cannot.
    fn may_keep(&self, score: u8, monthly_rent_fen: i64) -> bool {
        self.heap.len() < self.limit
            || self.heap.peek().is_none_or(|worst| {
                (score, -monthly_rent_fen) >= (worst.rank.score, -worst.rank.monthly_rent_fen)
            })
    }

    fn offer(&mut self, rank: Rank, floor: usize, rows: &[u32]) {
        if self.heap.len() >= self.limit && self.heap.peek().is_some_and(|worst| rank >= worst.rank)
        {
            return;
        }
        let mut kept = Kept {
            rank,
            floor,
            rows: [0; MAX_UNITS],
            len: rows.len() as u8,
        };
        kept.rows[..rows.len()].copy_from_slice(rows);
        self.heap.push(kept);
        if self.heap.len() > self.limit {
            self.heap.pop();
        }
    }

    /// Best first.
    fn into_sorted(self) -> Vec<Kept> {
        self.heap.into_sorted_vec()
    }
}
