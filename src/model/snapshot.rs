//! Plain values that describe what to draw at one instant: the only thing the UI reads.

use super::engine::{Flight, PacketKind, Simulation};
use super::explain;
use std::rc::Rc;

pub use super::layout::LinkView;
use super::layout::{self, Point};
use super::topology::{ModelKind, Role};
use super::tour::TourView;
use super::versions::Consistency;
use super::words::Words;

/// Load at which a node's load bar is full, in requests served per second: one server
/// answering twelve clients.
pub const FULL_LOAD: f64 = 6.0;

/// Everything the page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct LabSnapshot {
    pub paused: bool,
    pub speed: f64,
    /// Simulated seconds since the last reset.
    pub time: f64,
    /// The latest thing worth telling a screen-reader user.
    pub announcement: String,
    pub words: Words,
    /// The guided tour, while it is open.
    pub tour: Option<TourView>,
    /// The step (1-based) the tour opens at: where it was left.
    pub tour_resume: usize,
    pub client_server: DiagramSnapshot,
    pub peer_to_peer: DiagramSnapshot,
}

/// One network at one instant.
#[derive(Clone, Debug, PartialEq)]
pub struct DiagramSnapshot {
    pub kind: ModelKind,
    pub nodes: Vec<NodeView>,
    /// Shared with the simulation, which rebuilds them only when a node is switched: a
    /// 100-peer mesh has 4,950.
    pub links: Rc<[LinkView]>,
    pub packets: Vec<PacketView>,
    pub metrics: MetricsView,
    /// Most recent first.
    pub log: Vec<String>,
    pub insight: String,
    /// Whether the lesson is a warning: a server is off, or availability is below 95 %.
    pub alarm: bool,
    pub summary: String,
    /// How far the latest published version has spread.
    pub consistency: Consistency,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NodeView {
    pub id: String,
    pub role: Role,
    /// "Server 1", "Client 3"…
    pub label: String,
    pub up: bool,
    pub position: Point,
    /// Drawing size relative to the classroom size (1), smaller in crowded scenes.
    pub scale: f64,
    /// Requests served per second, recently.
    pub load: f64,
    /// `load` as a share of [`FULL_LOAD`], 0..=1.
    pub load_fraction: f64,
    /// The version of the shared resource it holds (a client: the one it last saw).
    pub version: u32,
    /// It keeps a copy others read, and that copy is out of date.
    pub stale: bool,
}

/// How a packet looks; each has its own shape, not only its own colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PacketShape {
    Request,
    Response,
    Dropped,
}

impl PacketShape {
    /// The stable name used in `data-kind`.
    pub fn slug(self) -> &'static str {
        match self {
            PacketShape::Request => "request",
            PacketShape::Response => "response",
            PacketShape::Dropped => "dropped",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PacketView {
    pub id: u64,
    pub shape: PacketShape,
    pub position: Point,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MetricsView {
    pub sent: u64,
    pub answered: u64,
    pub failed: u64,
    pub cancelled: u64,
    pub in_flight: u64,
    /// Copies of the shared resource older than the latest version.
    pub stale: usize,
    /// Clients or peers served now (on, last request not failed), of `requesters`.
    pub served: usize,
    pub requesters: usize,
    /// 0..=1 over the recent window; `None` before any request has an outcome.
    pub availability: Option<f64>,
}

impl Simulation {
    /// What to draw now, worded in `words`.
    pub fn snapshot(&self, words: Words) -> DiagramSnapshot {
        let topology = &self.topology;
        let time = self.render_time();
        let nodes = topology
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let load = self.metrics.load(i);
                NodeView {
                    id: n.id.clone(),
                    role: n.role,
                    label: n.label(words),
                    up: self.up[i],
                    position: n.position,
                    scale: layout::node_scale(n.role, topology.count(n.role)),
                    load,
                    load_fraction: (load / FULL_LOAD).min(1.0),
                    version: self.versions[i],
                    stale: self.is_stale(i),
                }
            })
            .collect();
        let links = Rc::clone(&self.links);
        let packets = self
            .packets
            .iter()
            .map(|p| {
                let from = topology.nodes[p.from].position;
                let to = topology.nodes[p.to].position;
                let (shape, position) = match (p.flight, p.kind) {
                    (Flight::Dropped { .. }, _) => (PacketShape::Dropped, to),
                    (Flight::Moving | Flight::Arrived, kind) => {
                        let progress = (time - p.sent_at) / (p.arrives_at - p.sent_at);
                        let shape = match kind {
                            PacketKind::Request => PacketShape::Request,
                            PacketKind::Response => PacketShape::Response,
                        };
                        (shape, from.lerp(to, progress))
                    }
                };
                PacketView {
                    id: p.id,
                    shape,
                    position,
                }
            })
            .collect();
        let m = &self.metrics;
        let (served, requesters) = explain::served(topology, &self.up, &self.failing);
        DiagramSnapshot {
            kind: topology.kind,
            nodes,
            links,
            packets,
            metrics: MetricsView {
                sent: m.sent,
                answered: m.answered,
                failed: m.failed,
                cancelled: m.cancelled,
                in_flight: m.in_flight(),
                stale: self.stale(),
                served,
                requesters,
                availability: m.availability(),
            },
            log: self
                .log
                .iter()
                .rev()
                .filter_map(|e| e.log_line(topology, words))
                .collect(),
            insight: explain::insight(topology, &self.up, words),
            alarm: topology
                .nodes
                .iter()
                .zip(&self.up)
                .any(|(n, up)| n.role == Role::Server && !up)
                || m.availability().is_some_and(|a| a < 0.95),
            summary: explain::summary(topology, &self.up, &self.failing, words),
            consistency: self.consistency(),
        }
    }
}
