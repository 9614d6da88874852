//! What happened in a simulation, one value per happening. Metrics, the event log and the
//! live announcements are all derived from these.

use crate::model::base::message::Msg;
use crate::model::sim::topology::{NodeIndex, Topology};

/// Why a request failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailReason {
    /// The node asked last was off, so the request was dropped there.
    TargetOff,
    /// The node asked last was on, yet no answer came back in time.
    NoAnswer,
    /// Every partner a peer may ask was tried and none answered.
    NoPeerAnswered,
    /// A peer that checks copies rejected the last answer it got, and had nobody left
    /// to ask.
    OnlyDamaged,
}

/// One thing that happened at a simulated time (seconds since the start).
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// A node was switched on or off: by a click, a script or the teacher, or at the start
    /// by a link or scene that has it start off.
    NodeSwitched {
        /// When it happened, in simulated seconds.
        at: f64,
        /// The node switched.
        node: NodeIndex,
        /// Its new state: `true` on, `false` off.
        up: bool,
    },
    /// A request packet left `from` for `to`; `attempt` counts from 1.
    RequestSent {
        /// When it happened, in simulated seconds.
        at: f64,
        /// The request's id, unique within this simulation; every attempt keeps it.
        request: u64,
        /// The requester (a client or a peer).
        from: NodeIndex,
        /// The node asked: a client's server, or the partner a peer picked.
        to: NodeIndex,
        /// Which attempt: 1 for a new request, up to `MAX_ATTEMPTS` for a peer's retries.
        attempt: u8,
    },
    /// `by` received a request while on and sent a response back.
    RequestServed {
        /// When it happened, in simulated seconds.
        at: f64,
        /// The request's id, unique within this simulation; every attempt keeps it.
        request: u64,
        /// The server or peer that answered.
        by: NodeIndex,
    },
    /// A packet reached a node that is off and was lost there.
    PacketDropped {
        /// When it happened, in simulated seconds.
        at: f64,
        /// The lost packet's id, unique within this simulation.
        packet: u64,
        /// The node that is off, where the packet was lost.
        at_node: NodeIndex,
    },
    /// A requester got the answer to a request it was still waiting for: an outcome that
    /// raises availability.
    Answered {
        /// When it happened, in simulated seconds.
        at: f64,
        /// The request's id, unique within this simulation; every attempt keeps it.
        request: u64,
        /// The client or peer that asked.
        requester: NodeIndex,
        /// The node whose answer arrived.
        by: NodeIndex,
    },
    /// A peer's attempt got no answer in time; it moves on to `next`.
    Retried {
        /// When it happened, in simulated seconds.
        at: f64,
        /// The request's id, unique within this simulation; every attempt keeps it.
        request: u64,
        /// The peer that asked.
        requester: NodeIndex,
        /// The partner that did not answer in time.
        silent: NodeIndex,
        /// The partner asked instead.
        next: NodeIndex,
    },
    /// A request ended without an answer: an outcome that lowers availability, and marks
    /// the requester as not served until it is answered again.
    Failed {
        /// When it happened, in simulated seconds.
        at: f64,
        /// The request's id, unique within this simulation; every attempt keeps it.
        request: u64,
        /// The client or peer that asked.
        requester: NodeIndex,
        /// The node asked last.
        target: NodeIndex,
        /// Why no answer came.
        reason: FailReason,
    },
    /// The requester itself was switched off before its answer came, so it stopped waiting.
    Cancelled {
        /// When it happened, in simulated seconds.
        at: f64,
        /// The request's id, unique within this simulation; every attempt keeps it.
        request: u64,
        /// The client or peer switched off while it waited.
        requester: NodeIndex,
    },
    /// A requester that had just failed got an answer again.
    Recovered {
        /// When it happened, in simulated seconds.
        at: f64,
        /// The client or peer served again.
        requester: NodeIndex,
    },
    /// A new version of the shared resource appeared at `node`.
    Published {
        /// When it happened, in simulated seconds.
        at: f64,
        /// Where the version appeared: a server that is on, or the peer it starts from.
        node: NodeIndex,
        /// The new version number (the first release is version 1).
        version: u32,
    },
    /// `node` replaced its copy with the newer `version` it heard of from `from`.
    Updated {
        /// When it happened, in simulated seconds.
        at: f64,
        /// The node whose copy is now newer.
        node: NodeIndex,
        /// The node it heard of the version from (or, after a server is back on, itself).
        from: NodeIndex,
        /// The version it holds now.
        version: u32,
    },
    /// Every copy holds the latest `version` again, `after` seconds since it was published.
    Converged {
        /// When it happened, in simulated seconds.
        at: f64,
        /// The version every copy now holds.
        version: u32,
        /// Simulated seconds from publishing to the last copy catching up.
        after: f64,
    },

    // Who can you trust: dishonest nodes, checked copies, publishing from a node.
    /// `node` was made dishonest (`honest` false) or honest again.
    HonestySet {
        /// When it happened, in simulated seconds.
        at: f64,
        /// The node whose honesty changed.
        node: NodeIndex,
        /// Its new state: `false` means it now damages every copy it sends.
        honest: bool,
    },
    /// `node`, which held a sound copy, took a damaged one from `from` without noticing.
    Corrupted {
        /// When it happened, in simulated seconds.
        at: f64,
        /// The node that now holds a damaged copy.
        node: NodeIndex,
        /// The node it took the copy from.
        from: NodeIndex,
    },
    /// `requester` checked the answer of `by` against the publisher's fingerprints,
    /// found it damaged, and asks `next` (or, with nobody left, fails).
    Rejected {
        /// When it happened, in simulated seconds.
        at: f64,
        /// The request's id, unique within this simulation; every attempt keeps it.
        request: u64,
        /// The peer that checked the answer.
        requester: NodeIndex,
        /// The node whose answer was damaged.
        by: NodeIndex,
        /// The partner asked instead; `None` when no try is left, so the request fails.
        next: Option<NodeIndex>,
    },
    /// `node`, a peer that checks, found that the copy it already holds does not match the
    /// publisher's fingerprints, and asks `next` for a sound one (as BitTorrent's piece
    /// hashes let a peer check what it has and fetch it again).
    OwnCopyFailed {
        /// When it happened, in simulated seconds.
        at: f64,
        /// The peer whose own copy is damaged.
        node: NodeIndex,
        /// The partner it asks for a sound copy.
        next: NodeIndex,
    },
    /// A client tried to publish; `server`, which alone may change the shared copy,
    /// refused.
    PublishRefused {
        /// When it happened, in simulated seconds.
        at: f64,
        /// The client that tried to publish.
        node: NodeIndex,
        /// Its server, which refused.
        server: NodeIndex,
    },
}

impl Event {
    /// Simulated time of the event, in seconds.
    pub fn at(&self) -> f64 {
        match *self {
            Event::NodeSwitched { at, .. }
            | Event::RequestSent { at, .. }
            | Event::RequestServed { at, .. }
            | Event::PacketDropped { at, .. }
            | Event::Answered { at, .. }
            | Event::Retried { at, .. }
            | Event::Failed { at, .. }
            | Event::Cancelled { at, .. }
            | Event::Recovered { at, .. }
            | Event::Published { at, .. }
            | Event::Updated { at, .. }
            | Event::Converged { at, .. }
            | Event::HonestySet { at, .. }
            | Event::Corrupted { at, .. }
            | Event::Rejected { at, .. }
            | Event::OwnCopyFailed { at, .. }
            | Event::PublishRefused { at, .. } => at,
        }
    }

    /// Whether this event earns a line in the event log (routine traffic does not).
    pub fn is_logged(&self) -> bool {
        !matches!(
            self,
            Event::RequestSent { .. }
                | Event::RequestServed { .. }
                | Event::PacketDropped { .. }
                | Event::Answered { .. }
                // The failure that follows says it.
                | Event::Rejected { next: None, .. }
        )
    }

    /// A line for the event log, for events worth a line; routine traffic has none.
    pub fn log_line(&self, topology: &Topology) -> Option<Msg> {
        let name = |i: NodeIndex| topology.nodes[i].reference();
        let line = match *self {
            Event::NodeSwitched { node, up, .. } => Msg::LogSwitched {
                node: name(node),
                up,
            },
            Event::Published { node, version, .. } => Msg::LogPublished {
                version,
                node: name(node),
            },
            Event::Updated {
                node,
                from,
                version,
                ..
            } => Msg::LogUpdated {
                node: name(node),
                from: name(from),
                version,
            },
            Event::Converged { version, after, .. } => Msg::LogConverged {
                version,
                seconds: after,
            },
            Event::Retried {
                requester,
                silent,
                next,
                ..
            } => Msg::LogRetried {
                who: name(requester),
                silent: name(silent),
                next: name(next),
            },
            Event::Failed {
                requester,
                target,
                reason,
                ..
            } => {
                let (who, whom) = (name(requester), name(target));
                match reason {
                    FailReason::TargetOff => Msg::LogTargetOff { who, whom },
                    FailReason::NoAnswer => Msg::LogNoAnswer { who, whom },
                    FailReason::NoPeerAnswered => Msg::LogNoPeerAnswered { who },
                    FailReason::OnlyDamaged => Msg::LogOnlyDamaged { who },
                }
            }
            Event::Cancelled { requester, .. } => Msg::LogCancelled {
                who: name(requester),
            },
            Event::Recovered { requester, .. } => Msg::LogRecovered {
                who: name(requester),
            },
            Event::HonestySet { node, honest, .. } => Msg::LogHonesty {
                node: name(node),
                honest,
            },
            Event::Corrupted { node, from, .. } => Msg::LogCorrupted {
                node: name(node),
                from: name(from),
            },
            Event::Rejected {
                requester,
                by,
                next: Some(next),
                ..
            } => Msg::LogRejected {
                who: name(requester),
                bad: name(by),
                next: name(next),
            },
            Event::OwnCopyFailed { node, next, .. } => Msg::LogOwnCopyFailed {
                who: name(node),
                next: name(next),
            },
            Event::PublishRefused { node, server, .. } => Msg::LogPublishRefused {
                who: name(node),
                server: name(server),
            },
            Event::RequestSent { .. }
            | Event::RequestServed { .. }
            | Event::PacketDropped { .. }
            | Event::Answered { .. }
            | Event::Rejected { next: None, .. } => return None,
        };
        Some(line)
    }
}
