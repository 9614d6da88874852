//! The root component: owns the [`History`] (the live `Lab` and its past), feeds it
//! wall-clock time each frame, turns the global Space key into play/pause, and lays out
//! controls, both diagrams, the timeline and the legend.

use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use super::browser::{frames, host};
use super::controls::{ControlBar, Offer, STATE_EVENT, answer};
use super::diagram::{Diagram, Legend};
use super::language::{self, Speech};
use super::lesson::{TourPanel, tour_memory};
use super::panels::{
    Notices, POINTS, SharePanel, Shared, SharedKind, Timeline, embed_snippet, share_link,
};
use super::scaling::{ScalingPanel, SharedChart};
use crate::model::{
    Command, Controls, History, LabSnapshot, Lang, ModelKind, Notice, Scenario, TourCommand, View,
    parse_query, to_query,
};

fn location_href() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Whether the system asks for less motion (WCAG 2.3.3 / 2.2.2).
fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// The scene an offline copy (`dist/offline.html`) was given to start in: a link's query in
/// its `<meta name="netmodels-scene" content="…">`, empty unless someone wrote one there.
fn saved_scene() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let meta = document
        .query_selector("meta[name=\"netmodels-scene\"]")
        .ok()??;
    meta.get_attribute("content").filter(|q| !q.is_empty())
}

/// The scenario the page's URL asks for, and what in it was not usable. With reduced
/// motion asked for, time starts paused. Last, whether this page is the offline copy.
fn scenario_from_url() -> (Scenario, Vec<Notice>, bool, Offer) {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    // An offline copy opened from disk has no query: it starts in the scene written into it.
    let search = match search.as_str() {
        "" | "?" => saved_scene().unwrap_or_default(),
        _ => search,
    };
    let (mut scenario, notices) = parse_query(&search);
    let reduced_motion = prefers_reduced_motion();
    // The chart alone has no networks to run.
    scenario.paused |= reduced_motion || scenario.view == View::Scaling;
    let save = match is_offline_copy() {
        true => Offer::Nothing,
        false => Offer::Save,
    };
    (scenario, notices, reduced_motion, save)
}

/// Whether this page is the offline copy (`<meta name="netmodels-offline">`).
fn is_offline_copy() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=\"netmodels-offline\"]").ok())
        .flatten()
        .is_some()
}

/// The query of a link to the moment on screen: the kept past as a script, and the
/// language the page speaks, unless it is English that nobody asked for (so a plain link
/// stays plain). Share, Embed and the Save menu all write this one.
fn shareable_query(history: &History, speaking: Lang, asked: Option<Lang>) -> String {
    let mut scenario = history.share_link();
    scenario.lang = match (speaking, asked) {
        (Lang::En, None) => None,
        (lang, _) => Some(lang),
    };
    to_query(&scenario)
}

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

/// Wall-clock milliseconds a frame may spend running the way to a link's moment: with
/// the frame's own drawing, well under the 50 ms a browser counts as a long task.
const CATCH_UP_BUDGET_MS: f64 = 12.0;
/// Ticks run between two looks at the clock while catching up: a few milliseconds at the
/// largest scene and rate on a slow laptop.
const CATCH_UP_TICKS: u64 = 2;

/// A key of the tour panel's words, which the built-in English leaves out: whether
/// the words in use have that text yet.
const TOUR_WORDS: &str = "tour-1-question";

#[derive(Clone, Copy)]
enum ShareKind {
    Link,
    Embed,
}

#[component]
pub fn App() -> Html {
    let setup = use_memo((), |_| scenario_from_url());
    let (scenario, notices, reduced_motion, save) = (&setup.0, &setup.1, setup.2, setup.3);
    // The live Lab with its kept past: every command and frame goes through it.
    // A link's moment (`t=`) is run to a slice per frame, after the first paint.
    let history = use_mut_ref(|| History::opening(scenario.clone()));
    let catching_up = use_state_eq(|| history.borrow().catching_up());
    let catching_up_now = *catching_up;
    let chart = use_memo((), |_| SharedChart::new(scenario.chart));
    let snapshot = use_state(|| Rc::new(history.borrow().snapshot()));
    let shared = use_state(|| None::<Shared>);
    let framed = use_memo((), |_| host::parent_frame().is_some());

    // The language: the link's, else the last visit's, else the browser's, else English.
    let language = language::use_language(scenario.lang, |speech| speech.ui("ui-page-title"));
    let speech = &language.speech;

    // Created once, so components that receive it can skip re-rendering.
    let dispatch = {
        let history = history.clone();
        let set = snapshot.setter();
        use_callback((), move |command: Command, _| {
            let mut history = history.borrow_mut();
            history.apply(command);
            set.set(Rc::new(history.snapshot()));
        })
    };

    // The networks are drawn from the second frame on: the first lays out the rest of
    // the page, so a slow laptop's start-up is over before anything moves.
    let drawn = use_state(|| false);
    {
        let history = history.clone();
        let set = snapshot.setter();
        let (set_drawn, mut frames_seen) = (drawn.setter(), 0u8);
        let set_catching_up = catching_up.setter();
        use_effect_with((), move |_| {
            let frames = frames::start(move |elapsed| {
                if frames_seen < 2 {
                    frames_seen += 1;
                    if frames_seen == 2 {
                        set_drawn.set(true);
                    }
                }
                let mut history = history.borrow_mut();
                let drawing = frames_seen == 2;
                if let Some(before) = history.catching_up().filter(|_| drawing) {
                    // A few milliseconds of the way a frame, so that no task runs long;
                    // the notice is drawn again when the progress it shows changes, the
                    // diagrams once the moment is reached.
                    let start = frames::now_ms();
                    while history.catching_up().is_some()
                        && frames::now_ms() - start < CATCH_UP_BUDGET_MS
                    {
                        history.catch_up(CATCH_UP_TICKS);
                    }
                    let now = history.catching_up();
                    if now != Some(before) {
                        set_catching_up.set(now);
                    }
                    if now.is_none() {
                        set.set(Rc::new(history.snapshot()));
                    }
                } else if !history.is_paused() {
                    history.elapse(elapsed);
                    set.set(Rc::new(history.snapshot()));
                }
            });
            move || drop(frames)
        });
    }

    // Space on the page plays and pauses; and the Save module asks for the moment when a
    // file is asked for (a STATE_EVENT): Share's query and the moment as text. One effect
    // for both: each effect costs the page's wasm.
    {
        let dispatch = dispatch.clone();
        let (history, latest, asked) = (history.clone(), language.latest.clone(), scenario.lang);
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .and_then(|w| w.document())
                .map(|document| {
                    let state = EventListener::new(&document, STATE_EVENT, move |event| {
                        let query = shareable_query(&history.borrow(), *latest.borrow(), asked);
                        answer(event, query, &history.borrow());
                    });
                    let keys = EventListener::new_with_options(
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
                    );
                    (keys, state)
                });
            move || drop(listener)
        });
    }

    // Where the tour was left on an earlier visit (unless the link opens the tour itself),
    // and from then on, wherever it is left now.
    {
        let dispatch = dispatch.clone();
        let from_link = scenario.tour.is_some();
        use_effect_with((), move |_| {
            if let (false, Some(step)) = (from_link, tour_memory::saved_tour_step()) {
                dispatch.emit(Command::Tour(TourCommand::Remember(step)));
            }
        });
    }
    use_effect_with(snapshot.tour_resume, |step| {
        tour_memory::save_tour_step(*step)
    });
    // The tour panel's words are not built in (in English): they are loaded when the
    // tour opens, and the panel is drawn once they are there.
    let tour_words = speech.has(TOUR_WORDS);
    {
        let switch = language.switch.clone();
        let open = snapshot.tour.is_some();
        use_effect_with(
            (open, tour_words, language.chosen),
            move |&(open, words, chosen)| {
                if open && !words && chosen == Lang::En {
                    switch.emit(Lang::En);
                }
            },
        );
    }

    use_effect_with(scenario.theme, |theme| host::apply_theme(*theme));
    use_effect_with((), |_| {
        let reporter = host::report_height();
        move || drop(reporter)
    });

    let share = |kind: ShareKind| {
        let (history, shared) = (history.clone(), shared.clone());
        let (speaking, asked, view) = (language.chosen, scenario.lang, scenario.view);
        let speech = speech.clone();
        Callback::from(move |_: ()| {
            let query = shareable_query(&history.borrow(), speaking, asked);
            let link = share_link(&location_href(), &query);
            let kept = history.borrow().link_fidelity();
            shared.set(Some(match kind {
                ShareKind::Link => Shared {
                    kind: SharedKind::Link,
                    text: link,
                    kept,
                },
                ShareKind::Embed => Shared {
                    kind: SharedKind::Embed,
                    text: embed_snippet(&link, view, &speech.ui("ui-embed-frame-title")),
                    kept,
                },
            }));
        })
    };
    let close_share = {
        let shared = shared.clone();
        Callback::from(move |_: ()| shared.set(None))
    };

    let snap: &LabSnapshot = &snapshot;
    let diagram = |kind: ModelKind| {
        html! {
            <Diagram snapshot={(*snapshot).clone()} {kind} show_log={scenario.show_log}
                show_trust={scenario.controls == Controls::Full} on_command={dispatch.clone()} drawn={*drawn} />
        }
    };
    let diagrams = match scenario.view {
        View::Both => {
            html! { <>{diagram(ModelKind::ClientServer)}{diagram(ModelKind::PeerToPeer)}</> }
        }
        View::ClientServer => diagram(ModelKind::ClientServer),
        View::PeerToPeer => diagram(ModelKind::PeerToPeer),
        View::Scaling => html! {},
    };
    let single = scenario.view != View::Both;
    if scenario.view == View::Scaling {
        // The chart alone, for a page about scaling: no networks, so no network controls.
        return html! {
            <ContextProvider<Speech> context={speech.clone()}>
            <div class={classes!("app", framed.then_some("framed"))}>
                <Notices notices={notices.clone()} />
                {language.bar()}
                <ScalingPanel start={scenario.chart} receivers={scenario.chart_receivers}
                    on_command={dispatch.clone()} chart={(*chart).clone()} />
            </div>
            </ContextProvider<Speech>>
        };
    }
    html! {
        <ContextProvider<Speech> context={speech.clone()}>
        <div class={classes!("app", framed.then_some("framed"))}>
            <Notices notices={notices.clone()} />
            <header class="masthead">
                // After the heading in reading and focus order, as it is on screen.
                <h1>{speech.ui("ui-heading")}</h1>
                {language.bar()}
                <p class="lede">{speech.ui("ui-lede")}</p>
            </header>
            <ControlBar paused={snap.paused} speed={snap.speed} time={snap.time}
                level={scenario.controls} words={snap.words} tour_open={snap.tour.is_some()}
                tour_resume={snap.tour_resume} on_command={dispatch.clone()}
                on_share={share(ShareKind::Link)} on_embed={share(ShareKind::Embed)} {save} />
            if let Some(shared) = (*shared).clone() {
                <SharePanel {shared} on_close={close_share} />
            }
            if reduced_motion {
                <p class="motion-note" data-reduced-motion="">{speech.ui("ui-reduced-motion")}</p>
            }
            // How far the run to a link's moment is, said politely as it goes; there only
            // while it runs, so the page's one live region the rest of the time is the
            // announcement below.
            if let Some(c) = catching_up_now {
                <p class="catch-up" aria-live="polite" aria-atomic="true" data-catch-up={c.done.to_string()}>
                    {speech.say(&c.message(), snap.words)}
                </p>
            }
            <p class="announcement" role="status">{snap.announcement.as_ref().map(|m| speech.say(m, snap.words)).unwrap_or_default()}</p>
            // With the tour open, a wide screen puts it beside the diagrams (style.css), so the
            // network stays in sight while the learner predicts and watches.
            <div class={classes!("workspace", snap.tour.is_some().then_some("touring"))}>
                if let Some(tour) = snap.tour.clone() {
                    if tour_words {
                        <TourPanel {tour} words={snap.words} paused={snap.paused} on_command={dispatch.clone()} />
                    } else {
                        <p class="tour tour-loading" role="status">{ match language.tour_failed {
                            true => speech.ui("ui-tour-unavailable"),
                            false => speech.ui("ui-tour-loading"),
                        } }</p>
                    }
                }
                <div class={classes!("diagrams", single.then_some("single"))}>{diagrams}</div>
            </div>
            // The kept past, as a plot of availability that is also the time control.
            if scenario.controls == Controls::Full {
                <Timeline view={history.borrow().timeline(POINTS)} words={snap.words}
                    on_command={dispatch.clone()} />
            }
            <Legend words={snap.words} server={snap.client_server.capacity}
                peer={snap.peer_to_peer.capacity} />
            // The chart needs room: it comes with the full page, or with the tour.
            if scenario.view == View::Both || snap.tour.is_some() {
                <ScalingPanel start={scenario.chart} receivers={scenario.chart_receivers}
                    on_command={dispatch.clone()} chart={(*chart).clone()} />
            }
        </div>
        </ContextProvider<Speech>>
    }
}
