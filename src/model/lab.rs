//! The page's whole world: one simulation per network model, side by side, sharing one
//! clock, speed and pause state, changed only through [`Command`]s.

use super::engine::Simulation;
use super::explain;
use super::scenario::{CLIENTS, PEERS, SERVERS, Scenario, Speed};
use super::snapshot::LabSnapshot;
use super::topology::{ModelKind, Topology};

/// Simulated seconds one press of Step advances (before the speed factor).
pub const STEP_BUTTON_SECONDS: f64 = 0.25;
/// Longest wall-clock gap taken from one frame: a tab left in the background resumes where
/// it was instead of racing through minutes of backlog.
pub const MAX_FRAME_SECONDS: f64 = 0.25;

/// Something a person can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Switch a node (by id: `s1`, `c2`, `p3`…) off if it is on, on if it is off.
    Toggle {
        model: ModelKind,
        node: String,
    },
    SetPaused(bool),
    TogglePaused,
    /// Advance a little while paused.
    StepOnce,
    SetSpeed(f64),
    /// 1–4 servers, each with its own group of clients.
    SetServers(usize),
    SetClients(usize),
    SetPeers(usize),
    /// Start the scenario over.
    Reset,
}

/// Both networks and the shared controls.
#[derive(Clone, Debug)]
pub struct Lab {
    scenario: Scenario,
    paused: bool,
    client_server: Simulation,
    peer_to_peer: Simulation,
    announcement: String,
}

fn build(kind: ModelKind, scenario: &Scenario) -> Simulation {
    let (topology, seed) = match kind {
        ModelKind::ClientServer => (
            Topology::client_server(scenario.servers, scenario.clients),
            scenario.seed,
        ),
        ModelKind::PeerToPeer => (
            Topology::peer_to_peer(scenario.peers),
            scenario.seed ^ 0x9e37_79b9_7f4a_7c15,
        ),
    };
    let mut sim = Simulation::with_rate(topology, seed, scenario.rate);
    for id in &scenario.down {
        if let Some(node) = sim.topology().find(id) {
            sim.set_up(node, false);
        }
    }
    sim
}

impl Lab {
    pub fn new(scenario: Scenario) -> Lab {
        let scenario = scenario.clamped();
        Lab {
            paused: scenario.paused,
            client_server: build(ModelKind::ClientServer, &scenario),
            peer_to_peer: build(ModelKind::PeerToPeer, &scenario),
            announcement: String::new(),
            scenario,
        }
    }

    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    pub fn is_paused(&self) -> bool {
        self.paused
    }

    pub fn simulation(&self, kind: ModelKind) -> &Simulation {
        match kind {
            ModelKind::ClientServer => &self.client_server,
            ModelKind::PeerToPeer => &self.peer_to_peer,
        }
    }

    fn simulation_mut(&mut self, kind: ModelKind) -> &mut Simulation {
        match kind {
            ModelKind::ClientServer => &mut self.client_server,
            ModelKind::PeerToPeer => &mut self.peer_to_peer,
        }
    }

    /// Carries out one command.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Toggle { model, node } => {
                let sim = self.simulation_mut(model);
                if let Some(index) = sim.topology().find(&node) {
                    let up = !sim.is_up(index);
                    sim.set_up(index, up);
                    self.announcement = explain::announce(sim.topology(), &sim.up, index);
                }
            }
            Command::SetPaused(paused) => self.paused = paused,
            Command::TogglePaused => self.paused = !self.paused,
            Command::StepOnce => self.advance(STEP_BUTTON_SECONDS),
            Command::SetSpeed(factor) => self.scenario.speed = Speed::new(factor),
            Command::SetServers(n) => {
                self.scenario.servers = n.clamp(*SERVERS.start(), *SERVERS.end());
                self.client_server = build(ModelKind::ClientServer, &self.scenario);
            }
            Command::SetClients(n) => {
                self.scenario.clients = n.clamp(*CLIENTS.start(), *CLIENTS.end());
                self.client_server = build(ModelKind::ClientServer, &self.scenario);
            }
            Command::SetPeers(n) => {
                self.scenario.peers = n.clamp(*PEERS.start(), *PEERS.end());
                self.peer_to_peer = build(ModelKind::PeerToPeer, &self.scenario);
            }
            Command::Reset => {
                self.client_server = build(ModelKind::ClientServer, &self.scenario);
                self.peer_to_peer = build(ModelKind::PeerToPeer, &self.scenario);
                self.announcement = "Both networks restarted.".to_string();
            }
        }
    }

    /// Lets `wall_seconds` of real time pass (clamped to [`MAX_FRAME_SECONDS`]); nothing
    /// moves while paused.
    pub fn elapse(&mut self, wall_seconds: f64) {
        if self.paused || !wall_seconds.is_finite() {
            return;
        }
        self.advance(wall_seconds.clamp(0.0, MAX_FRAME_SECONDS));
    }

    fn advance(&mut self, wall_seconds: f64) {
        let dt = wall_seconds * self.scenario.speed.factor();
        for sim in [&mut self.client_server, &mut self.peer_to_peer] {
            sim.step(dt);
            // The page reads snapshots, not events: keep no backlog of them.
            sim.clear_events();
        }
    }

    /// The scenario that reproduces what is on screen now: the same sizes, speed and seed,
    /// with the nodes that are off now starting off.
    pub fn shareable(&self) -> Scenario {
        let down = [&self.client_server, &self.peer_to_peer]
            .into_iter()
            .flat_map(|sim| {
                sim.topology()
                    .nodes
                    .iter()
                    .enumerate()
                    .filter(|&(i, _)| !sim.is_up(i))
                    .map(|(_, n)| n.id.clone())
            })
            .collect();
        Scenario {
            down,
            paused: false,
            ..self.scenario.clone()
        }
    }

    pub fn snapshot(&self) -> LabSnapshot {
        LabSnapshot {
            paused: self.paused,
            speed: self.scenario.speed.factor(),
            time: self.client_server.now(),
            announcement: self.announcement.clone(),
            client_server: self.client_server.snapshot(),
            peer_to_peer: self.peer_to_peer.snapshot(),
        }
    }
}
