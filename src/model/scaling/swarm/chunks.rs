//! The small parts a run is made of: a set of chunks as bits, a transfer under way, and a
//! transfer's place in the queue of ends.

use super::WORDS;

/// A set of chunks, one bit each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(super) struct Chunks([u64; WORDS]);

impl Chunks {
    pub(super) const ALL: Chunks = Chunks([u64::MAX; WORDS]);

    #[inline(always)]
    pub(super) fn is_empty(&self) -> bool {
        self.0.iter().all(|&w| w == 0)
    }
    #[inline(always)]
    pub(super) fn and_not(&self, other: &Chunks) -> Chunks {
        Chunks(std::array::from_fn(|i| self.0[i] & !other.0[i]))
    }
    #[inline(always)]
    pub(super) fn and(&self, other: &Chunks) -> Chunks {
        Chunks(std::array::from_fn(|i| self.0[i] & other.0[i]))
    }
    #[inline(always)]
    pub(super) fn first(&self) -> Option<usize> {
        self.0
            .iter()
            .enumerate()
            .find(|(_, w)| **w != 0)
            .map(|(i, w)| i * 64 + w.trailing_zeros() as usize)
    }
    #[inline(always)]
    pub(super) fn contains(&self, chunk: usize) -> bool {
        self.0[chunk / 64] & (1 << (chunk % 64)) != 0
    }
    #[inline(always)]
    pub(super) fn insert(&mut self, chunk: usize) {
        self.0[chunk / 64] |= 1 << (chunk % 64);
    }
    #[inline(always)]
    pub(super) fn remove(&mut self, chunk: usize) {
        self.0[chunk / 64] &= !(1 << (chunk % 64));
    }
}

/// A transfer under way. Its rate only ever rises: when its sender and its receiver both
/// have rate to spare, the transfer takes it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Transfer {
    /// When it ends at its present rate.
    pub(super) ends: f64,
    /// How many transfers had started before it: among transfers ending together, the
    /// first started is taken first, so the order is fixed. Also what tells a transfer
    /// from the one that held its slot before.
    pub(super) started: u64,
    /// Its rate now, in files per unit of time.
    pub(super) rate: f64,
    /// The sender.
    pub(super) from: usize,
    /// The receiver.
    pub(super) to: usize,
    /// The chunk it carries.
    pub(super) chunk: usize,
    /// When it started: one that started at the present instant has sent nothing yet, so
    /// it can still be given to another sender or receiver.
    pub(super) began: f64,
}

/// When a transfer is due to end, as the queue of ends holds it. A transfer whose rate
/// rose is queued again at its new end, and the old entry is dropped when it comes up.
#[derive(Clone, Copy, Debug)]
pub(super) struct Due {
    /// The end time this entry was queued at.
    pub(super) ends: f64,
    /// The transfer's `started`: the order among equal ends, and its identity.
    pub(super) started: u64,
    /// Where the transfer is kept.
    pub(super) slot: usize,
}

impl PartialEq for Due {
    fn eq(&self, other: &Due) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Due {}

impl PartialOrd for Due {
    fn partial_cmp(&self, other: &Due) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Reversed, so that a `BinaryHeap` (a max-heap) pops the transfer ending first, and among
/// those ending together the one started first.
impl Ord for Due {
    fn cmp(&self, other: &Due) -> std::cmp::Ordering {
        other
            .ends
            .total_cmp(&self.ends)
            .then(other.started.cmp(&self.started))
    }
}
