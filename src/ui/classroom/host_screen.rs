//! The teacher's screen: the room's code, link and QR code, the students' count, the
//! choice of model, the lesson's controls and plot, and the class as buttons.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::connection::{Connection, send, sender};
use super::lesson_controls::host_controls;
use super::lesson_plot::lesson_plot;
use super::lesson_status::paused_notice;
use super::network::network;
use super::seat_controls::seat_controls;
use super::words::{self, label_with};
use crate::model::{ClassView, ClientMsg, ModelKind};
use crate::ui::language::Speech;

/// The teacher's screen, drawn from the room's view; its buttons send through `connection`.
pub(super) fn host_screen(
    view: &ClassView,
    connection: &Rc<RefCell<Connection>>,
    speech: &Speech,
) -> Html {
    let choose = |model: ModelKind| {
        let connection = Rc::clone(connection);
        Callback::from(move |_| send(&connection, &ClientMsg::Model(model)))
    };
    let reset = {
        let connection = Rc::clone(connection);
        Callback::from(move |_| send(&connection, &ClientMsg::Reset))
    };
    let qr = (!view.code.is_empty()).then(|| format!("qr/{}.svg", view.code));
    // Only a link the server wrote for this room is made clickable.
    let href = (view.link.starts_with("http://") || view.link.starts_with("https://"))
        .then(|| view.link.clone());
    let is = |m: ModelKind| (view.model == Some(m)).to_string();
    // Another screen runs the room now, or the lesson is over: this one says so and offers
    // nothing to press, so it cannot keep sending.
    let over = match (view.taken_over, view.ended) {
        (true, _) => Some(("taken-over", label_with("room-taken-over", &[]))),
        (false, true) => Some(("ended", label_with("room-ended-host", &[]))),
        (false, false) => None,
    };
    if let Some((state, words)) = over {
        return html! {
            <section class="class-host" data-classroom="host" data-state={state}>
                <h1>{ words::label(speech, "ui-class-host-title") }</h1>
                <p class="class-restarted" data-notice={state} role="alert">{ words }</p>
            </section>
        };
    }
    html! {
        <section class="class-host" data-classroom="host">
            <h1>{ words::label(speech, "ui-class-host-title") }</h1>
            <div class="class-join">
                <p>{ words::label(speech, "ui-class-code") }{" "}<strong class="class-code" data-room-code="">{ view.code.clone() }</strong></p>
                if let Some(href) = href {
                    <p><a href={href.clone()}>{ href }</a></p>
                }
                if let Some(src) = qr {
                    <img class="class-qr" {src} alt={words::label(speech, "ui-class-qr")} width="240" height="240" />
                }
                <p>{ words::label(speech, "ui-class-students") }{" "}<strong data-metric="students" data-value={view.students.to_string()}>{ view.students }</strong></p>
            </div>
            <div class="class-controls" role="group" aria-label={words::label(speech, "ui-class-model")}>
                <button type="button" data-control="model-client-server" aria-pressed={is(ModelKind::ClientServer)}
                    onclick={choose(ModelKind::ClientServer)}>{ words::label(speech, "ui-class-client-server") }</button>
                <button type="button" data-control="model-peer-to-peer" aria-pressed={is(ModelKind::PeerToPeer)}
                    onclick={choose(ModelKind::PeerToPeer)}>{ words::label(speech, "ui-class-peer-to-peer") }</button>
                <button type="button" data-control="reset" onclick={reset}>{ words::label(speech, "ui-class-reset") }</button>
            </div>
            if connection.borrow().renewed {
                <p class="class-restarted" data-notice="new-room" role="status">{ label_with("room-new-room", &[]) }</p>
            }
            if view.restarted {
                <p class="class-restarted" data-notice="restarted" role="status">{ label_with("room-restarted", &[]) }</p>
            }
            { host_controls(view, &sender(connection)) }
            { seat_controls(view, &sender(connection)) }
            { paused_notice(view) }
            { lesson_plot(view) }
            { network(view, Some(connection), None, speech) }
        </section>
    }
}
