//! The class as dots, one per student's node: buttons on the teacher's screen (a click
//! switches the node), plain marks on a student's (their own one marked).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::words;

use super::connection::{Connection, send};
use crate::model::{ClassView, ClientMsg, ModelKind};
use crate::ui::language::Speech;

fn state_of(up: bool) -> &'static str {
    if up { "up" } else { "down" }
}

fn role_of(node: &str) -> &'static str {
    match node.as_bytes().first() {
        Some(b's') => "server",
        Some(b'c') => "client",
        _ => "peer",
    }
}

/// The class as dots (no links: 1,000 peers would be 499,500 lines): every node as a
/// button on the teacher's screen, in a compact grid when the class is large; on a
/// student's phone, their own node, the ones beside it and the servers (the model's
/// `neighbourhood`), never the whole of a large class.
pub(super) fn network(
    view: &ClassView,
    connection: Option<&Rc<RefCell<Connection>>>,
    mine: Option<&str>,
    speech: &Speech,
) -> Html {
    let model = view.model.map_or("client-server", ModelKind::slug);
    let names = view.names_in_order();
    let shown: Vec<usize> = match (connection, mine) {
        (None, Some(mine)) => view.neighbourhood(mine),
        _ => (0..view.up.len()).collect(),
    };
    let whole = shown.len() == view.up.len();
    let nodes = shown.into_iter().map(|i| {
        let up = view.up[i];
        let id = view.node_at(i);
        // Each seat by its node and its name (`c12 · Ana`), so that a name never stands
        // alone for a role; the teacher is not a node and never shown by a name.
        let name = names[i].map_or_else(|| id.clone(), |name| format!("{id} · {name}"));
        let me = mine == Some(id.as_str());
        let class = classes!("class-node", me.then_some("class-me"));
        match connection {
            Some(connection) => {
                let onclick = {
                    let connection = Rc::clone(connection);
                    let node = id.clone();
                    Callback::from(move |_| send(&connection, &ClientMsg::Switch { node: node.clone() }))
                };
                html! {
                    <li key={id.clone()}>
                        <button type="button" {class} data-node={id.clone()} data-role={role_of(&id)}
                            data-state={state_of(up)} aria-pressed={(!up).to_string()} {onclick}>{ name }</button>
                    </li>
                }
            }
            None => html! {
                <li key={id.clone()} {class} data-node={id.clone()} data-role={role_of(&id)}
                    data-state={state_of(up)} title={id.clone()}></li>
            },
        }
    });
    let label = if whole {
        "ui-class-network"
    } else {
        "ui-class-neighbourhood"
    };
    let size = match connection {
        None => Some("class-net-small"),
        Some(_) if view.is_large() => Some("class-net-large"),
        Some(_) => None,
    };
    html! {
        <ul class={classes!("class-net", size)} data-model={model} data-shown={if whole { "all" } else { "neighbourhood" }}
            aria-label={words::label(speech, label)}>{ for nodes }</ul>
    }
}
