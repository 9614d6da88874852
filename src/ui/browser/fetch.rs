//! Files fetched from the page's own origin, as text: a language's catalogue, the offline
//! copy. The response is read through its JS properties, so the page needs no more web-sys
//! features than it has.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// `url` (relative to the page) fetched from the page's own origin, as text. Any failure
/// (offline, an HTTP error, a body that is not text) is an error that starts with `url`.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let failed = |e: JsValue| format!("{url}: {}", e.as_string().unwrap_or_default());
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(failed)?;
    let field = |name: &str| Reflect::get(&response, &name.into()).unwrap_or(JsValue::NULL);
    if field("ok") != JsValue::TRUE {
        let status = field("status").as_f64().unwrap_or(0.0);
        return Err(format!("{url}: HTTP {status}"));
    }
    let text: Function = field("text").dyn_into().map_err(failed)?;
    let promise: Promise = text
        .call0(&response)
        .and_then(|p| p.dyn_into())
        .map_err(failed)?;
    JsFuture::from(promise)
        .await
        .map_err(failed)?
        .as_string()
        .ok_or_else(|| format!("{url}: not text"))
}
