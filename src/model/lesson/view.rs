//! The tour as the page shows it: the step's texts as messages, its stage and its verdict.

use crate::model::base::message::Msg;

/// Which part of a step the page shows; the name is also the `data-phase` hook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Predict,
    Act,
    Observe,
    Explain,
}

impl Stage {
    pub fn slug(self) -> &'static str {
        match self {
            Stage::Predict => "predict",
            Stage::Act => "act",
            Stage::Observe => "observe",
            Stage::Explain => "explain",
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
    pub count: usize,
    pub title: Msg,
    pub question: Msg,
    pub choices: Vec<Msg>,
    pub chosen: Option<usize>,
    pub phase: Stage,
    pub prompt: Msg,
    /// Simulated seconds left to watch.
    pub remaining: f64,
    pub verdict: Option<Msg>,
    pub explanation: Option<Msg>,
    /// The step waits for Publish update: the panel offers the button itself, so the step
    /// works even where the control bar is hidden.
    pub offers_publish: bool,
    /// The step is about the scaling chart: the panel links to it.
    pub about_chart: bool,
    /// The step waits for checking to be switched on: the panel offers the switch.
    pub offers_verify: bool,
}
