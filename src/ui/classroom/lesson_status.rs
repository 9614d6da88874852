//! What every screen says about the lesson: that the teacher has paused it, and (on a
//! student's screen) the version of the shared file the student's copy is.

use yew::prelude::*;

use super::words::label_with;
use crate::model::ClassView;
use crate::text::Value;

/// What every screen says while the teacher has paused the lesson, in words.
pub fn paused_notice(view: &ClassView) -> Html {
    html! {
        <p class="class-lesson" data-lesson={if view.paused { "paused" } else { "running" }}
            role="status" aria-live="polite">
            if view.paused { { label_with("room-paused", &[]) } }
        </p>
    }
}

/// A student's copy of the shared file: its version, and whether it is the newest.
pub fn copy_line(view: &ClassView) -> Html {
    let newest = view.holds_newest();
    let key = if newest {
        "room-copy-new"
    } else {
        "room-copy-old"
    };
    let version = Value::count(view.version.max(1) as usize);
    html! {
        <p class="class-copy" data-metric="version" data-value={view.version.max(1).to_string()}
            data-stale={(!newest).to_string()}>
            { label_with(key, &[("version", version)]) }
        </p>
    }
}
