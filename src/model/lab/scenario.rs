//! The single description of a situation to simulate: sizes, seed, speed, which nodes
//! start off, whether time starts paused. URL parameters, shared links and tests all build
//! one of these; every value is clamped to what the simulator supports.

use std::ops::RangeInclusive;

use crate::model::base::lang::Lang;
pub use crate::model::base::number::sort_by_tick;
use crate::model::base::role::{Role, parse_node_id};
use crate::model::base::words::Words;
use crate::model::lab::command::Entry;
use crate::model::scaling::bounds::{Distribution, MAX_RECEIVERS};
pub use crate::model::sim::capacity::Capacity;
pub use crate::model::sim::rate::Rate;

/// Allowed numbers of servers in the client-server network.
pub const SERVERS: RangeInclusive<usize> = 1..=4;
/// Allowed numbers of clients (the page offers up to [`CLASSROOM_MAX`]; links may ask for
/// more, e.g. for a stress scene).
pub const CLIENTS: RangeInclusive<usize> = 1..=100;
/// Allowed numbers of peers.
pub const PEERS: RangeInclusive<usize> = 2..=100;
/// The largest size the page's selectors offer: what reads well in a lecture hall.
pub const CLASSROOM_MAX: usize = 12;

/// How much faster than real time the simulation runs: 0.25× to 4×.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Speed(f64);

impl Speed {
    /// The slowest speed: a quarter of real time.
    pub const MIN: f64 = 0.25;
    /// The fastest speed: four times real time.
    pub const MAX: f64 = 4.0;
    /// The choices offered in the page.
    pub const CHOICES: [f64; 5] = [0.25, 0.5, 1.0, 2.0, 4.0];

    /// Clamps to 0.25–4; anything not a number becomes 1×.
    pub fn new(factor: f64) -> Speed {
        match factor.is_nan() {
            true => Speed(1.0),
            false => Speed(factor.clamp(Self::MIN, Self::MAX)),
        }
    }

    /// Simulated seconds per second of real time.
    pub fn factor(self) -> f64 {
        self.0
    }

    /// What the page's speed menu offers: the usual choices, and this speed among them
    /// when a link asked for one in between (e.g. 3×), so the menu shows what runs.
    pub fn offered(self) -> Vec<f64> {
        let mut choices = Self::CHOICES.to_vec();
        if !choices.contains(&self.0) {
            // Inserted in order (no sort: the page's wasm carries no sorting code).
            let at = choices
                .iter()
                .position(|&c| c > self.0)
                .unwrap_or(choices.len());
            choices.insert(at, self.0);
        }
        choices
    }
}

impl Default for Speed {
    fn default() -> Speed {
        Speed(1.0)
    }
}

/// Which diagrams the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// Both diagrams side by side (the default).
    Both,
    /// Only the client-server diagram.
    ClientServer,
    /// Only the peer-to-peer diagram.
    PeerToPeer,
    /// Only the "Which model scales?" panel: the chart, for a page about scaling.
    Scaling,
}

/// How much of the control bar the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Controls {
    /// Every control (the default).
    Full,
    /// Play/pause and reset only.
    Minimal,
    /// No control bar at all (`controls=none`): the diagrams only.
    None,
}

/// Colour scheme: follow the system, or force one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Follow the system's light or dark setting (the default).
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// The latest moment, in session seconds, a script entry or a link's `t` may name: the
/// longest past history keeps.
pub const MAX_SCRIPT_SECONDS: f64 = 30.0 * 60.0;
/// The most entries of a `script` played.
pub const MAX_SCRIPT_ENTRIES: usize = 2_000;

/// A situation to simulate, and how to present it.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// Which diagrams the page shows (`view=`).
    pub view: View,
    /// Servers of the client-server network, in [`SERVERS`].
    pub servers: usize,
    /// Clients of the client-server network, in [`CLIENTS`] and at least one per server.
    pub clients: usize,
    /// Peers of the peer-to-peer network, in [`PEERS`].
    pub peers: usize,
    /// Seed of both networks' randomness: the same seed replays the same traffic.
    pub seed: u64,
    /// How much faster than real time the simulation runs.
    pub speed: Speed,
    /// How often each client or peer sends a request.
    pub rate: Rate,
    /// How many requests per second each server answers at most (`capacity=`).
    pub capacity: Capacity,
    /// How many requests per second each peer answers at most (`peer_capacity=`).
    pub peer_capacity: Capacity,
    /// Ids of nodes that start switched off (`s1`, `c2`, `p3`…); unknown ids are ignored.
    pub down: Vec<String>,
    /// Whether time starts paused (`paused=1`).
    pub paused: bool,
    /// How much of the control bar the page shows.
    pub controls: Controls,
    /// Colour scheme: follow the system, or force light or dark.
    pub theme: Theme,
    /// Whether the event logs are shown.
    pub show_log: bool,
    /// Network words or the library analogy.
    pub words: Words,
    /// The language asked for by the link or chosen on the page; `None`: the page picks
    /// (an earlier visit's choice, else the browser's languages, else English).
    pub lang: Option<Lang>,
    /// The guided-tour step to open at (1-based), if the tour starts with the page.
    pub tour: Option<usize>,
    /// The "Which model scales?" problem: file size in GB, rates in GB per hour.
    pub chart: Distribution,
    /// The receiver count N the chart is read at, 1 to [`MAX_RECEIVERS`].
    pub chart_receivers: usize,
    /// Ids of dishonest nodes (`p2`, `s1`…): they answer with damaged copies.
    pub bad: Vec<String>,
    /// Whether peers check every copy they receive against the publisher's fingerprints.
    pub verify: bool,
    /// Commands played at their moments, as if someone clicked (in time order).
    pub script: Vec<Entry>,
    /// The session moment, in seconds, to open at, paused (a link to a moment).
    pub at: Option<f64>,
}

impl Default for Scenario {
    /// Mirrors the reference article's picture: one server with three clients, three peers.
    fn default() -> Scenario {
        Scenario {
            view: View::Both,
            servers: 1,
            clients: 3,
            peers: 3,
            seed: 1,
            speed: Speed::default(),
            rate: Rate::default(),
            capacity: Capacity::SERVER,
            peer_capacity: Capacity::PEER,
            down: Vec::new(),
            paused: false,
            controls: Controls::Full,
            theme: Theme::Auto,
            show_log: true,
            words: Words::Network,
            lang: None,
            tour: None,
            chart: Distribution::textbook(),
            chart_receivers: MAX_RECEIVERS,
            bad: Vec::new(),
            verify: false,
            script: Vec::new(),
            at: None,
        }
    }
}

fn clamp(value: usize, range: RangeInclusive<usize>) -> usize {
    value.clamp(*range.start(), *range.end())
}

/// How many servers, clients and peers the two networks have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sizes {
    /// Servers of the client-server network, each with a group of clients of its own.
    pub servers: usize,
    /// Clients of the client-server network.
    pub clients: usize,
    /// Peers of the peer-to-peer network.
    pub peers: usize,
}

impl Sizes {
    /// Every size inside its allowed range, and every server with a client of its own: at
    /// least as many clients as servers.
    pub fn clamped(self) -> Sizes {
        let servers = clamp(self.servers, SERVERS);
        Sizes {
            servers,
            clients: clamp(self.clients, servers.max(*CLIENTS.start())..=*CLIENTS.end()),
            peers: clamp(self.peers, PEERS),
        }
    }

    /// These sizes with `n` nodes of `role`, clamped by the one rule. The latest choice
    /// wins: more servers than clients brings clients with them, fewer clients than
    /// servers takes servers away.
    pub fn resized(self, role: Role, n: usize) -> Sizes {
        let mut sizes = self;
        match role {
            Role::Server => sizes.servers = n,
            Role::Client => {
                sizes.clients = n;
                sizes.servers = sizes.servers.min(n);
            }
            Role::Peer => sizes.peers = n,
        }
        sizes.clamped()
    }

    /// How many nodes of this role there are.
    pub fn count(self, role: Role) -> usize {
        match role {
            Role::Server => self.servers,
            Role::Client => self.clients,
            Role::Peer => self.peers,
        }
    }

    /// Whether a node with this id (`s1`, `c2`, `p3`…) exists in networks of these sizes.
    pub fn has_node(self, id: &str) -> bool {
        match parse_node_id(id) {
            Some((role, number)) => number <= self.count(role),
            None => false,
        }
    }
}

impl Scenario {
    /// The scenario's sizes, as written (see [`Scenario::clamped`]).
    pub fn sizes(&self) -> Sizes {
        Sizes {
            servers: self.servers,
            clients: self.clients,
            peers: self.peers,
        }
    }

    /// This scenario with these sizes.
    pub fn with_sizes(self, sizes: Sizes) -> Scenario {
        Scenario {
            servers: sizes.servers,
            clients: sizes.clients,
            peers: sizes.peers,
            ..self
        }
    }

    /// The same scenario with every size inside its allowed range.
    pub fn clamped(self) -> Scenario {
        let sizes = self.sizes().clamped();
        Scenario {
            chart: self.chart.clamped(),
            chart_receivers: clamp(self.chart_receivers, 1..=MAX_RECEIVERS),
            ..self.with_sizes(sizes)
        }
    }

    /// Whether a node with this id (`s1`, `c2`, `p3`…) exists in this scenario's networks.
    pub fn has_node(&self, id: &str) -> bool {
        self.sizes().has_node(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_speed_are_clamped() {
        let s = Scenario {
            servers: 0,
            clients: 999,
            peers: 1,
            ..Scenario::default()
        }
        .clamped();
        assert_eq!((s.servers, s.clients, s.peers), (1, 100, 2));
        assert_eq!(Rate::new(50.0).per_second(), 10.0);
        assert_eq!(Rate::new(f64::NAN), Rate::default());
        assert_eq!(Speed::new(10.0).factor(), 4.0);
        assert_eq!(Speed::new(0.0).factor(), 0.25);
        assert_eq!(Speed::new(f64::NAN).factor(), 1.0);
        assert_eq!(Speed::new(f64::INFINITY).factor(), 4.0);
    }

    #[test]
    fn a_speed_between_the_choices_is_offered_too() {
        assert_eq!(Speed::new(1.0).offered(), Speed::CHOICES);
        assert_eq!(Speed::new(3.0).offered(), [0.25, 0.5, 1.0, 2.0, 3.0, 4.0]);
    }
}
