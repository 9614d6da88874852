//! A student's screen: the form that takes a seat, then the student's node: ask, their
//! standing, the answers counted, their copy's version, the class, and leaving.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::words;

use super::connection::{Connection, send};
use super::lesson_status::{copy_line, paused_notice};
use super::network::network;
use crate::model::{ClassView, ClientMsg, NAME_MAX_CHARS, Standing};
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
    let Some(node) = view.node.clone() else {
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
