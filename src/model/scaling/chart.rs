//! The "Which model scales?" chart's data: both bounds for N = 1..=[`MAX_RECEIVERS`] at
//! once, and the simulated times filled in beside them, a bounded amount of work at a time.
//! Above both the bounds (bounds.rs) and the simulation (swarm/), so neither
//! needs the other's caller.

use crate::model::base::kind::ModelKind;
use crate::model::scaling::bounds::{Distribution, MAX_RECEIVERS};
use crate::model::scaling::swarm::DistributionRun;

/// One receiver count on the chart: both bounds, and both simulated times once run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScalingPoint {
    /// The receiver count N of this point, from 1 to `MAX_RECEIVERS`.
    pub receivers: usize,
    /// The least time client-server can take to serve N receivers, in hours.
    pub client_server_bound: f64,
    /// The least time peer-to-peer can take to serve N receivers, in hours.
    pub peer_to_peer_bound: f64,
    /// The client-server simulation's time for N receivers, in hours, once it has run.
    pub client_server_simulated: Option<f64>,
    /// The peer-to-peer simulation's time for N receivers, in hours, once it has run.
    pub peer_to_peer_simulated: Option<f64>,
}

/// The chart's data for N = 1..=[`MAX_RECEIVERS`]. The bounds are known at once; the
/// simulated times are filled in by [`ScalingChart::work`], a bounded number of transfer
/// events at a time, so a page can spread the work over frames in slices as small as it
/// likes. The results do not depend on how the work is sliced.
#[derive(Clone, Debug)]
pub struct ScalingChart {
    /// The problem charted (clamped): file size in GB, rates in GB per hour.
    pub distribution: Distribution,
    /// One point per receiver count, N = 1 first.
    pub points: Vec<ScalingPoint>,
    /// Receiver counts fully simulated, in both models.
    next: usize,
    /// The run under way for point `next`: client-server first, then peer-to-peer.
    run: Option<(ModelKind, DistributionRun)>,
}

impl ScalingChart {
    /// The chart of `distribution` (clamped): every bound now, no simulated time yet.
    pub fn new(distribution: Distribution) -> ScalingChart {
        let d = distribution.clamped();
        let points = (1..=MAX_RECEIVERS)
            .map(|n| ScalingPoint {
                receivers: n,
                client_server_bound: d.client_server_bound(n),
                peer_to_peer_bound: d.peer_to_peer_bound(n),
                client_server_simulated: None,
                peer_to_peer_simulated: None,
            })
            .collect();
        ScalingChart {
            distribution: d,
            points,
            next: 0,
            run: None,
        }
    }

    /// Advances the simulation by at most `events` transfers (at least one, while there is
    /// work left), filling in each time as its run ends; false once every N is done.
    pub fn work(&mut self, events: usize) -> bool {
        let mut left = events.max(1);
        while left > 0 && !self.is_complete() {
            left -= self.advance_run(left).clamp(1, left);
        }
        !self.is_complete()
    }

    /// Simulates the rest of the next receiver count in both models; false once all are
    /// done.
    pub fn simulate_next(&mut self) -> bool {
        let next = self.next;
        while self.next == next && !self.is_complete() {
            self.advance_run(usize::MAX);
        }
        self.next > next
    }

    /// Advances the run under way by at most `events` transfers, and when it ends, records
    /// its time and sets up the next run. Returns the transfers it took.
    fn advance_run(&mut self, events: usize) -> usize {
        let d = self.distribution;
        let Some(point) = self.points.get_mut(self.next) else {
            return 0;
        };
        let (kind, run) = self.run.get_or_insert_with(|| {
            let kind = ModelKind::ClientServer;
            (kind, DistributionRun::new(&d, kind, point.receivers))
        });
        let before = run.events();
        let result = run.advance(events);
        let used = run.events() - before;
        let Some(time) = result else {
            return used;
        };
        match kind {
            ModelKind::ClientServer => {
                point.client_server_simulated = Some(time);
                let kind = ModelKind::PeerToPeer;
                self.run = Some((kind, DistributionRun::new(&d, kind, point.receivers)));
            }
            ModelKind::PeerToPeer => {
                point.peer_to_peer_simulated = Some(time);
                self.run = None;
                self.next += 1;
            }
        }
        used
    }

    /// How many receiver counts have been simulated.
    pub fn simulated(&self) -> usize {
        self.next
    }

    /// Whether every receiver count has been simulated in both models.
    pub fn is_complete(&self) -> bool {
        self.next == self.points.len()
    }
}
