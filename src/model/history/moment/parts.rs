//! Each kind of line of a moment's text, read into the values it holds: the lab's line,
//! a network's opening line and its metrics, nodes, packets and events.

use crate::model::base::words::Words;
use crate::model::history::moment::fields::{Fields, ReadError};
use crate::model::history::moment::{OLD_FULL_LOAD, Version};
use crate::model::lab::scenario::{CLIENTS, PEERS, SERVERS, Sizes};
use crate::model::sim::capacity::Capacity;
use crate::model::sim::event::{Event, FailReason};
use crate::model::sim::explain::LastOutcome;
use crate::model::sim::layout::Point;
use crate::model::sim::topology::{NodeIndex, Topology};
use crate::model::sim::view::{MetricsView, PacketShape, PacketView};

/// A node's state as written.
pub(super) struct NodeState {
    pub(super) up: bool,
    pub(super) honest: bool,
    /// What its last finished request came to.
    pub(super) last: LastOutcome,
    pub(super) damaged: bool,
    pub(super) version: u32,
    pub(super) load: f64,
    /// Requests waiting in it for an answer (none before version 3).
    pub(super) queue: usize,
}

/// One network as read so far.
pub(super) struct Network {
    pub(super) topology: Topology,
    pub(super) alarm: bool,
    pub(super) verify: bool,
    pub(super) bad_release: bool,
    /// Requests per second each of its servers or peers answers at most.
    pub(super) capacity: Capacity,
    /// Where its load bars are full: at its capacity, or where the page that wrote an
    /// older text drew them full.
    pub(super) full_at: Capacity,
    /// The newest version, when it was published and when every copy had it.
    pub(super) latest: u32,
    pub(super) published_at: Option<f64>,
    pub(super) converged_at: Option<f64>,
    pub(super) metrics: Option<MetricsView>,
    pub(super) nodes: Vec<NodeState>,
    pub(super) packets: Vec<PacketView>,
    pub(super) events: Vec<Event>,
}

/// A `network` line of a text of `version`, opening the network `topology` (built from
/// the lab line's sizes).
pub(super) fn network(
    f: &mut Fields,
    topology: Topology,
    version: Version,
) -> Result<Network, ReadError> {
    let (alarm, verify, bad_release) = (f.flag()?, f.flag()?, f.flag()?);
    let (latest, published_at, converged_at) = (f.version()?, f.maybe()?, f.maybe()?);
    let (capacity, full_at) = match version {
        // Clamped as a link's is; `-` is unlimited.
        Version::Three => {
            let capacity = match f.maybe()? {
                Some(per_second) => Capacity::new(per_second).ok_or(f.bad())?,
                None => Capacity::Unlimited,
            };
            (capacity, capacity)
        }
        // Before capacities, every request was answered at once, and a bar was full at a
        // load the page fixed.
        Version::One | Version::Two => (Capacity::Unlimited, Capacity::PerSecond(OLD_FULL_LOAD)),
    };
    Ok(Network {
        topology,
        alarm,
        verify,
        bad_release,
        capacity,
        full_at,
        latest,
        published_at,
        converged_at,
        metrics: None,
        nodes: Vec::new(),
        packets: Vec::new(),
        events: Vec::new(),
    })
}

/// A `metrics` line: the counts and the availability. The counts of nodes (stale, damaged,
/// served) follow from the nodes' lines.
pub(super) fn metrics(f: &mut Fields) -> Result<MetricsView, ReadError> {
    Ok(MetricsView {
        sent: f.int()?,
        answered: f.int()?,
        failed: f.int()?,
        cancelled: f.int()?,
        in_flight: f.int()?,
        rejected: f.int()?,
        availability: f.maybe()?,
        stale: 0,
        corrupt: 0,
        served: 0,
        requesters: 0,
    })
}

/// A `node` line of a text of `version`: a node's state, in the order of the network's
/// nodes.
pub(super) fn node(f: &mut Fields, version: Version) -> Result<NodeState, ReadError> {
    Ok(NodeState {
        up: f.flag()?,
        honest: f.flag()?,
        last: match (version, f.below(3)?) {
            // Version 1's flag said only whether the last request failed; its page counted
            // every other requester as served, as an answer does now.
            (Version::One, 2) => return Err(f.bad()),
            (_, 0) => LastOutcome::Answered,
            (_, 1) => LastOutcome::Failed,
            _ => LastOutcome::Nothing,
        },
        damaged: f.flag()?,
        version: f.version()?,
        load: f.real()?,
        queue: match version {
            Version::Three => f.size(usize::MAX)?,
            Version::One | Version::Two => 0,
        },
    })
}

/// A `packet` line: a packet on the wire, its shape and where it is drawn.
pub(super) fn packet(f: &mut Fields) -> Result<PacketView, ReadError> {
    let id = f.int()?;
    let shape = match f.below(4)? {
        0 => PacketShape::Request,
        1 => PacketShape::Response,
        2 => PacketShape::Dropped,
        _ => PacketShape::Corrupt,
    };
    let (x, y) = (f.real()?, f.real()?);
    Ok(PacketView {
        id,
        shape,
        position: Point { x, y },
    })
}

/// An `event` line; every node it names must be one of the `nodes` of its network.
pub(super) fn event(f: &mut Fields, nodes: usize) -> Result<Event, ReadError> {
    let (kind, at) = (f.below(13)?, f.real()?);
    let [a, b, c] = [f.int()?, f.int()?, f.int()?];
    let bad = f.bad();
    let node = |i: u64| -> Result<NodeIndex, ReadError> {
        match i < nodes as u64 {
            true => Ok(i as NodeIndex),
            false => Err(bad.clone()),
        }
    };
    let version = |v: u64| u32::try_from(v).map_err(|_| bad.clone());
    let flag = |v: u64| match v {
        0 | 1 => Ok(v == 1),
        _ => Err(bad.clone()),
    };
    // Request numbers are not written (no file or view shows them): 0.
    let request = 0;
    Ok(match kind {
        0 => Event::NodeSwitched {
            at,
            node: node(a)?,
            up: flag(b)?,
        },
        1 => Event::Retried {
            at,
            request,
            requester: node(a)?,
            silent: node(b)?,
            next: node(c)?,
        },
        2 => Event::Failed {
            at,
            request,
            requester: node(a)?,
            target: node(b)?,
            reason: match c {
                0 => FailReason::TargetOff,
                1 => FailReason::NoAnswer,
                2 => FailReason::NoPeerAnswered,
                3 => FailReason::OnlyDamaged,
                _ => return Err(bad),
            },
        },
        3 => Event::Cancelled {
            at,
            request,
            requester: node(a)?,
        },
        4 => Event::Recovered {
            at,
            requester: node(a)?,
        },
        5 => Event::Published {
            at,
            node: node(a)?,
            version: version(b)?,
        },
        6 => Event::Updated {
            at,
            node: node(a)?,
            from: node(b)?,
            version: version(c)?,
        },
        7 => Event::Converged {
            at,
            version: version(a)?,
            after: Some(f64::from_bits(b))
                .filter(|x| x.is_finite())
                .ok_or(bad)?,
        },
        8 => Event::HonestySet {
            at,
            node: node(a)?,
            honest: flag(b)?,
        },
        9 => Event::Corrupted {
            at,
            node: node(a)?,
            from: node(b)?,
        },
        10 => Event::Rejected {
            at,
            request,
            requester: node(a)?,
            by: node(b)?,
            next: match c {
                0 => None,
                c => Some(node(c - 1)?),
            },
        },
        11 => Event::PublishRefused {
            at,
            node: node(a)?,
            server: node(b)?,
        },
        _ => Event::OwnCopyFailed {
            at,
            node: node(a)?,
            next: node(b)?,
        },
    })
}

/// The `lab` line's fields, in order.
pub(super) struct Shown {
    pub(super) time: f64,
    pub(super) session_time: f64,
    pub(super) paused: bool,
    pub(super) speed: f64,
    pub(super) words: Words,
    pub(super) verify: bool,
    pub(super) tour_resume: usize,
    /// The two networks as the Lab builds them from the sizes.
    pub(super) topologies: [Topology; 2],
}

/// The `lab` line of a text of `version`: the clocks, pause, speed, words, checking, the
/// tour's step and the sizes.
pub(super) fn shown(f: &mut Fields, version: Version) -> Result<Shown, ReadError> {
    let (time, session_time) = (f.real()?, f.real()?);
    Ok(Shown {
        // Version 1's clock counted from the last Reset; the page's clock and every file
        // now read session time.
        time: match version {
            Version::One => time + f.real()?,
            Version::Two | Version::Three => time,
        },
        session_time,
        paused: f.flag()?,
        speed: f.real()?,
        words: match f.flag()? {
            false => Words::Network,
            true => Words::Library,
        },
        verify: f.flag()?,
        tour_resume: f.size(usize::MAX)?,
        topologies: {
            // Clamped to what a Lab builds: a hostile size makes no huge network (and then
            // its node lines do not match).
            let mut size = |most: usize| f.int().map(|n| n.min(most as u64) as usize);
            let (servers, clients) = (size(*SERVERS.end())?, size(*CLIENTS.end())?);
            let peers = size(*PEERS.end())?;
            // The Lab's own rule: every server has a client, sizes within their ranges.
            let sizes = Sizes {
                servers,
                clients,
                peers,
            }
            .clamped();
            [
                Topology::client_server(sizes.servers, sizes.clients),
                Topology::peer_to_peer(sizes.peers),
            ]
        },
    })
}
