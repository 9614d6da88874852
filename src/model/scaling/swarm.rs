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
    fn contains(&self, chunk: usize) -> bool {
        self.0[chunk / 64] & (1 << (chunk % 64)) != 0
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

/// A transfer under way. Its rate only ever rises: when its sender and its receiver both
/// have rate to spare, the transfer takes it.
#[derive(Clone, Copy, Debug)]
struct Transfer {
    /// When it ends at its present rate.
    ends: f64,
    /// How many transfers had started before it: among transfers ending together, the
    /// first started is taken first, so the order is fixed. Also what tells a transfer
    /// from the one that held its slot before.
    started: u64,
    /// Its rate now, in files per unit of time.
    rate: f64,
    /// The sender.
    from: usize,
    /// The receiver.
    to: usize,
    /// The chunk it carries.
    chunk: usize,
    /// When it started: one that started at the present instant has sent nothing yet, so
    /// it can still be given to another sender or receiver.
    began: f64,
}

/// When a transfer is due to end, as the queue of ends holds it. A transfer whose rate
/// rose is queued again at its new end, and the old entry is dropped when it comes up.
#[derive(Clone, Copy, Debug)]
struct Due {
    /// The end time this entry was queued at.
    ends: f64,
    /// The transfer's `started`: the order among equal ends, and its identity.
    started: u64,
    /// Where the transfer is kept.
    slot: usize,
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

impl Swarm {
    fn new(d: &Distribution, kind: ModelKind, receivers: usize) -> Swarm {
        let nodes = receivers + 1;
        let file = d.file;
        let server = d.server_upload / file;
        let peer = match kind {
            ModelKind::ClientServer => 0.0,
            ModelKind::PeerToPeer => d.peer_upload / file,
        };
        let download = d.min_download / file;
        // A transfer runs at most as fast as its sender uploads and its receiver downloads;
        // an upload faster than a download is shared evenly among whole transfers.
        let fastest = |upload: f64| upload.min(download);
        let fastest = [fastest(server), fastest(peer)];
        let least = |fastest: f64| match fastest > 0.0 {
            true => LEAST_SHARE * fastest,
            false => f64::INFINITY,
        };
        let least_rate = [least(fastest[0]), least(fastest[1])];
        let mut spare_upload = vec![peer; nodes];
        spare_upload[0] = server;
        let mut have = vec![Chunks::default(); nodes];
        have[0] = Chunks::ALL;
        let mut by_copies = vec![Chunks::default(); nodes + 1];
        by_copies[1] = Chunks::ALL;
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
            spare_upload,
            fastest,
            least_rate,
            least_of_all: least_rate[0].min(least_rate[1]),
            spare_download: vec![download; nodes],
            download,
            upload: [server, peer],
            slots: Vec::with_capacity(nodes),
            free_slots: Vec::with_capacity(nodes),
            sending: vec![Vec::new(); nodes],
            getting: vec![Vec::new(); nodes],
            slow_sending: vec![0; nodes],
            slow_getting: vec![0; nodes],
            have,
            incoming: vec![Chunks::default(); nodes],
            holds: vec![0; nodes],
            by_copies,
            rarest: 1,
            first,
            last,
            next,
            prev,
            fewest: 0,
            ready: vec![0; nodes.div_ceil(64)],
            dues: BinaryHeap::with_capacity(nodes),
            now: 0.0,
            started: 0,
            complete: 0,
            idle: vec![0; nodes.div_ceil(64)],
            fresh: Vec::new(),
            unservable: vec![0; nodes.div_ceil(64)],
        };
        run.serve_from(0);
        run
    }

    /// Whether `node` is the server (0) or a peer (1), as an index into the per-kind rates.
    #[inline(always)]
    fn kind_of(node: usize) -> usize {
        usize::from(node != 0)
    }

    /// The next transfer to end, taken out of the run; entries left behind by a rise of
    /// rate are dropped on the way.
    fn pop_ended(&mut self) -> Option<Transfer> {
        while let Some(due) = self.dues.pop() {
            let Some(t) = self.slots[due.slot] else {
                continue;
            };
            if t.started != due.started || t.ends.to_bits() != due.ends.to_bits() {
                continue;
            }
            self.slots[due.slot] = None;
            self.free_slots.push(due.slot);
            self.count_slow(&t, false);
            for list in [&mut self.sending[t.from], &mut self.getting[t.to]] {
                if let Some(i) = list.iter().position(|&s| s == due.slot) {
                    list.remove(i);
                }
            }
            return Some(t);
        }
        None
    }

    /// Ends the next transfer; the time once every receiver holds the whole file.
    fn next_event(&mut self) -> Option<f64> {
        let Some(t) = self.pop_ended() else {
            // Nothing moving and someone still lacking: cannot happen with a server that
            // holds everything, but a stuck run must end rather than loop.
            return Some(f64::INFINITY);
        };
        if t.ends > self.now {
            self.fresh.clear();
        }
        self.now = t.ends;
        self.incoming[t.to].remove(t.chunk);
        self.have[t.to].insert(t.chunk);
        self.give_back(&t);
        if self.have[t.to] == Chunks::ALL {
            self.complete += 1;
            if self.complete == self.receivers {
                return Some(self.now);
            }
        }
        // The sender's upload is free: first for what it is sending already, then for
        // more. The receiver's download likewise; and it has one more chunk to pass on.
        self.speed_up(t.from, Side::Sending);
        self.serve_from(t.from);
        self.speed_up(t.to, Side::Getting);
        self.fill(t.to);
        self.serve_from(t.to);
        if self
            .next_end()
            .is_none_or(|ends| ends > self.now * (1.0 + FIT))
        {
            self.rematch();
        }
        None
    }

    /// When the next transfer to end ends; entries left behind by a rise of rate are
    /// dropped on the way.
    fn next_end(&mut self) -> Option<f64> {
        while let Some(due) = self.dues.peek() {
            match self.slots[due.slot] {
                Some(t) if t.started == due.started && t.ends.to_bits() == due.ends.to_bits() => {
                    return Some(due.ends);
                }
                _ => {
                    self.dues.pop();
                }
            }
        }
        None
    }

    /// At the end of an instant, finds work for each receiver left downloading nothing,
    /// by the swap [`Self::reroute`] describes. Kept out of line: it is called once per
    /// instant, and a single copy keeps the page's code small.
    #[inline(never)]
    fn rematch(&mut self) {
        let nothing_to_do = |bits: &[u64]| bits.iter().all(|&w| w == 0);
        if self.fresh.is_empty() || nothing_to_do(&self.ready) || nothing_to_do(&self.idle) {
            return;
        }
        self.unservable.fill(0);
        for word in 0..self.idle.len() {
            let mut bits = self.idle[word];
            while bits != 0 {
                let to = word * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                if self.is_idle(to) {
                    self.reroute(to);
                }
                if !self.is_idle(to) {
                    self.idle[word] &= !(1 << (to % 64));
                }
            }
        }
    }

    /// Whether receiver `to` lacks chunks, could take a transfer, and downloads nothing.
    #[inline(always)]
    fn is_idle(&self, to: usize) -> bool {
        self.is_waiting(to) && self.getting[to].is_empty()
    }

    /// Gives idle receiver `to` the sender of a transfer started at this instant, if that
    /// sender has a chunk `to` lacks and a peer with upload to spare can start the same
    /// receiver's transfer instead, at least as fast (nothing is slowed, nothing already
    /// sent is lost).
    fn reroute(&mut self, to: usize) {
        let mut i = 0;
        while i < self.fresh.len() && self.is_idle(to) {
            let slot = self.fresh[i];
            i += 1;
            let Some(t) = self.slots[slot] else {
                continue;
            };
            let (sender, receiver) = (t.from, t.to);
            if t.began != self.now
                || receiver == to
                || sender == to
                || self.spare_download[to] < t.rate * (1.0 - FIT)
                || self.unservable[receiver / 64] & (1 << (receiver % 64)) != 0
                || self.offer(sender, to).is_empty()
            {
                continue;
            }
            let mut still_incoming = self.incoming[receiver];
            still_incoming.remove(t.chunk);
            let mut from = 0;
            let mut found = None;
            while let Some(peer) = self.next_ready(from) {
                from = peer + 1;
                if peer == sender || peer == receiver || peer == to {
                    continue;
                }
                let rate = self.spare_upload[peer]
                    .min(self.spare_download[receiver] + t.rate)
                    .min(self.fastest[Self::kind_of(peer)]);
                if rate >= t.rate * (1.0 - FIT)
                    && !self.have[peer]
                        .and_not(&self.have[receiver])
                        .and_not(&still_incoming)
                        .is_empty()
                {
                    found = Some(peer);
                    break;
                }
            }
            let Some(peer) = found else {
                self.unservable[receiver / 64] |= 1 << (receiver % 64);
                continue;
            };
            self.cancel(slot);
            let offer = self.offer(sender, to);
            self.start(sender, to, offer);
            let offer = self.offer(peer, receiver);
            self.start(peer, receiver, offer);
            self.update_ready(sender);
            self.update_ready(peer);
        }
    }

    /// Takes back a transfer that has sent nothing yet: its rates, its place in its
    /// receiver's count and its chunk's copy.
    fn cancel(&mut self, slot: usize) {
        let Some(t) = self.slots[slot].take() else {
            return;
        };
        self.free_slots.push(slot);
        self.count_slow(&t, false);
        for list in [&mut self.sending[t.from], &mut self.getting[t.to]] {
            if let Some(i) = list.iter().position(|&s| s == slot) {
                list.remove(i);
            }
        }
        self.give_back(&t);
        self.incoming[t.to].remove(t.chunk);
        if self.holds[t.to] < CHUNKS {
            self.unlink(t.to);
        }
        self.holds[t.to] -= 1;
        self.push_back(t.to);
        // Every chunk is counted in exactly one set; one on its way has at least two copies
        // (the server's and this one), so one fewer still leaves it at least one.
        let copies = (self.rarest..self.by_copies.len())
            .find(|&k| self.by_copies[k].contains(t.chunk))
            .unwrap_or(1);
        self.by_copies[copies].remove(t.chunk);
        self.by_copies[copies - 1].insert(t.chunk);
        self.rarest = self.rarest.min(copies - 1);
    }

    /// Gives the spare rate of `node` to its transfers under way on `side`, first started
    /// first, each as far as the other end has rate to spare too.
    fn speed_up(&mut self, node: usize, side: Side) {
        let (slow, count) = match side {
            Side::Sending => (self.slow_sending[node], self.sending[node].len()),
            Side::Getting => (self.slow_getting[node], self.getting[node].len()),
        };
        if slow == 0 {
            return;
        }
        for i in 0..count {
            let slot = match side {
                Side::Sending => self.sending[node][i],
                Side::Getting => self.getting[node][i],
            };
            let Some(mut t) = self.slots[slot] else {
                continue;
            };
            let extra = self
                .rate(t.from, t.to)
                .min(self.fastest[Self::kind_of(t.from)] - t.rate);
            if extra <= FIT * t.rate {
                continue;
            }
            let left = (t.ends - self.now) * t.rate;
            self.count_slow(&t, false);
            t.rate += extra;
            t.ends = self.now + left / t.rate;
            self.count_slow(&t, true);
            self.spare_upload[t.from] -= extra;
            self.spare_download[t.to] -= extra;
            self.slots[slot] = Some(t);
            self.dues.push(Due {
                ends: t.ends,
                started: t.started,
                slot,
            });
            if side == Side::Getting {
                self.update_ready(t.from);
            }
        }
    }

    /// The rates of transfer `t`, ended or called off, given back to its two ends; a node
    /// with nothing under way has its whole rate again, so rounding never builds up.
    fn give_back(&mut self, t: &Transfer) {
        self.spare_download[t.to] = match self.getting[t.to].is_empty() {
            true => self.download,
            false => self.spare_download[t.to] + t.rate,
        };
        self.spare_upload[t.from] = match self.sending[t.from].is_empty() {
            true => self.upload[Self::kind_of(t.from)],
            false => self.spare_upload[t.from] + t.rate,
        };
    }

    /// Counts `t` in (or, `false`, out of) the slow transfers of its two ends, if it is
    /// slower than its sender's fastest.
    #[inline(always)]
    fn count_slow(&mut self, t: &Transfer, add: bool) {
        if t.rate < self.fastest[Self::kind_of(t.from)] * (1.0 - FIT) {
            for count in [&mut self.slow_sending[t.from], &mut self.slow_getting[t.to]] {
                match add {
                    true => *count += 1,
                    false => *count -= 1,
                }
            }
        }
    }

    /// The chunks `from` could send `to`: those it has and `to` neither has nor is getting.
    #[inline(always)]
    fn offer(&self, from: usize, to: usize) -> Chunks {
        self.have[from]
            .and_not(&self.have[to])
            .and_not(&self.incoming[to])
    }

    /// The rate a transfer from `from` to `to` would start at now: as fast as both have
    /// to spare.
    #[inline(always)]
    fn rate(&self, from: usize, to: usize) -> f64 {
        self.spare_upload[from]
            .min(self.spare_download[to])
            .min(self.fastest[Self::kind_of(from)])
    }

    /// Whether a new transfer from `from` to `to` may start now: it would not crawl.
    #[inline(always)]
    fn fits(&self, from: usize, to: usize) -> bool {
        self.rate(from, to) * (1.0 + FIT) >= self.least_rate[Self::kind_of(from)]
    }

    /// Whether `from` has upload to spare for one more transfer.
    #[inline(always)]
    fn has_spare(&self, from: usize) -> bool {
        self.spare_upload[from] * (1.0 + FIT) >= self.least_rate[Self::kind_of(from)]
    }

    /// Whether receiver `to` lacks something and could take one more transfer of any node.
    #[inline(always)]
    fn is_waiting(&self, to: usize) -> bool {
        self.holds[to] < CHUNKS && self.spare_download[to] * (1.0 + FIT) >= self.least_of_all
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

    /// Lets `from` use its spare upload, each transfer to the receiver holding the fewest
    /// chunks that lacks one `from` has and has download to spare.
    fn serve_from(&mut self, from: usize) {
        while self.has_spare(from) && self.is_wanted(from) {
            match self.choose_receiver(from) {
                Some((to, offer)) => self.start(from, to, offer),
                // The downloads of those who lack its chunks are full: it stays ready,
                // and the next receiver whose download frees looks for it.
                None => break,
            }
        }
        self.update_ready(from);
        // The server with nothing new to send takes over the transfers it can speed up.
        if from == 0 && self.has_spare(0) && !self.is_wanted(0) {
            for to in 1..=self.receivers {
                self.take_over(to);
            }
        }
    }

    /// Lets the server take over the transfers coming in to `to` from peers that it could
    /// send at least [`TAKE_OVER`] times as fast, the rest of each chunk from where it
    /// was.
    fn take_over(&mut self, to: usize) {
        let mut i = 0;
        while i < self.getting[to].len() && self.has_spare(0) {
            let slot = self.getting[to][i];
            i += 1;
            let Some(mut t) = self.slots[slot] else {
                continue;
            };
            let rate = self.spare_upload[0]
                .min(self.spare_download[to] + t.rate)
                .min(self.fastest[0]);
            if t.from == 0 || rate < TAKE_OVER * t.rate {
                continue;
            }
            let old = t.from;
            self.count_slow(&t, false);
            if let Some(j) = self.sending[old].iter().position(|&s| s == slot) {
                self.sending[old].remove(j);
            }
            self.spare_upload[old] = match self.sending[old].is_empty() {
                true => self.upload[1],
                false => self.spare_upload[old] + t.rate,
            };
            let left = (t.ends - self.now) * t.rate;
            self.spare_download[to] += t.rate - rate;
            self.spare_upload[0] -= rate;
            t.from = 0;
            t.rate = rate;
            t.ends = self.now + left / rate;
            self.count_slow(&t, true);
            self.slots[slot] = Some(t);
            self.sending[0].push(slot);
            self.dues.push(Due {
                ends: t.ends,
                started: t.started,
                slot,
            });
            self.serve_from(old);
        }
        self.update_ready(0);
    }

    /// The first sender at or after `from` with upload to spare and a wanted chunk.
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

    /// Lets receiver `to` fill its spare download from senders with upload to spare.
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
        if self.is_waiting_any(to) && self.has_spare(0) && !self.is_wanted(0) {
            self.take_over(to);
        }
        if self.is_idle(to) {
            self.idle[to / 64] |= 1 << (to % 64);
        }
    }

    /// Whether receiver `to` has download to spare for anything at all.
    #[inline(always)]
    fn is_waiting_any(&self, to: usize) -> bool {
        self.spare_download[to] * (1.0 + FIT) >= self.least_of_all
    }

    fn update_ready(&mut self, from: usize) {
        let bit = 1 << (from % 64);
        match self.has_spare(from) && self.is_wanted(from) {
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

    /// Starts sending the rarest chunk of `offer` from `from` to `to`, as fast as both
    /// have to spare.
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
        let rate = self.rate(from, to);
        self.spare_download[to] -= rate;
        self.spare_upload[from] -= rate;
        self.started += 1;
        let transfer = Transfer {
            ends: self.now + 1.0 / (CHUNKS as f64 * rate),
            started: self.started,
            rate,
            from,
            to,
            chunk,
            began: self.now,
        };
        let slot = match self.free_slots.pop() {
            Some(slot) => {
                self.slots[slot] = Some(transfer);
                slot
            }
            None => {
                self.slots.push(Some(transfer));
                self.slots.len() - 1
            }
        };
        self.sending[from].push(slot);
        self.getting[to].push(slot);
        self.fresh.push(slot);
        self.count_slow(&transfer, true);
        self.dues.push(Due {
            ends: transfer.ends,
            started: transfer.started,
            slot,
        });
    }
}

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
