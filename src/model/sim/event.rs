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
    NodeSwitched {
        at: f64,
        node: NodeIndex,
        up: bool,
    },
    /// A request packet left `from` for `to`; `attempt` counts from 1.
    RequestSent {
        at: f64,
        request: u64,
        from: NodeIndex,
        to: NodeIndex,
        attempt: u8,
    },
    /// `by` received a request while on and sent a response back.
    RequestServed {
        at: f64,
        request: u64,
        by: NodeIndex,
    },
    /// A packet reached a node that is off and was lost there.
    PacketDropped {
        at: f64,
        packet: u64,
        at_node: NodeIndex,
    },
    Answered {
        at: f64,
        request: u64,
        requester: NodeIndex,
        by: NodeIndex,
    },
    /// A peer's attempt got no answer in time; it moves on to `next`.
    Retried {
        at: f64,
        request: u64,
        requester: NodeIndex,
        silent: NodeIndex,
        next: NodeIndex,
    },
    Failed {
        at: f64,
        request: u64,
        requester: NodeIndex,
        target: NodeIndex,
        reason: FailReason,
    },
    /// The requester itself was switched off before its answer came, so it stopped waiting.
    Cancelled {
        at: f64,
        request: u64,
        requester: NodeIndex,
    },
    /// A requester that had just failed got an answer again.
    Recovered {
        at: f64,
        requester: NodeIndex,
    },
    /// A new version of the shared resource appeared at `node`.
    Published {
        at: f64,
        node: NodeIndex,
        version: u32,
    },
    /// `node` replaced its copy with the newer `version` it heard of from `from`.
    Updated {
        at: f64,
        node: NodeIndex,
        from: NodeIndex,
        version: u32,
    },
    /// Every copy holds the latest `version` again, `after` seconds since it was published.
    Converged {
        at: f64,
        version: u32,
        after: f64,
    },

    // Issue 15: who can you trust?
    /// `node` was made dishonest (`honest` false) or honest again.
    HonestySet {
        at: f64,
        node: NodeIndex,
        honest: bool,
    },
    /// `node`, which held a sound copy, took a damaged one from `from` without noticing.
    Corrupted {
        at: f64,
        node: NodeIndex,
        from: NodeIndex,
    },
    /// `requester` checked the answer of `by` against the publisher's fingerprints,
    /// found it damaged, and asks `next` (or, with nobody left, fails).
    Rejected {
        at: f64,
        request: u64,
        requester: NodeIndex,
        by: NodeIndex,
        next: Option<NodeIndex>,
    },
    /// A client tried to publish; `server`, which alone may change the shared copy,
    /// refused.
    PublishRefused {
        at: f64,
        node: NodeIndex,
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
