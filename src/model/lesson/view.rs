//! The tour as the page shows it: the step's texts as messages, its stage and its verdict.

use crate::model::base::message::Msg;

/// Which part of a step the page shows; the name is also the `data-phase` hook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// The learner picks the answer they expect.
    Predict,
    /// Prediction locked in; the step waits for the learner to do its task.
    Act,
    /// The learner acted; a few simulated seconds pass while they watch.
    Observe,
    /// What happened is explained, with the verdict on the prediction.
    Explain,
    /// The learner undid the action before the network showed its effect: no verdict,
    /// and the step can be tried again.
    Undone,
}

impl Stage {
    /// The stable name used in `data-phase`: `predict`, `act`, `observe`, `explain` or
    /// `undone`.
    pub fn slug(self) -> &'static str {
        match self {
            Stage::Predict => "predict",
            Stage::Act => "act",
            Stage::Observe => "observe",
            Stage::Explain => "explain",
            Stage::Undone => "undone",
        }
    }
}

/// Lets a stage be compared with its hook name, as tests read it off the page.
impl PartialEq<&str> for Stage {
    fn eq(&self, other: &&str) -> bool {
        self.slug() == *other
    }
}

/// The tour as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct TourView {
    /// 1-based place in the tour.
    pub step: usize,
    /// The step's stable name (`spof`), as links and remembered progress name it.
    pub name: &'static str,
    /// How many steps the tour has.
    pub count: usize,
    /// The step's title (`Msg::TourTitle`).
    pub title: Msg,
    /// The question the learner predicts an answer to (`Msg::TourQuestion`).
    pub question: Msg,
    /// The answers offered (`Msg::TourChoice`), in order.
    pub choices: Vec<Msg>,
    /// 0-based index into `choices` of the answer picked or locked in; `None` before any.
    pub chosen: Option<usize>,
    /// Which part of the step to show.
    pub phase: Stage,
    /// What the learner should do now (`Msg::TourPrompt`).
    pub prompt: Msg,
    /// Simulated seconds left before the watch ends at the latest (it ends sooner once
    /// the network has shown what the action does).
    pub remaining: f64,
    /// Once explained: whether the prediction was right (`Msg::TourRight` or `TourWrong`).
    pub verdict: Option<Msg>,
    /// Once explained: what happened, with the numbers measured since the action, as they
    /// were when the watch ended (`Msg::TourExplanation`); once undone, why there is no
    /// verdict (`Msg::TourUndone`).
    pub explanation: Option<Msg>,
    /// The step waits for Publish update: the panel offers the button itself, so the step
    /// works even where the control bar is hidden.
    pub offers_publish: bool,
    /// The step is about the scaling chart: the panel links to it.
    pub about_chart: bool,
    /// The step waits for checking to be switched on: the panel offers the switch.
    pub offers_verify: bool,
}
