//! A student's screen: the form that takes a seat, then the student's node: ask, their
//! standing, the answers counted, their copy's version, the class, and leaving.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::words::{self, label_with};

use super::connection::{Connection, send};
use super::lesson_status::{copy_line, paused_notice};
use super::network::network;
use super::wake_lock;
use crate::model::{ClassView, ClientMsg, NAME_MAX_CHARS, Refusal, Standing};
use crate::ui::browser::storage::{Key, remember};
use crate::ui::language::Speech;

/// A student's screen for the room `code`: the join form until a seat is taken.
pub(super) fn student_screen(
    view: &ClassView,
    connection: &Rc<RefCell<Connection>>,
    code: &str,
    redraw: &Callback<()>,
    speech: &Speech,
) -> Html {
    // Removed by the teacher, or the lesson ended: said in words, with nothing to press
    // (the page does not reconnect, and the old seat's token is forgotten).
    let over = match (view.removed, view.ended) {
        (true, _) => Some(("removed", "room-removed")),
        (false, true) => Some(("ended", "room-ended")),
        (false, false) => None,
    };
    if let Some((state, key)) = over {
        wake_lock::let_sleep();
        return html! {
            <section class="class-student" data-classroom="student" data-state={state}>
                <h1>{ words::label(speech, "ui-class-join-title") }</h1>
                <p class="class-restarted" data-notice={state} role="alert">{ label_with(key, &[]) }</p>
            </section>
        };
    }
    let Some(node) = view.node.clone() else {
        wake_lock::let_sleep();
        let locked = view.refused == Some(Refusal::Locked);
        let name_ref = NodeRef::default();
        let onsubmit = {
            let connection = Rc::clone(connection);
            let code = code.to_owned();
            let name_ref = name_ref.clone();
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                let name = name_ref
                    .cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default();
                // A blank name goes too: the server's `bad-name` says why in words.
                let name = crate::model::clean_name(&name).unwrap_or_default();
                send(
                    &connection,
                    &ClientMsg::Join {
                        code: code.clone(),
                        name,
                    },
                );
            })
        };
        return html! {
            <section class="class-student" data-classroom="student">
                <h1>{ words::label(speech, "ui-class-join-title") }</h1>
                <form {onsubmit}>
                    <label>{ words::label(speech, "ui-class-name") }
                        <input ref={name_ref} data-control="name" maxlength={NAME_MAX_CHARS.to_string()} autocomplete="nickname" required=true />
                    </label>
                    if locked {
                        <p class="class-refused" data-refused="locked" role="alert">{ label_with("room-refused-locked", &[]) }</p>
                    }
                    <button type="submit" data-control="join">{ words::label(speech, "ui-class-join") }</button>
                </form>
            </section>
        };
    };
    let ask = {
        let connection = Rc::clone(connection);
        Callback::from(move |_| send(&connection, &ClientMsg::Ask))
    };
    let leave = {
        let connection = Rc::clone(connection);
        let redraw = redraw.clone();
        Callback::from(move |_| {
            send(&connection, &ClientMsg::Leave);
            let mut l = connection.borrow_mut();
            l.view.node = None;
            l.view.token.clear();
            remember(Key::ClassSeat, "");
            drop(l);
            redraw.emit(());
        })
    };
    // A seated student's phone stays awake through the teacher's explanation.
    wake_lock::keep_awake();
    let standing = view.standing.unwrap_or(Standing::Idle);
    html! {
        <section class="class-student" data-classroom="student" data-node-mine={node.clone()}>
            <button type="button" class="class-ask" data-control="ask" onclick={ask}>{ words::label(speech, "ui-class-ask") }</button>
            <p class="class-me" data-metric="me" data-state={standing.slug()} data-value={standing.slug()}>
                { words::label(speech, &format!("ui-class-{}", standing.slug())) }
            </p>
            <p>{ words::label(speech, "ui-class-answers") }{" "}<strong data-metric="answers" data-value={view.answers.to_string()}>{ view.answers }</strong></p>
            { copy_line(view) }
            { paused_notice(view) }
            { network(view, None, Some(&node), speech) }
            <button type="button" data-control="leave" onclick={leave}>{ words::label(speech, "ui-class-leave") }</button>
        </section>
    }
}
