//! A network card's trust row (issue 15): choose a node and make it dishonest or honest
//! again, choose who publishes and publish, and (peer-to-peer) switch checking on. Only
//! forwards commands; what they mean is decided in `crate::model` (trust.rs).

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::network::ui_text;
use crate::model::{Command, ModelKind, NodeView, Words};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct TrustProps {
    pub kind: ModelKind,
    /// Each node's id, name and honesty, in drawing order.
    pub nodes: Vec<(String, Msg, bool)>,
    pub words: Words,
    pub verify: bool,
    pub on_command: Callback<Command>,
}

type Msg = crate::model::Msg;

/// What the trust row needs of the nodes: compared every frame, so loads are left out.
pub fn trust_nodes(nodes: &[NodeView]) -> Vec<(String, Msg, bool)> {
    nodes
        .iter()
        .map(|n| (n.id.clone(), n.label.clone(), n.honest))
        .collect()
}

/// A node chosen in one of the row's selects: the id picked, or the default.
fn chosen(state: &UseStateHandle<Option<String>>, default: &str) -> String {
    (**state).clone().unwrap_or_else(|| default.to_string())
}

fn on_pick(state: &UseStateHandle<Option<String>>) -> Callback<Event> {
    let state = state.clone();
    Callback::from(move |event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        state.set(Some(select.value()));
    })
}

#[component]
pub fn TrustRow(props: &TrustProps) -> Html {
    let (kind, words) = (props.kind, props.words);
    let liar = use_state(|| None::<String>);
    let publisher = use_state(|| None::<String>);
    // By default the node worth trying: the server (the gatekeeper) or the second peer;
    // a client to publish from (to be refused), or the first peer.
    let (liar_default, publisher_default) = match kind {
        ModelKind::ClientServer => ("s1", "c1"),
        ModelKind::PeerToPeer => ("p2", "p1"),
    };
    let liar_id = chosen(&liar, liar_default);
    let publisher_id = chosen(&publisher, publisher_default);
    let liar_honest = props
        .nodes
        .iter()
        .find(|(id, _, _)| *id == liar_id)
        .is_none_or(|(_, _, honest)| *honest);
    let options = |selected: &str| -> Html {
        props
            .nodes
            .iter()
            .map(|(id, label, honest)| {
                let name = text::en(label, words);
                let name = match honest {
                    true => name,
                    false => format!("{name} ({})", ui_text("ui-dishonest-mark")),
                };
                html! { <option value={id.clone()} selected={id == selected}>{name}</option> }
            })
            .collect()
    };
    let toggle_honesty = {
        let (on_command, node) = (props.on_command.clone(), liar_id.clone());
        Callback::from(move |_: MouseEvent| {
            on_command.emit(Command::SetHonest {
                model: kind,
                node: node.clone(),
                honest: !liar_honest,
            })
        })
    };
    let publish = {
        let (on_command, node) = (props.on_command.clone(), publisher_id.clone());
        Callback::from(move |_: MouseEvent| {
            on_command.emit(Command::PublishFrom {
                model: kind,
                node: node.clone(),
            })
        })
    };
    let on_verify = {
        let on_command = props.on_command.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_command.emit(Command::SetVerify(input.checked()));
        })
    };
    let prefix = kind.slug();
    html! {
        <div class="trust" role="group" aria-label={ui_text("ui-trust")}>
            <span class="trust-pick">
                <select data-control="dishonest-node" aria-label={ui_text("ui-dishonest-node")}
                    onchange={on_pick(&liar)}>
                    {options(&liar_id)}
                </select>
                <button type="button" data-control="dishonest" aria-pressed={(!liar_honest).to_string()}
                    onclick={toggle_honesty}>
                    {ui_text(if liar_honest { "ui-make-dishonest" } else { "ui-make-honest" })}
                </button>
            </span>
            <span class="trust-pick">
                <label for={format!("{prefix}-publisher")}>{ui_text("ui-publisher")}</label>
                <select id={format!("{prefix}-publisher")} data-control="publisher" onchange={on_pick(&publisher)}>
                    {options(&publisher_id)}
                </select>
                <button type="button" data-control="publish-from" onclick={publish}>{ui_text("ui-publish-from")}</button>
            </span>
            if kind == ModelKind::PeerToPeer {
                <label class="verify" title={ui_text("ui-verify-hint")}>
                    <input type="checkbox" data-control="verify" checked={props.verify} onchange={on_verify} />
                    {ui_text("ui-verify")}
                </label>
            }
        </div>
    }
}
