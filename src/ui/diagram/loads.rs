//! The load per node under a network: a row per server or peer, its bar (full at the
//! network's capacity), its number and the requests waiting in its queue, compared as shown so that the list re-renders only when a shown number changes.

use yew::prelude::*;

use super::load_bar::LoadBar;
use crate::model::{DiagramSnapshot, Msg, Role, Words, fixed};
use crate::text::Value;
use crate::ui::language::{Speech, use_speech};

/// One line of the load list, as shown (rounded, so that it compares equal while the
/// shown numbers stay the same).
#[derive(Clone, PartialEq)]
pub(super) struct LoadRow {
    id: String,
    label: Msg,
    bar: String,
    value: String,
    /// The plain number shown, for `data-value`.
    plain: String,
    /// Requests waiting in the node's queue.
    queue: usize,
}

/// The load list's rows: every node but the clients, in drawing order.
pub(super) fn load_rows(speech: &Speech, d: &DiagramSnapshot) -> Vec<LoadRow> {
    d.nodes
        .iter()
        .filter(|n| n.role != Role::Client)
        .map(|n| LoadRow {
            id: n.id.clone(),
            label: n.label.clone(),
            bar: fixed(n.load_fraction * 100.0, 1),
            value: speech.ui_with(
                "ui-per-second",
                // Every frame, for every node: the model's decimal mark (the same as
                // Intl's below 1,000) rather than a call into JS per node.
                &[("value", Value::Text(speech.lang().number(n.load, 1)))],
            ),
            plain: fixed(n.load, 1),
            queue: n.queue,
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub(super) struct LoadsProps {
    /// The rows as shown.
    pub(super) rows: Vec<LoadRow>,
    /// The vocabulary the nodes' names are said in.
    pub(super) words: Words,
}

/// The load per node, as a list of bars with their numbers.
#[component]
pub(super) fn Loads(props: &LoadsProps) -> Html {
    let speech = use_speech();
    html! {
        <ul class="loads" aria-label={speech.ui("ui-loads")}>
            { for props.rows.iter().map(|row| html! {
                <li data-metric={format!("load-{}", row.id)} data-value={row.plain.clone()}>
                    <span class="who">{speech.say(&row.label, props.words)}</span>
                    <LoadBar percent={row.bar.clone()} />
                    <span class="value">{row.value.clone()}</span>
                    // Shown only while requests wait; the hook is always there.
                    <span class="queue" data-metric={format!("queue-{}", row.id)}
                        data-value={row.queue.to_string()}>
                        { match row.queue {
                            0 => String::new(),
                            n => speech.ui_with("ui-queue", &[("count", Value::count(n))]),
                        } }
                    </span>
                </li>
            }) }
        </ul>
    }
}
