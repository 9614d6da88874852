//! The live classroom's two screens (issue 16, docs/classroom.md): the teacher's room
//! (`?classroom=host`) and a student's node (`?join=CODE`). Both talk to the classroom
//! server over its same-origin WebSocket and draw a [`ClassView`], which only the server's
//! lines change; nothing from the server (names, links) ever becomes markup.

mod lesson_controls;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{HtmlInputElement, MessageEvent, WebSocket};
use yew::prelude::*;

use super::language::{Speech, use_language};
use super::panels::Notices;
use crate::model::{
    ClassView, ClassroomMode, ClientMsg, ModelKind, NAME_MAX_CHARS, PROTOCOL_VERSION, ServerMsg,
    Standing, parse_classroom_lang,
};

/// Where the rejoin token (student) or host secret (teacher) is kept, so a reopened tab
/// gets its seat or its room back; storage refused means starting afresh.
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn remember(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

fn recall(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

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
struct Link {
    socket: Option<WebSocket>,
    view: ClassView,
    /// Lines to send once the socket is open.
    pending: Vec<String>,
    /// The closures the socket calls, kept alive with it.
    handlers: Vec<Closure<dyn FnMut(JsValueEvent)>>,
    lost: bool,
}

type JsValueEvent = web_sys::Event;

fn send(link: &Rc<RefCell<Link>>, msg: &ClientMsg) {
    let mut l = link.borrow_mut();
    let line = msg.line();
    match &l.socket {
        Some(s) if s.ready_state() == WebSocket::OPEN => {
            let _ = s.send_with_str(&line);
        }
        _ => l.pending.push(line),
    }
}

/// What the teacher's controls send through.
fn sender(link: &Rc<RefCell<Link>>) -> Callback<ClientMsg> {
    let link = Rc::clone(link);
    Callback::from(move |msg: ClientMsg| send(&link, &msg))
}

/// Opens the socket; on open it sends what waits (first the line that (re)claims the seat
/// or the room), on each line it updates the view, and when it drops it tries again.
fn connect(link: &Rc<RefCell<Link>>, mode: &ClassroomMode, redraw: &Callback<()>) {
    let Some(url) = socket_url() else { return };
    let Ok(socket) = WebSocket::new(&url) else {
        link.borrow_mut().lost = true;
        redraw.emit(());
        return;
    };
    let on_open = {
        let link = Rc::clone(link);
        let mode = mode.clone();
        Closure::<dyn FnMut(JsValueEvent)>::new(move |_| {
            let reclaim = reclaim_line(&link.borrow().view, &mode);
            let mut l = link.borrow_mut();
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
        let link = Rc::clone(link);
        let redraw = redraw.clone();
        Closure::<dyn FnMut(JsValueEvent)>::new(move |event: JsValueEvent| {
            let Some(text) = event
                .dyn_ref::<MessageEvent>()
                .and_then(|m| m.data().as_string())
            else {
                return;
            };
            if let Some(msg) = ServerMsg::parse(&text) {
                let mut l = link.borrow_mut();
                match &msg {
                    ServerMsg::Room { code, secret } => {
                        remember("netmodels-class-host", &format!("{code} {secret}"));
                    }
                    ServerMsg::You { token, .. } if !token.is_empty() => {
                        remember("netmodels-class-seat", &format!("{} {token}", l.view.code));
                    }
                    _ => {}
                }
                l.view.apply(msg);
                drop(l);
                redraw.emit(());
            }
        })
    };
    let on_close = {
        let link = Rc::clone(link);
        let redraw = redraw.clone();
        let mode = mode.clone();
        Closure::<dyn FnMut(JsValueEvent)>::new(move |_| {
            link.borrow_mut().lost = true;
            redraw.emit(());
            if link.borrow().view.closed {
                return;
            }
            // Try again in two seconds: a phone that left the Wi-Fi comes back to its seat.
            let again = {
                let link = Rc::clone(&link);
                let mode = mode.clone();
                let redraw = redraw.clone();
                Closure::once_into_js(move || connect(&link, &mode, &redraw))
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
    let mut l = link.borrow_mut();
    l.handlers = vec![on_open, on_message, on_close];
    l.socket = Some(socket);
}

/// What to send first on a (re)connection: the teacher reclaims (or opens) the room; a
/// student who has a seat asks for it back.
fn reclaim_line(view: &ClassView, mode: &ClassroomMode) -> Option<String> {
    match mode {
        ClassroomMode::Host => {
            let saved = recall("netmodels-class-host");
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
                true => recall("netmodels-class-seat")?
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

#[derive(Properties, PartialEq)]
pub struct ClassroomProps {
    pub mode: ClassroomMode,
}

#[component]
pub fn Classroom(props: &ClassroomProps) -> Html {
    // Each screen speaks its own learner's language: the protocol carries no sentences
    // (only codes, node ids, states, counts and names), so a French student and an English
    // teacher in one room each read their own.
    let asked = use_memo((), |_| {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        parse_classroom_lang(&search)
    });
    let title = match props.mode {
        ClassroomMode::Host => "ui-class-host-title",
        ClassroomMode::Student(_) => "ui-class-join-title",
    };
    let language = use_language(asked.0, title);
    let speech = &language.speech;
    let link = use_mut_ref(|| Link {
        socket: None,
        view: ClassView::default(),
        pending: Vec::new(),
        handlers: Vec::new(),
        lost: false,
    });
    let tick = use_state(|| 0u64);
    let redraw = {
        let tick = tick.clone();
        Callback::from(move |()| tick.set(tick.wrapping_add(1)))
    };
    {
        let link = link.clone();
        let mode = props.mode.clone();
        let redraw = redraw.clone();
        use_effect_with((), move |_| {
            if let ClassroomMode::Student(code) = &mode {
                link.borrow_mut().view.code = code.clone();
            }
            connect(&link, &mode, &redraw);
        });
    }
    let view = link.borrow().view.clone();
    let lost = link.borrow().lost;
    let status = match (view.closed, lost, view.refused) {
        (true, _, _) => speech.ui("ui-class-closed"),
        (_, true, _) => speech.ui("ui-class-lost"),
        (_, _, Some(why)) => speech.ui(&format!("ui-class-refused-{}", why.slug())),
        _ => String::new(),
    };
    let body = match &props.mode {
        ClassroomMode::Host => host_screen(&view, &link, speech),
        ClassroomMode::Student(code) => student_screen(&view, &link, code, &redraw, speech),
    };
    // The context lets components inside (the teacher's controls) follow a switch.
    html! {
        <ContextProvider<Speech> context={speech.clone()}>
            <div class="classroom">
                { language.bar() }
                <Notices notices={asked.1.clone()} />
                <p class="class-status" role="status" aria-live="polite">{ status }</p>
                { body }
            </div>
        </ContextProvider<Speech>>
    }
}

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
fn network(
    view: &ClassView,
    link: Option<&Rc<RefCell<Link>>>,
    mine: Option<&str>,
    speech: &Speech,
) -> Html {
    let model = view.model.map_or("client-server", ModelKind::slug);
    let nodes = view.up.iter().enumerate().map(|(i, &up)| {
        let id = view.node_at(i);
        let name = view.name_of(&id).map_or_else(|| id.clone(), str::to_owned);
        let me = mine == Some(id.as_str());
        let class = classes!("class-node", me.then_some("class-me"));
        match link {
            Some(link) => {
                let onclick = {
                    let link = Rc::clone(link);
                    let node = id.clone();
                    Callback::from(move |_| send(&link, &ClientMsg::Switch { node: node.clone() }))
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
        <ul class={classes!("class-net", link.is_none().then_some("class-net-small"))} data-model={model}
            aria-label={speech.ui("ui-class-network")}>{ for nodes }</ul>
    }
}

fn host_screen(view: &ClassView, link: &Rc<RefCell<Link>>, speech: &Speech) -> Html {
    let choose = |model: ModelKind| {
        let link = Rc::clone(link);
        Callback::from(move |_| send(&link, &ClientMsg::Model(model)))
    };
    let reset = {
        let link = Rc::clone(link);
        Callback::from(move |_| send(&link, &ClientMsg::Reset))
    };
    let qr = (!view.code.is_empty()).then(|| format!("qr/{}.svg", view.code));
    // Only a link the server wrote for this room is made clickable.
    let href = (view.link.starts_with("http://") || view.link.starts_with("https://"))
        .then(|| view.link.clone());
    let is = |m: ModelKind| (view.model == Some(m)).to_string();
    html! {
        <section class="class-host" data-classroom="host">
            <h1>{ speech.ui("ui-class-host-title") }</h1>
            <div class="class-join">
                <p>{ speech.ui("ui-class-code") }{" "}<strong class="class-code" data-room-code="">{ view.code.clone() }</strong></p>
                if let Some(href) = href {
                    <p><a href={href.clone()}>{ href }</a></p>
                }
                if let Some(src) = qr {
                    <img class="class-qr" {src} alt={speech.ui("ui-class-qr")} width="240" height="240" />
                }
                <p>{ speech.ui("ui-class-students") }{" "}<strong data-metric="students">{ view.students }</strong></p>
            </div>
            <div class="class-controls" role="group" aria-label={speech.ui("ui-class-model")}>
                <button type="button" data-control="model-client-server" aria-pressed={is(ModelKind::ClientServer)}
                    onclick={choose(ModelKind::ClientServer)}>{ speech.ui("ui-class-client-server") }</button>
                <button type="button" data-control="model-peer-to-peer" aria-pressed={is(ModelKind::PeerToPeer)}
                    onclick={choose(ModelKind::PeerToPeer)}>{ speech.ui("ui-class-peer-to-peer") }</button>
                <button type="button" data-control="reset" onclick={reset}>{ speech.ui("ui-class-reset") }</button>
            </div>
            { lesson_controls::host_controls(view, &sender(link)) }
            { lesson_controls::paused_notice(view) }
            { lesson_controls::lesson_plot(view) }
            { network(view, Some(link), None, speech) }
        </section>
    }
}

fn student_screen(
    view: &ClassView,
    link: &Rc<RefCell<Link>>,
    code: &str,
    redraw: &Callback<()>,
    speech: &Speech,
) -> Html {
    let Some(node) = view.node.clone() else {
        let name_ref = NodeRef::default();
        let onsubmit = {
            let link = Rc::clone(link);
            let code = code.to_owned();
            let name_ref = name_ref.clone();
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                let name = name_ref
                    .cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default();
                if let Some(msg) = crate::model::clean_name(&name).map(|name| ClientMsg::Join {
                    code: code.clone(),
                    name,
                }) {
                    send(&link, &msg);
                }
            })
        };
        return html! {
            <section class="class-student" data-classroom="student">
                <h1>{ speech.ui("ui-class-join-title") }</h1>
                <form {onsubmit}>
                    <label>{ speech.ui("ui-class-name") }
                        <input ref={name_ref} data-control="name" maxlength={NAME_MAX_CHARS.to_string()} autocomplete="nickname" required=true />
                    </label>
                    <button type="submit" data-control="join">{ speech.ui("ui-class-join") }</button>
                </form>
            </section>
        };
    };
    let ask = {
        let link = Rc::clone(link);
        Callback::from(move |_| send(&link, &ClientMsg::Ask))
    };
    let leave = {
        let link = Rc::clone(link);
        let redraw = redraw.clone();
        Callback::from(move |_| {
            send(&link, &ClientMsg::Leave);
            let mut l = link.borrow_mut();
            l.view.node = None;
            l.view.token.clear();
            remember("netmodels-class-seat", "");
            drop(l);
            redraw.emit(());
        })
    };
    let standing = view.standing.unwrap_or(Standing::Idle);
    html! {
        <section class="class-student" data-classroom="student" data-node-mine={node.clone()}>
            <button type="button" class="class-ask" data-control="ask" onclick={ask}>{ speech.ui("ui-class-ask") }</button>
            <p class="class-me" data-metric="me" data-state={standing.slug()}>
                { speech.ui(&format!("ui-class-{}", standing.slug())) }
            </p>
            <p>{ speech.ui("ui-class-answers") }{" "}<strong data-metric="answers">{ view.answers }</strong></p>
            { lesson_controls::copy_line(view) }
            { lesson_controls::paused_notice(view) }
            { network(view, None, Some(&node), speech) }
            <button type="button" data-control="leave" onclick={leave}>{ speech.ui("ui-class-leave") }</button>
        </section>
    }
}
