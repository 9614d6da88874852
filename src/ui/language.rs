//! The page's edge for languages: the choice remembered in local storage (skipped where
//! storage is refused), the browser's preferred languages, a catalogue fetched from the
//! page's own origin (`lang/xx.ftl`, beside `index.html`), and numbers formatted by the
//! browser's `Intl.NumberFormat`. Which language wins is the model's rule
//! ([`crate::model::choose_lang`]); turning messages into words is [`crate::text`]'s.

use js_sys::{Array, Function, Intl, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::model::Lang;
use crate::text::Catalogue;

const KEY: &str = "netmodels:lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language code chosen on an earlier visit, if storage allows and holds one.
pub fn remembered() -> Option<String> {
    storage()?.get_item(KEY).ok().flatten()
}

/// Keeps the learner's choice for the next visit; silently nothing where refused.
pub fn remember(lang: Lang) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, lang.code());
    }
}

/// The browser's preferred languages, most preferred first (`navigator.languages`).
pub fn preferred() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|code| code.as_string()).collect())
        .unwrap_or_default()
}

/// Fetches and reads `lang/<code>.ftl` from the page's own origin. English is built in,
/// so it is never fetched; any failure (offline, a 404, a broken file) is an error the
/// page turns into a notice while it keeps speaking English.
pub async fn fetch_catalogue(lang: Lang) -> Result<Catalogue, String> {
    let window = web_sys::window().ok_or("no window")?;
    let url = format!("lang/{}.ftl", lang.code());
    let failed = |e: JsValue| format!("{url}: {}", e.as_string().unwrap_or_default());
    // The response is read through its JS properties, so the page needs no more web-sys
    // features than it has.
    let response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(failed)?;
    let field = |name: &str| Reflect::get(&response, &name.into()).unwrap_or(JsValue::NULL);
    if field("ok") != JsValue::TRUE {
        return Err(format!(
            "{url}: HTTP {}",
            field("status").as_f64().unwrap_or(0.0)
        ));
    }
    let text: Function = field("text").dyn_into().map_err(failed)?;
    let promise: js_sys::Promise = text
        .call0(&response)
        .and_then(|p| p.dyn_into())
        .map_err(failed)?;
    let text = JsFuture::from(promise)
        .await
        .map_err(failed)?
        .as_string()
        .ok_or_else(|| format!("{url}: not text"))?;
    let (catalogue, errors) = Catalogue::parse(lang, &text);
    match errors.first() {
        // A broken entry costs that entry only: the English one stands in for it.
        Some(error) if !catalogue.has("server-off") => Err(format!("{url}: {error}")),
        _ => Ok(catalogue),
    }
}

/// `value` with `decimals` decimals as `lang` writes it ("0,5" in French), from the
/// browser's `Intl.NumberFormat`; plain digits where `Intl` is missing.
pub fn number(lang: Lang, value: f64, decimals: u32) -> String {
    let options = Object::new();
    for key in ["minimumFractionDigits", "maximumFractionDigits"] {
        let _ = Reflect::set(&options, &key.into(), &decimals.into());
    }
    let locales = Array::of1(&JsString::from(lang.code()));
    let format: Function = Intl::NumberFormat::new(&locales, &options).format();
    format
        .call1(&JsValue::UNDEFINED, &value.into())
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| format!("{value:.0$}", decimals as usize))
}
