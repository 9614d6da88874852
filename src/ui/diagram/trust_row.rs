//! A network card's trust row: choose a node, then make it dishonest (or honest
//! again) or have it publish; and (peer-to-peer) switch checking on. Only
//! forwards commands; what they mean is decided in `crate::model` (`sim/engine/trust.rs`).

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::model::{Command, ModelKind, NodeView, Words};
use crate::ui::language::use_speech;

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

#[component]
pub fn TrustRow(props: &TrustProps) -> Html {
    let speech = use_speech();
    let (kind, words) = (props.kind, props.words);
    // One chosen node for both actions (one select is lighter, in the page and in the
    // wasm). By default the one worth trying first: the server, the gatekeeper, or the
    // second peer; choose a client to see its publication refused. A choice the network
    // no longer has (it was made smaller) falls back to that default, so the buttons act
    // on the node the select shows.
    let picked = use_state(|| None::<String>);
    let present = |id: &String| props.nodes.iter().any(|(n, _, _)| n == id);
    let node = (*picked).clone().filter(present).unwrap_or_else(|| {
        match kind {
            ModelKind::ClientServer => "s1",
            ModelKind::PeerToPeer => "p2",
        }
        .to_string()
    });
    let honest = props
        .nodes
        .iter()
        .find(|(id, _, _)| *id == node)
        .is_none_or(|(_, _, honest)| *honest);
    let on_pick = {
        let picked = picked.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            picked.set(Some(select.value()));
        })
    };
    let send = |command: Command| {
        let on_command = props.on_command.clone();
        Callback::from(move |_: MouseEvent| on_command.emit(command.clone()))
    };
    let on_verify = {
        let on_command = props.on_command.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_command.emit(Command::SetVerify(input.checked()));
        })
    };
    html! {
        <div class="trust" role="group" aria-label={speech.ui("ui-trust")}>
            <select data-control="trust-node" aria-label={speech.ui("ui-trust-node")} onchange={on_pick}>
                { for props.nodes.iter().map(|(id, label, honest)| {
                    let mut name = speech.say(label, words);
                    if !honest {
                        name = format!("{name} ({})", speech.ui("ui-dishonest-mark"));
                    }
                    html! { <option value={id.clone()} selected={*id == node}>{name}</option> }
                }) }
            </select>
            <button type="button" data-control="dishonest" aria-pressed={(!honest).to_string()}
                onclick={send(Command::SetHonest { model: kind, node: node.clone(), honest: !honest })}>
                {speech.ui(if honest { "ui-make-dishonest" } else { "ui-make-honest" })}
            </button>
            <button type="button" data-control="publish-from"
                onclick={send(Command::PublishFrom { model: kind, node: node.clone() })}>
                {speech.ui("ui-publish-from")}
            </button>
            if kind == ModelKind::PeerToPeer {
                <label class="verify" title={speech.ui("ui-verify-hint")}>
                    <input type="checkbox" data-control="verify" checked={props.verify} onchange={on_verify} />
                    {speech.ui("ui-verify")}
                </label>
            }
        </div>
    }
}
