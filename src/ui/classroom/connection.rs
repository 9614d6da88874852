//! The connection to the classroom server: its same-origin WebSocket, the lines waiting to
//! be sent, and what the server's lines have said (a [`ClassView`]). A dropped connection
//! is tried again every two seconds; on each (re)connection the first line reclaims the
//! teacher's room or the student's seat, kept in local storage for a reopened tab. A claim
//! refused because the room or the seat is gone is not tried again: the teacher's page
//! opens a new room, a student's page shows the join form.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{MessageEvent, WebSocket};
use yew::Callback;

use crate::model::{ClassView, ClassroomMode, ClientMsg, PROTOCOL_VERSION, Refusal, ServerMsg};
use crate::ui::browser::storage::{Key, recall, remember};

fn socket_url() -> Option<String> {
    let location = web_sys::window()?.location();
    let scheme = match location.protocol().ok()?.as_str() {
        "https:" => "wss",
        _ => "ws",
    };
    Some(format!(
        "{scheme}://{}/ws/{PROTOCOL_VERSION}",
        location.host().ok()?
    ))
}

/// The connection and what it has told us.
#[derive(Default)]
pub(super) struct Connection {
    socket: Option<WebSocket>,
    /// The room as the server's lines describe it.
    pub(super) view: ClassView,
    /// Lines to send once the socket is open.
    pending: Vec<String>,
    /// The closures the socket calls, kept alive with it.
    handlers: Vec<Closure<dyn FnMut(JsValueEvent)>>,
    /// The socket dropped (or could not be opened) and is being tried again.
    pub(super) lost: bool,
    /// This socket has been given the room (teacher) or the seat (student) it asked for;
    /// until then a refusal is an answer to the claim.
    claimed: bool,
    /// The teacher's room was gone (the server restarted without it, or it expired), so
    /// the page opened a new one by itself: the screen says so.
    pub(super) renewed: bool,
    /// A redraw is due shortly: the lines that arrive until then are drawn together.
    drawing: bool,
}

/// How long the lines that arrive together wait to be drawn in one go: a whole class
/// joining sends a teacher's screen thousands of lines, and drawing a thousand nodes for
/// each would take seconds; this is less than a screen's frame or two.
const DRAW_EVERY_MS: i32 = 30;

/// Redraws soon, once for every line that arrives until then.
fn redraw_soon(connection: &Rc<RefCell<Connection>>, redraw: &Callback<()>) {
    if std::mem::replace(&mut connection.borrow_mut().drawing, true) {
        return;
    }
    let draw = {
        let connection = Rc::clone(connection);
        let redraw = redraw.clone();
        Closure::once_into_js(move || {
            connection.borrow_mut().drawing = false;
            redraw.emit(());
        })
    };
    let set = web_sys::window().map(|w| {
        w.set_timeout_with_callback_and_timeout_and_arguments_0(draw.unchecked_ref(), DRAW_EVERY_MS)
    });
    if !matches!(set, Some(Ok(_))) {
        connection.borrow_mut().drawing = false;
        redraw.emit(());
    }
}

type JsValueEvent = web_sys::Event;

/// Sends `msg` now, or once the socket is open.
pub(super) fn send(connection: &Rc<RefCell<Connection>>, msg: &ClientMsg) {
    let mut l = connection.borrow_mut();
    // A teacher's screen another one took over no longer speaks for the room.
    if l.view.taken_over {
        return;
    }
    let line = msg.line();
    match &l.socket {
        Some(s) if s.ready_state() == WebSocket::OPEN => {
            let _ = s.send_with_str(&line);
        }
        _ => l.pending.push(line),
    }
}

/// What the teacher's controls send through.
pub(super) fn sender(connection: &Rc<RefCell<Connection>>) -> Callback<ClientMsg> {
    let connection = Rc::clone(connection);
    Callback::from(move |msg: ClientMsg| send(&connection, &msg))
}

/// Opens the socket; on open it sends what waits (first the line that (re)claims the seat
/// or the room), on each line it updates the view, and when it drops it tries again.
pub(super) fn connect(
    connection: &Rc<RefCell<Connection>>,
    mode: &ClassroomMode,
    redraw: &Callback<()>,
) {
    let Some(url) = socket_url() else { return };
    let Ok(socket) = WebSocket::new(&url) else {
        connection.borrow_mut().lost = true;
        redraw.emit(());
        return;
    };
    let on_open = {
        let connection = Rc::clone(connection);
        let mode = mode.clone();
        Closure::<dyn FnMut(JsValueEvent)>::new(move |_| {
            let reclaim = reclaim_line(&connection.borrow().view, &mode);
            let mut l = connection.borrow_mut();
            l.lost = false;
            let mut lines: Vec<String> = reclaim.into_iter().collect();
            lines.append(&mut l.pending);
            if let Some(s) = &l.socket {
                for line in lines {
                    let _ = s.send_with_str(&line);
                }
            }
        })
    };
    let on_message = {
        let connection = Rc::clone(connection);
        let redraw = redraw.clone();
        let mode = mode.clone();
        Closure::<dyn FnMut(JsValueEvent)>::new(move |event: JsValueEvent| {
            let Some(text) = event
                .dyn_ref::<MessageEvent>()
                .and_then(|m| m.data().as_string())
            else {
                return;
            };
            if let Some(msg) = ServerMsg::parse(&text) {
                let mut l = connection.borrow_mut();
                match &msg {
                    ServerMsg::Room { code, secret } => {
                        remember(Key::ClassHost, &format!("{code} {secret}"));
                        l.claimed = true;
                    }
                    ServerMsg::You { token, .. } => {
                        if !token.is_empty() {
                            remember(Key::ClassSeat, &format!("{} {token}", l.view.code));
                        }
                        l.claimed = true;
                    }
                    // The seat or the room is gone for good: nothing to reclaim on a reload.
                    ServerMsg::Removed => remember(Key::ClassSeat, ""),
                    ServerMsg::Ended => match mode {
                        ClassroomMode::Host => remember(Key::ClassHost, ""),
                        ClassroomMode::Student(_) => remember(Key::ClassSeat, ""),
                    },
                    ServerMsg::Refused(why) if !l.claimed => {
                        if let Some(line) = after_refused_claim(&mut l, &mode, *why)
                            && let Some(s) = &l.socket
                        {
                            let _ = s.send_with_str(&line);
                        }
                    }
                    _ => {}
                }
                l.view.apply(msg);
                drop(l);
                redraw_soon(&connection, &redraw);
            }
        })
    };
    let on_close = {
        let connection = Rc::clone(connection);
        let redraw = redraw.clone();
        let mode = mode.clone();
        Closure::<dyn FnMut(JsValueEvent)>::new(move |_| {
            let mut l = connection.borrow_mut();
            l.lost = true;
            l.claimed = false;
            drop(l);
            redraw.emit(());
            // A closed room, a removed seat and a teacher's screen another one took over
            // are not tried again: reclaiming would only take the room back and forth.
            let over = {
                let view = &connection.borrow().view;
                view.closed || view.removed || view.taken_over
            };
            if over {
                return;
            }
            // Try again in two seconds: a phone that left the Wi-Fi comes back to its seat.
            let again = {
                let connection = Rc::clone(&connection);
                let mode = mode.clone();
                let redraw = redraw.clone();
                Closure::once_into_js(move || connect(&connection, &mode, &redraw))
            };
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                    again.unchecked_ref(),
                    2000,
                );
            }
        })
    };
    socket.set_onopen(Some(on_open.as_ref().unchecked_ref()));
    socket.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    socket.set_onclose(Some(on_close.as_ref().unchecked_ref()));
    let mut l = connection.borrow_mut();
    l.handlers = vec![on_open, on_message, on_close];
    l.socket = Some(socket);
}

/// What to send first on a (re)connection: the teacher reclaims (or opens) the room; a
/// student who has a seat asks for it back.
fn reclaim_line(view: &ClassView, mode: &ClassroomMode) -> Option<String> {
    match mode {
        ClassroomMode::Host => {
            let saved = recall(Key::ClassHost);
            let (code, secret) = match saved.as_deref().and_then(|s| s.split_once(' ')) {
                _ if !view.secret.is_empty() => (view.code.clone(), view.secret.clone()),
                Some((c, s)) => (c.to_owned(), s.to_owned()),
                None => return Some(ClientMsg::Create.line()),
            };
            Some(ClientMsg::Host { code, secret }.line())
        }
        ClassroomMode::Student(code) => {
            let token = match view.token.is_empty() {
                false => view.token.clone(),
                true => recall(Key::ClassSeat)?
                    .strip_prefix(&format!("{code} "))?
                    .to_owned(),
            };
            Some(
                ClientMsg::Back {
                    code: code.clone(),
                    token,
                }
                .line(),
            )
        }
    }
}

/// What a refused claim leaves: the teacher's room is gone (`not-host`, `no-room`), so the
/// kept key is forgotten and a new room is asked for (the line returned), which the
/// screen says in words; a student's seat is gone (`no-seat`, `no-room`), so the seat is
/// forgotten and the join form is back (a screen that works, never an Ask that does
/// nothing). Other refusals (`slow-down`) are shown and tried again on the next connection.
fn after_refused_claim(l: &mut Connection, mode: &ClassroomMode, why: Refusal) -> Option<String> {
    match (mode, why) {
        (ClassroomMode::Host, Refusal::NotHost | Refusal::NoRoom) => {
            remember(Key::ClassHost, "");
            // Nothing of the old room's lesson stays on the screen.
            l.view = ClassView::default();
            l.renewed = true;
            Some(ClientMsg::Create.line())
        }
        (ClassroomMode::Student(_), Refusal::NoSeat | Refusal::NoRoom) => {
            remember(Key::ClassSeat, "");
            let code = std::mem::take(&mut l.view.code);
            l.view = ClassView {
                code,
                ..ClassView::default()
            };
            None
        }
        _ => None,
    }
}
