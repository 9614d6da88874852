//! Remembers where a learner left the guided tour, across visits, in the browser's local
//! storage. Storage may be refused (a sandboxed frame, private browsing, a full quota):
//! then the tour simply starts at step 1, and nothing is reported as an error.

use crate::model::{step_name, step_named};
use crate::ui::browser::storage::{self, Key};

/// The step (1-based place) saved on an earlier visit, if any: saved by its name, or by
/// its number on a visit from before steps had names (that number keeps its step).
pub fn saved_tour_step() -> Option<usize> {
    let saved = storage::recall(Key::TourStep)?;
    step_named(&saved).map(|place| place + 1)
}

/// Saves the step (1-based place) the tour resumes at, by name, so that a step added
/// later does not move it; silently does nothing where storage is refused.
pub fn save_tour_step(step: usize) {
    storage::remember(Key::TourStep, step_name(step.saturating_sub(1)));
}
