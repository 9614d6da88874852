//! "Which model scales?": the panel around the chart. Its simulation starts only once the
//! panel comes into view, then runs a few milliseconds per frame (measured, so a slow
//! device does less per frame rather than dropping frames), resuming where it stopped,
//! even inside one N.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::chart::chart_svg;
use super::readout::readout;
use super::sliders::{Field, slider};
use crate::model::{CHUNKS, Command, Distribution, MAX_RECEIVERS, ScalingChart};
use crate::text::Value;
use crate::ui::browser::frames;
use crate::ui::browser::visible::when_visible;
use crate::ui::language::use_speech;

/// Longest a frame spends simulating, in milliseconds of wall-clock time: what is left of
/// a 60 Hz frame after the networks are drawn, even on a slow device.
const FRAME_BUDGET_MS: f64 = 3.0;
/// Transfers simulated between two looks at the clock (a few microseconds' work each).
const EVENTS_PER_LOOK: usize = 64;
/// How far below the window the panel may still be when its simulation starts.
const START_MARGIN: &str = "0px 0px 300px 0px";

/// The chart's data, made once by the App and handed to the panel. Equal when it is the
/// same chart.
#[derive(Clone)]
pub struct SharedChart(pub Rc<RefCell<ScalingChart>>);

impl SharedChart {
    /// A chart of `distribution`, nothing simulated yet.
    pub fn new(distribution: Distribution) -> SharedChart {
        SharedChart(Rc::new(RefCell::new(ScalingChart::new(distribution))))
    }
}

impl PartialEq for SharedChart {
    fn eq(&self, other: &SharedChart) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What the panel opens with, and where its choices go.
#[derive(Properties, PartialEq)]
pub struct ScalingProps {
    /// The problem and the N the panel opens with (the link's, or the textbook's).
    pub start: Distribution,
    /// The N the readout opens at.
    pub receivers: usize,
    /// Told the settings whenever they change, so that Share can write them.
    pub on_command: Callback<Command>,
    /// Where the chart's data lives.
    pub chart: SharedChart,
}

/// The "Which model scales?" panel: sliders, the chart, its progress and the readout.
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
            let watch = panel.cast::<web_sys::Element>().and_then(|e| {
                when_visible(&e, START_MARGIN, Callback::from(move |_| visible.set(true)))
            });
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
