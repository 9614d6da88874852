//! One network's card: heading and size selector, the drawing, the lesson of the moment,
//! live numbers, load per node and event log; and the legend that explains the shapes.
//! The card is given a new snapshot every frame, but its parts are components that
//! re-render only when what they show has changed (most frames, nothing has).

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::network::Network;
use crate::model::{
    AVAILABILITY_WINDOW_SECONDS, CLASSROOM_MAX, CLIENTS, Command, Consistency, DiagramSnapshot,
    FULL_LOAD, LabSnapshot, MetricsView, ModelKind, PEERS, Role, SERVERS, Words,
};
use crate::text;

/// How many log lines are shown.
const LOG_SHOWN: usize = 6;

#[derive(Properties, PartialEq)]
pub struct DiagramProps {
    pub snapshot: Rc<LabSnapshot>,
    pub kind: ModelKind,
    pub show_log: bool,
    pub on_command: Callback<Command>,
}

fn metric(name: &'static str, label: &str, value: String) -> Html {
    html! {
        <div class="metric">
            <dt>{label}</dt>
            <dd data-metric={name}>{value}</dd>
        </div>
    }
}

/// Time for the latest update to reach every copy.
fn convergence(c: Consistency) -> String {
    match c {
        Consistency::Original => "–".to_string(),
        Consistency::Spreading { for_seconds, .. } => format!("not yet ({for_seconds:.1} s)"),
        Consistency::Converged { after_seconds, .. } => format!("{after_seconds:.1} s"),
    }
}

#[derive(Properties, PartialEq)]
struct MetricsProps {
    metrics: MetricsView,
    consistency: Consistency,
}

#[component]
fn Metrics(props: &MetricsProps) -> Html {
    let (m, consistency) = (&props.metrics, props.consistency);
    let availability = match m.availability {
        Some(a) => format!("{:.0} %", a * 100.0),
        None => "–".to_string(),
    };
    html! {
        <dl class="metrics">
            {metric("sent", "Requests sent", m.sent.to_string())}
            {metric("answered", "Answered", m.answered.to_string())}
            {metric("failed", "Failed (timed out)", m.failed.to_string())}
            {metric("availability",
                &format!("Availability, last {AVAILABILITY_WINDOW_SECONDS:.0} s"), availability)}
            {metric("in-flight", "Waiting", m.in_flight.to_string())}
            {metric("cancelled", "Cancelled (asker off)", m.cancelled.to_string())}
            {metric("stale", "Stale copies", m.stale.to_string())}
            {metric("converge", "Update reached all copies in", convergence(consistency))}
        </dl>
    }
}

/// One line of the load list, as shown (rounded, so that it compares equal while the
/// shown numbers stay the same).
#[derive(Clone, PartialEq)]
struct LoadRow {
    id: String,
    label: String,
    bar: String,
    value: String,
}

fn load_rows(d: &DiagramSnapshot, words: Words) -> Vec<LoadRow> {
    d.nodes
        .iter()
        .filter(|n| n.role != Role::Client)
        .map(|n| LoadRow {
            id: n.id.clone(),
            label: text::en(&n.label, words),
            bar: format!("{:.1}", n.load_fraction * 100.0),
            value: format!("{:.1}/s", n.load),
        })
        .collect()
}

#[derive(Properties, PartialEq)]
struct LoadsProps {
    rows: Vec<LoadRow>,
}

#[component]
fn Loads(props: &LoadsProps) -> Html {
    html! {
        <ul class="loads" aria-label="Load: requests served per second">
            { for props.rows.iter().map(|row| html! {
                <li data-metric={format!("load-{}", row.id)}>
                    <span class="who">{row.label.clone()}</span>
                    <svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                        <rect class="load-track" width="100" height="8" />
                        <rect class="load-fill" width={row.bar.clone()} height="8" />
                    </svg>
                    <span class="value">{row.value.clone()}</span>
                </li>
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
struct LogProps {
    /// Each line with its session seconds.
    lines: Vec<(String, f64)>,
    on_command: Callback<Command>,
}

/// The event log; each line is a button that shows its moment (issue 13).
#[component]
fn Log(props: &LogProps) -> Html {
    let hint = crate::text::english()
        .format("ui-log-jump", &[])
        .unwrap_or_default();
    html! {
        <div class="log">
            <h3>{"What happened"}</h3>
            <ol>
                { for props.lines.iter().map(|(line, at)| {
                    let seconds = *at;
                    let onclick = props
                        .on_command
                        .reform(move |_: MouseEvent| Command::Seek { seconds });
                    html! {
                        <li><button type="button" class="log-line" data-at={format!("{at:.2}")}
                            title={hint.clone()} {onclick}>{line.clone()}</button></li>
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
    let (size, current, on_command) = (props.size, props.current, &props.on_command);
    let (control, label, range) = match size {
        Size::Servers => ("servers", "Servers", SERVERS),
        Size::Clients => ("clients", "Clients", CLIENTS),
        Size::Peers => ("peers", "Peers", PEERS),
    };
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
    html! {
        <section class="diagram" data-model={kind.slug()} aria-labelledby={heading.clone()}>
            <header class="diagram-head">
                <h2 id={heading}>
                    {kind.title()}
                    if props.snapshot.words == Words::Library {
                        <span class="analogy">{ match kind {
                            ModelKind::ClientServer => ": a library with a librarian",
                            ModelKind::PeerToPeer => ": friends sharing books",
                        } }</span>
                    }
                </h2>
                {sizes}
            </header>
            <Network snapshot={props.snapshot.clone()} {kind} on_command={props.on_command.clone()} />
            <p class={classes!("insight", d.alarm.then_some("warn"))}>{text::en(&d.insight, props.snapshot.words)}</p>
            <Metrics metrics={d.metrics.clone()} consistency={d.consistency} />
            <Loads rows={load_rows(d, props.snapshot.words)} />
            if props.show_log {
                <Log lines={d.log.iter().zip(&d.log_at).take(LOG_SHOWN).map(|(line, &at)| (text::en(line, props.snapshot.words), at)).collect::<Vec<_>>()}
                    on_command={props.on_command.clone()} />
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
    let (request, response) = match props.words {
        Words::Network => (
            "Request: a client or peer asks for something",
            html! { <>
                <li><svg viewBox="-10 -10 20 20" aria-hidden="true"><g class="packet response"><rect x="-5" y="-5" width="10" height="10" /></g></svg>
                    {"Response: the answer travelling back"}</li>
            </> },
        ),
        Words::Library => (
            "Asking for a book: a visitor asks the librarian, or a friend asks a friend",
            html! { <>
                <li><svg viewBox="-10 -10 20 20" aria-hidden="true"><g class="packet response"><rect x="-5" y="-6" width="10" height="12" rx="1" /><line class="spine" x1="-2.5" y1="-6" x2="-2.5" y2="6" /></g></svg>
                    {"The book on its way back"}</li>
            </> },
        ),
    };
    html! {
        <section class="legend" aria-label="Legend">
            <h2>{"How to read the diagrams"}</h2>
            <ul>
                <li><svg viewBox="-10 -10 20 20" aria-hidden="true"><g class="packet request"><circle r="5.5" /></g></svg>
                    {request}</li>
                {response}
                <li><svg viewBox="-10 -10 20 20" aria-hidden="true"><g class="packet dropped"><line x1="-7" y1="-7" x2="7" y2="7" /><line x1="-7" y1="7" x2="7" y2="-7" /></g></svg>
                    {"Dropped: the packet reached a computer that is off"}</li>
                <li><svg viewBox="-24 -24 48 48" aria-hidden="true"><g class="node peer down"><circle class="body" r="17" /><line class="slash" x1="-19" y1="15" x2="19" y2="-15" /></g></svg>
                    {"Off: dashed, struck through and marked OFF; it sends and answers nothing"}</li>
                <li><svg viewBox="-20 -6 40 12" aria-hidden="true"><g class="load"><rect class="load-track" x="-18" y="-2.5" width="36" height="5" rx="2" /><rect class="load-fill" x="-18" y="-2.5" width="24" height="5" rx="2" /></g></svg>
                    {format!("Load bar: requests served per second (full at {FULL_LOAD} per second)")}</li>
                <li><svg viewBox="-14 -10 28 20" aria-hidden="true"><text class="version-tag stale" x="-12" y="5">{"v1"}</text></svg>
                    {"Version held (after Publish update); amber when out of date"}</li>
            </ul>
        </section>
    }
}
