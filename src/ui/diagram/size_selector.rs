//! A network's size selector: how many servers, clients or peers.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::model::{CLASSROOM_MAX, CLIENTS, Command, PEERS, SERVERS};
use crate::ui::language::use_speech;

/// Which count a size selector changes.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Size {
    Servers,
    Clients,
    Peers,
}

#[derive(Properties, PartialEq)]
pub(super) struct SizeSelectorProps {
    /// Which count it changes.
    pub(super) size: Size,
    /// The count now.
    pub(super) current: usize,
    /// Where the new count is sent.
    pub(super) on_command: Callback<Command>,
}

/// A select of the sizes a network may have, sending the chosen one as a command.
#[component]
pub(super) fn SizeSelector(props: &SizeSelectorProps) -> Html {
    let speech = use_speech();
    let (size, current, on_command) = (props.size, props.current, &props.on_command);
    let (control, label, range) = match size {
        Size::Servers => ("servers", "ui-servers", SERVERS),
        Size::Clients => ("clients", "ui-clients", CLIENTS),
        Size::Peers => ("peers", "ui-peers", PEERS),
    };
    let label = speech.ui(label);
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
