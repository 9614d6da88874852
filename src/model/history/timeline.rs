//! The timeline as the page draws it: the availability series, the marks of what was
//! done, and where the present stands in the kept window.

use std::collections::VecDeque;

use super::History;
use crate::model::base::clock::TICK_SECONDS;
use crate::model::base::kind::ModelKind;
use crate::model::base::message::Msg;
use crate::model::lab::command::MarkKind;
use crate::model::sim::explain::down_periods;

/// Availability (over its window) of both networks at one moment of session time, and
/// whether each was down then.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sample {
    /// The moment, in whole ticks of session time (see `Sample::seconds`).
    pub tick: u64,
    /// The client-server network's availability then, 0..=1; `None` when no request had
    /// an outcome in the window.
    pub client_server: Option<f64>,
    /// The peer-to-peer network's availability then, 0..=1; `None` when no request had
    /// an outcome in the window (every peer off asks nothing, so measures nothing).
    pub peer_to_peer: Option<f64>,
    /// Whether the client-server network was down then: a server off
    /// (the model's `warns`).
    pub client_server_down: bool,
    /// Whether the peer-to-peer network was down then: fewer than two peers on.
    pub peer_to_peer_down: bool,
}

impl Sample {
    /// The moment, in session seconds.
    pub fn seconds(&self) -> f64 {
        self.tick as f64 * TICK_SECONDS
    }

    /// One network's availability then.
    pub fn availability(&self, kind: ModelKind) -> Option<f64> {
        match kind {
            ModelKind::ClientServer => self.client_server,
            ModelKind::PeerToPeer => self.peer_to_peer,
        }
    }

    /// Whether one network was down then.
    pub fn down(&self, kind: ModelKind) -> bool {
        match kind {
            ModelKind::ClientServer => self.client_server_down,
            ModelKind::PeerToPeer => self.peer_to_peer_down,
        }
    }
}

/// The periods (from, to) in session seconds when the network `kind` was down among
/// `samples` (in time order), as [`down_periods`] reads them.
pub fn sample_down_periods<'a>(
    samples: impl IntoIterator<Item = &'a Sample>,
    kind: ModelKind,
) -> Vec<(f64, f64)> {
    down_periods(samples.into_iter().map(|s| (s.seconds(), s.down(kind))))
}

/// The timeline as the page draws it; times in session seconds.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineView {
    /// The earliest moment history still keeps, where the timeline starts.
    pub first: f64,
    /// The furthest moment reached, where the timeline ends.
    pub last: f64,
    /// The moment shown now, where the handle stands.
    pub now: f64,
    /// Availability of both networks over the kept range, thinned to the points asked
    /// for; every sample where a network's line starts or stops is kept, so a gap in the
    /// measuring is never thinned away.
    pub samples: Vec<Sample>,
    /// The periods (from, to) each network was down over the kept range, read from every
    /// kept sample (not the thinned ones): a short outage is never thinned away either.
    pub down: Vec<(ModelKind, f64, f64)>,
    /// What was done and when (session seconds): a switch, a publish or a reset.
    pub marks: Vec<(f64, MarkKind)>,
    /// Whether Undo can bring back a future cut off by acting in the past.
    pub can_undo: bool,
    /// Whether the page shows a moment before the furthest one reached.
    pub looking_back: bool,
    /// What the handle says to a screen reader.
    pub value: Msg,
}

impl History {
    /// Availability of both networks every [`SAMPLE_SECONDS`](super::SAMPLE_SECONDS) over the kept window.
    pub fn samples(&self) -> &VecDeque<Sample> {
        &self.samples
    }

    /// What the timeline draws: the kept range, the present, the availability series cut
    /// to at most `points` points per network, and a mark per switch, publish or reset.
    pub fn timeline(&self, points: usize) -> TimelineView {
        let (first, last) = self.kept_range();
        let every = self.samples.len().div_ceil(points.max(1)).max(1);
        // Whether each network was measured: where that changes, a line starts or stops.
        let measured = |s: &Sample| (s.client_server.is_some(), s.peer_to_peer.is_some());
        let mut before = None;
        let mut samples: Vec<Sample> = Vec::new();
        for (i, s) in self.samples.iter().enumerate() {
            let edge = before.is_some_and(|b| b != measured(s));
            let next_edge = self
                .samples
                .get(i + 1)
                .is_some_and(|n| measured(n) != measured(s));
            // The latest point always ends the line.
            if i % every == 0 || edge || next_edge || i + 1 == self.samples.len() {
                samples.push(*s);
            }
            before = Some(measured(s));
        }
        let down = [ModelKind::ClientServer, ModelKind::PeerToPeer]
            .into_iter()
            .flat_map(|kind| {
                let periods = sample_down_periods(&self.samples, kind);
                periods.into_iter().map(move |(from, to)| (kind, from, to))
            })
            .collect();
        let marks = self
            .entries
            .iter()
            .filter(|e| e.tick <= self.frontier)
            .filter_map(|e| Some((e.seconds(), e.command.mark()?)))
            .collect();
        let availability = |kind| self.lab.simulation(kind).metrics().availability();
        TimelineView {
            first,
            last,
            now: self.lab.clock().render_time(),
            samples,
            down,
            marks,
            can_undo: self.can_undo(),
            looking_back: self.looking_back(),
            value: Msg::TimelineValue {
                at: self.lab.clock().render_time(),
                client_server: availability(ModelKind::ClientServer),
                peer_to_peer: availability(ModelKind::PeerToPeer),
            },
        }
    }
}
