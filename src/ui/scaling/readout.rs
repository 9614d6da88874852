//! The numbers at the N the learner reads at, in words: what the chart shows, readable
//! without it.

use yew::prelude::*;

use crate::model::ScalingPoint;
use crate::text::Value;
use crate::ui::language::Speech;

fn hours(speech: &Speech, h: Option<f64>) -> Value {
    Value::Text(match h {
        Some(h) => speech.ui_with("ui-hours", &[("value", Value::Text(speech.number(h, 2)))]),
        None => "…".to_string(),
    })
}

/// The numbers at one N, in words: what the chart shows, readable without the chart.
pub(super) fn readout(speech: &Speech, p: &ScalingPoint) -> Html {
    html! {
        <p class="readout" data-readout={p.receivers.to_string()}>
            {speech.ui_with("ui-readout", &[
                ("n", Value::count(p.receivers)),
                ("cs", hours(speech, Some(p.client_server_bound))),
                ("cs_sim", hours(speech, p.client_server_simulated)),
                ("p2p", hours(speech, Some(p.peer_to_peer_bound))),
                ("p2p_sim", hours(speech, p.peer_to_peer_simulated)),
            ])}
        </p>
    }
}
