//! The teacher's say over the room itself: a student chosen from the list of seats is
//! removed or renamed, the room is locked to newcomers or opened again, and End lesson
//! closes it. A plain function of the [`ClassView`]: the server decides and says what
//! happened; this only draws and sends the teacher's choice as a [`ClientMsg`].

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::words::label_with;
use crate::model::{ClassView, ClientMsg, NAME_MAX_CHARS, clean_name};

/// The seat chosen in `seat`'s list, if any.
fn chosen(seat: &NodeRef) -> Option<String> {
    let node = seat.cast::<HtmlSelectElement>()?.value();
    (!node.is_empty()).then_some(node)
}

/// The teacher's room controls, each sending its line through `send`.
pub fn seat_controls(view: &ClassView, send: &Callback<ClientMsg>) -> Html {
    let seat = NodeRef::default();
    let new_name = NodeRef::default();
    let remove = {
        let (seat, send) = (seat.clone(), send.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(node) = chosen(&seat) {
                send.emit(ClientMsg::Remove { node });
            }
        })
    };
    let rename = {
        let (seat, new_name, send) = (seat.clone(), new_name.clone(), send.clone());
        Callback::from(move |_: MouseEvent| {
            let input = new_name.cast::<HtmlInputElement>();
            let name = input.as_ref().map(HtmlInputElement::value);
            if let (Some(node), Some(name)) = (chosen(&seat), name) {
                // A blank or a role word goes too: the server's `bad-name` says why.
                let name = clean_name(&name).unwrap_or_default();
                send.emit(ClientMsg::Rename { node, name });
                if let Some(input) = input {
                    input.set_value("");
                }
            }
        })
    };
    let lock = send.reform({
        let locked = view.locked;
        move |_: MouseEvent| ClientMsg::Lock(!locked)
    });
    let end = send.reform(|_: MouseEvent| ClientMsg::End);
    html! {
        <div class="class-controls class-seat-controls" role="group" aria-label={label_with("room-seats", &[])}>
            <label>{ label_with("room-seat", &[]) }{" "}
                <select ref={seat} data-control="seat">
                    { for view.names.iter().map(|(node, name)| html! {
                        <option value={node.clone()}>{ format!("{node} · {name}") }</option>
                    }) }
                </select>
            </label>
            <button type="button" data-control="remove" onclick={remove}>{ label_with("room-remove", &[]) }</button>
            <label>{ label_with("room-new-name", &[]) }{" "}
                <input ref={new_name} data-control="new-name" maxlength={NAME_MAX_CHARS.to_string()} autocomplete="off" />
            </label>
            <button type="button" data-control="rename" onclick={rename}>{ label_with("room-rename", &[]) }</button>
            <button type="button" data-control="lock" aria-pressed={view.locked.to_string()} onclick={lock}>
                { label_with("room-lock", &[]) }</button>
            <button type="button" data-control="end" onclick={end}>{ label_with("room-end", &[]) }</button>
            if view.locked {
                <p class="class-locked" data-notice="locked" role="status">{ label_with("room-locked", &[]) }</p>
            }
        </div>
    }
}
