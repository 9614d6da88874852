//! The page's half of the Save menu: a folded `<details>` in the controls with an empty
//! panel. The first time it is opened, `static/boot.js` imports the Save module
//! (`save/netmodels-save.js`, built from `src/bin/netmodels-save.rs`), which fills the
//! panel; the files' code never travels with the default page (ARCHITECTURE.md). The
//! module asks for the moment on screen with a [`STATE_EVENT`] on the document, which the
//! App answers ([`answer`]). The work is split this way because a call from Rust into the
//! loader, or a Rust closure handed to it, costs the page's wasm more than these few lines
//! of boot.js.

use yew::prelude::*;

use crate::model::{History, Moment};
use crate::ui::language::Speech;

/// The event the Save module dispatches on the document to ask for the moment on screen;
/// the App's listener answers it with [`answer`].
pub const STATE_EVENT: &str = "netmodels-state";

/// Answers a [`STATE_EVENT`] by writing two strings into it, all that crosses from the
/// page to the Save module: `moment`, the moment on screen as text ([`Moment::write`]: both
/// diagrams as drawn, the event logs, the timeline's kept samples and marks, the clocks),
/// which every file but the offline copy is made from with no replay; and `query`, Share's
/// query, for the display choices (language, words, theme, diagrams, the chart's settings)
/// and the offline copy's scene.
pub fn answer(event: &web_sys::Event, query: String, history: &History) {
    let set = |name: &str, text: String| {
        let _ = js_sys::Reflect::set(event, &name.into(), &text.into());
    };
    set("query", query);
    set("moment", Moment::write(history));
}

/// Whether the page offers the Save menu: not in the offline copy, which, opened from
/// disk, cannot import the module (printing still gives the handout there).
#[derive(Clone, Copy, PartialEq)]
pub enum Offer {
    Save,
    Nothing,
}

/// The folded Save menu. Its failure line (`data-unavailable`, in the page's language) is
/// what boot.js shows when the module cannot be loaded; opening the menu again retries.
pub fn save_menu(speech: &Speech, offer: Offer) -> Html {
    if offer == Offer::Nothing {
        return html! {};
    }
    html! {
        <details class="save" data-unavailable={speech.ui("ui-save-unavailable")}>
            <summary data-control="save">{speech.ui("ui-save")}</summary>
            <div data-panel="save"></div>
        </details>
    }
}
