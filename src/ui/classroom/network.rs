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

/// The class as dots (no links: 300 peers would be 44,850 lines), each a button on the
/// teacher's screen.
pub(super) fn network(
    view: &ClassView,
    connection: Option<&Rc<RefCell<Connection>>>,
    mine: Option<&str>,
    speech: &Speech,
) -> Html {
    let model = view.model.map_or("client-server", ModelKind::slug);
    let nodes = view.up.iter().enumerate().map(|(i, &up)| {
        let id = view.node_at(i);
        // Each seat by its node and its name (`c12 · Ana`), so that a name never stands
        // alone for a role; the teacher is not a node and never shown by a name.
        let name = view
            .name_of(&id)
            .map_or_else(|| id.clone(), |name| format!("{id} · {name}"));
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
    html! {
        <ul class={classes!("class-net", connection.is_none().then_some("class-net-small"))} data-model={model}
            aria-label={words::label(speech, "ui-class-network")}>{ for nodes }</ul>
    }
}
