//! The only place wall-clock time enters: a `requestAnimationFrame` loop that reports the
//! seconds elapsed between frames, and the clock that work spread over frames (the
//! scaling chart) and caches (the canvas colours) use to budget themselves.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_render::{AnimationFrame, request_animation_frame};

/// Wall-clock milliseconds, as precise as the browser gives them. Never enters the model.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

struct LoopState {
    frame: RefCell<Option<AnimationFrame>>,
    last_ms: Cell<Option<f64>>,
    stopped: Cell<bool>,
    /// Returns whether to keep going.
    on_frame: RefCell<Box<dyn FnMut(f64) -> bool>>,
}

/// A running loop; dropping it stops the loop.
pub struct FrameLoop(Rc<LoopState>);

impl Drop for FrameLoop {
    fn drop(&mut self) {
        self.0.stopped.set(true);
        // Dropping the pending frame cancels it and frees its closure.
        self.0.frame.borrow_mut().take();
    }
}

fn schedule(state: &Rc<LoopState>) {
    let next = Rc::clone(state);
    let frame = request_animation_frame(move |timestamp_ms| {
        let elapsed = match next.last_ms.replace(Some(timestamp_ms)) {
            Some(previous) => (timestamp_ms - previous) / 1000.0,
            None => 0.0,
        };
        let more = (next.on_frame.borrow_mut())(elapsed);
        if more && !next.stopped.get() {
            schedule(&next);
        }
    });
    *state.frame.borrow_mut() = Some(frame);
}

/// Calls `on_frame(seconds since the previous frame)` before every repaint until dropped.
pub fn start(mut on_frame: impl FnMut(f64) + 'static) -> FrameLoop {
    start_while(move |elapsed| {
        on_frame(elapsed);
        true
    })
}

/// The same, until dropped or until `on_frame` returns false.
pub fn start_while(on_frame: impl FnMut(f64) -> bool + 'static) -> FrameLoop {
    let state = Rc::new(LoopState {
        frame: RefCell::new(None),
        last_ms: Cell::new(None),
        stopped: Cell::new(false),
        on_frame: RefCell::new(Box::new(on_frame)),
    });
    schedule(&state);
    FrameLoop(state)
}
