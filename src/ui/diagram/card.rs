//! One network's card: heading and size selector, the drawing, the lesson of the moment,
//! the trust row, live numbers, load per node and event log. The card is given a new
//! snapshot every frame, but its parts are components that re-render only when what they
//! show has changed (most frames, nothing has).

use std::rc::Rc;

use yew::prelude::*;

use super::loads::{Loads, load_rows};
use super::log::Log;
use super::metrics::Metrics;
use super::network::Network;
use super::size_selector::{Size, SizeSelector};
use super::trust_row::{TrustRow, trust_nodes};
use crate::model::{Command, LabSnapshot, ModelKind, Msg, Role, Words};
use crate::ui::language::use_speech;

/// How many log lines are shown.
const LOG_SHOWN: usize = 6;

/// What a network's card is drawn from.
#[derive(Properties, PartialEq)]
pub struct DiagramProps {
    /// The moment on screen (both networks: the card picks its own).
    pub snapshot: Rc<LabSnapshot>,
    /// Which network this card shows.
    pub kind: ModelKind,
    /// Whether the event log is shown (`log=`).
    pub show_log: bool,
    /// The trust row comes with the full controls only (`controls=full`).
    pub show_trust: bool,
    /// Where clicks and choices are sent.
    pub on_command: Callback<Command>,
    /// Whether the network is drawn yet (see `NetworkProps::drawn`).
    pub drawn: bool,
}

/// One network's card.
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
