//! The control bar's icons, drawn as SVG rather than taken from a font, so they look the
//! same on every machine.

use yew::prelude::*;

fn icon(body: Html) -> Html {
    html! { <svg class="icon" viewBox="0 0 12 12" aria-hidden="true">{body}</svg> }
}

/// Play: a triangle.
pub(super) fn icon_play() -> Html {
    icon(html! { <path d="M2 1 L11 6 L2 11 Z" /> })
}

/// Pause: two bars.
pub(super) fn icon_pause() -> Html {
    icon(html! { <path d="M2 1 h3 v10 h-3 Z M7 1 h3 v10 h-3 Z" /> })
}

/// Step: a triangle against a bar.
pub(super) fn icon_step() -> Html {
    icon(html! { <path d="M1 1 L8 6 L1 11 Z M9 1 h2 v10 h-2 Z" /> })
}

/// Step back: the step icon mirrored.
pub(super) fn icon_step_back() -> Html {
    icon(html! { <path d="M11 1 L4 6 L11 11 Z M1 1 h2 v10 h-2 Z" /> })
}

/// Reset: a circling arrow.
pub(super) fn icon_reset() -> Html {
    icon(html! {
        <>
            <path d="M6 1.5 A4.5 4.5 0 1 1 1.5 6" fill="none" stroke="currentColor"
                stroke-width="1.8" />
            <path d="M3.5 0 L7 1.8 L3.8 4 Z" />
        </>
    })
}
