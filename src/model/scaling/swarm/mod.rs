//! An actual file distribution, simulated chunk by chunk, to set beside the lower bounds of
//! [`Distribution`]: does the simulated time ever beat the formula, and how close does it
//! come? Both models run in the same engine, so both kinds of marks on the chart are the
//! same kind of evidence.
//!
//! The file is cut into [`CHUNKS`] equal pieces. Node 0 is the server and holds them all;
//! nodes 1..=N are the receivers. Every transfer moves one chunk from a node that has it
//! to one that lacks it. In client-server only the server uploads; in peer-to-peer every
//! receiver also passes on what it holds.
//!
//! Rates are shared, not cut into fixed lanes: a new transfer runs as fast as its sender
//! has upload to spare and its receiver has download to spare (d_min: every receiver is as
//! slow as the slowest), so no node ever sends or receives faster than its rate allows,
//! which is why the simulated time can never be below the bound, which no schedule at all
//! can beat. Whenever a transfer ends, the rate it gave back goes first to the transfers
//! under way at its two ends that were started slower than they could run (a transfer
//! only ever speeds up), then to new transfers. A download that is not a whole number of
//! uploads is therefore filled to the brim, and an upload faster than one download is
//! shared among several receivers; a schedule of fixed lanes wastes the remainder of
//! both, which made a download-limited distribution up to 43 % slower than its bound, and
//! slower as the peers' upload grew.
//!
//! Whenever a sender has upload to spare, it sends the rarest chunk it holds to the
//! receiver that holds the fewest, so fresh chunks leave the server first and every peer
//! soon has something to pass on. At the end, when every chunk is held or on its way
//! everywhere, the server takes over the rest of a chunk a slow peer is still sending if
//! it can send it at least twice as fast (a peer with a slow upload would otherwise make
//! everyone wait for the last chunk).
//!
//! A greedy choice made one event at a time can leave a receiver with nothing to download
//! while a peer with upload to spare holds only chunks it already has, although a swap would
//! keep both busy: where every rate is the same (u_s = d_min = u) every download must be busy
//! all the time to reach the bound, and each idle one is lost for good. So once every
//! transfer ending at an instant is done, each receiver left downloading nothing looks at
//! the transfers that started at that same instant (nothing of them sent yet): if the
//! sender of one has a chunk it lacks and a peer with upload to spare can serve that
//! transfer's receiver at least as fast, the first sender turns to it and the spare peer
//! takes the other receiver.
//!
//! Only the nodes an event touches are looked at again (the sender whose upload freed,
//! the receiver whose download freed and who now has one more chunk to pass on).
//! Receivers wait in buckets by how much they hold, and moving one up a bucket costs the
//! same at any N; transfers wait in a heap by when they end. So an event costs little more
//! than the few receivers looked at before one fits.
//!
//! A [`DistributionRun`] can be advanced a bounded number of events at a time, so a page
//! can spread one run over several frames; the result is the same however it is sliced.
//! Same inputs, same result: there is nothing random.

use std::collections::BinaryHeap;

use crate::model::base::kind::ModelKind;
use crate::model::scaling::bounds::Distribution;

/// Pieces the file is cut into. More pieces bring the simulation closer to the bound (the
/// first and last pieces are where time is lost) at the cost of more events. With 512,
/// peer-to-peer stays within 5 % of its bound for any sizes and rates of the page's
/// ranges, also where its three limits are equal (u_s = d_min = u: up to 4.3 % there,
/// lost to downloads left idle at the start and along the way), and the textbook case
/// within 0.6 % (`tests/scaling.rs`).
pub const CHUNKS: usize = 512;

const WORDS: usize = CHUNKS / 64;

mod chunks;
mod events;
mod schedule;
mod swap;

use chunks::{Chunks, Due, Transfer};

/// One chunked distribution to N receivers, advanced event by event.
#[derive(Clone, Debug)]
pub struct DistributionRun {
    /// The transfers under way and who holds what.
    swarm: Box<Swarm>,
    /// Transfers run to their end so far.
    ended: usize,
    /// The time the last receiver held the whole file, once it does.
    result: Option<f64>,
}

/// No receiver: marks the end of a bucket's list.
const NONE: usize = usize::MAX;

/// The chunks, the rates and the transfers of one run, in either model: in client-server
/// only node 0 uploads, in peer-to-peer every node does. Senders send the rarest chunk
/// they hold to the receiver holding the fewest.
#[derive(Clone, Debug)]
struct Swarm {
    /// N: nodes 1..=N receive.
    receivers: usize,
    /// Upload rate of each node not taken by transfers going out, in files per unit of
    /// time.
    spare_upload: Vec<f64>,
    /// The fastest one transfer from the server (0) or from a peer (1) may be: its
    /// upload shared evenly among as few transfers as fit in a download each.
    fastest: [f64; 2],
    /// The least rate a new transfer from the server (0) or from a peer (1) starts at.
    least_rate: [f64; 2],
    /// The least rate a new transfer from any node starts at: a receiver with less
    /// download to spare takes no new transfer for now.
    least_of_all: f64,
    /// Download rate of each receiver not taken by transfers coming in.
    spare_download: Vec<f64>,
    /// The whole download rate d_min of every receiver.
    download: f64,
    /// The whole upload rate of the server (0) and of a peer (1).
    upload: [f64; 2],
    /// The transfers under way, by slot; `None` is a free slot.
    slots: Vec<Option<Transfer>>,
    /// Free slots, reused last freed first.
    free_slots: Vec<usize>,
    /// The slots of the transfers going out of each node, in the order they started.
    sending: Vec<Vec<usize>>,
    /// The slots of the transfers coming in to each receiver, in the order they started.
    getting: Vec<Vec<usize>>,
    /// How many of the transfers going out of each node are slower than its fastest.
    slow_sending: Vec<u32>,
    /// How many of the transfers coming in to each receiver are slower than their
    /// sender's fastest.
    slow_getting: Vec<u32>,
    /// The chunks each node holds whole.
    have: Vec<Chunks>,
    /// The chunks on their way to each receiver.
    incoming: Vec<Chunks>,
    /// Chunks each receiver has or is getting.
    holds: Vec<usize>,
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
    /// The last receiver of each bucket's list.
    last: Vec<usize>,
    /// The receiver after each one in its bucket's list.
    next: Vec<usize>,
    /// The receiver before each one in its bucket's list.
    prev: Vec<usize>,
    /// No receiver lacking something holds fewer chunks than this.
    fewest: usize,
    /// Senders with upload to spare and a chunk someone lacks, one bit each.
    ready: Vec<u64>,
    /// When the transfers under way end, the first on top.
    dues: BinaryHeap<Due>,
    /// The time simulated so far.
    now: f64,
    /// Transfers started so far.
    started: u64,
    /// Receivers holding the whole file.
    complete: usize,
    /// Receivers that were left downloading nothing although they lack chunks, one bit
    /// each; looked at again at the end of every instant until they download.
    idle: Vec<u64>,
    /// The slots of the transfers started at the present instant.
    fresh: Vec<usize>,
    /// Receivers no peer with upload to spare can serve, one bit each, found while looking
    /// for swaps at the end of an instant. A swap only ever takes upload to spare, so what
    /// it finds holds until the next instant.
    unservable: Vec<u64>,
}

impl DistributionRun {
    /// A run that has not started yet; nothing is simulated until [`Self::advance`].
    pub fn new(d: &Distribution, kind: ModelKind, receivers: usize) -> DistributionRun {
        DistributionRun {
            swarm: Box::new(Swarm::new(d, kind, receivers)),
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
            self.result = self.swarm.next_event();
        }
        self.result
    }

    /// The time simulated so far.
    pub fn now(&self) -> f64 {
        self.swarm.now
    }

    /// Transfers run to their end so far: the events [`Self::advance`] counts.
    pub fn events(&self) -> usize {
        self.ended
    }
}

/// Relative tolerance when comparing rates, against float rounding.
const FIT: f64 = 1e-12;

/// The least share of its full rate (its upload, or the download if slower) a new transfer
/// starts at: a sender or receiver with less to spare gives it to the transfers it has
/// under way instead, as soon as the other side of one has some too.
const LEAST_SHARE: f64 = 1.0 / 1024.0;

/// How many times faster the server must be able to send the rest of a chunk than the peer
/// sending it before it takes the transfer over.
const TAKE_OVER: f64 = 2.0;

/// Which of a node's transfers: those it sends, or those it receives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    /// The transfers it sends.
    Sending,
    /// The transfers it receives.
    Getting,
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
    fn a_client_servers_first_chunk_arrives_at_the_download_rate() {
        // One file, a server of 20 per hour and 15 receivers of 2 per hour: the server
        // fills ten downloads at 2 each rather than giving all fifteen 20/15 each, so the
        // first chunk arrives after 1/512 of a file at 2 per hour.
        let d = Distribution {
            file: 1.0,
            server_upload: 20.0,
            peer_upload: 1.0,
            min_download: 2.0,
        };
        let mut run = DistributionRun::new(&d, ModelKind::ClientServer, 15);
        assert_eq!(run.advance(1), None);
        assert!((run.now() - 1.0 / 1024.0).abs() < 1e-12, "{}", run.now());
        // Ten chunks arrive together, then the next ten start: the eleventh ends later.
        run.advance(9);
        assert!((run.now() - 1.0 / 1024.0).abs() < 1e-12, "{}", run.now());
        run.advance(1);
        assert!((run.now() - 2.0 / 1024.0).abs() < 1e-12, "{}", run.now());
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
