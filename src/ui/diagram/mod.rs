//! One network's card: heading and size selector, the drawing, the lesson of the moment,
//! live numbers, load per node and event log; and the legend that explains the shapes.
//! The card is given a new snapshot every frame, but its parts are components that
//! re-render only when what they show has changed (most frames, nothing has).

mod network;
mod packet_canvas;
mod trust_row;

use std::rc::Rc;

use web_sys::{HtmlElement, HtmlSelectElement};
use yew::prelude::*;

use self::network::{Network, TORN};
use self::trust_row::{TrustRow, trust_nodes};
use super::language::{Speech, use_speech};
use crate::model::{
    AVAILABILITY_WINDOW_SECONDS, CLASSROOM_MAX, CLIENTS, Command, Consistency, DiagramSnapshot,
    FULL_LOAD, LabSnapshot, MetricsView, ModelKind, Msg, PEERS, Role, SERVERS, Words,
};
use crate::text::Value;

/// How many log lines are shown.
const LOG_SHOWN: usize = 6;

#[derive(Properties, PartialEq)]
pub struct DiagramProps {
    pub snapshot: Rc<LabSnapshot>,
    pub kind: ModelKind,
    pub show_log: bool,
    /// The trust row comes with the full controls only (`controls=full`).
    pub show_trust: bool,
    pub on_command: Callback<Command>,
    /// Whether the network is drawn yet (see `NetworkProps::drawn`).
    pub drawn: bool,
}

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
        value: format!("{s:.1}"),
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
struct MetricsProps {
    metrics: MetricsView,
    consistency: Consistency,
}

#[component]
fn Metrics(props: &MetricsProps) -> Html {
    let speech = use_speech();
    let (m, consistency) = (&props.metrics, props.consistency);
    let availability = match m.availability {
        Some(a) => Shown {
            // Rounded first, so the text and the value agree.
            text: speech.percent((a * 100.0).round() / 100.0),
            value: format!("{:.0}", a * 100.0),
        },
        None => nothing(),
    };
    let label = |key: &str| speech.ui(key);
    let window = [("seconds", Value::Number(AVAILABILITY_WINDOW_SECONDS, 0))];
    html! {
        <dl class="metrics">
            {metric("sent", label("ui-metric-sent"), count(&speech, m.sent))}
            {metric("answered", label("ui-metric-answered"), count(&speech, m.answered))}
            {metric("failed", label("ui-metric-failed"), count(&speech, m.failed))}
            {metric("availability", speech.ui_with("ui-metric-availability", &window), availability)}
            {metric("in-flight", label("ui-metric-in-flight"), count(&speech, m.in_flight))}
            {metric("cancelled", label("ui-metric-cancelled"), count(&speech, m.cancelled))}
            {metric("stale", label("ui-metric-stale"), count(&speech, m.stale as u64))}
            {metric("converge", label("ui-metric-converge"), convergence(&speech, consistency))}
            {metric("corrupt", label("ui-metric-corrupt"), count(&speech, m.corrupt as u64))}
            {metric("rejected", label("ui-metric-rejected"), count(&speech, m.rejected))}
        </dl>
    }
}

/// One line of the load list, as shown (rounded, so that it compares equal while the
/// shown numbers stay the same).
#[derive(Clone, PartialEq)]
struct LoadRow {
    id: String,
    label: Msg,
    bar: String,
    value: String,
    /// The plain number shown, for `data-value`.
    plain: String,
}

fn load_rows(speech: &Speech, d: &DiagramSnapshot) -> Vec<LoadRow> {
    d.nodes
        .iter()
        .filter(|n| n.role != Role::Client)
        .map(|n| LoadRow {
            id: n.id.clone(),
            label: n.label.clone(),
            bar: format!("{:.1}", n.load_fraction * 100.0),
            value: speech.ui_with(
                "ui-per-second",
                // Every frame, for every node: the model's decimal mark (the same as
                // Intl's below 1,000) rather than a call into JS per node.
                &[("value", Value::Text(speech.lang().number(n.load, 1)))],
            ),
            plain: format!("{:.1}", n.load),
        })
        .collect()
}

#[derive(Properties, PartialEq)]
struct LoadBarProps {
    /// The bar's length in percent, as shown (rounded).
    percent: String,
}

/// A load bar: a box painted in two colours split at the load, the split set through the
/// CSSOM as a custom property (which the page's CSP allows, unlike a style attribute).
/// Changing a background needs neither layout nor a layer of its own; the SVG bar it
/// replaces made the browser lay out the page again each time a load changed, which in a
/// classroom scene was nearly every frame.
#[component]
fn LoadBar(props: &LoadBarProps) -> Html {
    let bar = use_node_ref();
    {
        let bar = bar.clone();
        use_effect_with(props.percent.clone(), move |percent| {
            if let Some(bar) = bar.cast::<HtmlElement>() {
                let _ = bar.style().set_property("--share", &format!("{percent}%"));
            }
        });
    }
    html! { <span class="bar" ref={bar} aria-hidden="true" /> }
}

#[derive(Properties, PartialEq)]
struct LoadsProps {
    rows: Vec<LoadRow>,
    words: Words,
}

#[component]
fn Loads(props: &LoadsProps) -> Html {
    let speech = use_speech();
    html! {
        <ul class="loads" aria-label={speech.ui("ui-loads")}>
            { for props.rows.iter().map(|row| html! {
                <li data-metric={format!("load-{}", row.id)} data-value={row.plain.clone()}>
                    <span class="who">{speech.say(&row.label, props.words)}</span>
                    <LoadBar percent={row.bar.clone()} />
                    <span class="value">{row.value.clone()}</span>
                </li>
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
struct LogProps {
    /// Each line with its session seconds.
    lines: Vec<(Msg, f64)>,
    words: Words,
    on_command: Callback<Command>,
}

/// The event log; each line is a button that shows its moment (issue 13).
#[component]
fn Log(props: &LogProps) -> Html {
    let speech = use_speech();
    let hint = speech.ui("ui-log-jump");
    html! {
        <div class="log">
            <h3>{speech.ui("ui-log")}</h3>
            <ol>
                { for props.lines.iter().map(|(line, at)| {
                    let seconds = *at;
                    let onclick = props
                        .on_command
                        .reform(move |_: MouseEvent| Command::Seek { seconds });
                    html! {
                        <li><button type="button" class="log-line" data-at={format!("{at:.2}")}
                            title={hint.clone()} {onclick}>{speech.say(line, props.words)}</button></li>
                    }
                }) }
            </ol>
        </div>
    }
}

/// Which count a size selector changes.
#[derive(Clone, Copy, PartialEq)]
enum Size {
    Servers,
    Clients,
    Peers,
}

#[derive(Properties, PartialEq)]
struct SizeSelectorProps {
    size: Size,
    current: usize,
    on_command: Callback<Command>,
}

#[component]
fn SizeSelector(props: &SizeSelectorProps) -> Html {
    let speech = use_speech();
    let (size, current, on_command) = (props.size, props.current, &props.on_command);
    let (control, label, range) = match size {
        Size::Servers => ("servers", "ui-servers", SERVERS),
        Size::Clients => ("clients", "ui-clients", CLIENTS),
        Size::Peers => ("peers", "ui-peers", PEERS),
    };
    let label = speech.ui(label);
    let onchange = {
        let on_command = on_command.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Ok(n) = select.value().parse::<usize>() {
                on_command.emit(match size {
                    Size::Servers => Command::SetServers(n),
                    Size::Clients => Command::SetClients(n),
                    Size::Peers => Command::SetPeers(n),
                });
            }
        })
    };
    html! {
        <label class="size">
            {label}{" "}
            <select data-control={control} {onchange}>
                // The classroom sizes, plus a larger one a link may have asked for.
                { for range.filter(|&n| n <= CLASSROOM_MAX || n == current).map(|n| html! {
                    <option value={n.to_string()} selected={n == current}>{n}</option>
                }) }
            </select>
        </label>
    }
}

#[component]
pub fn Diagram(props: &DiagramProps) -> Html {
    let speech = use_speech();
    let kind = props.kind;
    let d = props.snapshot.diagram(kind);
    let count = |role: Role| d.nodes.iter().filter(|n| n.role == role).count();
    let sizes = match kind {
        ModelKind::ClientServer => html! {
            <div class="sizes">
                <SizeSelector size={Size::Servers} current={count(Role::Server)}
                    on_command={props.on_command.clone()} />
                <SizeSelector size={Size::Clients} current={count(Role::Client)}
                    on_command={props.on_command.clone()} />
            </div>
        },
        ModelKind::PeerToPeer => html! {
            <SizeSelector size={Size::Peers} current={count(Role::Peer)}
                on_command={props.on_command.clone()} />
        },
    };
    let heading = format!("{}-title", kind.slug());
    // Log lines (and load labels) stay messages here: their components word them only
    // when they re-render, not every frame.
    let log: Vec<(Msg, f64)> = d
        .log
        .iter()
        .zip(&d.log_at)
        .take(LOG_SHOWN)
        .map(|(line, &at)| (line.clone(), at))
        .collect();
    html! {
        <section class="diagram" data-model={kind.slug()} aria-labelledby={heading.clone()}>
            <header class="diagram-head">
                <h2 id={heading}>
                    // With the analogy the model's name ends in the language's own colon.
                    if props.snapshot.words == Words::Library {
                        {speech.ui(&format!("ui-model-analogy-{}", kind.slug()))}
                        <span class="analogy">{" "}{speech.ui(&format!("ui-analogy-{}", kind.slug()))}</span>
                    } else {
                        {speech.ui(&format!("ui-model-{}", kind.slug()))}
                    }
                </h2>
                {sizes}
            </header>
            <Network snapshot={props.snapshot.clone()} {kind} on_command={props.on_command.clone()} drawn={props.drawn} />
            <p class={classes!("insight", d.alarm.then_some("warn"))}>{speech.say(&d.insight, props.snapshot.words)}</p>
            if props.show_trust {
                <TrustRow {kind} nodes={trust_nodes(&d.nodes)} words={props.snapshot.words}
                    verify={props.snapshot.verify} on_command={props.on_command.clone()} />
            }
            <Metrics metrics={d.metrics.clone()} consistency={d.consistency} />
            <Loads rows={load_rows(&speech, d)} words={props.snapshot.words} />
            if props.show_log {
                <Log lines={log} words={props.snapshot.words} on_command={props.on_command.clone()} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub words: Words,
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
                    {speech.ui_with("ui-legend-load", &[("full", Value::Number(FULL_LOAD, 0))])}</li>
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
