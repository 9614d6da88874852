//! Remembers where a learner left the guided tour, across visits, in the browser's local
//! storage. Storage may be refused (a sandboxed frame, private browsing, a full quota):
//! then the tour simply starts at step 1, and nothing is reported as an error.

const KEY: &str = "netmodels:tour-step";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The step (1-based) saved on an earlier visit, if any.
pub fn saved_tour_step() -> Option<usize> {
    storage()?.get_item(KEY).ok().flatten()?.parse().ok()
}

/// Saves the step the tour resumes at; silently does nothing where storage is refused.
pub fn save_tour_step(step: usize) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, &step.to_string());
    }
}
