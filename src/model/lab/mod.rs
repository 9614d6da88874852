//! The page's whole world: one simulation per network model, side by side, sharing one
//! clock, speed and pause state, changed only through [`Command`]s.
//!
//! The clock is the session's: it starts when the Lab is made and never restarts. Reset,
//! a size change or a tour scene rebuilds a network *at* the present session moment, so
//! both networks and the tour always read the same time. The page's clock, the timeline,
//! scripts and files all read this one clock: a moment seen on the page is the moment a
//! script names.
//!
//! The link a Lab was opened from ([`Lab::start`]) never changes; what the session is now
//! is its [`LiveState`] and its two simulations, which is all Share and the snapshot read.

pub(in crate::model) mod command;
pub(in crate::model) mod cost;
pub(in crate::model) mod network;
mod publishing;
pub(in crate::model) mod scenario;
pub(in crate::model) mod snapshot;
pub(in crate::model) mod state;
mod tour;

use crate::model::base::clock::Clock;
use crate::model::base::kind::ModelKind;
use crate::model::base::message::Msg;
use crate::model::base::role::Role;
pub use crate::model::lab::command::Command;
use crate::model::lab::scenario::{Scenario, Speed};
use crate::model::lab::snapshot::LabSnapshot;
pub use crate::model::lab::state::LiveState;
use crate::model::lesson::steps::STEP_COUNT;
use crate::model::lesson::tour::{Tour, TourCommand};
use crate::model::sim::engine::Simulation;
use crate::model::sim::explain;

/// Simulated seconds one press of Step advances (before the speed factor).
pub const STEP_BUTTON_SECONDS: f64 = 0.25;
/// Longest wall-clock gap taken from one frame: a tab left in the background resumes where
/// it was instead of racing through minutes of backlog.
pub const MAX_FRAME_SECONDS: f64 = 0.25;

/// Both networks and the shared controls.
#[derive(Clone, Debug)]
pub struct Lab {
    /// The link the session was opened from, clamped: it never changes.
    start: Scenario,
    /// What the session is now, apart from the simulations' own state.
    state: LiveState,
    /// The session's simulated time; every simulation runs to it.
    clock: Clock,
    paused: bool,
    client_server: Simulation,
    peer_to_peer: Simulation,
    announcement: Option<Msg>,
    tour: Option<Tour>,
    /// The step (0-based) the tour opens at next: where it was left.
    tour_resume: usize,
}

impl Lab {
    /// A session of `scenario` (clamped), at the start of its clock.
    pub fn new(scenario: Scenario) -> Lab {
        let start = scenario.clamped();
        let state = LiveState::of(&start);
        let clock = Clock::start();
        let mut lab = Lab {
            clock,
            paused: start.paused,
            client_server: state.build(ModelKind::ClientServer, &start.down, clock),
            peer_to_peer: state.build(ModelKind::PeerToPeer, &start.down, clock),
            announcement: None,
            tour: None,
            tour_resume: 0,
            state,
            start,
        };
        if let Some(step) = lab.start.tour {
            lab.enter_step(step.saturating_sub(1));
        }
        lab
    }

    /// The link the session was opened from (clamped), as it was: nothing changes it.
    /// What the session is now is [`Lab::state`].
    pub fn start(&self) -> &Scenario {
        &self.start
    }

    /// What the session is now: sizes, dishonest nodes, checking, the display choices.
    pub fn state(&self) -> &LiveState {
        &self.state
    }

    /// Whether time is paused: nothing moves until Play (or Step).
    pub fn is_paused(&self) -> bool {
        self.paused
    }

    /// The simulation of one network model.
    pub fn simulation(&self, kind: ModelKind) -> &Simulation {
        match kind {
            ModelKind::ClientServer => &self.client_server,
            ModelKind::PeerToPeer => &self.peer_to_peer,
        }
    }

    /// Session seconds: since the Lab was made, never restarted.
    pub fn session_time(&self) -> f64 {
        self.clock.now()
    }

    fn simulation_mut(&mut self, kind: ModelKind) -> &mut Simulation {
        match kind {
            ModelKind::ClientServer => &mut self.client_server,
            ModelKind::PeerToPeer => &mut self.peer_to_peer,
        }
    }

    /// Carries out one command, then lets the tour see what it did (a task done, or an
    /// action undone).
    pub fn apply(&mut self, command: Command) {
        self.carry_out(command);
        self.check_tour();
    }

    /// Moves the tour on if the networks as they are now say so, without time passing;
    /// says so when the learner undid the step's action.
    fn check_tour(&mut self) {
        if let Some(tour) = &mut self.tour
            && let Some(message) = tour.check(&self.client_server, &self.peer_to_peer)
        {
            self.announcement = Some(message);
        }
    }

    fn carry_out(&mut self, command: Command) {
        match command {
            Command::Toggle { model, node } => {
                if let Some(switch) = network::toggled(self.simulation(model), model, node) {
                    self.apply(switch);
                }
            }
            Command::SetPaused(paused) => self.paused = paused,
            Command::TogglePaused => self.paused = !self.paused,
            Command::StepOnce => self.advance(STEP_BUTTON_SECONDS),
            Command::SetSpeed(factor) => self.state.speed = Speed::new(factor),
            Command::SetServers(n) => self.resize(Role::Server, n),
            Command::SetClients(n) => self.resize(Role::Client, n),
            Command::SetPeers(n) => self.resize(Role::Peer, n),
            Command::Reset => {
                let down = self.state.reset_down.clone();
                self.rebuild_both(&down);
                self.announcement = Some(Msg::Restarted {
                    at: self.clock.render_time(),
                });
            }
            Command::Publish => self.publish(),
            Command::SetWords(words) => self.state.words = words,
            Command::SetLang(lang) => self.state.lang = Some(lang),
            Command::Tour(command) => self.tour_command(command),
            Command::SetChart {
                distribution,
                receivers,
            } => {
                // Clamped as a link's values are.
                let chart = Scenario {
                    chart: distribution,
                    chart_receivers: receivers,
                    ..Scenario::default()
                }
                .clamped();
                self.state.chart = chart.chart;
                self.state.chart_receivers = chart.chart_receivers;
            }
            // Time travel needs the past, which the Lab does not keep: see `History`.
            Command::Seek { .. } | Command::StepBack | Command::Undo => {}
            Command::Switch { model, node, on } => {
                let sim = self.simulation_mut(model);
                if let Some(index) = network::switch(sim, &node, on) {
                    self.announcement = Some(explain::announce(sim.topology(), sim.up(), index));
                }
            }
            Command::SetHonest {
                model,
                node,
                honest,
            } => self.set_honest(model, &node, honest),
            Command::SetVerify(on) => {
                self.state.verify = on;
                self.client_server.set_verify(on);
                self.peer_to_peer.set_verify(on);
                self.announcement = Some(Msg::VerifySet { on });
            }
            Command::PublishFrom { model, node } => self.publish_from(model, &node),
        }
    }

    /// What `command` amounts to now, for history to replay whatever state the display
    /// is in: a Toggle is the Switch it would make, a tour move is the step it opens;
    /// `None` when it would change nothing in a simulation (a tour move with the tour
    /// closed, or Next on the last step, which closes it).
    pub(in crate::model) fn resolve(&self, command: Command) -> Option<Command> {
        let open = |step: usize| Some(Command::Tour(TourCommand::Open(Some(step + 1))));
        match command {
            Command::Toggle { model, node } => {
                network::toggled(self.simulation(model), model, node)
            }
            Command::Tour(TourCommand::Open(step)) => {
                open(step.map_or(self.tour_resume, |s| s.saturating_sub(1)))
            }
            Command::Tour(TourCommand::Next) => match self.tour.as_ref()?.step {
                step if step + 1 < STEP_COUNT => open(step + 1),
                _ => None,
            },
            Command::Tour(TourCommand::Back) => open(self.tour.as_ref()?.step.saturating_sub(1)),
            other => Some(other),
        }
    }

    /// Where the session is in time.
    pub fn clock(&self) -> Clock {
        self.clock
    }

    /// Takes the display choices of `other` (pause, speed, words, language, chart, the
    /// tour's panel): what history restores is the simulation, not how it is shown.
    pub(in crate::model) fn keep_display_of(&mut self, other: &Lab) {
        self.paused = other.paused;
        self.state.speed = other.state.speed;
        self.state.words = other.state.words;
        self.state.lang = other.state.lang;
        self.state.chart = other.state.chart;
        self.state.chart_receivers = other.state.chart_receivers;
        self.tour = other.tour.clone();
        self.tour_resume = other.tour_resume;
        // The moment shown may be before the tour's step began or its action was taken.
        self.check_tour();
    }

    /// The tour's panel (the step it shows, and where it resumes): a display choice.
    pub(in crate::model) fn tour_panel(&self) -> (Option<Tour>, usize) {
        (self.tour.clone(), self.tour_resume)
    }

    pub(in crate::model) fn set_tour_panel(&mut self, (tour, resume): (Option<Tour>, usize)) {
        self.tour = tour;
        self.tour_resume = resume;
    }

    /// Says `message` in the live region.
    pub(in crate::model) fn announce(&mut self, message: Msg) {
        self.announcement = Some(message);
    }

    /// Pauses or plays (for history, which pauses on a seek).
    pub(in crate::model) fn set_paused(&mut self, paused: bool) {
        self.paused = paused;
    }

    /// Rough bytes this Lab holds on the heap: what one checkpoint of history costs.
    pub(in crate::model) fn heap_bytes(&self) -> usize {
        self.client_server.heap_bytes() + self.peer_to_peer.heap_bytes()
    }

    /// Gives the network with nodes of `role` `n` of them (see [`Sizes::resized`]) and
    /// rebuilds it at the present moment; the other network runs on undisturbed.
    /// A node switched off stays off, one switched on stays on, and new nodes come on.
    fn resize(&mut self, role: Role, n: usize) {
        self.state.sizes = self.state.sizes.resized(role, n);
        let kind = match role {
            Role::Peer => ModelKind::PeerToPeer,
            Role::Server | Role::Client => ModelKind::ClientServer,
        };
        let sim = self.state.build(kind, &self.off(kind), self.clock);
        *self.simulation_mut(kind) = sim;
    }

    /// The ids of the nodes of one network that are off now.
    fn off(&self, kind: ModelKind) -> Vec<String> {
        let sim = self.simulation(kind);
        let nodes = sim.topology().nodes.iter().enumerate();
        nodes
            .filter(|&(i, _)| !sim.is_up(i))
            .map(|(_, n)| n.id.clone())
            .collect()
    }

    /// Both networks start over at the present moment, as the live state describes them,
    /// with the nodes `down` off.
    fn rebuild_both(&mut self, down: &[String]) {
        self.client_server = self.state.build(ModelKind::ClientServer, down, self.clock);
        self.peer_to_peer = self.state.build(ModelKind::PeerToPeer, down, self.clock);
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
        self.run_to(self.clock_after(wall_seconds));
    }

    /// The session clock after `wall_seconds` more at the present speed.
    pub(in crate::model) fn clock_after(&self, wall_seconds: f64) -> Clock {
        let mut target = self.clock;
        target.advance(wall_seconds * self.state.speed.factor());
        target
    }

    /// Runs both networks (and the tour) to `target`, at or after the present moment.
    /// The tour is checked after every tick, so where it stands depends only on the ticks
    /// run, not on how they were split into frames: history replays it exactly.
    pub(in crate::model) fn run_to(&mut self, target: Clock) {
        while self.tour.is_some() && self.clock.ticks() < target.ticks() {
            self.clock = Clock::at_tick(self.clock.ticks() + 1);
            self.run_simulations();
        }
        self.clock = Clock::at_tick(self.clock.ticks().max(target.ticks()));
        self.clock.catch_up(target);
        self.run_simulations();
    }

    fn run_simulations(&mut self) {
        for sim in [&mut self.client_server, &mut self.peer_to_peer] {
            sim.run_to(self.clock);
        }
        // The tour counts this tick's outcomes before they are cleared.
        if let Some(tour) = &mut self.tour
            && let Some(message) = tour.tick(&self.client_server, &self.peer_to_peer)
        {
            self.announcement = Some(message);
        }
        for sim in [&mut self.client_server, &mut self.peer_to_peer] {
            // The page reads snapshots, not events: keep no backlog of them.
            sim.clear_events();
        }
    }

    /// The present as a link: the live state, with the nodes that are off now starting
    /// off and those dishonest now dishonest; no past and no moment (History's share link
    /// writes those).
    pub fn present_link(&self) -> Scenario {
        // The ids, in both networks, of the nodes for which `pick` holds.
        let ids = |pick: fn(&Simulation, usize) -> bool| -> Vec<String> {
            [&self.client_server, &self.peer_to_peer]
                .into_iter()
                .flat_map(|sim| {
                    sim.topology()
                        .nodes
                        .iter()
                        .enumerate()
                        .filter(move |&(i, _)| pick(sim, i))
                        .map(|(_, n)| n.id.clone())
                })
                .collect()
        };
        let down = ids(|sim, i| !sim.is_up(i));
        let bad = ids(|sim, i| !sim.is_honest(i));
        self.state.link(&self.start, down, bad)
    }

    /// Everything the page shows now: both diagrams, the controls' state, the latest
    /// announcement and the tour's panel.
    pub fn snapshot(&self) -> LabSnapshot {
        let mut snapshot = LabSnapshot {
            paused: self.paused,
            speed: self.state.speed.factor(),
            time: self.clock.render_time(),
            session_time: self.clock.now(),
            announcement: self.announcement.clone(),
            words: self.state.words,
            verify: self.state.verify,
            client_server: self.client_server.snapshot(),
            peer_to_peer: self.peer_to_peer.snapshot(),
            tour: None,
            tour_resume: self.tour_resume + 1,
        };
        snapshot.tour =
            (self.tour.as_ref()).map(|t| t.view(&self.client_server, &self.peer_to_peer));
        snapshot
    }
}
