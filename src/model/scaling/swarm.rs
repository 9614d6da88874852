//! An actual file distribution, simulated chunk by chunk, to set beside the lower bounds of
//! [`Distribution`]: does the simulated time ever beat the formula, and how close does it
//! come?
//!
//! The file is cut into [`CHUNKS`] equal pieces. Node 0 is the server and holds them all;
//! nodes 1..=N are the receivers. Every transfer moves one chunk from a node that has it
//! to one that lacks it, at a constant rate for its whole life.
//!
//! Each uploader splits its upload rate into equal *lanes*, each sending one chunk at a
//! time, and a receiver accepts a transfer only while the lanes coming in fit in its
//! download rate (d_min: every receiver is as slow as the slowest). So no node ever sends
//! or receives faster than its rate allows, which is why the simulated time can never be
//! below the bound, which no schedule at all can beat. Lanes are as fast as a peer's
//! upload (never faster than a download), so a receiver's download is shared without
//! waste, and rates never change once a transfer has started: the run is a queue of
//! finishing times, with no rates to recompute.
//!
//! - Client-server: only the server uploads, to every receiver at once, one chunk after
//!   another (one lane per receiver, all at one rate): the receivers move in step, round
//!   by round, and none ever needs choosing.
//! - Peer-to-peer: the server and every peer upload. Whenever a lane is free, its node
//!   sends the rarest chunk it holds to the receiver that holds the fewest, so fresh
//!   chunks leave the server first and every peer soon has something to pass on.
//!
//! Only the nodes an event touches are looked at again (the sender whose lane freed, the
//! receiver whose download freed and who now has one more chunk to pass on). Receivers
//! wait in buckets by how much they hold, and moving one up a bucket costs the same at
//! any N; transfers wait in two queues that are in ending order by construction. So an
//! event costs little more than the few receivers looked at before one fits.
//!
//! A [`DistributionRun`] can be advanced a bounded number of events at a time, so a page
//! can spread one run over several frames; the result is the same however it is sliced.
//! Same inputs, same result: there is nothing random.

use std::collections::VecDeque;

use crate::model::base::kind::ModelKind;
use crate::model::scaling::bounds::Distribution;

/// Pieces the file is cut into. More pieces bring the simulation closer to the bound (the
/// first and last pieces are where time is lost) at the cost of more events: with 256,
/// textbook peer-to-peer is within 1.6 % of its bound at every N (128: 3.1 %), and the
/// whole chart still costs a third of what 128 did with the former schedule (the
/// `distribution/whole chart` bench).
pub const CHUNKS: usize = 256;

const WORDS: usize = CHUNKS / 64;

/// A set of chunks, one bit each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
struct Chunks([u64; WORDS]);

impl Chunks {
    const ALL: Chunks = Chunks([u64::MAX; WORDS]);

    #[inline(always)]
    fn is_empty(&self) -> bool {
        self.0.iter().all(|&w| w == 0)
    }
    #[inline(always)]
    fn and_not(&self, other: &Chunks) -> Chunks {
        Chunks(std::array::from_fn(|i| self.0[i] & !other.0[i]))
    }
    #[inline(always)]
    fn and(&self, other: &Chunks) -> Chunks {
        Chunks(std::array::from_fn(|i| self.0[i] & other.0[i]))
    }
    #[inline(always)]
    fn first(&self) -> Option<usize> {
        self.0
            .iter()
            .enumerate()
            .find(|(_, w)| **w != 0)
            .map(|(i, w)| i * 64 + w.trailing_zeros() as usize)
    }
    #[inline(always)]
    fn insert(&mut self, chunk: usize) {
        self.0[chunk / 64] |= 1 << (chunk % 64);
    }
    #[inline(always)]
    fn remove(&mut self, chunk: usize) {
        self.0[chunk / 64] &= !(1 << (chunk % 64));
    }
}

/// A transfer under way.
#[derive(Clone, Copy, Debug)]
struct Transfer {
    ends: f64,
    /// How many transfers had started before it: among transfers ending together, the
    /// first started is taken first, so the order is fixed.
    started: u64,
    from: usize,
    to: usize,
    chunk: usize,
}

/// Transfers under way, in the order they end. A lane's rate is the server's or a peer's
/// (all peers alike), so a transfer takes one of two durations; and as transfers start in
/// order of time, each kind ends in the order it started. So two first-in-first-out queues
/// are already sorted, and the next to end is the earlier of their two fronts: no heap.
#[derive(Clone, Debug, Default)]
struct EndingOrder {
    from_server: VecDeque<Transfer>,
    from_peers: VecDeque<Transfer>,
}

impl EndingOrder {
    fn with_capacity(server_lanes: usize, peer_lanes: usize) -> EndingOrder {
        EndingOrder {
            from_server: VecDeque::with_capacity(server_lanes),
            from_peers: VecDeque::with_capacity(peer_lanes),
        }
    }

    fn push(&mut self, transfer: Transfer) {
        match transfer.from {
            0 => self.from_server.push_back(transfer),
            _ => self.from_peers.push_back(transfer),
        }
    }

    /// The transfer ending first (the one started first among those ending together).
    fn pop(&mut self) -> Option<Transfer> {
        let server_first = match (self.from_server.front(), self.from_peers.front()) {
            (Some(s), Some(p)) => s
                .ends
                .total_cmp(&p.ends)
                .then(s.started.cmp(&p.started))
                .is_lt(),
            (server, _) => server.is_some(),
        };
        match server_first {
            true => self.from_server.pop_front(),
            false => self.from_peers.pop_front(),
        }
    }
}

/// One chunked distribution to N receivers, advanced event by event.
#[derive(Clone, Debug)]
pub struct DistributionRun {
    schedule: Schedule,
    /// Transfers run to their end so far.
    ended: usize,
    result: Option<f64>,
}

/// How the chunks move: the two models need very different bookkeeping.
#[derive(Clone, Debug)]
enum Schedule {
    ClientServer(RoundRobin),
    PeerToPeer(Box<Swarm>),
}

/// Client-server: the server keeps one lane open to every receiver, all at the same rate,
/// so every receiver gets its chunks one after another in step with the others: round k
/// ends for everyone at the same moment. No receiver ever needs to be chosen or ordered.
#[derive(Clone, Debug)]
struct RoundRobin {
    receivers: usize,
    /// How long one chunk takes on a lane.
    per_chunk: f64,
    /// When the round under way ends.
    round_ends: f64,
    /// Rounds (chunks per receiver) complete.
    rounds: usize,
    /// Receivers whose chunk of the round under way has arrived.
    served: usize,
    now: f64,
}

impl RoundRobin {
    fn new(d: &Distribution, receivers: usize) -> RoundRobin {
        let (server, download) = (d.server_upload / d.file, d.min_download / d.file);
        let lane_rate = (server / receivers.max(1) as f64).min(download);
        let per_chunk = 1.0 / (CHUNKS as f64 * lane_rate);
        RoundRobin {
            receivers,
            per_chunk,
            round_ends: per_chunk,
            rounds: 0,
            served: 0,
            now: 0.0,
        }
    }

    /// One chunk arrives at the next receiver; the time once every receiver has all.
    fn next_event(&mut self) -> Option<f64> {
        self.now = self.round_ends;
        self.served += 1;
        if self.served < self.receivers {
            return None;
        }
        self.served = 0;
        self.rounds += 1;
        if self.rounds == CHUNKS {
            return Some(self.now);
        }
        // Every lane starts its next chunk the moment the last one ends.
        self.round_ends = self.now + self.per_chunk;
        None
    }
}

/// No receiver: marks the end of a bucket's list.
const NONE: usize = usize::MAX;

/// Peer-to-peer: the server and every peer upload, rarest chunk first, to the receiver
/// holding the fewest.
#[derive(Clone, Debug)]
struct Swarm {
    receivers: usize,
    /// Rate of each of a node's lanes, in files per unit of time.
    lane_rate: Vec<f64>,
    /// Lanes of each node not sending anything now.
    free_lanes: Vec<usize>,
    /// Download rate of each receiver not taken by transfers coming in.
    spare_download: Vec<f64>,
    have: Vec<Chunks>,
    incoming: Vec<Chunks>,
    /// Chunks each receiver has or is getting.
    holds: Vec<usize>,
    /// The slowest lane of any node: a receiver with less download to spare takes none.
    slowest_lane: f64,
    /// Chunks by how many copies exist or are on the way: `by_copies[k]` holds k copies.
    by_copies: Vec<Chunks>,
    /// No chunk has fewer copies than this.
    rarest: usize,
    /// Receivers lacking something, in buckets by how many chunks they hold: each bucket a
    /// doubly linked list through `next` / `prev`, ordered by when its receivers were last
    /// chosen (never chosen: by number). A receiver chosen moves from the front part of
    /// one bucket to the end of the next, in constant time and without allocating, since
    /// its count goes up by one and nobody was chosen after it.
    first: Vec<usize>,
    last: Vec<usize>,
    next: Vec<usize>,
    prev: Vec<usize>,
    /// No receiver lacking something holds fewer chunks than this.
    fewest: usize,
    /// Senders with a free lane and a chunk someone lacks, one bit each.
    ready: Vec<u64>,
    transfers: EndingOrder,
    now: f64,
    started: u64,
    complete: usize,
}

impl DistributionRun {
    /// A run that has not started yet; nothing is simulated until [`Self::advance`].
    pub fn new(d: &Distribution, kind: ModelKind, receivers: usize) -> DistributionRun {
        let schedule = match kind {
            ModelKind::ClientServer => Schedule::ClientServer(RoundRobin::new(d, receivers)),
            ModelKind::PeerToPeer => Schedule::PeerToPeer(Box::new(Swarm::new(d, receivers))),
        };
        DistributionRun {
            schedule,
            ended: 0,
            result: (receivers == 0).then_some(0.0),
        }
    }

    /// Runs at most `events` more transfers to their end; the time the last receiver holds
    /// the whole file once it does, `None` until then.
    pub fn advance(&mut self, events: usize) -> Option<f64> {
        for _ in 0..events {
            if self.result.is_some() {
                break;
            }
            self.ended += 1;
            self.result = match &mut self.schedule {
                Schedule::ClientServer(run) => run.next_event(),
                Schedule::PeerToPeer(run) => run.next_event(),
            };
        }
        self.result
    }

    /// The time simulated so far.
    pub fn now(&self) -> f64 {
        match &self.schedule {
            Schedule::ClientServer(run) => run.now,
            Schedule::PeerToPeer(run) => run.now,
        }
    }

    /// Transfers run to their end so far: the events [`Self::advance`] counts.
    pub fn events(&self) -> usize {
        self.ended
    }
}

/// Relative tolerance when fitting a lane into a download, against float rounding.
const FIT: f64 = 1e-12;

impl Swarm {
    fn new(d: &Distribution, receivers: usize) -> Swarm {
        let nodes = receivers + 1;
        let (file, server, peer) = (d.file, d.server_upload / d.file, d.peer_upload / d.file);
        let download = d.min_download / file;
        // Lanes no faster than a download (so that one fits) nor than a peer's upload (so
        // that a download is filled by whole lanes from server and peers alike).
        let lanes = |upload: f64, unit: f64| ((upload / unit).ceil() as usize).max(1);
        let unit = download.min(peer);
        let (server_lanes, peer_lanes) = (lanes(server, unit), lanes(peer, download));
        let mut lane_rate = vec![peer / peer_lanes as f64; nodes];
        let mut free_lanes = vec![peer_lanes; nodes];
        lane_rate[0] = (server / server_lanes as f64).min(download);
        free_lanes[0] = server_lanes;
        let mut have = vec![Chunks::default(); nodes];
        have[0] = Chunks::ALL;
        let mut by_copies = vec![Chunks::default(); nodes + 1];
        by_copies[1] = Chunks::ALL;
        let slowest_lane = lane_rate[0].min(lane_rate.get(1).copied().unwrap_or(0.0));
        // Every receiver starts in bucket 0, in number order.
        let mut first = vec![NONE; CHUNKS];
        let mut last = vec![NONE; CHUNKS];
        let mut next = vec![NONE; nodes];
        let mut prev = vec![NONE; nodes];
        if receivers > 0 {
            first[0] = 1;
            last[0] = receivers;
            for to in 1..nodes {
                prev[to] = if to > 1 { to - 1 } else { NONE };
                next[to] = if to < receivers { to + 1 } else { NONE };
            }
        }
        let mut run = Swarm {
            receivers,
            lane_rate,
            free_lanes,
            spare_download: vec![download; nodes],
            have,
            incoming: vec![Chunks::default(); nodes],
            holds: vec![0; nodes],
            slowest_lane,
            by_copies,
            rarest: 1,
            first,
            last,
            next,
            prev,
            fewest: 0,
            ready: vec![0; nodes.div_ceil(64)],
            transfers: EndingOrder::with_capacity(server_lanes, receivers * peer_lanes),
            now: 0.0,
            started: 0,
            complete: 0,
        };
        run.serve_from(0);
        run
    }

    /// Ends the next transfer; the time once every receiver holds the whole file.
    fn next_event(&mut self) -> Option<f64> {
        let Some(t) = self.transfers.pop() else {
            // Nothing moving and someone still lacking: cannot happen with a server that
            // holds everything, but a stuck run must end rather than loop.
            return Some(f64::INFINITY);
        };
        self.now = t.ends;
        self.incoming[t.to].remove(t.chunk);
        self.have[t.to].insert(t.chunk);
        self.spare_download[t.to] += self.lane_rate[t.from];
        self.free_lanes[t.from] += 1;
        if self.have[t.to] == Chunks::ALL {
            self.complete += 1;
            if self.complete == self.receivers {
                return Some(self.now);
            }
        }
        // The sender's lane is free; the receiver can take more, and pass on what it got.
        self.serve_from(t.from);
        self.fill(t.to);
        self.serve_from(t.to);
        None
    }

    /// The chunks `from` could send `to`: those it has and `to` neither has nor is getting.
    #[inline(always)]
    fn offer(&self, from: usize, to: usize) -> Chunks {
        self.have[from]
            .and_not(&self.have[to])
            .and_not(&self.incoming[to])
    }

    #[inline(always)]
    fn fits(&self, from: usize, to: usize) -> bool {
        self.lane_rate[from] <= self.spare_download[to] * (1.0 + FIT)
    }

    /// Whether receiver `to` lacks something and could take one more lane of any node.
    #[inline(always)]
    fn is_waiting(&self, to: usize) -> bool {
        self.holds[to] < CHUNKS && self.spare_download[to] * (1.0 + FIT) >= self.slowest_lane
    }

    /// Whether `from` holds a chunk that some receiver neither has nor is getting (every
    /// receiver holds at most one copy, so that is a chunk with fewer copies than nodes).
    #[inline(always)]
    fn is_wanted(&self, from: usize) -> bool {
        let everywhere = &self.by_copies[self.have.len()];
        !self.have[from].and_not(everywhere).is_empty()
    }

    /// The first waiting receiver, fewest chunks first, then chosen longest ago, that
    /// lacks a chunk `from` has and has download to spare for it.
    fn choose_receiver(&self, from: usize) -> Option<(usize, Chunks)> {
        for bucket in self.fewest..CHUNKS {
            let mut to = self.first[bucket];
            while to != NONE {
                if to != from && self.is_waiting(to) && self.fits(from, to) {
                    let offer = self.offer(from, to);
                    if !offer.is_empty() {
                        return Some((to, offer));
                    }
                }
                to = self.next[to];
            }
        }
        None
    }

    /// Lets `from` fill its free lanes, each with the receiver holding the fewest chunks
    /// that lacks one `from` has and has download to spare.
    fn serve_from(&mut self, from: usize) {
        while self.free_lanes[from] > 0 && self.is_wanted(from) {
            match self.choose_receiver(from) {
                Some((to, offer)) => self.start(from, to, offer),
                // The downloads of those who lack its chunks are full: it stays ready,
                // and the next receiver whose download frees looks for it.
                None => break,
            }
        }
        self.update_ready(from);
    }

    /// The first sender at or after `from` with a free lane and a wanted chunk.
    fn next_ready(&self, from: usize) -> Option<usize> {
        let mut word = from / 64;
        let mut bits = *self.ready.get(word)? & (u64::MAX << (from % 64));
        loop {
            if bits != 0 {
                return Some(word * 64 + bits.trailing_zeros() as usize);
            }
            word += 1;
            bits = *self.ready.get(word)?;
        }
    }

    /// Lets receiver `to` fill its spare download from senders with a free lane.
    fn fill(&mut self, to: usize) {
        let mut from = 0;
        while self.is_waiting(to)
            && let Some(sender) = self.next_ready(from)
        {
            from = sender + 1;
            if sender == to || !self.fits(sender, to) {
                continue;
            }
            let offer = self.offer(sender, to);
            if !offer.is_empty() {
                self.start(sender, to, offer);
                self.update_ready(sender);
            }
        }
    }

    fn update_ready(&mut self, from: usize) {
        let bit = 1 << (from % 64);
        match self.free_lanes[from] > 0 && self.is_wanted(from) {
            true => self.ready[from / 64] |= bit,
            false => self.ready[from / 64] &= !bit,
        }
    }

    /// Takes receiver `to` out of its bucket's list.
    fn unlink(&mut self, to: usize) {
        let bucket = self.holds[to];
        let (before, after) = (self.prev[to], self.next[to]);
        match before {
            NONE => self.first[bucket] = after,
            _ => self.next[before] = after,
        }
        match after {
            NONE => self.last[bucket] = before,
            _ => self.prev[after] = before,
        }
        while self.fewest < CHUNKS && self.first[self.fewest] == NONE {
            self.fewest += 1;
        }
    }

    /// Puts receiver `to` at the end of its bucket's list (it was chosen last of all).
    fn push_back(&mut self, to: usize) {
        let bucket = self.holds[to];
        let tail = self.last[bucket];
        self.prev[to] = tail;
        self.next[to] = NONE;
        match tail {
            NONE => self.first[bucket] = to,
            _ => self.next[tail] = to,
        }
        self.last[bucket] = to;
        self.fewest = self.fewest.min(bucket);
    }

    /// Starts sending the rarest chunk of `offer` from `from` to `to`.
    fn start(&mut self, from: usize, to: usize, offer: Chunks) {
        let (copies, chunk) = self
            .by_copies
            .iter()
            .enumerate()
            .skip(self.rarest)
            .find_map(|(k, set)| set.and(&offer).first().map(|c| (k, c)))
            .expect("an offer holds chunks that have copies");
        self.by_copies[copies].remove(chunk);
        self.by_copies[copies + 1].insert(chunk);
        while self.by_copies[self.rarest].is_empty() && self.rarest + 1 < self.by_copies.len() {
            self.rarest += 1;
        }
        self.unlink(to);
        self.incoming[to].insert(chunk);
        self.holds[to] += 1;
        if self.holds[to] < CHUNKS {
            self.push_back(to);
        }
        self.spare_download[to] -= self.lane_rate[from];
        self.free_lanes[from] -= 1;
        self.started += 1;
        self.transfers.push(Transfer {
            ends: self.now + 1.0 / (CHUNKS as f64 * self.lane_rate[from]),
            started: self.started,
            from,
            to,
            chunk,
        });
    }
}

impl Distribution {
    /// The time a chunked distribution to `receivers` receivers takes in the simulation
    /// described above, in the same units as the bounds.
    pub fn simulated(&self, kind: ModelKind, receivers: usize) -> f64 {
        let mut run = DistributionRun::new(self, kind, receivers);
        loop {
            if let Some(time) = run.advance(usize::MAX) {
                return time;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_server_simulation_meets_its_bound_exactly() {
        let d = Distribution::textbook();
        for n in [1, 2, 10, 37, 100] {
            let sim = d.simulated(ModelKind::ClientServer, n);
            let bound = d.client_server_bound(n);
            assert!(
                (sim - bound).abs() <= 1e-9 * bound,
                "N = {n}: {sim} vs {bound}"
            );
        }
    }

    #[test]
    fn client_server_gives_every_receiver_every_chunk_once() {
        let d = Distribution::textbook();
        for n in [1, 3, 100] {
            let mut run = DistributionRun::new(&d, ModelKind::ClientServer, n);
            // One chunk short of the whole file for the last receiver: not done yet.
            assert_eq!(run.advance(n * CHUNKS - 1), None, "N = {n}");
            assert!(run.advance(1).is_some(), "N = {n}");
            assert_eq!(run.events(), n * CHUNKS);
        }
    }

    #[test]
    fn peer_to_peer_simulation_stays_above_and_near_its_bound() {
        let d = Distribution::textbook();
        for n in [1, 2, 5, 10, 50, 100] {
            let sim = d.simulated(ModelKind::PeerToPeer, n);
            let bound = d.peer_to_peer_bound(n);
            assert!(sim >= bound * (1.0 - 1e-9), "N = {n}: {sim} below {bound}");
            assert!(sim <= bound * 1.05, "N = {n}: {sim} far above {bound}");
        }
    }
}
