//! Keeps a seated student's screen awake (the Screen Wake Lock API), so that a phone left
//! on the desk during a two-minute explanation is still the student's node when they look
//! again. Read through `js_sys::Reflect`, as web-sys has no stable binding for it; where
//! the browser has no such API, or refuses (a hidden page, a saving mode), nothing
//! happens and nothing is said: the screen works as before, only it may dim.

use std::cell::RefCell;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Where the page's wake lock is.
enum Wake {
    /// None held, none asked for.
    Off,
    /// Asked for, not answered yet.
    Asking,
    /// Held: the browser's sentinel, which it releases by itself when the page is hidden.
    Held(JsValue),
}

thread_local! {
    static WAKE: RefCell<Wake> = const { RefCell::new(Wake::Off) };
    /// Whether the page listens for coming back into view (once per page).
    static LISTENING: RefCell<Option<gloo_events::EventListener>> = const { RefCell::new(None) };
}

/// Whether the held sentinel was released by the browser (the page was hidden).
fn released(sentinel: &JsValue) -> bool {
    Reflect::get(sentinel, &JsValue::from_str("released"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(true)
}

/// Asks for the screen to stay on, unless a lock is held or asked for already; called at
/// each drawing of a seated student's screen and when the page comes back into view.
pub(super) fn keep_awake() {
    listen_for_return();
    let ask = WAKE.with(|w| {
        let mut w = w.borrow_mut();
        let free = match &*w {
            Wake::Off => true,
            Wake::Asking => false,
            Wake::Held(sentinel) => released(sentinel),
        };
        if free {
            *w = Wake::Asking;
        }
        free
    });
    if !ask {
        return;
    }
    let Some(promise) = request() else {
        WAKE.with(|w| *w.borrow_mut() = Wake::Off);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let got = JsFuture::from(promise).await;
        WAKE.with(|w| {
            let mut w = w.borrow_mut();
            // Let go meanwhile (the student left): release what arrived late.
            if !matches!(*w, Wake::Asking) {
                if let Ok(sentinel) = &got {
                    release(sentinel);
                }
                return;
            }
            *w = match got {
                Ok(sentinel) => Wake::Held(sentinel),
                Err(_) => Wake::Off,
            };
        });
    });
}

/// Lets the screen sleep again (the student left, was removed, or the lesson ended).
pub(super) fn let_sleep() {
    let held = WAKE.with(|w| std::mem::replace(&mut *w.borrow_mut(), Wake::Off));
    if let Wake::Held(sentinel) = held {
        release(&sentinel);
    }
}

/// `navigator.wakeLock.request("screen")`, if the browser has it.
fn request() -> Option<Promise> {
    let navigator = web_sys::window()?.navigator();
    let lock = Reflect::get(&navigator, &JsValue::from_str("wakeLock")).ok()?;
    if lock.is_undefined() || lock.is_null() {
        return None;
    }
    let request: Function = Reflect::get(&lock, &JsValue::from_str("request"))
        .ok()?
        .dyn_into()
        .ok()?;
    request
        .call1(&lock, &JsValue::from_str("screen"))
        .ok()?
        .dyn_into()
        .ok()
}

/// `sentinel.release()`, whose answer nobody waits for.
fn release(sentinel: &JsValue) {
    if let Some(release) = Reflect::get(sentinel, &JsValue::from_str("release"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        && let Ok(promise) = release.call0(sentinel)
        && let Ok(promise) = promise.dyn_into::<Promise>()
    {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

/// A page hidden loses its lock; when it is shown again, the lock is asked for again
/// (if the student is still seated: a let-go lock stays let go).
fn listen_for_return() {
    LISTENING.with(|l| {
        let mut l = l.borrow_mut();
        if l.is_some() {
            return;
        }
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let visible = document.clone();
        *l = Some(gloo_events::EventListener::new(
            &document,
            "visibilitychange",
            move |_| {
                let held = WAKE.with(|w| matches!(*w.borrow(), Wake::Held(_)));
                if held && !visible.hidden() {
                    keep_awake();
                }
            },
        ));
    });
}
