//! The root component: owns the [`Lab`], feeds it wall-clock time each frame, turns the
//! global Space key into play/pause, and lays out controls, both diagrams and the legend.

use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use super::controls::Controls;
use super::diagram::{Diagram, Legend};
use super::frames;
use crate::model::{Command, Lab, LabSnapshot, ModelKind, Scenario};

/// Whether a key press belongs to the element that has focus rather than to the page.
fn handled_by_focused_element(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| {
            e.closest("button, select, input, textarea, a, [data-node], [data-control]")
                .ok()
        })
        .flatten()
        .is_some()
}

#[component]
pub fn App() -> Html {
    let lab = use_mut_ref(|| Lab::new(Scenario::default()));
    let snapshot = use_state(|| Rc::new(lab.borrow().snapshot()));

    let dispatch = {
        let lab = lab.clone();
        let set = snapshot.setter();
        Callback::from(move |command: Command| {
            let mut lab = lab.borrow_mut();
            lab.apply(command);
            set.set(Rc::new(lab.snapshot()));
        })
    };

    {
        let lab = lab.clone();
        let set = snapshot.setter();
        use_effect_with((), move |_| {
            let frames = frames::start(move |elapsed| {
                let mut lab = lab.borrow_mut();
                if !lab.is_paused() {
                    lab.elapse(elapsed);
                    set.set(Rc::new(lab.snapshot()));
                }
            });
            move || drop(frames)
        });
    }

    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .and_then(|w| w.document())
                .map(|document| {
                    EventListener::new_with_options(
                        &document,
                        "keydown",
                        EventListenerOptions::enable_prevent_default(),
                        move |event| {
                            let Some(key) = event.dyn_ref::<KeyboardEvent>() else {
                                return;
                            };
                            if key.key() == " " && !key.repeat() && !handled_by_focused_element(key)
                            {
                                event.prevent_default();
                                dispatch.emit(Command::TogglePaused);
                            }
                        },
                    )
                });
            move || drop(listener)
        });
    }

    let snap: &LabSnapshot = &snapshot;
    html! {
        <div class="app">
            <header class="masthead">
                <h1>{"Client-server and peer-to-peer networks"}</h1>
                <p class="lede">
                    {"Requests travel along the links and answers come back. Click or tap \
                      any computer to switch it off, and again to switch it on: see who is \
                      still served."}
                </p>
            </header>
            <Controls paused={snap.paused} speed={snap.speed} time={snap.time}
                on_command={dispatch.clone()} />
            <p class="announcement" role="status">{snap.announcement.clone()}</p>
            <div class="diagrams">
                <Diagram snapshot={(*snapshot).clone()} kind={ModelKind::ClientServer}
                    on_command={dispatch.clone()} />
                <Diagram snapshot={(*snapshot).clone()} kind={ModelKind::PeerToPeer}
                    on_command={dispatch} />
            </div>
            <Legend />
        </div>
    }
}
