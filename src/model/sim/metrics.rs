//! The live numbers of one simulation, derived from its events in this one place:
//! counts since the start, availability over a recent window, and each node's load.

use std::collections::VecDeque;

use crate::model::sim::event::Event;
use crate::model::sim::topology::NodeIndex;

/// Availability is measured over this many simulated seconds.
pub const AVAILABILITY_WINDOW_SECONDS: f64 = 10.0;
/// Load (requests served per second) is measured over this many simulated seconds.
pub const LOAD_WINDOW_SECONDS: f64 = 10.0;

/// Running totals and windows, fed with every event of one simulation.
#[derive(Clone, Debug, Default)]
pub struct Metrics {
    /// Requests sent since the start (first attempts only; a peer's retries are not counted).
    pub sent: u64,
    /// Requests that got an answer since the start.
    pub answered: u64,
    /// Requests that ended without an answer since the start.
    pub failed: u64,
    /// Requests given up since the start, because the requester was switched off.
    pub cancelled: u64,
    /// Damaged answers caught by checking.
    pub rejected: u64,
    /// (time, answered?) for every outcome in the availability window.
    outcomes: VecDeque<(f64, bool)>,
    window_answered: u32,
    /// (time, server) for every request served in the load window.
    served: VecDeque<(f64, NodeIndex)>,
    served_per_node: Vec<u32>,
    /// When the simulation started, and the latest time the windows were pruned at: load
    /// is divided by the time actually measured, not by a window not yet filled.
    started_at: f64,
    now: f64,
}

impl Metrics {
    /// Metrics for `nodes` nodes of a simulation starting at `started_at` seconds.
    pub fn new(nodes: usize, started_at: f64) -> Metrics {
        Metrics {
            served_per_node: vec![0; nodes],
            started_at,
            now: started_at,
            ..Metrics::default()
        }
    }

    /// Room for one more node, at the end, that has served nothing yet.
    pub(in crate::model) fn grow(&mut self) {
        self.served_per_node.push(0);
    }

    /// Rough bytes these windows hold on the heap.
    pub(in crate::model) fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        self.outcomes.capacity() * size_of::<(f64, bool)>()
            + self.served.capacity() * size_of::<(f64, NodeIndex)>()
            + self.served_per_node.capacity() * size_of::<u32>()
    }

    /// Takes one event into account.
    pub fn record(&mut self, event: &Event) {
        match *event {
            Event::RequestSent { attempt: 1, .. } => self.sent += 1,
            Event::Answered { at, .. } => {
                self.answered += 1;
                self.outcomes.push_back((at, true));
                self.window_answered += 1;
            }
            Event::Failed { at, .. } => {
                self.failed += 1;
                self.outcomes.push_back((at, false));
            }
            Event::Cancelled { .. } => self.cancelled += 1,
            Event::Rejected { .. } => self.rejected += 1,
            Event::RequestServed { at, by, .. } => {
                self.served.push_back((at, by));
                self.served_per_node[by] += 1;
            }
            Event::RequestSent { .. }
            | Event::NodeSwitched { .. }
            | Event::PacketDropped { .. }
            | Event::Retried { .. }
            | Event::Recovered { .. }
            // Staleness is read from the copies themselves (`Simulation::stale`).
            | Event::Published { .. }
            | Event::Updated { .. }
            | Event::Converged { .. }
            // Damaged copies are read from the copies themselves (`Simulation::corrupted`).
            | Event::HonestySet { .. }
            | Event::Corrupted { .. }
            | Event::OwnCopyFailed { .. }
            | Event::PublishRefused { .. } => {}
        }
    }

    /// Forgets what has left the windows by time `now`.
    pub fn prune(&mut self, now: f64) {
        self.now = now;
        while let Some(&(at, answered)) = self.outcomes.front() {
            if at > now - AVAILABILITY_WINDOW_SECONDS {
                break;
            }
            self.outcomes.pop_front();
            if answered {
                self.window_answered -= 1;
            }
        }
        while let Some(&(at, by)) = self.served.front() {
            if at > now - LOAD_WINDOW_SECONDS {
                break;
            }
            self.served.pop_front();
            self.served_per_node[by] -= 1;
        }
    }

    /// Answered ÷ (answered + failed) over the window, 0..=1; `None` before any outcome.
    pub fn availability(&self) -> Option<f64> {
        match self.outcomes.len() {
            0 => None,
            n => Some(f64::from(self.window_answered) / n as f64),
        }
    }

    /// Requests this node served per second over the load window, or over the time since
    /// the start while that is shorter.
    pub fn load(&self, node: NodeIndex) -> f64 {
        let measured = (self.now - self.started_at).min(LOAD_WINDOW_SECONDS);
        match measured > 0.0 {
            true => f64::from(self.served_per_node[node]) / measured,
            false => 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answered(at: f64) -> Event {
        Event::Answered {
            at,
            request: 0,
            requester: 1,
            by: 0,
        }
    }

    fn failed(at: f64) -> Event {
        Event::Failed {
            at,
            request: 0,
            requester: 1,
            target: 0,
            reason: crate::model::sim::event::FailReason::TargetOff,
        }
    }

    #[test]
    fn availability_counts_only_the_recent_window() {
        let mut m = Metrics::new(2, 0.0);
        assert_eq!(m.availability(), None);
        m.record(&answered(1.0));
        m.record(&answered(3.0));
        m.record(&failed(12.5));
        m.prune(12.5);
        // The answer at 1.0 s has left the window; one answered, one failed remain.
        assert_eq!(m.availability(), Some(0.5));
        m.prune(30.0);
        assert_eq!(m.availability(), None);
        assert_eq!((m.answered, m.failed), (2, 1));
    }

    #[test]
    fn load_is_requests_served_per_second() {
        let mut m = Metrics::new(2, 0.0);
        for i in 1..=20 {
            m.record(&Event::RequestServed {
                at: f64::from(i) * 0.5,
                request: 0,
                by: 0,
            });
        }
        m.prune(10.0);
        assert!((m.load(0) - 2.0).abs() < 1e-9);
        assert_eq!(m.load(1), 0.0);
    }

    #[test]
    fn load_soon_after_a_start_is_divided_by_the_time_measured() {
        // A network rebuilt at 100 s serves twice in its first two seconds: 1 per second,
        // not 2 per 10 s window.
        let mut m = Metrics::new(1, 100.0);
        assert_eq!(m.load(0), 0.0, "nothing measured yet");
        for at in [100.5, 101.0] {
            m.record(&Event::RequestServed {
                at,
                request: 0,
                by: 0,
            });
        }
        m.prune(102.0);
        assert!((m.load(0) - 1.0).abs() < 1e-9, "{}", m.load(0));
    }
}
