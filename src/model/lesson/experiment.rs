//! An experiment: one thing a learner did to one network, the tick it was done at, and
//! what that network's requests did from that tick on. It reads a [`Simulation`] only, so
//! whatever drives a simulation (the tour, the classroom, a score over a course) can run
//! one: [`Experiment::begin`] at the action, [`Experiment::observe`] after every tick.
//!
//! Only requests sent at or after the action count: an answer already on its way when the
//! server was switched off says nothing about what switching it off did. What was counted
//! is kept tick by tick, so going back in time (a seek) forgets exactly what had not
//! happened yet at the moment shown, and running forward again counts it once.

use crate::model::base::clock::TICK_SECONDS;
use crate::model::base::kind::ModelKind;
use crate::model::base::role::Role;
use crate::model::sim::engine::Simulation;
use crate::model::sim::event::Event;
use crate::model::sim::topology::NodeIndex;

/// What the learner did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Nothing: the learner watches the network as it is.
    Watch,
    /// Switched this node off.
    SwitchOff(NodeIndex),
    /// Published this version of the shared resource.
    Publish(u32),
    /// Switched checking on.
    CheckingOn,
}

/// What became of one request sent since the action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fate {
    /// It was sent (first attempt).
    Sent,
    /// It got an answer.
    Answered,
    /// It ended without an answer (timed out, refused, or only damaged answers).
    Failed,
    /// Its requester was switched off while it waited.
    Cancelled,
    /// An answer to it was damaged and checking caught it.
    Rejected,
}

/// One counted happening, at the tick it happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Counted {
    tick: u64,
    requester: NodeIndex,
    fate: Fate,
}

/// What the network's requests did since the action, counted from its tick.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcomes {
    /// Requests sent since the action (first attempts).
    pub sent: u64,
    /// Of those, how many got an answer.
    pub answered: u64,
    /// Of those, how many ended without one.
    pub failed: u64,
    /// Of those, how many were given up because their requester was switched off.
    pub cancelled: u64,
    /// Damaged answers to them that checking caught.
    pub rejected: u64,
    /// For each node (by index): the fate of its latest request since the action that
    /// has one, answered (`Some(true)`) or not (`Some(false)`); `None` before any.
    latest: Vec<Option<bool>>,
}

impl Outcomes {
    /// Answered ÷ (answered + failed) since the action, 0..=1; `None` before any outcome.
    pub fn availability(&self) -> Option<f64> {
        match self.answered + self.failed {
            0 => None,
            decided => Some(self.answered as f64 / decided as f64),
        }
    }

    /// Whether `node` has had a request since the action answered or failed.
    pub fn heard_from(&self, node: NodeIndex) -> bool {
        self.latest.get(node).is_some_and(Option::is_some)
    }

    /// Of the nodes `among`, how many are on and had their latest request since the
    /// action answered; `None` while none of them has had an outcome yet (nothing to
    /// count, so no number to show).
    pub fn served(
        &self,
        sim: &Simulation,
        among: impl IntoIterator<Item = NodeIndex>,
    ) -> Option<usize> {
        let mut heard = false;
        let mut served = 0;
        for node in among {
            if let Some(answered) = self.latest.get(node).copied().flatten() {
                heard = true;
                served += usize::from(answered && sim.is_up(node));
            }
        }
        heard.then_some(served)
    }

    fn count(&mut self, counted: Counted) {
        let slot = |latest: &mut Vec<Option<bool>>, node: NodeIndex, answered: bool| {
            if latest.len() <= node {
                latest.resize(node + 1, None);
            }
            latest[node] = Some(answered);
        };
        match counted.fate {
            Fate::Sent => self.sent += 1,
            Fate::Answered => {
                self.answered += 1;
                slot(&mut self.latest, counted.requester, true);
            }
            Fate::Failed => {
                self.failed += 1;
                slot(&mut self.latest, counted.requester, false);
            }
            Fate::Cancelled => self.cancelled += 1,
            Fate::Rejected => self.rejected += 1,
        }
    }
}

/// Where an experiment stands against the simulation it is read over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// The action holds and the counts are the simulation's own.
    Holds,
    /// The network was rebuilt (a size change), or the moment shown jumped ahead past
    /// ticks that were not counted (a seek forward), with the action still in force: the
    /// counts start again from here.
    Rebuilt,
    /// The action no longer holds: the node is on again, the network was restarted, or
    /// the moment shown is before the action.
    Undone,
}

/// One action on one network and what its requests did since.
#[derive(Clone, Debug, PartialEq)]
pub struct Experiment {
    /// What the learner did.
    pub action: Action,
    /// The tick it was done at: outcomes are counted from here.
    pub tick: u64,
    /// The first request id sent at or after the action: older requests do not count.
    first_request: u64,
    /// When the simulation counted over started (session seconds): a different start
    /// means the network was rebuilt since.
    started_at: f64,
    /// The latest tick whose events were counted: a moment shown later than the next
    /// tick was reached without counting the ticks between (a seek forward).
    observed_to: u64,
    /// What was counted, oldest first.
    counted: Vec<Counted>,
    /// The sums of `counted`.
    outcomes: Outcomes,
}

impl Experiment {
    /// An experiment of `action`, done now in `sim`; nothing counted yet.
    pub fn begin(action: Action, sim: &Simulation) -> Experiment {
        Experiment {
            action,
            tick: sim.clock().ticks(),
            first_request: sim.next_request,
            started_at: sim.started_at(),
            observed_to: sim.clock().ticks(),
            counted: Vec::new(),
            outcomes: Outcomes::default(),
        }
    }

    /// What was counted from the action up to the moment last observed.
    pub fn outcomes(&self) -> &Outcomes {
        &self.outcomes
    }

    /// Session seconds since the action, at `sim`'s moment.
    pub fn elapsed(&self, sim: &Simulation) -> f64 {
        sim.clock().ticks().saturating_sub(self.tick) as f64 * TICK_SECONDS
    }

    /// Whether the action still holds in `sim`, as it is now.
    pub fn standing(&self, sim: &Simulation) -> Standing {
        if sim.clock().ticks() < self.tick {
            return Standing::Undone;
        }
        let holds = match self.action {
            Action::Watch => true,
            Action::SwitchOff(node) => node < sim.up().len() && !sim.is_up(node),
            Action::Publish(version) => sim.latest_version() >= version,
            Action::CheckingOn => sim.verifies(),
        };
        let same_run = sim.started_at() == self.started_at;
        let counted_up_to_here = sim.clock().ticks() <= self.observed_to + 1;
        match (holds, same_run && counted_up_to_here) {
            (false, _) => Standing::Undone,
            (true, true) => Standing::Holds,
            (true, false) => Standing::Rebuilt,
        }
    }

    /// Forgets what was counted after `sim`'s moment: after a seek back, the moment shown
    /// is earlier than the last one observed, and running forward again counts it anew.
    pub fn rewind(&mut self, sim: &Simulation) {
        let now = sim.clock().ticks();
        self.observed_to = self.observed_to.min(now);
        if self.counted.last().is_some_and(|c| c.tick > now) {
            self.counted.retain(|c| c.tick <= now);
            let mut outcomes = Outcomes::default();
            for &c in &self.counted {
                outcomes.count(c);
            }
            self.outcomes = outcomes;
        }
    }

    /// Takes in what `sim` did in its latest tick: its events not yet cleared, counted at
    /// its present tick. Called once after every tick, before the events are cleared.
    pub fn observe(&mut self, sim: &Simulation) {
        let now = sim.clock().ticks();
        self.observed_to = now;
        for event in sim.pending_events() {
            let (request, requester, fate) = match *event {
                Event::RequestSent {
                    request,
                    from,
                    attempt: 1,
                    ..
                } => (request, from, Fate::Sent),
                Event::Answered {
                    request, requester, ..
                } => (request, requester, Fate::Answered),
                Event::Failed {
                    request, requester, ..
                } => (request, requester, Fate::Failed),
                Event::Cancelled {
                    request, requester, ..
                } => (request, requester, Fate::Cancelled),
                Event::Rejected {
                    request, requester, ..
                } => (request, requester, Fate::Rejected),
                _ => continue,
            };
            if request < self.first_request {
                continue;
            }
            let counted = Counted {
                tick: now,
                requester,
                fate,
            };
            self.counted.push(counted);
            self.outcomes.count(counted);
        }
    }

    /// The nodes of `sim` that send requests and are on now.
    pub fn requesters_on(sim: &Simulation) -> impl Iterator<Item = NodeIndex> + '_ {
        let role = match sim.topology().kind {
            ModelKind::ClientServer => Role::Client,
            ModelKind::PeerToPeer => Role::Peer,
        };
        let nodes = sim.topology().nodes.iter().enumerate();
        nodes
            .filter(move |&(i, n)| n.role == role && sim.is_up(i))
            .map(|(i, _)| i)
    }

    /// Whether every requester that is on has had a request sent since the action
    /// answered or failed: the network has shown what the action does to each of them.
    pub fn everyone_heard_from(&self, sim: &Simulation) -> bool {
        Experiment::requesters_on(sim).all(|i| self.outcomes.heard_from(i))
    }
}
