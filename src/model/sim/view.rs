//! Plain values that describe what to draw at one instant: the only thing the UI reads.
//! The links are not among them: [`link_views`] builds them from the nodes, only where
//! they are drawn (the page memoises them on the nodes; the classroom server builds none).

use crate::model::sim::capacity::Capacity;
use crate::model::sim::engine::{Flight, PacketKind, Simulation};
use crate::model::sim::explain;

use crate::model::base::kind::ModelKind;
use crate::model::base::message::{HEALTHY_AVAILABILITY, Msg};
use crate::model::base::role::Role;
use crate::model::sim::engine::versions::Consistency;
use crate::model::sim::layout::{self, Point};
use crate::model::sim::topology::NodeIndex;

/// One network at one instant.
#[derive(Clone, Debug, PartialEq)]
pub struct DiagramSnapshot {
    /// Which network this is: client-server or peer-to-peer.
    pub kind: ModelKind,
    /// In the topology's order, so a node's [`NodeView::home`] indexes this list.
    pub nodes: Vec<NodeView>,
    /// The packets on the wire now, and the dropped ones still shown where they were lost.
    pub packets: Vec<PacketView>,
    /// The network's live numbers.
    pub metrics: MetricsView,
    /// Requests per second each of its servers or peers answers at most: where a load
    /// bar is full.
    pub capacity: Capacity,
    /// Most recent first.
    pub log: Vec<Msg>,
    /// Session seconds of each line of `log`, in the same order, so a log line can put the
    /// timeline at its moment.
    pub log_at: Vec<f64>,
    /// The lesson the diagram shows now: what is off first, then who can be trusted, else
    /// what the traffic shows (`Msg::OnlyServerOff`, `Msg::PeersShare`…).
    pub insight: Msg,
    /// Whether the lesson is a warning: a server is off, fewer than two peers are on, or
    /// availability is below 95 %.
    pub alarm: bool,
    /// The one-line summary a screen reader hears for this diagram (`Msg::Summary`).
    pub summary: Msg,
    /// How far the latest published version has spread.
    pub consistency: Consistency,
}

/// One node as drawn at one instant.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeView {
    /// Stable id (`s1`, `c3`, `p2`), also the `data-node` hook and the id links use.
    pub id: String,
    /// What the node does: server, client or peer.
    pub role: Role,
    /// "Server 1", "Client 3"… once worded.
    pub label: Msg,
    /// Whether it is switched on.
    pub up: bool,
    /// Its centre in the 400 × 300 diagram space.
    pub position: Point,
    /// For a client, the index (in the same list of nodes) of the server it is linked to.
    pub home: Option<NodeIndex>,
    /// Drawing size relative to the classroom size (1), smaller in crowded scenes.
    pub scale: f64,
    /// Requests served per second, recently.
    pub load: f64,
    /// `load` as a share of the network's [`Capacity`], 0..=1.
    pub load_fraction: f64,
    /// Requests waiting in its queue for an answer (a client's is always 0).
    pub queue: usize,
    /// The version of the shared resource it holds (a client: the one it last saw).
    pub version: u32,
    /// It keeps a copy others read, and that copy is out of date.
    pub stale: bool,
    /// False for a dishonest node: it hands out damaged copies.
    pub honest: bool,
    /// It is honest and holds a damaged copy (a client: received last).
    pub damaged: bool,
}

/// One link as drawn: from one node's place to another's.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkView {
    /// The client's place, or the first peer's.
    pub from: Point,
    /// The server's place, or the second peer's.
    pub to: Point,
    /// Both ends are on.
    pub up: bool,
}

/// The links between `nodes` (one network's, in its snapshot's order), as drawn: each
/// client to its server (its `home`), in the clients' order; in peer-to-peer every pair
/// of peers once, ordered by the first peer then the second. A link is up when both its
/// ends are on. Built from the views, so only a drawing pays for the pairs (100 peers
/// are 4,950; the classroom's 300 would be 44,850).
pub fn link_views(nodes: &[NodeView]) -> Vec<LinkView> {
    let peers = nodes.iter().filter(|n| n.role == Role::Peer).count();
    let mut links = Vec::with_capacity(peers * peers.saturating_sub(1) / 2 + nodes.len());
    for (i, a) in nodes.iter().enumerate() {
        let to = |b: &NodeView| LinkView {
            from: a.position,
            to: b.position,
            up: a.up && b.up,
        };
        match a.role {
            Role::Client => links.extend(a.home.and_then(|h| nodes.get(h)).map(to)),
            Role::Peer => links.extend(
                nodes[i + 1..]
                    .iter()
                    .filter(|b| b.role == Role::Peer)
                    .map(to),
            ),
            Role::Server => {}
        }
    }
    links
}

/// How a packet looks; each has its own shape, not only its own colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PacketShape {
    /// A request on its way to the node asked (a circle).
    Request,
    /// An answer on its way back to the requester (a square).
    Response,
    /// A packet lost at a node that is off, shown there for a moment.
    Dropped,
    /// An answer carrying a damaged copy.
    Corrupt,
}

impl PacketShape {
    /// The stable name used in `data-kind`.
    pub fn slug(self) -> &'static str {
        match self {
            PacketShape::Request => "request",
            PacketShape::Response => "response",
            PacketShape::Dropped => "dropped",
            PacketShape::Corrupt => "corrupt",
        }
    }
}

/// One packet as drawn at one instant.
#[derive(Clone, Debug, PartialEq)]
pub struct PacketView {
    /// The packet's id, unique within its simulation: a stable key for drawing it.
    pub id: u64,
    /// What it is, and so how it looks.
    pub shape: PacketShape,
    /// Where it is now in diagram space, part way along its link (or where it was lost).
    pub position: Point,
}

/// The live numbers of one network: counts since it started, and the present state.
#[derive(Clone, Debug, PartialEq)]
pub struct MetricsView {
    /// Requests its clients or peers have sent (first attempts; retries are not counted).
    pub sent: u64,
    /// Requests that got an answer.
    pub answered: u64,
    /// Requests that ended without an answer (timed out, or only damaged answers).
    pub failed: u64,
    /// Requests given up because the requester was switched off while it waited.
    pub cancelled: u64,
    /// Requests waiting for an answer, counted in the engine's table of open requests, not
    /// worked out from the other counts: so that sent = answered + failed + cancelled +
    /// waiting is a check, not a definition.
    pub in_flight: u64,
    /// Copies of the shared resource older than the latest version.
    pub stale: usize,
    /// Honest nodes holding a damaged copy now.
    pub corrupt: usize,
    /// Damaged answers caught by checking, since the start.
    pub rejected: u64,
    /// Clients or peers served now (on, and their last finished request was answered; none
    /// before an answer arrived), of `requesters`.
    pub served: usize,
    /// All its clients or peers: the nodes that send requests.
    pub requesters: usize,
    /// 0..=1 over the recent window; `None` before any request has an outcome.
    pub availability: Option<f64>,
}

impl MetricsView {
    /// Whether a request has been sent: before, the counts of requests (sent, waiting,
    /// cancelled) have nothing to count and show "–".
    pub fn asked(&self) -> bool {
        self.sent > 0
    }

    /// Whether a request has had an outcome (answered or failed): before, those two counts
    /// have nothing to count and show "–", as availability does.
    pub fn decided(&self) -> bool {
        self.answered + self.failed > 0
    }
}

impl Simulation {
    /// What to draw now.
    pub fn snapshot(&self) -> DiagramSnapshot {
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
                    label: Msg::Node(n.reference()),
                    up: self.up[i],
                    position: n.position,
                    home: n.home,
                    scale: layout::node_scale(n.role, topology.count(n.role)),
                    load,
                    load_fraction: self.capacity.share(load),
                    queue: self.waiting(i),
                    version: self.versions[i],
                    stale: self.is_stale(i),
                    honest: self.honest[i],
                    damaged: self.holds_damaged(i),
                }
            })
            .collect();
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
                        let shape = match (kind, p.integrity.is_damaged()) {
                            (PacketKind::Request, _) => PacketShape::Request,
                            (PacketKind::Response, false) => PacketShape::Response,
                            (PacketKind::Response, true) => PacketShape::Corrupt,
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
        let lines: Vec<(f64, Msg)> = self
            .log
            .iter()
            .rev()
            .filter_map(|e| Some((e.at(), e.log_line(topology)?)))
            .collect();
        let m = &self.metrics;
        let (served, requesters) = explain::served(topology, &self.up, &self.last);
        DiagramSnapshot {
            kind: topology.kind,
            nodes,
            packets,
            capacity: self.capacity,
            metrics: MetricsView {
                sent: m.sent,
                answered: m.answered,
                failed: m.failed,
                cancelled: m.cancelled,
                in_flight: self.open_requests() as u64,
                stale: self.stale(),
                corrupt: self.corrupted(),
                rejected: m.rejected,
                served,
                requesters,
                availability: m.availability(),
            },
            log: lines.iter().map(|(_, line)| line.clone()).collect(),
            log_at: lines.iter().map(|&(at, _)| at).collect(),
            insight: explain::card_insight(
                topology,
                &self.up,
                &self.honest,
                self.verify,
                self.bad_release(),
                m.availability(),
            ),
            alarm: explain::warns(topology, &self.up)
                || m.availability().is_some_and(|a| a < HEALTHY_AVAILABILITY),
            summary: explain::summary(topology, &self.up, &self.last),
            consistency: self.consistency(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sim::topology::Topology;

    #[test]
    fn waiting_is_counted_apart_so_a_lost_request_breaks_the_sum() {
        let mut sim = Simulation::new(Topology::client_server(1, 3), 2);
        while sim.open.is_empty() {
            sim.step(0.01);
        }
        let m = sim.snapshot().metrics;
        assert_eq!(m.sent, m.answered + m.failed + m.cancelled + m.in_flight);
        // A request that vanished without an outcome, as a bug would lose it.
        let lost = *sim.open.keys().next().expect("an open request");
        sim.open.remove(&lost);
        let m = sim.snapshot().metrics;
        assert_eq!(
            m.sent,
            m.answered + m.failed + m.cancelled + m.in_flight + 1
        );
    }
}
