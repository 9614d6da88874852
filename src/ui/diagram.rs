//! One network's card: heading and size selector, the drawing, the lesson of the moment,
//! live numbers, load per node and event log; and the legend that explains the shapes.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::network::Network;
use crate::model::{
    AVAILABILITY_WINDOW_SECONDS, CLASSROOM_MAX, CLIENTS, Command, Consistency, DiagramSnapshot,
    LabSnapshot, MetricsView, ModelKind, PEERS, Role, SERVERS, Words,
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

fn metrics(m: &MetricsView, consistency: Consistency) -> Html {
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

fn loads(d: &DiagramSnapshot, words: Words) -> Html {
    html! {
        <ul class="loads" aria-label="Load: requests served per second">
            { for d.nodes.iter().filter(|n| n.role != Role::Client).map(|n| html! {
                <li data-metric={format!("load-{}", n.id)}>
                    <span class="who">{text::en(&n.label, words)}</span>
                    <svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                        <rect class="load-track" width="100" height="8" />
                        <rect class="load-fill" width={format!("{:.1}", n.load_fraction * 100.0)}
                            height="8" />
                    </svg>
                    <span class="value">{format!("{:.1}/s", n.load)}</span>
                </li>
            }) }
        </ul>
    }
}

/// Which count a size selector changes.
#[derive(Clone, Copy)]
enum Size {
    Servers,
    Clients,
    Peers,
}

fn size_selector(size: Size, current: usize, on_command: &Callback<Command>) -> Html {
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
    let d = match kind {
        ModelKind::ClientServer => &props.snapshot.client_server,
        ModelKind::PeerToPeer => &props.snapshot.peer_to_peer,
    };
    let count = |role: Role| d.nodes.iter().filter(|n| n.role == role).count();
    let sizes = match kind {
        ModelKind::ClientServer => html! {
            <div class="sizes">
                {size_selector(Size::Servers, count(Role::Server), &props.on_command)}
                {size_selector(Size::Clients, count(Role::Client), &props.on_command)}
            </div>
        },
        ModelKind::PeerToPeer => size_selector(Size::Peers, count(Role::Peer), &props.on_command),
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
            {metrics(&d.metrics, d.consistency)}
            {loads(d, props.snapshot.words)}
            if props.show_log {
                <div class="log">
                    <h3>{"What happened"}</h3>
                    <ol>
                        { for d.log.iter().take(LOG_SHOWN).map(|line| html! { <li>{text::en(line, props.snapshot.words)}</li> }) }
                    </ol>
                </div>
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
                    {"Load bar: requests served per second (full at 6 per second)"}</li>
                <li><svg viewBox="-14 -10 28 20" aria-hidden="true"><text class="version-tag stale" x="-12" y="5">{"v1"}</text></svg>
                    {"Version held (after Publish update); amber when out of date"}</li>
            </ul>
        </section>
    }
}
