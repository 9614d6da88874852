//! Each kind of line of a moment's text, read into the values it holds: the lab's line,
//! a network's opening line and its metrics, nodes, packets and events.

use crate::model::base::kind::ModelKind;
use crate::model::base::words::Words;
use crate::model::history::moment::fields::{Fields, ReadError};
use crate::model::lab::scenario::{CLIENTS, PEERS, SERVERS};
use crate::model::sim::engine::versions::Consistency;
use crate::model::sim::event::{Event, FailReason};
use crate::model::sim::layout::Point;
use crate::model::sim::topology::{NodeIndex, Topology};
use crate::model::sim::view::{MetricsView, PacketShape, PacketView};

/// A node's state as written.
pub(super) struct NodeState {
    pub(super) up: bool,
    pub(super) honest: bool,
    pub(super) failing: bool,
    pub(super) damaged: bool,
    pub(super) stale: bool,
    pub(super) version: u32,
    pub(super) load: f64,
}

/// One network as read so far.
pub(super) struct Network {
    pub(super) topology: Topology,
    pub(super) alarm: bool,
    pub(super) verify: bool,
    pub(super) bad_release: bool,
    pub(super) consistency: Consistency,
    pub(super) metrics: Option<MetricsView>,
    pub(super) nodes: Vec<NodeState>,
    pub(super) packets: Vec<PacketView>,
    pub(super) events: Vec<Event>,
}

/// A `network` line: the kind must be `kind`.
pub(super) fn network(f: &mut Fields, kind: ModelKind) -> Result<Network, ReadError> {
    let peer_to_peer = f.flag()?;
    let (servers, clients, peers) = (f.int()?, f.int()?, f.int()?);
    // Clamped to what a Lab builds: a hostile size makes no huge network (and then its
    // node lines do not match).
    let clamp = |n: u64, most: usize| n.min(most as u64) as usize;
    let topology = match (kind, peer_to_peer) {
        (ModelKind::ClientServer, false) => Topology::client_server(
            clamp(servers, *SERVERS.end()),
            clamp(clients, *CLIENTS.end()),
        ),
        (ModelKind::PeerToPeer, true) => Topology::peer_to_peer(clamp(peers, *PEERS.end())),
        _ => return Err(f.bad()),
    };
    let (alarm, verify, bad_release) = (f.flag()?, f.flag()?, f.flag()?);
    let (state, version, seconds) = (f.below(3)?, f.version()?, f.real()?);
    let consistency = match state {
        0 => Consistency::Original,
        1 => Consistency::Spreading {
            version,
            for_seconds: seconds,
        },
        _ => Consistency::Converged {
            version,
            after_seconds: seconds,
        },
    };
    Ok(Network {
        topology,
        alarm,
        verify,
        bad_release,
        consistency,
        metrics: None,
        nodes: Vec::new(),
        packets: Vec::new(),
        events: Vec::new(),
    })
}

pub(super) fn metrics(f: &mut Fields) -> Result<MetricsView, ReadError> {
    Ok(MetricsView {
        sent: f.int()?,
        answered: f.int()?,
        failed: f.int()?,
        cancelled: f.int()?,
        in_flight: f.int()?,
        stale: f.size(usize::MAX)?,
        corrupt: f.size(usize::MAX)?,
        rejected: f.int()?,
        served: f.size(usize::MAX)?,
        requesters: f.size(usize::MAX)?,
        availability: f.maybe()?,
    })
}

pub(super) fn node(f: &mut Fields) -> Result<NodeState, ReadError> {
    Ok(NodeState {
        up: f.flag()?,
        honest: f.flag()?,
        failing: f.flag()?,
        damaged: f.flag()?,
        stale: f.flag()?,
        version: f.version()?,
        load: f.real()?,
    })
}

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
    let (kind, at) = (f.below(12)?, f.real()?);
    let [a, b, c, d] = [f.int()?, f.int()?, f.int()?, f.int()?];
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
    Ok(match kind {
        0 => Event::NodeSwitched {
            at,
            node: node(a)?,
            up: flag(b)?,
        },
        1 => Event::Retried {
            at,
            request: a,
            requester: node(b)?,
            silent: node(c)?,
            next: node(d)?,
        },
        2 => Event::Failed {
            at,
            request: a,
            requester: node(b)?,
            target: node(c)?,
            reason: match d {
                0 => FailReason::TargetOff,
                1 => FailReason::NoAnswer,
                2 => FailReason::NoPeerAnswered,
                3 => FailReason::OnlyDamaged,
                _ => return Err(bad),
            },
        },
        3 => Event::Cancelled {
            at,
            request: a,
            requester: node(b)?,
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
            request: a,
            requester: node(b)?,
            by: node(c)?,
            next: match d {
                0 => None,
                d => Some(node(d - 1)?),
            },
        },
        _ => Event::PublishRefused {
            at,
            node: node(a)?,
            server: node(b)?,
        },
    })
}

/// The `lab` line's fields, in order.
pub(super) struct Shown {
    pub(super) time: f64,
    pub(super) session_time: f64,
    pub(super) reset_at: f64,
    pub(super) paused: bool,
    pub(super) speed: f64,
    pub(super) words: Words,
    pub(super) verify: bool,
    pub(super) tour_resume: usize,
}

pub(super) fn shown(f: &mut Fields) -> Result<Shown, ReadError> {
    Ok(Shown {
        time: f.real()?,
        session_time: f.real()?,
        reset_at: f.real()?,
        paused: f.flag()?,
        speed: f.real()?,
        words: match f.flag()? {
            false => Words::Network,
            true => Words::Library,
        },
        verify: f.flag()?,
        tour_resume: f.size(usize::MAX)?,
    })
}
