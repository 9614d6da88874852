//! The legend under the diagrams: every shape and mark they use, in the page's words.

use yew::prelude::*;

use super::network::TORN;
use crate::model::{Capacity, Words};
use crate::text::Value;
use crate::ui::language::use_speech;

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// The vocabulary the shapes are explained in (the library analogy draws a book).
    pub words: Words,
    /// Where a server's load bar is full: the client-server network's capacity.
    pub server: Capacity,
    /// Where a peer's load bar is full: the peer-to-peer network's capacity.
    pub peer: Capacity,
}

/// A capacity as the legend says it: whole, or with the one decimal a link may give.
fn per_second(capacity: Capacity) -> Value {
    let c = capacity.per_second().unwrap_or(Capacity::MAX);
    Value::Number(c, usize::from(c.fract() != 0.0))
}

/// Explains every shape and mark used in the diagrams, in the page's words.
#[component]
pub fn Legend(props: &LegendProps) -> Html {
    let speech = use_speech();
    let words = [(
        "words",
        Value::Text(match props.words {
            Words::Network => "network".into(),
            Words::Library => "library".into(),
        }),
    )];
    let request = speech.ui_with("ui-legend-request", &words);
    let response_text = speech.ui_with("ui-legend-response", &words);
    let response = match props.words {
        Words::Network => html! {
            <li><svg viewBox="-10 -10 20 20" aria-hidden="true"><g class="packet response"><rect x="-5" y="-5" width="10" height="10" /></g></svg>
                {response_text}</li>
        },
        Words::Library => html! {
            <li><svg viewBox="-10 -10 20 20" aria-hidden="true"><g class="packet response"><rect x="-5" y="-6" width="10" height="12" rx="1" /><line class="spine" x1="-2.5" y1="-6" x2="-2.5" y2="6" /></g></svg>
                {response_text}</li>
        },
    };
    html! {
        <section class="legend" aria-label={speech.ui("ui-legend")}>
            <h2>{speech.ui("ui-legend-heading")}</h2>
            <ul>
                <li><svg viewBox="-10 -10 20 20" aria-hidden="true"><g class="packet request"><circle r="5.5" /></g></svg>
                    {request}</li>
                {response}
                <li><svg viewBox="-10 -10 20 20" aria-hidden="true"><g class="packet dropped"><line x1="-7" y1="-7" x2="7" y2="7" /><line x1="-7" y1="7" x2="7" y2="-7" /></g></svg>
                    {speech.ui("ui-legend-dropped")}</li>
                <li><svg viewBox="-24 -24 48 48" aria-hidden="true"><g class="node peer down"><circle class="body" r="17" /><line class="slash" x1="-19" y1="15" x2="19" y2="-15" /></g></svg>
                    {speech.ui("ui-legend-off")}</li>
                <li><svg viewBox="-20 -6 40 12" aria-hidden="true"><g class="load"><rect class="load-track" x="-18" y="-2.5" width="36" height="5" rx="2" /><rect class="load-fill" x="-18" y="-2.5" width="24" height="5" rx="2" /></g></svg>
                    {speech.ui_with("ui-legend-load", &[
                        words[0].clone(),
                        ("server", per_second(props.server)),
                        ("peer", per_second(props.peer)),
                    ])}</li>
                <li><svg viewBox="-10 -10 20 20" aria-hidden="true"><g class="packet corrupt"><path d={TORN} /></g></svg>
                    {speech.ui("ui-legend-corrupt")}</li>
                <li><svg viewBox="-10 -10 20 20" aria-hidden="true"><g class="bad-mark"><path d="M0 -8 L8 6 H-8 Z" /><text y="4.5">{"!"}</text></g></svg>
                    {speech.ui("ui-legend-dishonest")}</li>
                <li><svg viewBox="-14 -10 28 20" aria-hidden="true"><text class="version-tag stale" x="-12" y="5">{"v1"}</text></svg>
                    {speech.ui("ui-legend-version")}</li>
            </ul>
        </section>
    }
}
