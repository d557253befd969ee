//! The best `limit` candidates seen so far, without any text yet.

use std::collections::BinaryHeap;

use super::criteria::Offer;
use super::index::Place;
use super::score::Rank;

/// A candidate kept for now: its rank and where its units are, no text yet.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Kept {
    pub rank: Rank,
    pub place: Place,
    rows: Box<[u32]>,
}

impl Kept {
    pub fn rows(&self) -> &[u32] {
        &self.rows
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
pub(super) struct Best {
    limit: usize,
    heap: BinaryHeap<Kept>,
}

impl Best {
    pub fn new(limit: usize) -> Self {
        Best {
            limit,
            heap: BinaryHeap::with_capacity(limit.min(1024) + 1),
        }
    }

    pub fn is_full(&self) -> bool {
        self.heap.len() >= self.limit
    }

    /// Whether the list is full of candidates scoring more than `score`.
    pub fn turns_away(&self, score: u8) -> bool {
        self.heap.len() >= self.limit && self.heap.peek().is_some_and(|w| score < w.rank.score)
    }

    /// The rank of a candidate that would get in, or `None`. The score
    /// alone turns most candidates away once the list is full, before the
    /// rent is rounded or any id is sorted.
    pub fn rank_if_kept<I: IntoIterator<Item = uuid::Uuid>>(
        &self,
        score: u8,
        offer: &Offer,
        unit_ids: impl FnOnce() -> I,
    ) -> Option<Rank> {
        let worst = match self.heap.peek() {
            Some(worst) if self.heap.len() >= self.limit => Some(&worst.rank),
            _ => None,
        };
        if worst.is_some_and(|w| score < w.score) {
            return None;
        }
        let monthly_rent_fen = offer.monthly_rent_fen();
        if worst.is_some_and(|w| score == w.score && monthly_rent_fen > w.monthly_rent_fen) {
            return None;
        }
        let rank = Rank::new(score, monthly_rent_fen, unit_ids());
        worst.is_none_or(|w| rank < *w).then_some(rank)
    }

    pub fn keep(&mut self, rank: Rank, place: Place, rows: &[u32]) {
        // In code order, so a candidate's checks list its units alike
        // however the search reached it (from its first unit, or from the
        // one a reverse search grows from).
        let mut rows: Box<[u32]> = rows.into();
        rows.sort_unstable();
        self.heap.push(Kept { rank, place, rows });
        if self.heap.len() > self.limit {
            self.heap.pop();
        }
    }

    /// Best first.
    pub fn into_sorted(self) -> Vec<Kept> {
        self.heap.into_sorted_vec()
    }
}
