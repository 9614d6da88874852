//! The lab's side of the guided tour: opening, moving through and closing it, setting up
//! each step's scene in both networks, and telling whether the learner has done what a
//! step asks. The tour's own steps and state machine are the lesson layer's.

use crate::model::base::message::Msg;
use crate::model::lab::Lab;
use crate::model::lab::scenario::Sizes;
use crate::model::lesson::steps::STEP_COUNT;
use crate::model::lesson::tour::{Tour, TourCommand};

impl Lab {
    /// Carries out a move of the tour (open, next, back, close, an answer).
    pub(super) fn tour_command(&mut self, command: TourCommand) {
        let at = self.tour.as_ref().map(|t| t.step);
        match (command, at) {
            (TourCommand::Open(step), _) => {
                let step = step.map_or(self.tour_resume, |s| s.saturating_sub(1));
                self.enter_step(step);
            }
            (TourCommand::Next, Some(step)) if step + 1 < STEP_COUNT => self.enter_step(step + 1),
            (TourCommand::Next, Some(_)) => {
                self.tour = None;
                self.tour_resume = 0;
                self.announcement = Some(Msg::TourFinished);
            }
            (TourCommand::Back, Some(step)) => self.enter_step(step.saturating_sub(1)),
            (TourCommand::Close, Some(step)) => {
                self.tour = None;
                self.tour_resume = step;
                self.announcement = Some(Msg::TourClosed {
                    step: step + 1,
                    count: STEP_COUNT,
                });
            }
            (TourCommand::Remember(step), None) => {
                self.tour_resume = step.clamp(1, STEP_COUNT) - 1;
            }
            (TourCommand::Choose(_) | TourCommand::Commit, Some(_)) => {
                if let Some(tour) = &mut self.tour {
                    tour.answer(command, &self.client_server, &self.peer_to_peer);
                }
            }
            // An open tour is where the learner is now; a remembered step waits.
            (TourCommand::Remember(_), Some(_)) | (_, None) => {}
        }
    }

    /// Opens the tour at `step` (0-based) and sets up its scene.
    pub(super) fn enter_step(&mut self, step: usize) {
        let tour = Tour::at(step);
        if let Some(scene) = tour.current().scene {
            self.state.sizes = Sizes {
                servers: scene.servers,
                clients: scene.clients,
                peers: scene.peers,
            };
            // The scene's nodes start off in this step only; a later Reset starts all on.
            self.state.reset_down.clear();
            // Who is dishonest is part of the scene, and checking starts off.
            self.state.bad = scene.bad.iter().map(|s| s.to_string()).collect();
            self.state.verify = false;
            let down: Vec<String> = scene.down.iter().map(|s| s.to_string()).collect();
            self.rebuild_both(&down);
        }
        self.announcement = Some(Msg::TourStepOpened {
            step: tour.step + 1,
            count: STEP_COUNT,
            key: tour.current().key,
        });
        self.tour_resume = tour.step;
        self.tour = Some(tour);
    }
}
