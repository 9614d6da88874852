//! The teacher's usual controls in the live classroom (issue 16, round 3): pause and
//! resume, speed, Publish, the number of servers, and how many students hold the newest
//! version, and the lesson's availability over time with the teacher's turning points
//! marked; and what every screen says about them (the lesson is paused, the version a
//! student's copy is). Plain functions of the [`ClassView`]: the server decides, these
//! only draw and send the teacher's choice as a [`ClientMsg`].

use std::sync::OnceLock;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::model::{
    ClassView, ClientMsg, Lang, MarkKind, ModelKind, ROOM_MAX_SERVERS, RoomSpeed, Speed,
};
use crate::text::{Catalogue, Value};
use crate::ui::language;

/// The English of the texts only the classroom uses, which build.rs keeps out of the
/// default page's catalogue (and so out of its wasm).
fn classroom_english() -> &'static Catalogue {
    static ENGLISH: OnceLock<Catalogue> = OnceLock::new();
    ENGLISH.get_or_init(|| {
        Catalogue::parse(
            Lang::En,
            include_str!(concat!(env!("OUT_DIR"), "/en-classroom.ftl")),
        )
        .0
    })
}

/// A classroom-only label in the language in use, else in English.
fn label_with(key: &str, args: &[(&str, Value)]) -> String {
    language::current()
        .catalogue()
        .format(key, args)
        .or_else(|| classroom_english().format(key, args))
        .unwrap_or_else(|| key.to_owned())
}

/// What every screen says while the teacher has paused the lesson, in words.
pub fn paused_notice(view: &ClassView) -> Html {
    html! {
        <p class="class-lesson" data-lesson={if view.paused { "paused" } else { "running" }}
            role="status" aria-live="polite">
            if view.paused { { label_with("room-paused", &[]) } }
        </p>
    }
}

/// A student's copy of the shared file: its version, and whether it is the newest.
pub fn copy_line(view: &ClassView) -> Html {
    let newest = view.holds_newest();
    let key = if newest {
        "room-copy-new"
    } else {
        "room-copy-old"
    };
    let version = Value::count(view.version.max(1) as usize);
    html! {
        <p class="class-copy" data-metric="version" data-value={view.version.max(1).to_string()}
            data-stale={(!newest).to_string()}>
            { label_with(key, &[("version", version)]) }
        </p>
    }
}

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

/// The plot's size in its own units (the SVG scales to the screen's width).
const PLOT_WIDTH: f64 = 600.0;
const PLOT_HEIGHT: f64 = 80.0;

/// The class's availability over the lesson as a line, with a mark where the teacher
/// switched a server, published or started over: "here I pulled the server". Nothing
/// until the first point (after ten seconds of lesson) or mark.
pub fn lesson_plot(view: &ClassView) -> Html {
    let times = || {
        let samples = view.samples.iter().map(|&(s, _)| s);
        samples.chain(view.marks.iter().map(|&(s, _)| s))
    };
    let (Some(first), Some(last)) = (times().min(), times().max()) else {
        return html! {};
    };
    let span = f64::from(last.saturating_sub(first).max(1));
    let x = |seconds: u32| {
        (f64::from(seconds.saturating_sub(first)) / span * PLOT_WIDTH).min(PLOT_WIDTH)
    };
    let y = |percent: u8| PLOT_HEIGHT - f64::from(percent) / 100.0 * PLOT_HEIGHT;
    let points: Vec<String> = view
        .samples
        .iter()
        .map(|&(s, p)| format!("{:.1},{:.1}", x(s), y(p)))
        .collect();
    let marks = view.marks.iter().map(|&(s, kind)| {
        let kind = match kind {
            MarkKind::Switch { on: true } => "switch-on",
            MarkKind::Switch { on: false } => "switch-off",
            MarkKind::Publish => "publish",
            MarkKind::Reset => "reset",
        };
        let at = format!("{:.1}", x(s));
        html! {
            <line class="class-mark" data-mark={kind} data-t={s.to_string()}
                x1={at.clone()} x2={at} y1="0" y2={PLOT_HEIGHT.to_string()} />
        }
    });
    let title = label_with("room-history", &[]);
    html! {
        <figure class="class-history" data-panel="class-history">
            <figcaption>{ title.clone() }</figcaption>
            <svg viewBox={format!("0 0 {PLOT_WIDTH} {PLOT_HEIGHT}")} preserveAspectRatio="none"
                role="img" aria-label={title}>
                { for marks }
                if !points.is_empty() {
                    <polyline data-series="class-availability" points={points.join(" ")}
                        fill="none" vector-effect="non-scaling-stroke" />
                }
            </svg>
        </figure>
    }
}
