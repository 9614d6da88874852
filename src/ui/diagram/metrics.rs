//! A network's live numbers: sent, answered, failed, availability, in flight, cancelled,
//! stale copies, time to converge, damaged and rejected copies. Each `data-metric` carries
//! its plain number in `data-value`, so tests never read the page's language.

use yew::prelude::*;

use crate::model::{AVAILABILITY_WINDOW_SECONDS, Consistency, MetricsView, fixed, percent_points};
use crate::text::Value;
use crate::ui::language::{Speech, use_speech};

/// A metric as shown (in the page's language) and the plain number it shows, for
/// `data-value` ("40" for "40 %", "0.5" for "0,5 s"; empty when there is none).
struct Shown {
    text: String,
    value: String,
}

fn count(speech: &Speech, n: impl Into<u64>) -> Shown {
    let n: u64 = n.into();
    Shown {
        text: speech.number(n as f64, 0),
        value: n.to_string(),
    }
}

fn seconds(speech: &Speech, key: &str, s: f64) -> Shown {
    Shown {
        text: speech.ui_with(key, &[("value", Value::Text(speech.number(s, 1)))]),
        value: fixed(s, 1),
    }
}

fn metric(name: &'static str, label: String, shown: Shown) -> Html {
    html! {
        <div class="metric">
            <dt>{label}</dt>
            <dd data-metric={name} data-value={shown.value}>{shown.text}</dd>
        </div>
    }
}

fn nothing() -> Shown {
    Shown {
        text: "–".to_string(),
        value: String::new(),
    }
}

/// Time for the latest update to reach every copy.
fn convergence(speech: &Speech, c: Consistency) -> Shown {
    match c {
        Consistency::Original => nothing(),
        Consistency::Spreading { for_seconds, .. } => seconds(speech, "ui-not-yet", for_seconds),
        Consistency::Converged { after_seconds, .. } => {
            seconds(speech, "ui-seconds", after_seconds)
        }
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct MetricsProps {
    /// The network's live numbers.
    pub(super) metrics: MetricsView,
    /// How far the latest update has spread.
    pub(super) consistency: Consistency,
}

/// The network's live numbers, each with its plain value in `data-value`.
#[component]
pub(super) fn Metrics(props: &MetricsProps) -> Html {
    let speech = use_speech();
    let (m, consistency) = (&props.metrics, props.consistency);
    let availability = match m.availability.map(percent_points) {
        // One rounding, the model's, so the text, the value and the sentences agree.
        Some(points) => Shown {
            text: speech.percent(f64::from(points) / 100.0),
            value: points.to_string(),
        },
        None => nothing(),
    };
    // A count of what nothing has happened to yet is "–", not a 0 that reads as measured.
    let counted = |shown: bool, n: u64| match shown {
        true => count(&speech, n),
        false => nothing(),
    };
    let (asked, decided) = (m.asked(), m.decided());
    let label = |key: &str| speech.ui(key);
    let window = [("seconds", Value::Number(AVAILABILITY_WINDOW_SECONDS, 0))];
    html! {
        <dl class="metrics">
            {metric("sent", label("ui-metric-sent"), counted(asked, m.sent))}
            {metric("answered", label("ui-metric-answered"), counted(decided, m.answered))}
            {metric("failed", label("ui-metric-failed"), counted(decided, m.failed))}
            {metric("availability", speech.ui_with("ui-metric-availability", &window), availability)}
            {metric("in-flight", label("ui-metric-in-flight"), counted(asked, m.in_flight))}
            {metric("cancelled", label("ui-metric-cancelled"), counted(asked, m.cancelled))}
            {metric("stale", label("ui-metric-stale"), count(&speech, m.stale as u64))}
            {metric("converge", label("ui-metric-converge"), convergence(&speech, consistency))}
            {metric("corrupt", label("ui-metric-corrupt"), count(&speech, m.corrupt as u64))}
            {metric("rejected", label("ui-metric-rejected"), count(&speech, m.rejected))}
        </dl>
    }
}
