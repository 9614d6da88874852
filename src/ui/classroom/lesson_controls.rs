//! The teacher's usual controls in the live classroom: pause and resume, speed, Publish,
//! the number of servers, and how many students hold the newest version. A plain function
//! of the [`ClassView`]: the server decides, this only draws and sends the teacher's
//! choice as a [`ClientMsg`].

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::words::label_with;
use crate::model::{ClassView, ClientMsg, ModelKind, ROOM_MAX_SERVERS, RoomSpeed, Speed};
use crate::ui::language;

/// The teacher's controls: each sends its choice, and shows what the server says now.
pub fn host_controls(view: &ClassView, send: &Callback<ClientMsg>) -> Html {
    let emit = |msg: ClientMsg| send.reform(move |_: MouseEvent| msg.clone());
    let on_speed = send.reform(|event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        ClientMsg::Speed(RoomSpeed::new(select.value().parse().unwrap_or(1.0)))
    });
    let on_servers = send.reform(|event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        ClientMsg::Servers(select.value().parse().unwrap_or(1))
    });
    let speech = language::current();
    let speed = view.speed.factor();
    let (pause_text, pause_next) = match view.paused {
        true => ("ui-play", false),
        false => ("ui-pause", true),
    };
    let client_server = view.model != Some(ModelKind::PeerToPeer);
    html! {
        <div class="class-controls class-lesson-controls" role="group" aria-label={language::ui("ui-controls")}>
            <button type="button" data-control="play-pause" aria-pressed={view.paused.to_string()}
                onclick={emit(ClientMsg::Pause(pause_next))}>{ language::ui(pause_text) }</button>
            <label>{ language::ui("ui-speed") }{" "}
                <select data-control="speed" onchange={on_speed}>
                    { for Speed::new(speed).offered().into_iter().map(|f| html! {
                        <option value={f.to_string()} selected={f == speed}>
                            { crate::ui::controls::speed_label(&speech, f) }
                        </option>
                    }) }
                </select>
            </label>
            <button type="button" data-control="publish" onclick={emit(ClientMsg::Publish)}>
                { language::ui("ui-publish") }</button>
            if client_server {
                <label>{ language::ui("ui-servers") }{" "}
                    <select data-control="servers" onchange={on_servers}>
                        { for (1..=ROOM_MAX_SERVERS).map(|n| html! {
                            <option value={n.to_string()} selected={n == view.servers.max(1)}>{ n }</option>
                        }) }
                    </select>
                </label>
            }
            <p>{ label_with("room-current", &[]) }{" "}
                <strong data-metric="current" data-value={view.current.to_string()}>{ view.current }</strong>
                { format!(" / {}", view.students) }</p>
        </div>
    }
}
