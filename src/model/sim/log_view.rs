//! The event log as the events file lists it: each logged event with its time, the node it
//! is about, its line, and what it came to. Built from the events and the topology that
//! names their nodes, so the Save module makes the file from a moment's events without the
//! simulation that emitted them.

use crate::model::base::message::{Msg, NodeRef};
use crate::model::sim::engine::Simulation;
use crate::model::sim::event::Event;
use crate::model::sim::topology::{NodeIndex, Topology};

/// What a logged event came to, in a word or two: the column a spreadsheet filters on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A node was switched on.
    On,
    /// A node was switched off.
    Off,
    /// A new version appeared at a node.
    Published {
        /// The version published.
        version: u32,
    },
    /// A node took a newer copy.
    Updated {
        /// The version it took.
        version: u32,
    },
    /// Every copy holds the latest version again.
    Converged {
        /// The version every copy holds.
        version: u32,
    },
    /// A peer asked another after no answer came.
    Retried,
    /// A request failed.
    Failed,
    /// A requester switched off stopped waiting.
    Cancelled,
    /// A requester got an answer (again).
    Answered,
    /// A node was made dishonest.
    Dishonest,
    /// A node was made honest again.
    Honest,
    /// A node took a damaged copy without noticing.
    Corrupted,
    /// A peer that checks rejected a damaged answer.
    Rejected,
    /// A peer that checks found its own copy damaged and asked for a sound one.
    Refetched,
    /// A server refused a client's publishing.
    Refused,
}

/// One line of a network's event log.
#[derive(Clone, Debug, PartialEq)]
pub struct LogEntry {
    /// Session seconds of the event.
    pub at: f64,
    /// The node the event is about (the requester, for a request's fate), if any.
    pub node: Option<NodeRef>,
    /// The log's line for it.
    pub line: Msg,
    /// What it came to.
    pub outcome: Outcome,
}

/// The node an event is about (the requester, for a request's fate), if any.
fn subject(event: &Event) -> Option<NodeIndex> {
    match *event {
        Event::NodeSwitched { node, .. }
        | Event::Published { node, .. }
        | Event::Updated { node, .. }
        | Event::HonestySet { node, .. }
        | Event::Corrupted { node, .. }
        | Event::OwnCopyFailed { node, .. }
        | Event::PublishRefused { node, .. } => Some(node),
        Event::RequestSent { from, .. } => Some(from),
        Event::RequestServed { by, .. } => Some(by),
        Event::PacketDropped { at_node, .. } => Some(at_node),
        Event::Answered { requester, .. }
        | Event::Retried { requester, .. }
        | Event::Failed { requester, .. }
        | Event::Cancelled { requester, .. }
        | Event::Recovered { requester, .. }
        | Event::Rejected { requester, .. } => Some(requester),
        Event::Converged { .. } => None,
    }
}

/// The entry of `event`, if it earns a line in the log. Every node it names must be one of
/// `topology`'s.
fn entry(event: &Event, topology: &Topology) -> Option<LogEntry> {
    let line = event.log_line(topology)?;
    let outcome = match *event {
        Event::NodeSwitched { up: true, .. } => Outcome::On,
        Event::NodeSwitched { up: false, .. } => Outcome::Off,
        Event::Published { version, .. } => Outcome::Published { version },
        Event::Updated { version, .. } => Outcome::Updated { version },
        Event::Converged { version, .. } => Outcome::Converged { version },
        Event::Retried { .. } => Outcome::Retried,
        Event::Failed { .. } => Outcome::Failed,
        Event::Cancelled { .. } => Outcome::Cancelled,
        Event::Recovered { .. } | Event::Answered { .. } => Outcome::Answered,
        Event::HonestySet { honest: false, .. } => Outcome::Dishonest,
        Event::HonestySet { honest: true, .. } => Outcome::Honest,
        Event::Corrupted { .. } => Outcome::Corrupted,
        Event::Rejected { .. } => Outcome::Rejected,
        Event::OwnCopyFailed { .. } => Outcome::Refetched,
        Event::PublishRefused { .. } => Outcome::Refused,
        // Routine traffic has no line (`log_line` said so above).
        Event::RequestSent { .. } | Event::RequestServed { .. } | Event::PacketDropped { .. } => {
            return None;
        }
    };
    Some(LogEntry {
        at: event.at(),
        node: subject(event).map(|i| topology.nodes[i].reference()),
        line,
        outcome,
    })
}

/// The log's entries of `events` (oldest first, as given), named after `topology`'s nodes;
/// events without a line are left out.
pub fn log_entries<'a>(
    events: impl IntoIterator<Item = &'a Event>,
    topology: &Topology,
) -> Vec<LogEntry> {
    events
        .into_iter()
        .filter_map(|e| entry(e, topology))
        .collect()
}

impl Simulation {
    /// The event log as the events file lists it, oldest first (the latest lines only, as
    /// the page's log).
    pub fn log_entries(&self) -> Vec<LogEntry> {
        log_entries(self.logged_events(), self.topology())
    }
}
