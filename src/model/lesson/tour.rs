//! The guided tour: one step per key idea of the lesson. Each step sets up a scene, asks
//! the learner to predict what will happen, waits for them to act (switch a node off,
//! publish an update…), lets a few simulated seconds pass, then explains what happened
//! with the live numbers. Pure state: the [`Lab`](super::Lab) drives it, the page draws
//! its [`TourView`].

use crate::model::base::message::Msg;
use crate::model::lesson::steps::{CHOICES, STEP_COUNT, STEPS, Step, Task, explanation};
use crate::model::lesson::view::{Stage, TourView};
use crate::model::sim::view::DiagramSnapshot;

/// Simulated seconds the learner watches after acting, before the explanation.
pub const OBSERVE_SECONDS: f64 = 4.0;

/// Where the learner is within a step.
#[derive(Clone, Copy, Debug, PartialEq)]
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
    /// Acted at simulated time `since`; watching.
    Observe {
        /// 0-based index of the answer locked in.
        predicted: usize,
        /// When the learner acted (or locked in, for a watch-only step), in session
        /// seconds.
        since: f64,
    },
    /// Showing what happened.
    Explain {
        /// 0-based index of the answer locked in.
        predicted: usize,
    },
}

/// Something the learner does in the tour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TourCommand {
    /// Open the tour at this step (1-based), or where it was left when `None`.
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
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tour {
    /// 0-based place of the step in the tour (not its catalogue key).
    pub step: usize,
    /// Where the learner is within the step.
    pub phase: Phase,
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
    pub fn answer(&mut self, command: TourCommand, now: f64) {
        match (command, self.phase) {
            (TourCommand::Choose(i), Phase::Predict { .. }) if i < CHOICES => {
                self.phase = Phase::Predict { choice: Some(i) };
            }
            (TourCommand::Commit, Phase::Predict { choice: Some(i) }) => {
                self.phase = match self.current().task {
                    Task::Watch | Task::ReadChart => Phase::Observe {
                        predicted: i,
                        since: now,
                    },
                    Task::SwitchOff(..) | Task::SwitchOffAPeer | Task::Publish | Task::Verify => {
                        Phase::Act { predicted: i }
                    }
                };
            }
            _ => {}
        }
    }

    /// Moves on when the task is done and enough time has been watched.
    pub fn progress(&mut self, done: bool, now: f64) {
        match self.phase {
            Phase::Act { predicted } if done => {
                self.phase = Phase::Observe {
                    predicted,
                    since: now,
                }
            }
            Phase::Observe { predicted, since } if now - since >= self.observe_seconds() - 1e-9 => {
                self.phase = Phase::Explain { predicted }
            }
            _ => {}
        }
    }

    fn observe_seconds(&self) -> f64 {
        match self.current().task {
            Task::ReadChart => 0.0,
            _ => OBSERVE_SECONDS,
        }
    }

    /// What to draw, with the live numbers of both networks' views and the session's
    /// simulated seconds (the watch is timed on them).
    pub fn view(
        &self,
        client_server: &DiagramSnapshot,
        peer_to_peer: &DiagramSnapshot,
        session_time: f64,
    ) -> TourView {
        let step = self.current();
        // The catalogue's keys follow the step's fixed number, not its place.
        let number = step.key;
        let (phase, verdict, explanation, remaining) = match self.phase {
            Phase::Predict { .. } => (Stage::Predict, None, None, 0.0),
            Phase::Act { .. } => (Stage::Act, None, None, 0.0),
            Phase::Observe { since, .. } => (
                Stage::Observe,
                None,
                None,
                (since + self.observe_seconds() - session_time).max(0.0),
            ),
            Phase::Explain { predicted } => {
                let verdict = match predicted == step.answer {
                    true => Msg::TourRight {
                        step: number,
                        chosen: predicted,
                    },
                    false => Msg::TourWrong {
                        step: number,
                        chosen: predicted,
                        answer: step.answer,
                    },
                };
                (
                    Stage::Explain,
                    Some(verdict),
                    Some(Msg::TourExplanation(explanation(
                        self.step,
                        client_server,
                        peer_to_peer,
                    ))),
                    0.0,
                )
            }
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
                | Phase::Explain { predicted } => Some(predicted),
            },
            phase,
            prompt: Msg::TourPrompt { step: number },
            remaining,
            verdict,
            explanation,
            about_chart: step.task == Task::ReadChart,
            offers_publish: matches!((self.phase, step.task), (Phase::Act { .. }, Task::Publish)),
            offers_verify: matches!((self.phase, step.task), (Phase::Act { .. }, Task::Verify)),
        }
    }
}
