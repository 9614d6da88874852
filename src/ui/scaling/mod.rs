//! "Which model scales?": sliders for the file size and the rates, and a chart of the time
//! to give N receivers a copy, N = 1…100: both lower bounds as lines, and the times of the
//! model's chunked simulation as marks. The marks are made, and the simulation started,
//! only once the panel comes into view; it then runs a few milliseconds per frame
//! (measured, so a slow device does less per frame rather than dropping frames), resuming
//! where it stopped, even inside one N. Every plotted point carries `data-n`, `data-series`
//! and `data-hours`.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{HtmlInputElement, IntersectionObserver, IntersectionObserverEntry};
use yew::prelude::*;

use super::language::{Speech, use_speech};
use crate::model::{CHUNKS, Command, Distribution, MAX_RECEIVERS, ScalingChart, ScalingPoint};
use crate::text::Value;
use crate::ui::browser::frames;

/// Longest a frame spends simulating, in milliseconds of wall-clock time: what is left of
/// a 60 Hz frame after the networks are drawn, even on a slow device.
const FRAME_BUDGET_MS: f64 = 3.0;
/// Transfers simulated between two looks at the clock (a few microseconds' work each).
const EVENTS_PER_LOOK: usize = 64;
/// How far below the window the panel may still be when its simulation starts.
const START_MARGIN: &str = "0px 0px 300px 0px";
/// Gigabytes per hour in megabits per second.
const MBIT_PER_S_PER_GB_PER_H: f64 = 8000.0 / 3600.0;

// The chart's drawing area, in SVG units.
const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 320.0;
const LEFT: f64 = 52.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 34.0;
const BOTTOM: f64 = 48.0;

/// Which value a slider sets.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    File,
    ServerUpload,
    PeerUpload,
    MinDownload,
}

impl Field {
    fn get(self, d: &Distribution) -> f64 {
        match self {
            Field::File => d.file,
            Field::ServerUpload => d.server_upload,
            Field::PeerUpload => d.peer_upload,
            Field::MinDownload => d.min_download,
        }
    }

    fn set(self, d: Distribution, v: f64) -> Distribution {
        let mut d = d;
        match self {
            Field::File => d.file = v,
            Field::ServerUpload => d.server_upload = v,
            Field::PeerUpload => d.peer_upload = v,
            Field::MinDownload => d.min_download = v,
        }
        d.clamped()
    }

    /// (control hook, label, range, step)
    fn describe(self) -> (&'static str, &'static str, (f64, f64), f64) {
        match self {
            Field::File => ("file-size", "ui-field-file", Distribution::FILE_RANGE, 0.1),
            Field::ServerUpload => (
                "server-upload",
                "ui-field-server-upload",
                Distribution::SERVER_UPLOAD_RANGE,
                1.0,
            ),
            Field::PeerUpload => (
                "peer-upload",
                "ui-field-peer-upload",
                Distribution::PEER_UPLOAD_RANGE,
                0.1,
            ),
            Field::MinDownload => (
                "min-download",
                "ui-field-min-download",
                Distribution::MIN_DOWNLOAD_RANGE,
                0.5,
            ),
        }
    }
}

fn slider(
    speech: &Speech,
    field: Field,
    d: Distribution,
    on_change: &Callback<Distribution>,
) -> Html {
    let (control, label, (min, max), step) = field.describe();
    let label = speech.ui(label);
    let value = field.get(&d);
    let unit = match field {
        Field::File => "GB".to_string(),
        _ => speech.ui_with(
            "ui-rate-unit",
            &[(
                "mbit",
                Value::Text(speech.number(value * MBIT_PER_S_PER_GB_PER_H, 1)),
            )],
        ),
    };
    let oninput = {
        let on_change = on_change.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(v) = crate::model::parse_decimal(&input.value()) {
                on_change.emit(field.set(d, v));
            }
        })
    };
    let id = format!("scaling-{control}");
    html! {
        <div class="slider">
            <label for={id.clone()}>{label}{" "}<output>{format!("{} {unit}", trim(speech, value))}</output></label>
            <input type="range" id={id} data-control={control} min={min.to_string()}
                max={max.to_string()} step={step.to_string()} value={value.to_string()} {oninput} />
        </div>
    }
}

/// A number without needless decimals, in the page's language: 10, 0.5, 2.5 (0,5 in French).
fn trim(speech: &Speech, v: f64) -> String {
    let s = format!("{v:.2}");
    let decimals = s
        .trim_end_matches('0')
        .split('.')
        .nth(1)
        .map_or(0, str::len);
    speech.number(v, decimals as u32)
}

/// A round number at or above `v` for the top of the y axis.
fn nice_ceiling(v: f64) -> f64 {
    let v = v.max(1e-6);
    let magnitude = 10f64.powf(v.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|&c| c >= v * (1.0 - 1e-9))
        .unwrap_or(10.0 * magnitude)
}

struct Axes {
    top_hours: f64,
}

impl Axes {
    fn x(&self, n: usize) -> f64 {
        LEFT + (n as f64 - 1.0) / (MAX_RECEIVERS as f64 - 1.0) * (WIDTH - LEFT - RIGHT)
    }
    fn y(&self, hours: f64) -> f64 {
        TOP + (1.0 - hours / self.top_hours) * (HEIGHT - TOP - BOTTOM)
    }
}

/// The four series a point can belong to.
#[derive(Clone, Copy)]
enum Series {
    CsFormula,
    P2pFormula,
    CsSimulated,
    P2pSimulated,
}

impl Series {
    fn slug(self) -> &'static str {
        match self {
            Series::CsFormula => "cs-formula",
            Series::P2pFormula => "p2p-formula",
            Series::CsSimulated => "cs-simulated",
            Series::P2pSimulated => "p2p-simulated",
        }
    }

    fn hours(self, p: &ScalingPoint) -> Option<f64> {
        match self {
            Series::CsFormula => Some(p.client_server_bound),
            Series::P2pFormula => Some(p.peer_to_peer_bound),
            Series::CsSimulated => p.client_server_simulated,
            Series::P2pSimulated => p.peer_to_peer_simulated,
        }
    }
}

fn points(series: Series, marks: &[ScalingPoint], axes: &Axes) -> Html {
    html! {
        <g class={classes!("series", series.slug())}>
            { for marks.iter().filter_map(|p| {
                let h = series.hours(p)?;
                let (x, y) = (axes.x(p.receivers), axes.y(h));
                let (n, hours) = (p.receivers.to_string(), format!("{h:.4}"));
                Some(match series {
                    Series::CsFormula | Series::P2pFormula => html! {
                        <circle data-n={n} data-series={series.slug()} data-hours={hours}
                            cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="1.4" />
                    },
                    Series::CsSimulated => html! {
                        <rect data-n={n} data-series={series.slug()} data-hours={hours}
                            x={format!("{:.1}", x - 2.5)} y={format!("{:.1}", y - 2.5)} width="5" height="5" />
                    },
                    Series::P2pSimulated => html! {
                        <path data-n={n} data-series={series.slug()} data-hours={hours}
                            d={format!("M{x:.1} {:.1} l3 3 l-3 3 l-3 -3 Z", y - 3.0)} />
                    },
                })
            }) }
        </g>
    }
}

fn line(series: Series, chart: &ScalingChart, axes: &Axes) -> Html {
    let d: Vec<String> = chart
        .points
        .iter()
        .filter_map(|p| {
            let h = series.hours(p)?;
            Some(format!("{:.1},{:.1}", axes.x(p.receivers), axes.y(h)))
        })
        .collect();
    html! { <polyline class={classes!("curve", series.slug())} points={d.join(" ")} /> }
}

/// The chart; its 200-odd marks only once the panel is near the window (`visible`): below
/// the fold at start-up, making and laying them out would cost a slow laptop frames just
/// as the networks start moving, for marks nobody sees yet.
fn chart_svg(speech: &Speech, chart: &ScalingChart, visible: bool) -> Html {
    let highest = chart
        .points
        .iter()
        .flat_map(|p| {
            [
                Some(p.client_server_bound),
                p.client_server_simulated,
                Some(p.peer_to_peer_bound),
                p.peer_to_peer_simulated,
            ]
        })
        .flatten()
        .fold(0.0, f64::max);
    let axes = Axes {
        top_hours: nice_ceiling(highest),
    };
    let marks: &[ScalingPoint] = if visible { &chart.points } else { &[] };
    let y_ticks = (0..=4).map(|i| axes.top_hours * i as f64 / 4.0);
    let x_ticks = [1usize, 20, 40, 60, 80, 100];
    html! {
        <svg class="chart" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} aria-hidden="true">
            <g class="grid">
                { for y_ticks.map(|h| html! {
                    <>
                        <line x1={LEFT.to_string()} x2={(WIDTH - RIGHT).to_string()}
                            y1={format!("{:.1}", axes.y(h))} y2={format!("{:.1}", axes.y(h))} />
                        <text class="tick" x={(LEFT - 6.0).to_string()} y={format!("{:.1}", axes.y(h) + 4.0)}
                            text-anchor="end">{trim(speech, h)}</text>
                    </>
                }) }
                { for x_ticks.iter().map(|&n| html! {
                    <text class="tick" x={format!("{:.1}", axes.x(n))} y={(HEIGHT - BOTTOM + 20.0).to_string()}
                        text-anchor="middle">{n}</text>
                }) }
                <text class="axis-title" x={format!("{:.1}", (LEFT + WIDTH - RIGHT) / 2.0)}
                    y={(HEIGHT - 4.0).to_string()} text-anchor="middle">{speech.ui("ui-axis-receivers")}</text>
                <text class="axis-title" x="8" y="18">{speech.ui("ui-axis-time")}</text>
            </g>
            {line(Series::CsFormula, chart, &axes)}
            {line(Series::P2pFormula, chart, &axes)}
            {points(Series::CsFormula, marks, &axes)}
            {points(Series::P2pFormula, marks, &axes)}
            {points(Series::CsSimulated, marks, &axes)}
            {points(Series::P2pSimulated, marks, &axes)}
        </svg>
    }
}

fn hours(speech: &Speech, h: Option<f64>) -> Value {
    Value::Text(match h {
        Some(h) => speech.ui_with("ui-hours", &[("value", Value::Text(speech.number(h, 2)))]),
        None => "…".to_string(),
    })
}

/// The numbers at one N, in words: what the chart shows, readable without the chart.
fn readout(speech: &Speech, p: &ScalingPoint) -> Html {
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

/// The chart's data, shared with the Save menu (which writes its points to a CSV file).
/// Equal when it is the same chart.
#[derive(Clone)]
pub struct SharedChart(pub Rc<RefCell<ScalingChart>>);

impl SharedChart {
    pub fn new(distribution: Distribution) -> SharedChart {
        SharedChart(Rc::new(RefCell::new(ScalingChart::new(distribution))))
    }
}

impl PartialEq for SharedChart {
    fn eq(&self, other: &SharedChart) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct ScalingProps {
    /// The problem and the N the panel opens with (the link's, or the textbook's).
    pub start: Distribution,
    pub receivers: usize,
    /// Told the settings whenever they change, so that Share can write them.
    pub on_command: Callback<Command>,
    /// Where the chart's data lives.
    pub chart: SharedChart,
}

/// An element being watched until it comes into view; dropping it stops watching.
struct Watch {
    observer: IntersectionObserver,
    /// Called by the observer: kept alive as long as it is.
    _callback: Closure<dyn FnMut(js_sys::Array, IntersectionObserver)>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `on_visible` once, when `target` first comes within [`START_MARGIN`] of the
/// window (at once where the browser cannot tell). Dropping the result stops watching.
fn when_visible(target: &web_sys::Element, on_visible: Callback<()>) -> Option<Watch> {
    let emit = on_visible.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: IntersectionObserver| {
            let seen = entries.iter().any(|e| {
                e.dyn_into::<IntersectionObserverEntry>()
                    .is_ok_and(|e| e.is_intersecting())
            });
            if seen {
                observer.disconnect();
                emit.emit(());
            }
        },
    );
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(START_MARGIN);
    let observer =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok();
    match observer {
        Some(observer) => {
            observer.observe(target);
            Some(Watch {
                observer,
                _callback: callback,
            })
        }
        None => {
            on_visible.emit(());
            None
        }
    }
}

#[component]
pub fn ScalingPanel(props: &ScalingProps) -> Html {
    let speech = use_speech();
    let distribution = use_state(|| props.start);
    let receivers = use_state(|| props.receivers.clamp(1, MAX_RECEIVERS));
    {
        let on_command = props.on_command.clone();
        use_effect_with(
            (*distribution, *receivers),
            move |&(distribution, receivers)| {
                on_command.emit(Command::SetChart {
                    distribution,
                    receivers,
                });
            },
        );
    }
    let chart = props.chart.0.clone();
    let drawn = use_state(|| 0usize);
    let visible = use_state(|| false);
    let panel = use_node_ref();
    {
        let (panel, visible) = (panel.clone(), visible.setter());
        use_effect_with((), move |_| {
            let watch = panel
                .cast::<web_sys::Element>()
                .and_then(|e| when_visible(&e, Callback::from(move |_| visible.set(true))));
            move || drop(watch)
        });
    }
    {
        let (chart, drawn) = (chart.clone(), drawn.setter());
        use_effect_with((*distribution, *visible), move |&(d, visible)| {
            *chart.borrow_mut() = ScalingChart::new(d);
            drawn.set(0);
            let chart: Rc<RefCell<ScalingChart>> = chart;
            let frames = visible.then(|| {
                frames::start_while(move |_| {
                    let start = frames::now_ms();
                    let mut chart = chart.borrow_mut();
                    let before = chart.simulated();
                    while chart.work(EVENTS_PER_LOOK) && frames::now_ms() - start < FRAME_BUDGET_MS
                    {
                    }
                    // The chart is drawn again only when a whole N has been added.
                    if chart.simulated() != before {
                        drawn.set(chart.simulated());
                    }
                    !chart.is_complete()
                })
            });
            move || drop(frames)
        });
    }
    let on_change = {
        let distribution = distribution.clone();
        Callback::from(move |d: Distribution| distribution.set(d))
    };
    let on_receivers = {
        let receivers = receivers.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(n) = input.value().parse::<usize>() {
                receivers.set(n.clamp(1, MAX_RECEIVERS));
            }
        })
    };
    let reset = {
        let distribution = distribution.clone();
        Callback::from(move |_: MouseEvent| distribution.set(Distribution::textbook()))
    };
    let chart = chart.borrow();
    let d = *distribution;
    let status = match chart.is_complete() {
        true => speech.ui_with("ui-scaling-done", &[("max", Value::count(MAX_RECEIVERS))]),
        false => speech.ui_with(
            "ui-scaling-running",
            &[
                ("done", Value::count(*drawn)),
                ("max", Value::count(MAX_RECEIVERS)),
            ],
        ),
    };
    html! {
        <section ref={panel} class="scaling" data-panel="scaling" aria-labelledby="scaling-title">
            <h2 id="scaling-title">{speech.ui("ui-scaling-title")}</h2>
            <p class="intro">
                {speech.ui_with("ui-scaling-intro", &[("pieces", Value::count(CHUNKS))])}
            </p>
            <p class="formulas">
                {speech.ui("ui-scaling-formulas")}
            </p>
            <div class="sliders">
                {slider(&speech, Field::File, d, &on_change)}
                {slider(&speech, Field::ServerUpload, d, &on_change)}
                {slider(&speech, Field::PeerUpload, d, &on_change)}
                {slider(&speech, Field::MinDownload, d, &on_change)}
                <button type="button" data-control="scaling-reset" onclick={reset}>
                    {speech.ui("ui-scaling-reset")}</button>
            </div>
            <figure>
                {chart_svg(&speech, &chart, *visible)}
                <figcaption>
                    <ul class="chart-key">
                        <li class="cs">{speech.ui("ui-key-client-server")}</li>
                        <li class="p2p">{speech.ui("ui-key-peer-to-peer")}</li>
                    </ul>
                    <span class="progress" data-status={if chart.is_complete() { "done" } else { "running" }}>{status}</span>
                </figcaption>
            </figure>
            <div class="slider">
                <label for="scaling-receivers">{speech.ui("ui-read-at")}{" "}<output>{*receivers}</output></label>
                <input type="range" id="scaling-receivers" data-control="receivers" min="1"
                    max={MAX_RECEIVERS.to_string()} step="1" value={receivers.to_string()}
                    oninput={on_receivers} />
            </div>
            {readout(&speech, &chart.points[(*receivers).clamp(1, MAX_RECEIVERS) - 1])}
        </section>
    }
}
