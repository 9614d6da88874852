//! The lab's live state: what a session is now, kept apart from the link it was opened
//! from. The link's start ([`Lab::start`](super::Lab::start)) never changes; everything a
//! person changes (sizes, who is dishonest, checking, speed, words, language, the chart)
//! changes here, and Share, the snapshot's numbers and every rebuilt network read this.

use crate::model::base::clock::Clock;
use crate::model::base::kind::ModelKind;
use crate::model::base::lang::Lang;
use crate::model::base::words::Words;
use crate::model::lab::network;
use crate::model::lab::scenario::{Capacity, Rate, Scenario, Sizes, Speed};
use crate::model::scaling::bounds::Distribution;
use crate::model::sim::engine::Simulation;
use crate::model::sim::topology::{NodeIndex, Topology};

/// What the session is now, beside the simulations' own state (who is on, packets,
/// versions): what a network is rebuilt from at a size change, a Reset or a tour scene,
/// and the display choices Share writes.
#[derive(Clone, Debug, PartialEq)]
pub struct LiveState {
    /// The networks' sizes now.
    pub sizes: Sizes,
    /// The seed of both networks' randomness: the link's, never changed in a session.
    pub seed: u64,
    /// How often each requester asks: the link's, never changed in a session.
    pub rate: Rate,
    /// Requests per second each server answers at most: the link's, never changed.
    pub capacity: Capacity,
    /// Requests per second each peer answers at most: the link's, never changed.
    pub peer_capacity: Capacity,
    /// The nodes a Reset starts switched off: the link's `down`, none after a tour scene
    /// (whose nodes start off in that step only).
    pub reset_down: Vec<String>,
    /// Dishonest nodes (`p2`, `s1`…): Reset and a size change keep them.
    pub bad: Vec<String>,
    /// Whether peers check every copy against the publisher's fingerprints.
    pub verify: bool,
    /// How much faster than real time the session runs.
    pub speed: Speed,
    /// Network words or the library analogy.
    pub words: Words,
    /// The language chosen, if any (see [`Scenario::lang`]).
    pub lang: Option<Lang>,
    /// The "Which model scales?" problem.
    pub chart: Distribution,
    /// The receiver count N the chart is read at.
    pub chart_receivers: usize,
}

impl LiveState {
    /// The state a session opened from `start` (already clamped) begins in.
    pub(in crate::model) fn of(start: &Scenario) -> LiveState {
        LiveState {
            sizes: start.sizes(),
            seed: start.seed,
            rate: start.rate,
            capacity: start.capacity,
            peer_capacity: start.peer_capacity,
            reset_down: start.down.clone(),
            bad: start.bad.clone(),
            verify: start.verify,
            speed: start.speed,
            words: start.words,
            lang: start.lang,
            chart: start.chart,
            chart_receivers: start.chart_receivers,
        }
    }

    /// A fresh simulation of one network as this state describes it, with the nodes
    /// `down` switched off (ids it does not have are ignored), starting at `clock`.
    pub(in crate::model) fn build(
        &self,
        kind: ModelKind,
        down: &[String],
        clock: Clock,
    ) -> Simulation {
        let (topology, seed, capacity) = match kind {
            ModelKind::ClientServer => (
                Topology::client_server(self.sizes.servers, self.sizes.clients),
                self.seed,
                self.capacity,
            ),
            ModelKind::PeerToPeer => (
                Topology::peer_to_peer(self.sizes.peers),
                self.seed ^ 0x9e37_79b9_7f4a_7c15,
                self.peer_capacity,
            ),
        };
        let off: Vec<NodeIndex> = down.iter().filter_map(|id| topology.find(id)).collect();
        let mut sim = network::start(topology, seed, self.rate, capacity, clock, off);
        for id in &self.bad {
            if let Some(node) = sim.topology().find(id) {
                sim.set_honest(node, false);
            }
        }
        sim.set_verify(self.verify);
        sim
    }

    /// This state written as a link, with the nodes `down` off and `bad` dishonest: the
    /// present, with no past and no moment in it, running, the tour closed. How the page
    /// is laid out (view, controls, theme, log), which a session never changes, is the
    /// link's `start`.
    pub fn link(&self, start: &Scenario, down: Vec<String>, bad: Vec<String>) -> Scenario {
        Scenario {
            view: start.view,
            controls: start.controls,
            theme: start.theme,
            show_log: start.show_log,
            servers: self.sizes.servers,
            clients: self.sizes.clients,
            peers: self.sizes.peers,
            seed: self.seed,
            rate: self.rate,
            capacity: self.capacity,
            peer_capacity: self.peer_capacity,
            down,
            bad,
            verify: self.verify,
            speed: self.speed,
            words: self.words,
            lang: self.lang,
            chart: self.chart,
            chart_receivers: self.chart_receivers,
            paused: false,
            tour: None,
            script: Vec::new(),
            at: None,
        }
    }
}
