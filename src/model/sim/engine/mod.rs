//! One network's simulation engine: simulated time in fixed ticks, the packets on the
//! wire, the open requests, a seeded random generator, and the events everything
//! produces. What nodes do with packets is in `traffic.rs`.
//!
//! Each tick: deliver the packets that arrive, give up on attempts that timed out, let
//! requesters send, forget dropped packets that have been shown long enough, and prune
//! the metric windows.

pub(in crate::model) mod members;
pub(in crate::model) mod traffic;
pub(in crate::model) mod trust;
pub(in crate::model) mod versions;

use std::collections::{BTreeMap, VecDeque};

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::model::base::clock::Clock;
use crate::model::base::role::Role;
use crate::model::sim::capacity::Capacity;
use crate::model::sim::engine::members::{Listing, Members};
use crate::model::sim::event::Event;
use crate::model::sim::explain::LastOutcome;
use crate::model::sim::metrics::Metrics;
use crate::model::sim::rate::Rate;
use crate::model::sim::topology::{NodeIndex, Topology};

/// Time a packet takes to cross one link.
pub const HOP_SECONDS: f64 = 0.6;
/// How long a requester waits for an answer before giving up on that attempt.
pub const TIMEOUT_SECONDS: f64 = 2.0;
/// How long a dropped packet stays visible where it was lost.
pub const DROP_SHOW_SECONDS: f64 = 0.8;
/// How many partners a peer tries for one request.
pub const MAX_ATTEMPTS: u8 = 3;
/// How many lines the event log keeps.
pub const LOG_LINES: usize = 30;
/// How many undrained events are kept for [`Simulation::take_events`].
const EVENT_BUFFER: usize = 10_000;

/// What a packet carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PacketKind {
    Request,
    Response,
}

/// Where a packet is in its life.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(in crate::model) enum Flight {
    Moving,
    /// Lost at its destination; shown there until the given time.
    Dropped {
        until: f64,
    },
    /// Delivered this tick; removed before the tick ends.
    Arrived,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(in crate::model) struct Packet {
    pub id: u64,
    pub kind: PacketKind,
    pub from: NodeIndex,
    pub to: NodeIndex,
    pub request: u64,
    pub sent_at: f64,
    pub arrives_at: f64,
    pub flight: Flight,
    /// The version of the shared resource the sender held when it sent this packet.
    pub version: u32,
    /// Whether the copy it carries is the one the publisher made, or damaged.
    pub integrity: Integrity,
}

/// Whether a copy of the shared resource is sound, and whether checking would notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Integrity {
    /// As the publisher made it: it matches the fingerprints.
    Intact,
    /// Damaged on the way by a dishonest node: it does not match the fingerprints, so a
    /// peer that checks rejects it.
    Damaged,
    /// Damaged by a dishonest publisher itself, who made the fingerprints from the
    /// damaged copy: it matches them, so checking cannot tell.
    DamagedAtSource,
}

impl Integrity {
    /// Whether the copy differs from the publisher's original, noticed or not.
    pub fn is_damaged(self) -> bool {
        match self {
            Integrity::Intact => false,
            Integrity::Damaged | Integrity::DamagedAtSource => true,
        }
    }

    /// Whether it matches the publisher's fingerprints.
    pub fn passes_check(self) -> bool {
        match self {
            Integrity::Intact | Integrity::DamagedAtSource => true,
            Integrity::Damaged => false,
        }
    }
}

/// A request still waiting for its answer.
#[derive(Clone, Debug)]
pub(in crate::model) struct OpenRequest {
    pub(in crate::model) requester: NodeIndex,
    pub(in crate::model) target: NodeIndex,
    pub(in crate::model) attempt: u8,
    /// The partners asked so far (the first `attempt` entries), kept inline: no allocation
    /// per request.
    pub(in crate::model) tried: [NodeIndex; MAX_ATTEMPTS as usize],
    pub(in crate::model) deadline: f64,
}

/// What one node has to answer with: the answers it saved up and the requests waiting for
/// one (see [`Capacity`]). Only servers and peers answer; a client's stays empty.
#[derive(Clone, Debug)]
pub(in crate::model) struct Service {
    /// Answers saved up, at most the capacity's burst.
    pub(in crate::model) saved: f64,
    /// When `saved` was last brought up to date.
    pub(in crate::model) at: f64,
    /// Requests that arrived with nothing saved, first come first served (a `Vec`, as
    /// the packets on the wire are: a queue lives under a second, and the page's wasm
    /// then carries no second collection of packets).
    pub(in crate::model) waiting: Vec<Packet>,
}

impl Service {
    /// Brings the saved answers up to `now`: `capacity` more per second, up to its burst.
    pub(in crate::model) fn save_up(&mut self, capacity: Capacity, now: f64) {
        if let Capacity::PerSecond(per_second) = capacity {
            self.saved = (self.saved + (now - self.at) * per_second).min(capacity.burst());
        }
        self.at = now;
    }
}

/// How a peer picks the partners it asks.
#[derive(Debug)]
pub(in crate::model) enum Partners {
    /// At random among every other peer: a requester cannot know which are off (the
    /// page's networks, where that is the lesson).
    Blind,
    /// From a list of who is in the network (a live classroom's, by index): a peer that
    /// left is struck off it and never asked; an off peer stays on it but is asked only
    /// while no other peer is on.
    Listed(Box<dyn Listing>),
}

impl Clone for Partners {
    fn clone(&self) -> Partners {
        match self {
            Partners::Blind => Partners::Blind,
            Partners::Listed(list) => Partners::Listed(list.copy()),
        }
    }
}

/// The simulation of one network.
#[derive(Clone, Debug)]
pub struct Simulation {
    pub(in crate::model) topology: Topology,
    pub(in crate::model) up: Vec<bool>,
    pub(in crate::model) next_send: Vec<f64>,
    /// Mean time between two requests of one requester.
    pub(in crate::model) interval: f64,
    /// What each requester's last finished request came to (to report recovery and who
    /// is served).
    pub(in crate::model) last: Vec<LastOutcome>,
    /// Simulated time: the session's, when the lab runs this simulation.
    clock: Clock,
    /// When this simulation started, in simulated seconds.
    started_at: f64,
    pub(in crate::model) rng: ChaCha8Rng,
    pub(in crate::model) packets: Vec<Packet>,
    pub(in crate::model) open: BTreeMap<u64, OpenRequest>,
    pub(in crate::model) metrics: Metrics,
    events: VecDeque<Event>,
    /// The latest events worth a log line; worded only when drawn, in the page's words.
    pub(in crate::model) log: VecDeque<Event>,
    /// The version of the shared resource each node holds (a client: the one it last saw).
    pub(in crate::model) versions: Vec<u32>,
    /// The newest version published so far (1 at the start).
    pub(in crate::model) latest: u32,
    /// When the latest version was published, and when every copy had it.
    pub(in crate::model) published_at: Option<f64>,
    pub(in crate::model) converged_at: Option<f64>,
    /// Whether each node is honest; a dishonest one damages every copy it sends.
    pub(in crate::model) honest: Vec<bool>,
    /// Whether the copy each node holds is sound (a client: the one it last received).
    pub(in crate::model) integrity: Vec<Integrity>,
    /// Whether peers check every copy they receive against the publisher's fingerprints.
    pub(in crate::model) verify: bool,
    /// How many requests per second each answering node answers at most.
    pub(in crate::model) capacity: Capacity,
    /// Each node's saved answers and waiting requests, by index.
    pub(in crate::model) service: Vec<Service>,
    next_packet: u64,
    pub(in crate::model) next_request: u64,
    arrivals: Vec<Packet>,
    pub(in crate::model) expired: Vec<u64>,
    /// How a peer picks its partners.
    pub(in crate::model) partners: Partners,
}

impl Simulation {
    /// A fresh simulation of `topology` at the default request rate and capacity, every
    /// node on, at time zero.
    pub fn new(topology: Topology, seed: u64) -> Simulation {
        Simulation::with_rate(topology, seed, Rate::default())
    }

    /// The same, with each client or peer sending `rate` requests per second on average.
    pub fn with_rate(topology: Topology, seed: u64, rate: Rate) -> Simulation {
        let capacity = Capacity::default_for(topology.kind);
        Simulation::starting_at(topology, seed, rate, capacity, Clock::start())
    }

    /// The same, with each server or peer answering at most `capacity` requests per
    /// second, starting at the moment `clock` shows: a network rebuilt in the middle of a
    /// session keeps the session's time instead of starting its own.
    pub fn starting_at(
        topology: Topology,
        seed: u64,
        rate: Rate,
        capacity: Capacity,
        clock: Clock,
    ) -> Simulation {
        let interval = 1.0 / rate.per_second();
        let start = clock.now();
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let next_send = topology
            .nodes
            .iter()
            .map(|n| match n.role.sends_requests() {
                true => start + rng.random_range(0.0..interval),
                false => f64::INFINITY,
            })
            .collect();
        let n = topology.nodes.len();
        Simulation {
            up: vec![true; n],
            next_send,
            interval,
            last: vec![LastOutcome::Nothing; n],
            clock,
            started_at: start,
            rng,
            packets: Vec::new(),
            open: BTreeMap::new(),
            metrics: Metrics::new(n, start),
            events: VecDeque::new(),
            log: VecDeque::new(),
            versions: vec![1; n],
            latest: 1,
            published_at: None,
            converged_at: None,
            honest: vec![true; n],
            integrity: vec![Integrity::Intact; n],
            verify: false,
            capacity,
            service: vec![
                Service {
                    saved: capacity.burst(),
                    at: start,
                    waiting: Vec::new(),
                };
                n
            ],
            next_packet: 0,
            next_request: 0,
            arrivals: Vec::new(),
            expired: Vec::new(),
            partners: Partners::Blind,
            topology,
        }
    }

    /// Who is in this network and who is linked to whom.
    pub fn topology(&self) -> &Topology {
        &self.topology
    }

    /// The live counts and windows, fed with every event of this simulation.
    pub fn metrics(&self) -> &Metrics {
        &self.metrics
    }

    /// Simulated seconds at the last tick.
    pub fn now(&self) -> f64 {
        self.clock.now()
    }

    /// Where this simulation is in time.
    pub fn clock(&self) -> Clock {
        self.clock
    }

    /// When this simulation started (0, or the session time it was rebuilt at).
    pub fn started_at(&self) -> f64 {
        self.started_at
    }

    /// Simulated time for drawing: the last tick plus the part of a tick already received.
    pub fn render_time(&self) -> f64 {
        self.clock.render_time()
    }

    /// Which nodes are on, by index.
    pub fn up(&self) -> &[bool] {
        &self.up
    }

    /// Whether this node is on.
    pub fn is_up(&self, node: NodeIndex) -> bool {
        self.up[node]
    }

    /// How many requests per second each of its servers or peers answers at most.
    pub fn capacity(&self) -> Capacity {
        self.capacity
    }

    /// Requests waiting in this node's queue for an answer.
    pub fn waiting(&self, node: NodeIndex) -> usize {
        self.service.get(node).map_or(0, |s| s.waiting.len())
    }

    /// Requests still waiting for an answer, counted from the open requests themselves.
    pub fn open_requests(&self) -> usize {
        self.open.len()
    }

    /// Packets on the wire or shown as dropped.
    pub fn packets_in_flight(&self) -> usize {
        self.packets.len()
    }

    /// The events the log keeps (the latest `LOG_LINES`), oldest first: for a file of
    /// them with their times.
    pub fn logged_events(&self) -> impl Iterator<Item = &Event> {
        self.log.iter()
    }

    /// The events not yet taken or cleared, oldest first, left where they are: for a
    /// reader that looks at each tick's events before its owner clears them.
    pub fn pending_events(&self) -> impl Iterator<Item = &Event> {
        self.events.iter()
    }

    /// The events since the last call, oldest first.
    pub fn take_events(&mut self) -> Vec<Event> {
        self.events.drain(..).collect()
    }

    /// Forgets the events not yet taken, for a caller that does not read them.
    pub fn clear_events(&mut self) {
        self.events.clear();
    }

    /// Advances simulated time by `dt` seconds (negative or not finite counts as 0; more
    /// than [`MAX_STEP_SECONDS`](crate::model::base::clock::MAX_STEP_SECONDS) counts as that).
    pub fn step(&mut self, dt: f64) {
        let mut target = self.clock;
        target.advance(dt);
        self.run_to(target);
    }

    /// Runs every tick up to `target`, a clock at or after this simulation's: how a
    /// lab keeps its simulations on its one session clock.
    pub fn run_to(&mut self, target: Clock) {
        while self.clock.ticks() < target.ticks() {
            self.tick();
        }
        self.clock.catch_up(target);
    }

    /// Rough bytes this simulation holds on the heap: what a copy of it costs history.
    pub(in crate::model) fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        let nodes = self.topology.nodes.len();
        let ids: usize = self.topology.nodes.iter().map(|n| n.id.capacity()).sum();
        // A B-tree entry costs about its key and value plus a share of node overhead.
        let open = self.open.len() * (size_of::<u64>() + size_of::<OpenRequest>() + 16);
        nodes * (size_of::<crate::model::sim::topology::Node>() + 1 + 8 + 1 + 4)
            + ids
            + self.packets.capacity() * size_of::<Packet>()
            + (self.service.iter())
                .map(|s| size_of::<Service>() + s.waiting.capacity() * size_of::<Packet>())
                .sum::<usize>()
            + open
            // Events not taken, not the buffer's capacity: how far it grew depends on how
            // time was cut into frames, and a copy holds only what is in it.
            + (self.log.capacity() + self.events.len()) * size_of::<Event>()
            + self.metrics.heap_bytes()
    }

    /// Peers pick their partners from a list of who is in the network: `member` says,
    /// node by node, who is (a node it does not name is out).
    pub(in crate::model) fn list_partners(&mut self, member: impl IntoIterator<Item = bool>) {
        let mut members = Members::default();
        for (node, member) in member.into_iter().enumerate() {
            members.set(node, member, self.up.get(node) == Some(&true));
        }
        self.partners = Partners::Listed(Box::new(members));
    }

    /// Node `node` joins the list of who is in the network, or leaves it; nothing for a
    /// network whose peers pick blind.
    pub(in crate::model) fn set_member(&mut self, node: NodeIndex, member: bool) {
        let up = self.up.get(node) == Some(&true);
        if let Partners::Listed(members) = &mut self.partners {
            members.set(node, member, up);
        }
    }

    /// Switches a node on or off as [`set_up`](Simulation::set_up) does, keeping the
    /// list of who is in the network in step: how a network that lists its members is
    /// switched (`set_up` alone, which the page's blind networks use, leaves the list as
    /// it was, so it stays out of the page's code).
    pub(in crate::model) fn switch_member(&mut self, node: NodeIndex, up: bool) {
        self.set_up(node, up);
        if let Some(&up) = self.up.get(node)
            && let Partners::Listed(members) = &mut self.partners
            && members.has(node)
        {
            members.set(node, true, up);
        }
    }

    /// Candidates looked at by every pick of a partner from the list of who is in the
    /// network so far (none while peers pick blind): what picking costs, for a test.
    pub fn partner_looks(&self) -> u64 {
        match &self.partners {
            Partners::Blind => 0,
            Partners::Listed(members) => members.looked(),
        }
    }

    /// One more node, on, at the end of the network (a client of `home`, or a peer), as a
    /// live classroom takes a newcomer: everything else goes on as it was, requests in
    /// flight, counts, copies and the random stream alike (the newcomer's first request
    /// time is its one draw). It holds the first version, as a node that just arrived
    /// does; in a network that lists who is in it, it is in. Returns its index.
    pub(in crate::model) fn grow(&mut self, role: Role, home: Option<NodeIndex>) -> NodeIndex {
        let now = self.now();
        let node = self.topology.grow(role, home);
        self.up.push(true);
        self.next_send.push(match role.sends_requests() {
            true => now + self.rng.random_range(0.0..self.interval),
            false => f64::INFINITY,
        });
        self.last.push(LastOutcome::Nothing);
        self.metrics.grow();
        self.versions.push(1);
        self.honest.push(true);
        self.integrity.push(Integrity::Intact);
        self.service.push(Service {
            saved: self.capacity.burst(),
            at: now,
            waiting: Vec::new(),
        });
        if let Partners::Listed(members) = &mut self.partners {
            members.set(node, true, true);
        }
        if self.is_stale(node) {
            self.converged_at = None;
        }
        node
    }

    /// Switches a node on or off. Switching it to the state it has does nothing.
    pub fn set_up(&mut self, node: NodeIndex, up: bool) {
        if node >= self.up.len() || self.up[node] == up {
            return;
        }
        self.up[node] = up;
        let at = self.now();
        self.emit(Event::NodeSwitched { at, node, up });
        // A node switched off loses the requests waiting in it; one switched on starts
        // with a second's answers saved, as at the start.
        let service = &mut self.service[node];
        service.waiting.clear();
        (service.saved, service.at) = (self.capacity.burst(), at);
        if up {
            self.catch_up_on_return(node);
            self.check_own_copy(node);
        } else {
            let mine: Vec<u64> = self
                .open
                .iter()
                .filter(|(_, r)| r.requester == node)
                .map(|(&id, _)| id)
                .collect();
            for request in mine {
                self.open.remove(&request);
                self.emit(Event::Cancelled {
                    at,
                    request,
                    requester: node,
                });
            }
        }
    }

    fn tick(&mut self) {
        self.clock.tick();
        let now = self.now();
        self.deliver(now);
        self.answer_waiting(now);
        self.check_converged(now);
        self.expire(now);
        self.send_new_requests(now);
        self.packets
            .retain(|p| !matches!(p.flight, Flight::Dropped { until } if until <= now));
        self.metrics.prune(now);
    }

    fn deliver(&mut self, now: f64) {
        let mut arrivals = std::mem::take(&mut self.arrivals);
        for p in &mut self.packets {
            if p.flight == Flight::Moving && p.arrives_at <= now + 1e-9 {
                arrivals.push(*p);
                p.flight = Flight::Arrived;
            }
        }
        self.packets.retain(|p| p.flight != Flight::Arrived);
        for packet in arrivals.drain(..) {
            self.arrive(packet, now);
        }
        self.arrivals = arrivals;
    }

    pub(in crate::model) fn send(
        &mut self,
        kind: PacketKind,
        from: NodeIndex,
        to: NodeIndex,
        request: u64,
    ) {
        let now = self.now();
        self.packets.push(Packet {
            id: self.next_packet,
            kind,
            from,
            to,
            request,
            sent_at: now,
            arrives_at: now + HOP_SECONDS,
            flight: Flight::Moving,
            version: self.versions[from],
            // A dishonest node damages whatever it sends, even a copy it holds intact; a
            // release it damaged itself goes out as made, fingerprints and all.
            integrity: match (self.honest[from], self.integrity[from]) {
                (true, held) | (false, held @ Integrity::DamagedAtSource) => held,
                (false, Integrity::Intact | Integrity::Damaged) => Integrity::Damaged,
            },
        });
        self.next_packet += 1;
    }

    pub(in crate::model) fn emit(&mut self, event: Event) {
        self.metrics.record(&event);
        if event.is_logged() {
            if self.log.len() == LOG_LINES {
                self.log.pop_front();
            }
            self.log.push_back(event.clone());
        }
        if self.events.len() == EVENT_BUFFER {
            self.events.pop_front();
        }
        self.events.push_back(event);
    }
}
