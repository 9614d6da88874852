//! How the page fits its host: the forced colour theme, and, inside an iframe, reporting
//! the content height to the parent so it can size the frame. Messages are only sent;
//! nothing from the parent is ever read.

use js_sys::{Object, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;
use web_sys::{ResizeObserver, Window};

use crate::model::Theme;

/// Sets `data-theme` on `<html>` for a forced theme; the stylesheet does the rest.
pub fn apply_theme(theme: Theme) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match theme {
        Theme::Auto => root.remove_attribute("data-theme"),
        Theme::Light => root.set_attribute("data-theme", "light"),
        Theme::Dark => root.set_attribute("data-theme", "dark"),
    };
}

/// The window this page is framed in, if any.
pub fn parent_frame() -> Option<Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    let framed = !js_sys::Object::is(&parent, &window);
    framed.then_some(parent)
}

fn message(fields: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in fields {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

/// Posts the height in the generic form and in the forms Canvas and H5P hosts understand.
fn post_height(parent: &Window, height: f64) {
    let h = JsValue::from_f64(height);
    let messages = [
        message(&[("type", "netmodels:resize".into()), ("height", h.clone())]),
        message(&[("subject", "lti.frameResize".into()), ("height", h.clone())]),
        message(&[
            ("context", "h5p".into()),
            ("action", "resize".into()),
            ("scrollHeight", h),
        ]),
    ];
    for m in messages {
        // Only a height is sent, nothing private, so any host may receive it.
        let _ = parent.post_message(&m, "*");
    }
}

/// While alive, reports every change of the page's height to the parent frame.
pub struct HeightReporter {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Starts reporting, if the page is framed.
pub fn report_height() -> Option<HeightReporter> {
    let parent = parent_frame()?;
    let root = web_sys::window()?.document()?.document_element()?;
    let observed = root.clone();
    let mut last = 0.0;
    let callback = Closure::<dyn FnMut()>::new(move || {
        let height = observed.get_bounding_client_rect().height().ceil();
        if height != last {
            last = height;
            post_height(&parent, height);
        }
    });
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&root);
    Some(HeightReporter {
        observer,
        _callback: callback,
    })
}
