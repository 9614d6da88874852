//! What the page keeps across visits in the browser's local storage. Storage may be
//! refused (a sandboxed frame, private browsing, a full quota): then nothing is kept,
//! nothing is read back, and nothing is reported as an error.

/// Everything the page keeps, each under a name that other visits (and older versions of
/// the page) read: the names are an interface and never change.
#[derive(Clone, Copy)]
pub enum Key {
    /// The tour's step a learner left, by its stable name.
    TourStep,
    /// The language a learner chose, by its code.
    Lang,
    /// The teacher's room: its code and secret, so a reopened tab gets the room back.
    ClassHost,
    /// A student's seat: the room's code and the rejoin token.
    ClassSeat,
}

impl Key {
    fn name(self) -> &'static str {
        match self {
            Key::TourStep => "netmodels:tour-step",
            Key::Lang => "netmodels:lang",
            Key::ClassHost => "netmodels-class-host",
            Key::ClassSeat => "netmodels-class-seat",
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The value kept under `key`, if storage allows and holds one.
pub fn recall(key: Key) -> Option<String> {
    storage()?.get_item(key.name()).ok().flatten()
}

/// Keeps `value` under `key` for the next visit; silently nothing where refused.
pub fn remember(key: Key, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key.name(), value);
    }
}

#[cfg(test)]
mod tests {
    use super::Key;

    /// Earlier visits wrote these names: a new spelling would forget every learner's
    /// language, tour step, room and seat.
    #[test]
    fn the_kept_names_never_change() {
        assert_eq!(Key::TourStep.name(), "netmodels:tour-step");
        assert_eq!(Key::Lang.name(), "netmodels:lang");
        assert_eq!(Key::ClassHost.name(), "netmodels-class-host");
        assert_eq!(Key::ClassSeat.name(), "netmodels-class-seat");
    }
}
