//! The timeline: a plot of both networks' availability over session time, with a band
//! where a network was down, a mark where a node was switched, an update published or
//! the networks reset, and the present as a handle. It is
//! the page's time control: click or drag to go back, arrow keys ±1 s, PageUp/PageDown
//! ±10 s, Home/End. Everything it shows comes from the model's [`TimelineView`].

use web_sys::{Element, KeyboardEvent, PointerEvent};
use yew::prelude::*;

use crate::model::{
    Command, MarkKind, ModelKind, Sample, TimelineView, Words, fixed, shortest, within,
};
use crate::ui::language::use_speech;

/// Drawing units of the plot.
const WIDTH: f64 = 600.0;
const HEIGHT: f64 = 60.0;
/// Most points drawn per line: enough for the eye, light for the page.
pub const POINTS: usize = 120;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub view: TimelineView,
    pub words: Words,
    pub on_command: Callback<Command>,
}

/// Where `seconds` falls across the plot.
fn x_of(view: &TimelineView, seconds: f64) -> f64 {
    let span = (view.last - view.first).max(1.0);
    ((seconds - view.first) / span).clamp(0.0, 1.0) * WIDTH
}

fn y_of(availability: f64) -> f64 {
    HEIGHT - availability.clamp(0.0, 1.0) * (HEIGHT - 4.0) - 2.0
}

/// One network's line and its points (`data-t`, `data-value`); the line breaks where
/// nothing was measured (before any outcome, or with every peer off: nobody asks). Across, in session seconds: the plot's group stretches them to its width
/// (see [`Timeline`]), so while time runs only that group's transform changes in the
/// page, not every point's position every frame. The points are invisible hooks, and the line keeps its
/// width (`vector-effect` in style.css).
fn series(samples: &[Sample], slug: &str, pick: fn(&Sample) -> Option<f64>) -> Html {
    let measured: Vec<(f64, f64)> = samples
        .iter()
        .filter_map(|s| Some((s.seconds(), pick(s)?)))
        .collect();
    let lines = samples.split(|s| pick(s).is_none()).map(|stretch| {
        let points = stretch
            .iter()
            .filter_map(|s| Some((s.seconds(), pick(s)?)))
            .map(|(t, a)| format!("{},{}", fixed(t, 2), fixed(y_of(a), 1)))
            .collect::<Vec<_>>()
            .join(" ");
        html! { <polyline points={points} fill="none" /> }
    });
    html! {
        <g class={classes!("series", slug.to_string())} data-series={slug.to_string()}>
            { for lines }
            { for measured.iter().map(|&(t, a)| html! {
                <circle cx={fixed(t, 2)} cy={fixed(y_of(a), 1)} r="1"
                    data-t={fixed(t, 2)} data-value={fixed(a, 3)} />
            }) }
        </g>
    }
}

/// The seconds under a pointer on the plot. The plot is found by its reference: Yew
/// delegates events, so the event's current target is not the plot.
fn seconds_at(view: &TimelineView, plot: &NodeRef, event: &PointerEvent) -> Option<f64> {
    let target: Element = plot.cast()?;
    let rect = target.get_bounding_client_rect();
    let fraction =
        ((event.client_x() as f64 - rect.left()) / rect.width().max(1.0)).clamp(0.0, 1.0);
    Some(view.first + fraction * (view.last - view.first))
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let speech = use_speech();
    let label = |key: &str| speech.ui(key);
    let view = &props.view;
    let plot = use_node_ref();
    let seek = |seconds: f64| Command::Seek { seconds };
    let on_pointer_down = {
        let (view, on_command, plot) = (view.clone(), props.on_command.clone(), plot.clone());
        Callback::from(move |event: PointerEvent| {
            if let Some(target) = plot.cast::<Element>() {
                let _ = target.set_pointer_capture(event.pointer_id());
            }
            if let Some(t) = seconds_at(&view, &plot, &event) {
                on_command.emit(seek(t));
            }
        })
    };
    let on_pointer_move = {
        let (view, on_command, plot) = (view.clone(), props.on_command.clone(), plot.clone());
        Callback::from(move |event: PointerEvent| {
            // Only a drag (a pressed button) seeks; a hovering pointer does not.
            let dragging = event.buttons() & 1 == 1;
            if let Some(t) = seconds_at(&view, &plot, &event).filter(|_| dragging) {
                on_command.emit(seek(t));
            }
        })
    };
    let on_key = {
        let (view, on_command) = (view.clone(), props.on_command.clone());
        Callback::from(move |event: KeyboardEvent| {
            let target = match event.key().as_str() {
                "ArrowLeft" | "ArrowDown" => view.now - 1.0,
                "ArrowRight" | "ArrowUp" => view.now + 1.0,
                "PageDown" => view.now - 10.0,
                "PageUp" => view.now + 10.0,
                "Home" => view.first,
                "End" => view.last,
                _ => return,
            };
            event.prevent_default();
            on_command.emit(seek(within(target, view.first, view.last)));
        })
    };
    // Seconds across to plot units: `first` at the left edge, `last` at the right.
    let across = WIDTH / (view.last - view.first).max(1.0);
    let stretch = format!(
        "matrix({} 0 0 1 {} 0)",
        fixed(across, 6),
        fixed(-view.first * across, 2)
    );
    let handle = x_of(view, view.now);
    let value = speech.say(&view.value, props.words);
    html! {
        <section class="timeline" data-panel="timeline" aria-label={label("ui-timeline")}>
            <div class="timeline-legend" aria-hidden="true">
                <span class="key cs-availability">{label("ui-timeline-cs")}</span>
                <span class="key p2p-availability">{label("ui-timeline-p2p")}</span>
                <span class="key down-key">{label("ui-timeline-down")}</span>
            </div>
            <svg class="timeline-plot" ref={plot} viewBox={format!("0 0 {} {}", shortest(WIDTH), shortest(HEIGHT))}
                preserveAspectRatio="none" role="slider" tabindex="0"
                data-control="timeline" aria-label={label("ui-timeline")}
                aria-valuemin={fixed(view.first, 2)}
                aria-valuemax={fixed(view.last, 2)}
                aria-valuenow={fixed(view.now, 2)}
                aria-valuetext={value}
                title={label("ui-timeline-hint")}
                data-looking-back={view.looking_back.to_string()}
                onpointerdown={on_pointer_down} onpointermove={on_pointer_move}
                onkeydown={on_key}>
                <rect class="timeline-track" width={shortest(WIDTH)} height={shortest(HEIGHT)} />
                <g transform={stretch}>
                    { for view.down.iter().map(|&(kind, from, to)| {
                        let slug = kind.slug();
                        let class = match kind {
                            ModelKind::ClientServer => "down cs",
                            ModelKind::PeerToPeer => "down p2p",
                        };
                        html! {
                            <rect class={class} data-down={slug} data-from={fixed(from, 2)}
                                data-to={fixed(to, 2)} x={fixed(from, 2)} y="0"
                                width={fixed((to - from).max(0.5), 2)} height={shortest(HEIGHT)} />
                        }
                    }) }
                    { series(&view.samples, "cs-availability", |s| s.client_server) }
                    { series(&view.samples, "p2p-availability", |s| s.peer_to_peer) }
                </g>
                { for view.marks.iter().map(|&(t, kind)| {
                    let slug = match kind {
                        MarkKind::Switch { on: true } => "switch-on",
                        MarkKind::Switch { on: false } => "switch-off",
                        MarkKind::Publish => "publish",
                        MarkKind::Reset => "reset",
                    };
                    let x = fixed(x_of(view, t), 1);
                    html! {
                        <line class={classes!("mark", slug)} data-mark={slug} data-t={fixed(t, 2)}
                            x1={x.clone()} x2={x} y1="0" y2={shortest(HEIGHT)} />
                    }
                }) }
                <g class="timeline-handle" data-t={fixed(view.now, 2)}>
                    <line x1={fixed(handle, 1)} x2={fixed(handle, 1)} y1="0"
                        y2={shortest(HEIGHT)} />
                </g>
            </svg>
            <button type="button" data-control="undo" title={label("ui-undo-hint")}
                disabled={!view.can_undo}
                onclick={props.on_command.reform(|_: MouseEvent| Command::Undo)}>
                {label("ui-undo")}
            </button>
        </section>
    }
}
