//! Drawing one network: links, nodes (buttons), their labels and the packets in flight,
//! in separate layers so that moving packets never make the browser repaint the links.
//! Small scenes draw packets as SVG elements (each with `data-packet`); large ones draw
//! them on a canvas, which stays smooth with thousands.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, SvgElement};
use yew::prelude::*;

use super::packet_canvas::PacketCanvas;
use crate::model::{
    Command, DRAWING_HEIGHT, DRAWING_WIDTH, DiagramSnapshot, LabSnapshot, LinkView, ModelKind,
    NodeView, PacketShape, PacketView, Role, Words, link_views,
};
use crate::text::Value;
use crate::ui::language::use_speech;

/// Scenes with up to this many nodes draw packets as SVG elements with test hooks.
pub const SVG_PACKET_NODES: usize = 40;

fn link(l: &LinkView) -> Html {
    html! {
        <line class={classes!("link", (!l.up).then_some("cut"))}
            x1={format!("{:.1}", l.from.x)} y1={format!("{:.1}", l.from.y)}
            x2={format!("{:.1}", l.to.x)} y2={format!("{:.1}", l.to.y)} />
    }
}

/// A square with a torn side: a damaged copy, on the wire or held by a node.
pub const TORN: &str = "M-5 -5 H5 L2 -2.5 L5 0 L2 2.5 L5 5 H-5 Z";

/// [`TORN`] drawn around (`x`, `y`) by its own coordinates (see [`packet`]).
fn torn_at(x: f64, y: f64) -> String {
    format!(
        "M{} {} H{} L{} {} L{} {} L{} {} L{} {} H{} Z",
        at(x, -5.0),
        at(y, -5.0),
        at(x, 5.0),
        at(x, 2.0),
        at(y, -2.5),
        at(x, 5.0),
        at(y, 0.0),
        at(x, 2.0),
        at(y, 2.5),
        at(x, 5.0),
        at(y, 5.0),
        at(x, -5.0)
    )
}

/// A short prefix that makes packet ids unique across both diagrams.
fn packet_prefix(kind: ModelKind) -> &'static str {
    match kind {
        ModelKind::ClientServer => "cs",
        ModelKind::PeerToPeer => "p2p",
    }
}

/// One coordinate of a packet's drawing: its position plus an offset, as an attribute.
fn at(centre: f64, offset: f64) -> String {
    format!("{:.1}", centre + offset)
}

/// A packet drawn where it is by its shapes' own coordinates, not by a `transform`: in
/// Chromium every transformed SVG element is a paint chunk of its own that the compositor
/// sorts into layers every frame, while shapes without one share a single chunk.
fn packet(p: &PacketView, kind: ModelKind, words: Words) -> Html {
    let (x, y) = (p.position.x, p.position.y);
    let body = match (p.shape, words) {
        (PacketShape::Request, _) => {
            html! { <circle cx={at(x, 0.0)} cy={at(y, 0.0)} r="5.5" /> }
        }
        (PacketShape::Response, Words::Network) => html! {
            <rect x={at(x, -5.0)} y={at(y, -5.0)} width="10" height="10" />
        },
        // The answer is a book: a cover with a spine.
        (PacketShape::Response, Words::Library) => html! {
            <>
                <rect x={at(x, -5.0)} y={at(y, -6.0)} width="10" height="12" rx="1" />
                <line class="spine" x1={at(x, -2.5)} y1={at(y, -6.0)} x2={at(x, -2.5)} y2={at(y, 6.0)} />
            </>
        },
        // A torn square: an answer carrying a damaged copy.
        (PacketShape::Corrupt, _) => html! { <path d={torn_at(x, y)} /> },
        (PacketShape::Dropped, _) => html! {
            <>
                <line x1={at(x, -7.0)} y1={at(y, -7.0)} x2={at(x, 7.0)} y2={at(y, 7.0)} />
                <line x1={at(x, -7.0)} y1={at(y, 7.0)} x2={at(x, 7.0)} y2={at(y, -7.0)} />
            </>
        },
    };
    html! {
        <g key={p.id} class={classes!("packet", p.shape.slug())}
            data-packet={format!("{}-{}", packet_prefix(kind), p.id)} data-kind={p.shape.slug()}>
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

fn node_transform(n: &NodeView) -> String {
    if n.scale < 1.0 {
        format!(
            "translate({:.1} {:.1}) scale({:.3})",
            n.position.x, n.position.y, n.scale
        )
    } else {
        format!("translate({:.1} {:.1})", n.position.x, n.position.y)
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

#[derive(Properties)]
struct NodeButtonProps {
    node: NodeView,
    kind: ModelKind,
    words: Words,
    on_command: Callback<Command>,
}

/// The width of a node's load bar as drawn, in tenths of a diagram unit.
fn load_bar_width(n: &NodeView) -> String {
    format!("{:.1}", 36.0 * n.load_fraction)
}

impl PartialEq for NodeButtonProps {
    /// A node's load moves a little every frame; the button is drawn again only when its
    /// load bar would look different (or anything else about it changes).
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (&self.node, &other.node);
        self.kind == other.kind
            // The label's words change with the vocabulary, not with the node.
            && self.words == other.words
            && self.on_command == other.on_command
            && a.id == b.id
            && a.role == b.role
            && a.label == b.label
            && a.up == b.up
            && a.position == b.position
            && a.scale == b.scale
            && a.version == b.version
            && a.stale == b.stale
            && a.honest == b.honest
            && (a.load_fraction == b.load_fraction || load_bar_width(a) == load_bar_width(b))
    }
}

/// One node as a button; re-rendered only when what it shows changes.
#[component]
fn NodeButton(props: &NodeButtonProps) -> Html {
    let speech = use_speech();
    let (n, kind, on_command) = (&props.node, props.kind, &props.on_command);
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
    let transform = node_transform(n);
    let label = speech.say(&n.label, props.words);
    let label = match n.honest {
        true => label,
        false => format!("{label} ({})", speech.ui("ui-dishonest-mark")),
    };
    html! {
        <g class={classes!("node", n.role.slug(), state, n.stale.then_some("stale"), (!n.honest).then_some("dishonest"))}
            data-node={n.id.clone()} data-role={n.role.slug()} data-state={state}
            data-version={n.version.to_string()} data-stale={n.stale.to_string()}
            data-honest={n.honest.to_string()}
            role="button" tabindex="0" aria-pressed={(!n.up).to_string()}
            aria-label={label} transform={transform} {onclick} {onkeydown}>
            <circle class="hit" r="30" />
            <circle class="focus-ring" r="29" />
            {node_shape(n.role)}
            if !n.up {
                <line class="slash" x1="-23" y1="18" x2="23" y2="-18" />
            }
            if n.role != Role::Client {
                <g class="load" transform="translate(-18 24)">
                    <rect class="load-track" width="36" height="5" rx="2" />
                    <rect class="load-fill" width={load_bar_width(n)}
                        height="5" rx="2" />
                </g>
            }
        </g>
    }
}

/// A small picture of who a node is in the library analogy: a book for those who lend
/// books (the librarian, friends), a person for a visitor.
fn analogy_icon(role: Role) -> Html {
    match role {
        Role::Server | Role::Peer => html! {
            <g class="icon-book" transform="translate(-6 -17)">
                <rect width="12" height="9" rx="1" />
                <line x1="6" y1="0" x2="6" y2="9" />
            </g>
        },
        Role::Client => html! {
            <g class="icon-person" transform="translate(0 -13)">
                <circle cy="-2.5" r="2.5" />
                <path d="M-4.5 4 a4.5 4 0 0 1 9 0 Z" />
            </g>
        },
    }
}

/// The visible id, OFF mark and version of a node. Drawn in a layer of their own above
/// the buttons (and ignored by the pointer), so that each button's accessible name,
/// "Server 1", is all the text it contains.
fn node_label(n: &NodeView, words: Words, show_versions: bool, off: &str) -> Html {
    let transform = node_transform(n);
    html! {
        <g key={n.id.clone()} class={classes!("node-label", (!n.up).then_some("down"))} {transform}>
            if words == Words::Library {
                {analogy_icon(n.role)}
            }
            <text class="node-id" y="5">{n.id.to_uppercase()}</text>
            if !n.up {
                <text class="off-tag" y="-25">{off.to_string()}</text>
            }
            // A warning sign, not only a colour: this node hands out damaged copies.
            if !n.honest {
                <g class="bad-mark" transform="translate(-24 -20)">
                    <path d="M0 -8 L8 6 H-8 Z" />
                    <text y="4.5">{"!"}</text>
                </g>
            }
            if n.damaged {
                <path class="damaged-mark" transform="translate(24 14)" d={TORN} />
            }
            if show_versions && n.role != Role::Client {
                <text class={classes!("version-tag", n.stale.then_some("stale"))} x="22" y="-17">
                    {format!("v{}", n.version)}
                </text>
            }
        </g>
    }
}

#[derive(Properties)]
struct LinksProps {
    nodes: Rc<Vec<NodeView>>,
}

impl PartialEq for LinksProps {
    /// The links depend on each node's role, place, server and state only: a frame
    /// compares those (one pass over the nodes) instead of building thousands of links.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.nodes, &other.nodes)
            || self.nodes.len() == other.nodes.len()
                && self.nodes.iter().zip(other.nodes.iter()).all(|(a, b)| {
                    a.role == b.role && a.position == b.position && a.home == b.home && a.up == b.up
                })
    }
}

/// The links, in a layer of their own: built and redrawn only when the nodes' props
/// above differ, that is when a node is switched or the network changes size.
#[component]
fn Links(props: &LinksProps) -> Html {
    let links = link_views(&props.nodes);
    html! { <g class="links">{ for links.iter().map(link) }</g> }
}

#[derive(Properties)]
struct LabelsProps {
    nodes: Rc<Vec<NodeView>>,
    words: Words,
    show_versions: bool,
}

impl PartialEq for LabelsProps {
    /// Labels change only with a node's id, state, place, size or version, not its load.
    fn eq(&self, other: &Self) -> bool {
        self.words == other.words
            && self.show_versions == other.show_versions
            && self.nodes.len() == other.nodes.len()
            && self.nodes.iter().zip(other.nodes.iter()).all(|(a, b)| {
                a.id == b.id
                    && a.up == b.up
                    && a.position == b.position
                    && a.scale == b.scale
                    && a.version == b.version
                    && a.stale == b.stale
                    && a.honest == b.honest
                    && a.damaged == b.damaged
            })
    }
}

#[component]
fn Labels(props: &LabelsProps) -> Html {
    let speech = use_speech();
    let off = speech.ui("ui-off-tag");
    let (words, show) = (props.words, props.show_versions);
    html! {
        <g class="labels" aria-hidden="true">
            { for props.nodes.iter().map(|n| node_label(n, words, show, &off)) }
        </g>
    }
}

#[derive(Properties, PartialEq)]
pub struct NetworkProps {
    pub snapshot: Rc<LabSnapshot>,
    pub kind: ModelKind,
    pub on_command: Callback<Command>,
    /// False for the page's first frames: the stage (its size fixed by CSS) stays empty
    /// while the rest of the page is built and laid out, so that the start-up's long
    /// work is done before the network appears, and it moves smoothly from its first
    /// frame on a slow laptop.
    pub drawn: bool,
}

/// The stage: a links layer, the nodes layer (the accessible one), and a packets layer
/// (SVG or canvas).
#[component]
pub fn Network(props: &NetworkProps) -> Html {
    let speech = use_speech();
    let kind = props.kind;
    if !props.drawn {
        return html! { <div class="stage"></div> };
    }
    let d: &DiagramSnapshot = props.snapshot.diagram(kind);
    let view_box = format!("0 0 {DRAWING_WIDTH} {DRAWING_HEIGHT}");
    let nodes = Rc::new(d.nodes.clone());
    let svg_packets = d.nodes.len() <= SVG_PACKET_NODES;
    let words = props.snapshot.words;
    // Versions are shown once an update has been published.
    let show_versions = !matches!(d.consistency, crate::model::Consistency::Original);
    html! {
        <div class="stage">
            <svg class="layer links-layer" viewBox={view_box.clone()} aria-hidden="true">
                <Links nodes={Rc::clone(&nodes)} />
            </svg>
            <svg class="layer network" viewBox={view_box.clone()} role="group"
                aria-label={speech.ui_with("ui-network-label", &[
                    ("model", Value::Text(kind.slug().into())),
                    ("summary", Value::Text(speech.say(&d.summary, props.snapshot.words))),
                ])}>
                <g class="nodes">
                    { for d.nodes.iter().map(|n| html! {
                        <NodeButton key={n.id.clone()} node={n.clone()} {kind} words={props.snapshot.words}
                            on_command={props.on_command.clone()} />
                    }) }
                </g>
                <Labels nodes={nodes} {words} {show_versions} />
            </svg>
            // Packets in a layer of their own above the nodes: moving them repaints
            // neither the nodes nor the links.
            if svg_packets {
                <svg class="layer packets-layer" viewBox={view_box} aria-hidden="true">
                    <g class="packets">{ for d.packets.iter().map(|p| packet(p, kind, words)) }</g>
                </svg>
            } else {
                <PacketCanvas packets={Rc::new(d.packets.clone())} />
            }
        </div>
    }
}
