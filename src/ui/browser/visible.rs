//! Work that waits until an element comes into view, through an `IntersectionObserver`.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{IntersectionObserver, IntersectionObserverEntry};
use yew::Callback;

/// An element being watched until it comes into view; dropping it stops watching.
pub struct Watch {
    observer: IntersectionObserver,
    /// Called by the observer: kept alive as long as it is.
    _callback: Closure<dyn FnMut(js_sys::Array, IntersectionObserver)>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `on_visible` once, when `target` first comes within `margin` (a CSS margin, as
/// `rootMargin` takes it) of the window, at once where the browser cannot tell. Dropping
/// the result stops watching.
pub fn when_visible(
    target: &web_sys::Element,
    margin: &str,
    on_visible: Callback<()>,
) -> Option<Watch> {
    let emit = on_visible.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: IntersectionObserver| {
            let seen = entries.iter().any(|e| {
                e.dyn_into::<IntersectionObserverEntry>()
                    .is_ok_and(|e| e.is_intersecting())
            });
            if seen {
                observer.disconnect();
                emit.emit(());
            }
        },
    );
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(margin);
    let observer =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok();
    match observer {
        Some(observer) => {
            observer.observe(target);
            Some(Watch {
                observer,
                _callback: callback,
            })
        }
        None => {
            on_visible.emit(());
            None
        }
    }
}
