//! One network drawn as SVG, with its size selector, lesson, live numbers and event log;
//! and the legend that explains the shapes.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlSelectElement, SvgElement};
use yew::prelude::*;

use crate::model::{
    AVAILABILITY_WINDOW_SECONDS, CLIENTS, Command, DiagramSnapshot, LabSnapshot, LinkView,
    MetricsView, ModelKind, NodeView, PEERS, PacketShape, PacketView, Role,
};

/// How many log lines are shown.
const LOG_SHOWN: usize = 6;

#[derive(Properties, PartialEq)]
pub struct DiagramProps {
    pub snapshot: Rc<LabSnapshot>,
    pub kind: ModelKind,
    pub show_log: bool,
    pub on_command: Callback<Command>,
}

fn link(l: &LinkView) -> Html {
    html! {
        <line class={classes!("link", (!l.up).then_some("cut"))}
            x1={format!("{:.1}", l.from.x)} y1={format!("{:.1}", l.from.y)}
            x2={format!("{:.1}", l.to.x)} y2={format!("{:.1}", l.to.y)} />
    }
}

/// A short prefix that makes packet ids unique across both diagrams.
fn packet_prefix(kind: ModelKind) -> &'static str {
    match kind {
        ModelKind::ClientServer => "cs",
        ModelKind::PeerToPeer => "p2p",
    }
}

fn packet(p: &PacketView, kind: ModelKind) -> Html {
    let transform = format!("translate({:.1} {:.1})", p.position.x, p.position.y);
    let body = match p.shape {
        PacketShape::Request => html! { <circle r="5.5" /> },
        PacketShape::Response => html! { <rect x="-5" y="-5" width="10" height="10" /> },
        PacketShape::Dropped => html! {
            <>
                <line x1="-7" y1="-7" x2="7" y2="7" />
                <line x1="-7" y1="7" x2="7" y2="-7" />
            </>
        },
    };
    html! {
        <g key={p.id} class={classes!("packet", p.shape.slug())}
            data-packet={format!("{}-{}", packet_prefix(kind), p.id)} data-kind={p.shape.slug()} transform={transform}>
            {body}
        </g>
    }
}

fn node_shape(role: Role) -> Html {
    match role {
        Role::Server => {
            html! { <rect class="body" x="-24" y="-19" width="48" height="38" rx="6" /> }
        }
        Role::Client => {
            html! { <rect class="body" x="-19" y="-15" width="38" height="30" rx="5" /> }
        }
        Role::Peer => html! { <circle class="body" r="20" /> },
    }
}

/// Where an arrow key moves the focus among the nodes of one diagram.
#[derive(Clone, Copy)]
enum Move {
    Next,
    Previous,
    First,
    Last,
}

fn arrow_move(key: &str) -> Option<Move> {
    match key {
        "ArrowRight" | "ArrowDown" => Some(Move::Next),
        "ArrowLeft" | "ArrowUp" => Some(Move::Previous),
        "Home" => Some(Move::First),
        "End" => Some(Move::Last),
        _ => None,
    }
}

/// Focuses another node of the diagram that `from` belongs to (wrapping around).
fn move_focus(from: &Element, step: Move) {
    let Some(siblings) = from.parent_element().map(|p| p.children()) else {
        return;
    };
    let len = siblings.length();
    let here = (0..len)
        .find(|&i| siblings.item(i).as_ref() == Some(from))
        .unwrap_or(0);
    let target = match step {
        Move::Next => (here + 1) % len.max(1),
        Move::Previous => (here + len.max(1) - 1) % len.max(1),
        Move::First => 0,
        Move::Last => len.saturating_sub(1),
    };
    if let Some(node) = siblings
        .item(target)
        .and_then(|e| e.dyn_into::<SvgElement>().ok())
    {
        let _ = node.focus();
    }
}

fn node(n: &NodeView, kind: ModelKind, on_command: &Callback<Command>) -> Html {
    let toggle = Command::Toggle {
        model: kind,
        node: n.id.clone(),
    };
    let onclick = {
        let (on_command, toggle) = (on_command.clone(), toggle.clone());
        Callback::from(move |_: MouseEvent| on_command.emit(toggle.clone()))
    };
    let onkeydown = {
        let on_command = on_command.clone();
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            if key == "Enter" || key == " " {
                e.prevent_default();
                if !e.repeat() {
                    on_command.emit(toggle.clone());
                }
            } else if let Some(step) = arrow_move(&key) {
                e.prevent_default();
                // Yew delegates events, so find the node from the event's target.
                let here = e
                    .target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                    .and_then(|t| t.closest("[data-node]").ok().flatten());
                if let Some(here) = here {
                    move_focus(&here, step);
                }
            }
        })
    };
    let state = if n.up { "up" } else { "down" };
    let transform = format!("translate({:.1} {:.1})", n.position.x, n.position.y);
    html! {
        <g key={n.id.clone()} class={classes!("node", n.role.slug(), state)}
            data-node={n.id.clone()} data-role={n.role.slug()} data-state={state}
            role="button" tabindex="0" aria-pressed={(!n.up).to_string()}
            aria-label={n.label.clone()} transform={transform} {onclick} {onkeydown}>
            <circle class="hit" r="30" />
            <circle class="focus-ring" r="29" />
            {node_shape(n.role)}
            if !n.up {
                <line class="slash" x1="-23" y1="18" x2="23" y2="-18" />
            }
            if n.role != Role::Client {
                <g class="load" transform="translate(-18 24)">
                    <rect class="load-track" width="36" height="5" rx="2" />
                    <rect class="load-fill" width={format!("{:.1}", 36.0 * n.load_fraction)}
                        height="5" rx="2" />
                </g>
            }
        </g>
    }
}

/// The visible id and OFF mark of a node. Drawn in a layer of their own above the
/// buttons (and ignored by the pointer), so that each button's accessible name, "Server 1",
/// is all the text it contains.
fn node_label(n: &NodeView) -> Html {
    let transform = format!("translate({:.1} {:.1})", n.position.x, n.position.y);
    html! {
        <g key={n.id.clone()} class={classes!("node-label", (!n.up).then_some("down"))} {transform}>
            <text class="node-id" y="5">{n.id.to_uppercase()}</text>
            if !n.up {
                <text class="off-tag" y="-25">{"OFF"}</text>
            }
        </g>
    }
}

fn metric(name: &'static str, label: &str, value: String) -> Html {
    html! {
        <div class="metric">
            <dt>{label}</dt>
            <dd data-metric={name}>{value}</dd>
        </div>
    }
}

fn metrics(m: &MetricsView) -> Html {
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
        </dl>
    }
}

fn loads(d: &DiagramSnapshot) -> Html {
    html! {
        <ul class="loads" aria-label="Load: requests served per second">
            { for d.nodes.iter().filter(|n| n.role != Role::Client).map(|n| html! {
                <li data-metric={format!("load-{}", n.id)}>
                    <span class="who">{n.label.clone()}</span>
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

fn size_selector(kind: ModelKind, current: usize, on_command: &Callback<Command>) -> Html {
    let (control, label, range) = match kind {
        ModelKind::ClientServer => ("clients", "Clients", CLIENTS),
        ModelKind::PeerToPeer => ("peers", "Peers", PEERS),
    };
    let onchange = {
        let on_command = on_command.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Ok(n) = select.value().parse::<usize>() {
                on_command.emit(match kind {
                    ModelKind::ClientServer => Command::SetClients(n),
                    ModelKind::PeerToPeer => Command::SetPeers(n),
                });
            }
        })
    };
    html! {
        <label class="size">
            {label}{" "}
            <select data-control={control} {onchange}>
                { for range.map(|n| html! {
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
    let requesters = d.nodes.iter().filter(|n| n.role != Role::Server).count();
    let heading = format!("{}-title", kind.slug());
    let warn = d.nodes.iter().any(|n| !n.up && n.role == Role::Server)
        || d.metrics.availability.is_some_and(|a| a < 0.95);
    html! {
        <section class="diagram" data-model={kind.slug()} aria-labelledby={heading.clone()}>
            <header class="diagram-head">
                <h2 id={heading}>{kind.title()}</h2>
                {size_selector(kind, requesters, &props.on_command)}
            </header>
            <svg class="network" viewBox="0 0 400 300" role="group"
                aria-label={format!("{} network: {}", kind.title(), d.summary)}>
                <g class="links">{ for d.links.iter().map(link) }</g>
                <g class="nodes">{ for d.nodes.iter().map(|n| node(n, kind, &props.on_command)) }</g>
                <g class="labels" aria-hidden="true">{ for d.nodes.iter().map(node_label) }</g>
                <g class="packets" aria-hidden="true">{ for d.packets.iter().map(|p| packet(p, kind)) }</g>
            </svg>
            <p class={classes!("insight", warn.then_some("warn"))}>{d.insight.clone()}</p>
            {metrics(&d.metrics)}
            {loads(d)}
            if props.show_log {
                <div class="log">
                    <h3>{"What happened"}</h3>
                    <ol>
                        { for d.log.iter().take(LOG_SHOWN).map(|line| html! { <li>{line.clone()}</li> }) }
                    </ol>
                </div>
            }
        </section>
    }
}

/// Explains every shape and mark used in the diagrams.
#[component]
pub fn Legend() -> Html {
    html! {
        <section class="legend" aria-label="Legend">
            <h2>{"How to read the diagrams"}</h2>
            <ul>
                <li><svg viewBox="-10 -10 20 20" aria-hidden="true"><g class="packet request"><circle r="5.5" /></g></svg>
                    {"Request: a client or peer asks for something"}</li>
                <li><svg viewBox="-10 -10 20 20" aria-hidden="true"><g class="packet response"><rect x="-5" y="-5" width="10" height="10" /></g></svg>
                    {"Response: the answer travelling back"}</li>
                <li><svg viewBox="-10 -10 20 20" aria-hidden="true"><g class="packet dropped"><line x1="-7" y1="-7" x2="7" y2="7" /><line x1="-7" y1="7" x2="7" y2="-7" /></g></svg>
                    {"Dropped: the packet reached a computer that is off"}</li>
                <li><svg viewBox="-24 -24 48 48" aria-hidden="true"><g class="node peer down"><circle class="body" r="17" /><line class="slash" x1="-19" y1="15" x2="19" y2="-15" /></g></svg>
                    {"Off: dashed, struck through and marked OFF; it sends and answers nothing"}</li>
                <li><svg viewBox="-20 -6 40 12" aria-hidden="true"><g class="load"><rect class="load-track" x="-18" y="-2.5" width="36" height="5" rx="2" /><rect class="load-fill" x="-18" y="-2.5" width="24" height="5" rx="2" /></g></svg>
                    {"Load bar: requests served per second (full at 6 per second)"}</li>
            </ul>
        </section>
    }
}
