//! The timeline as the page draws it: the availability series, the marks of what was
//! done, and where the present stands in the kept window.

use std::collections::VecDeque;

use super::History;
use crate::model::base::clock::TICK_SECONDS;
use crate::model::base::kind::ModelKind;
use crate::model::base::message::Msg;
use crate::model::lab::command::MarkKind;

/// Availability (over its window) of both networks at one moment of session time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sample {
    /// The moment, in whole ticks of session time (see `Sample::seconds`).
    pub tick: u64,
    /// The client-server network's availability then, 0..=1; `None` before any outcome.
    pub client_server: Option<f64>,
    /// The peer-to-peer network's availability then, 0..=1; `None` before any outcome.
    pub peer_to_peer: Option<f64>,
}

impl Sample {
    /// The moment, in session seconds.
    pub fn seconds(&self) -> f64 {
        self.tick as f64 * TICK_SECONDS
    }
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
    /// Availability of both networks over the kept range, thinned to the points asked for.
    pub samples: Vec<Sample>,
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
        let mut samples: Vec<Sample> = self.samples.iter().step_by(every).copied().collect();
        // The latest point always ends the line.
        if let Some(&end) = self
            .samples
            .back()
            .filter(|&&end| samples.last() != Some(&end))
        {
            samples.push(end);
        }
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
