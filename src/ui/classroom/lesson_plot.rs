//! The class's availability over the lesson, with the teacher's turning points marked and
//! the periods the class's network model called down shaded.

use yew::prelude::*;

use super::words::label_with;
use crate::model::{ClassView, MarkKind};

/// The plot's size in its own units (the SVG scales to the screen's width).
const PLOT_WIDTH: f64 = 600.0;
const PLOT_HEIGHT: f64 = 80.0;

/// The class's availability over the lesson as a line, with a mark where the teacher
/// switched a server, published or started over: "here I pulled the server", and a shaded
/// band over each period the model called down (a server off, fewer than two peers on).
/// Nothing until the first point (after ten seconds of lesson), mark or band.
pub fn lesson_plot(view: &ClassView) -> Html {
    let times = || {
        let samples = view.samples.iter().map(|&(s, _)| s);
        let downs = view
            .downs
            .iter()
            .flat_map(|&(_, from, to)| [Some(from), to]);
        (samples.chain(view.marks.iter().map(|&(s, _)| s))).chain(downs.flatten())
    };
    let (Some(first), Some(last)) = (times().min(), times().max()) else {
        return html! {};
    };
    let span = f64::from(last.saturating_sub(first).max(1));
    let x = |seconds: u32| {
        (f64::from(seconds.saturating_sub(first)) / span * PLOT_WIDTH).min(PLOT_WIDTH)
    };
    let y = |percent: u8| PLOT_HEIGHT - f64::from(percent) / 100.0 * PLOT_HEIGHT;
    let points: Vec<String> = view
        .samples
        .iter()
        .map(|&(s, p)| format!("{:.1},{:.1}", x(s), y(p)))
        .collect();
    let marks = view.marks.iter().map(|&(s, kind)| {
        let kind = match kind {
            MarkKind::Switch { on: true } => "switch-on",
            MarkKind::Switch { on: false } => "switch-off",
            MarkKind::Publish => "publish",
            MarkKind::Reset => "reset",
        };
        let at = format!("{:.1}", x(s));
        html! {
            <line class="class-mark" data-mark={kind} data-t={s.to_string()}
                x1={at.clone()} x2={at} y1="0" y2={PLOT_HEIGHT.to_string()} />
        }
    });
    // A period still down reaches the plot's right edge: the latest moment the screen knows.
    let downs = view.downs.iter().map(|&(model, from, to)| {
        let to = to.unwrap_or(last);
        let (left, right) = (x(from), x(to));
        html! {
            <rect class="class-down" data-down={model.slug()} data-from={from.to_string()}
                data-to={to.to_string()} x={format!("{left:.1}")} y="0"
                width={format!("{:.1}", (right - left).max(1.0))} height={PLOT_HEIGHT.to_string()} />
        }
    });
    let title = label_with("room-history", &[]);
    html! {
        <figure class="class-history" data-panel="class-history">
            <figcaption>{ title.clone() }</figcaption>
            <svg viewBox={format!("0 0 {PLOT_WIDTH} {PLOT_HEIGHT}")} preserveAspectRatio="none"
                role="img" aria-label={title}>
                { for downs }
                { for marks }
                if !points.is_empty() {
                    <polyline data-series="class-availability" points={points.join(" ")}
                        fill="none" vector-effect="non-scaling-stroke" />
                }
            </svg>
        </figure>
    }
}
