//! The guided tour: one step per key idea of the lesson. Each step sets up a scene, asks
//! the learner to predict what will happen, waits for them to act (switch a node off,
//! publish an update…), watches the network until it has shown what the action does
//! (an [`Experiment`]), then explains what happened with the numbers measured since the
//! action, frozen. Undoing the action first ends the step without a verdict. Pure state:
//! the lab drives it, the page draws its [`TourView`].

use crate::model::base::kind::ModelKind;
use crate::model::base::message::{Explanation, Msg};
use crate::model::base::role::Role;
use crate::model::lesson::experiment::{Action, Experiment, Standing};
use crate::model::lesson::steps::{CHOICES, STEP_COUNT, STEPS, Step, Task, outcome};
use crate::model::lesson::view::{Stage, TourView};
use crate::model::sim::engine::Simulation;

/// The most simulated seconds the learner watches after acting: long enough for every
/// requester to send a request and have it time out at the slowest rate (one every ten
/// seconds, a quarter either way, then two seconds' wait), so the watch ends when the
/// network has shown what the action does, at any rate.
pub const OBSERVE_SECONDS: f64 = 15.0;

/// Where the learner is within a step.
#[derive(Clone, Debug, PartialEq)]
pub enum Phase {
    /// Choosing an answer.
    Predict {
        /// 0-based index of the answer picked so far; `None` before any.
        choice: Option<usize>,
    },
    /// Prediction made; waiting for the learner to act.
    Act {
        /// 0-based index of the answer locked in.
        predicted: usize,
    },
    /// The learner acted (or locked in, for a step that only watches); the network's
    /// requests since are counted.
    Observe {
        /// 0-based index of the answer locked in.
        predicted: usize,
        /// What was done, when, and what followed.
        experiment: Experiment,
    },
    /// Showing what happened, with the numbers as they were when the watch ended: a later
    /// moment (or a seek) does not change them.
    Explain {
        /// 0-based index of the answer locked in.
        predicted: usize,
        /// 0-based index of the answer the network's outcomes amount to.
        shown: usize,
        /// What happened, with the numbers measured since the action.
        explanation: Explanation,
    },
    /// The learner undid the action before the network showed its effect: no verdict.
    Undone {
        /// 0-based index of the answer locked in.
        predicted: usize,
    },
}

/// Something the learner does in the tour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TourCommand {
    /// Open the tour at this step (1-based), or where it was left when `None`. Opening
    /// the step shown starts it again (Try again).
    Open(Option<usize>),
    /// Pick answer `i` of the question.
    Choose(usize),
    /// Settle on the chosen answer and go on to act.
    Commit,
    /// Go on to the next step; on the last one this finishes the tour.
    Next,
    /// Go back to the previous step (the first stays where it is).
    Back,
    /// Leave the tour; opening it again resumes here.
    Close,
    /// While the tour is closed: open at this step (1-based) next time, e.g. where a
    /// learner left it on an earlier visit.
    Remember(usize),
}

/// The tour's state: which step (0-based) and phase.
#[derive(Clone, Debug, PartialEq)]
pub struct Tour {
    /// 0-based place of the step in the tour (not its catalogue key).
    pub step: usize,
    /// Where the learner is within the step.
    pub phase: Phase,
}

/// The simulation of `kind` of the two.
fn of<'a>(kind: ModelKind, cs: &'a Simulation, p2p: &'a Simulation) -> &'a Simulation {
    match kind {
        ModelKind::ClientServer => cs,
        ModelKind::PeerToPeer => p2p,
    }
}

impl Tour {
    /// The tour at `step` (0-based; clamped to the last step), waiting for a prediction.
    pub fn at(step: usize) -> Tour {
        Tour {
            step: step.min(STEP_COUNT - 1),
            phase: Phase::Predict { choice: None },
        }
    }

    /// The step shown: its scene, answer and task.
    pub fn current(&self) -> &'static Step {
        &STEPS[self.step]
    }

    /// Carries out a choice or a commit; other commands are the Lab's to handle.
    pub fn answer(&mut self, command: TourCommand, cs: &Simulation, p2p: &Simulation) {
        match (command, &self.phase) {
            (TourCommand::Choose(i), Phase::Predict { .. }) if i < CHOICES => {
                self.phase = Phase::Predict { choice: Some(i) };
            }
            (TourCommand::Commit, &Phase::Predict { choice: Some(i) }) => {
                let sim = of(self.current().network, cs, p2p);
                self.phase = match self.current().task {
                    Task::Watch | Task::ReadChart => Phase::Observe {
                        predicted: i,
                        experiment: Experiment::begin(Action::Watch, sim),
                    },
                    Task::SwitchOff(..) | Task::SwitchOffAPeer | Task::Publish | Task::Verify => {
                        Phase::Act { predicted: i }
                    }
                };
                self.check(cs, p2p);
            }
            _ => {}
        }
    }

    /// The action the step asks for, if the learner has done it: read from the step's
    /// network as it is now.
    fn done(&self, cs: &Simulation, p2p: &Simulation) -> Option<Action> {
        let sim = of(self.current().network, cs, p2p);
        match self.current().task {
            Task::Watch | Task::ReadChart => Some(Action::Watch),
            Task::SwitchOff(_, id) => sim
                .topology()
                .find(id)
                .filter(|&i| !sim.is_up(i))
                .map(Action::SwitchOff),
            Task::SwitchOffAPeer => {
                let mut peers = sim.topology().nodes.iter().enumerate();
                peers
                    .find(|&(i, n)| n.role == Role::Peer && !sim.is_up(i))
                    .map(|(i, _)| Action::SwitchOff(i))
            }
            Task::Publish => {
                (sim.latest_version() > 1).then(|| Action::Publish(sim.latest_version()))
            }
            Task::Verify => sim.verifies().then_some(Action::CheckingOn),
        }
    }

    /// Whether the network has shown what the step is about: every requester on has had
    /// a request since the action answered or failed (for Publish: every peer on holds
    /// the new version), or the longest watch is over.
    fn decided(task: Task, experiment: &Experiment, sim: &Simulation) -> bool {
        let shown = match task {
            Task::ReadChart => true,
            Task::Publish => {
                (0..sim.topology().nodes.len()).all(|i| !sim.is_up(i) || !sim.is_stale(i))
            }
            Task::Watch | Task::SwitchOff(..) | Task::SwitchOffAPeer | Task::Verify => {
                experiment.everyone_heard_from(sim)
            }
        };
        shown || experiment.elapsed(sim) >= OBSERVE_SECONDS - 1e-9
    }

    /// Counts what the step's network did in its latest tick, then moves on as
    /// [`Tour::check`] does. Called once after every tick, before its events are cleared.
    pub fn tick(&mut self, cs: &Simulation, p2p: &Simulation) -> Option<Msg> {
        let network = self.current().network;
        if let Phase::Observe { experiment, .. } = &mut self.phase {
            experiment.observe(of(network, cs, p2p));
        }
        self.check(cs, p2p)
    }

    /// Moves on if the networks as they are now say so: from Act when the task is done,
    /// from Observe when the network has shown its answer (to Explain, with the numbers
    /// frozen) or when the action was undone (to Undone, announced with the message
    /// returned). After a command or a seek, when the moment shown may be earlier than
    /// the last one counted, what had not happened by then is forgotten first.
    pub fn check(&mut self, cs: &Simulation, p2p: &Simulation) -> Option<Msg> {
        let sim = of(self.current().network, cs, p2p);
        let (step, task) = (self.step, self.current().task);
        match &mut self.phase {
            Phase::Act { predicted } => {
                let predicted = *predicted;
                if let Some(action) = self.done(cs, p2p) {
                    self.phase = Phase::Observe {
                        predicted,
                        experiment: Experiment::begin(action, sim),
                    };
                }
                None
            }
            Phase::Observe {
                predicted,
                experiment,
            } => {
                let predicted = *predicted;
                experiment.rewind(sim);
                match (experiment.standing(sim), experiment.action) {
                    // A rebuilt network, or a moment before the watch began: the watch
                    // starts again from here, as nothing was undone.
                    (Standing::Rebuilt, action) | (Standing::Undone, action @ Action::Watch) => {
                        *experiment = Experiment::begin(action, sim);
                        None
                    }
                    (Standing::Undone, _) => {
                        self.phase = Phase::Undone { predicted };
                        Some(Msg::TourUndone)
                    }
                    (Standing::Holds, _) if Tour::decided(task, experiment, sim) => {
                        let (shown, explanation) = outcome(step, cs, p2p, experiment);
                        self.phase = Phase::Explain {
                            predicted,
                            shown,
                            explanation,
                        };
                        None
                    }
                    (Standing::Holds, _) => None,
                }
            }
            Phase::Predict { .. } | Phase::Explain { .. } | Phase::Undone { .. } => None,
        }
    }

    /// What to draw, with the two networks as they are now (the watch is timed on the
    /// step's network's clock).
    pub fn view(&self, cs: &Simulation, p2p: &Simulation) -> TourView {
        let step = self.current();
        // The catalogue's keys follow the step's fixed number, not its place.
        let number = step.key;
        let (phase, verdict, explanation, remaining) = match &self.phase {
            Phase::Predict { .. } => (Stage::Predict, None, None, 0.0),
            Phase::Act { .. } => (Stage::Act, None, None, 0.0),
            Phase::Observe { experiment, .. } => {
                let sim = of(step.network, cs, p2p);
                let left = match step.task {
                    Task::ReadChart => 0.0,
                    _ => (OBSERVE_SECONDS - experiment.elapsed(sim)).max(0.0),
                };
                (Stage::Observe, None, None, left)
            }
            Phase::Explain {
                predicted,
                shown,
                explanation,
            } => {
                let verdict = match predicted == shown {
                    true => Msg::TourRight {
                        step: number,
                        chosen: *predicted,
                    },
                    false => Msg::TourWrong {
                        step: number,
                        chosen: *predicted,
                        answer: *shown,
                    },
                };
                (
                    Stage::Explain,
                    Some(verdict),
                    Some(Msg::TourExplanation(explanation.clone())),
                    0.0,
                )
            }
            Phase::Undone { .. } => (Stage::Undone, None, Some(Msg::TourUndone), 0.0),
        };
        TourView {
            step: self.step + 1,
            name: step.name,
            count: STEP_COUNT,
            title: Msg::TourTitle { step: number },
            question: Msg::TourQuestion { step: number },
            choices: (0..CHOICES)
                .map(|choice| Msg::TourChoice {
                    step: number,
                    choice,
                })
                .collect(),
            chosen: match self.phase {
                Phase::Predict { choice } => choice,
                Phase::Act { predicted }
                | Phase::Observe { predicted, .. }
                | Phase::Explain { predicted, .. }
                | Phase::Undone { predicted } => Some(predicted),
            },
            phase,
            prompt: Msg::TourPrompt { step: number },
            remaining,
            verdict,
            explanation,
            about_chart: step.task == Task::ReadChart,
            offers_publish: matches!((&self.phase, step.task), (Phase::Act { .. }, Task::Publish)),
            offers_verify: matches!((&self.phase, step.task), (Phase::Act { .. }, Task::Verify)),
        }
    }
}
