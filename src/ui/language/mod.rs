//! The page's edge for languages: the choice remembered in local storage (skipped where
//! storage is refused), the browser's preferred languages, a catalogue fetched from the
//! page's own origin (`lang/xx.ftl`, beside `index.html`), and numbers formatted by the
//! browser's `Intl.NumberFormat`. Which language wins is the model's rule
//! ([`crate::model::choose_lang`]); turning messages into words is [`crate::text`]'s.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, Intl, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::model::{Lang, Msg, Words};
use crate::text::{Catalogue, Value};

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

/// How a number is written: with a fixed number of decimals, or as a percentage.
#[derive(Clone, Copy, PartialEq)]
enum Style {
    Decimals(u32),
    Percent,
}

thread_local! {
    /// `Intl.NumberFormat` objects are costly to make and the page formats numbers every
    /// frame, so each (language, style) is made once.
    // A short list, not a map: a handful of entries, and no hashing code in the wasm.
    static FORMATS: RefCell<Vec<((Lang, Style), Function)>> = const { RefCell::new(Vec::new()) };
}

fn formatter(lang: Lang, style: Style) -> Function {
    let options = Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = Reflect::set(&options, &key.into(), &value);
    };
    let decimals = match style {
        Style::Decimals(decimals) => decimals,
        Style::Percent => {
            set("style", "percent".into());
            0
        }
    };
    for key in ["minimumFractionDigits", "maximumFractionDigits"] {
        set(key, decimals.into());
    }
    let locales = Array::of1(&JsString::from(lang.code()));
    Intl::NumberFormat::new(&locales, &options).format()
}

/// English as the model writes it in sentences ("1234.5", "40%"), without `Intl`: the
/// browser's first `Intl.NumberFormat` loads its locale data, a pause of 25 ms on a fast
/// machine and over 100 ms on a slow laptop, right after the page appears. English needs
/// none of that (and its labels now group digits as its sentences do: not at all).
fn english(style: Style, value: f64) -> String {
    match style {
        Style::Decimals(decimals) => Lang::En.number(value, decimals as usize),
        Style::Percent => Lang::En.number(value * 100.0, 0) + "%",
    }
}

fn formatted(lang: Lang, style: Style, value: f64) -> String {
    let format = (lang != Lang::En).then(|| {
        FORMATS.with(|formats| {
            let mut formats = formats.borrow_mut();
            match formats.iter().find(|(key, _)| *key == (lang, style)) {
                Some((_, format)) => format.clone(),
                None => {
                    let format = formatter(lang, style);
                    formats.push(((lang, style), format.clone()));
                    format
                }
            }
        })
    });
    format
        .and_then(|format| format.call1(&JsValue::UNDEFINED, &value.into()).ok())
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| english(style, value))
}

/// `value` with `decimals` decimals as `lang` writes it ("0,5" in French), from the
/// browser's `Intl.NumberFormat`; English digits for English, and where `Intl` is missing.
pub fn number(lang: Lang, value: f64, decimals: u32) -> String {
    formatted(lang, Style::Decimals(decimals), value)
}

/// The page's words in one language: the catalogue in use, given to every component
/// through a Yew context, so a component that reads it re-renders when the learner
/// changes language (memoised components included). Equal while the catalogue is the same.
#[derive(Clone, Default)]
pub struct Speech {
    /// `None`: English, built in (shared, never copied).
    catalogue: Option<Rc<Catalogue>>,
}

impl PartialEq for Speech {
    fn eq(&self, other: &Speech) -> bool {
        match (&self.catalogue, &other.catalogue) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        }
    }
}

thread_local! {
    /// The language in use now, for code that formats outside a component's render
    /// (callbacks) and for the free functions [`ui`] and [`say`].
    static CURRENT: RefCell<Speech> = RefCell::new(Speech::default());
}

impl Speech {
    pub fn new(catalogue: Catalogue) -> Speech {
        Speech {
            catalogue: Some(Rc::new(catalogue)),
        }
    }

    /// The catalogue in use (English when none was loaded).
    pub fn catalogue(&self) -> &Catalogue {
        self.catalogue
            .as_deref()
            .unwrap_or_else(|| crate::text::english())
    }

    pub fn lang(&self) -> Lang {
        self.catalogue().lang()
    }

    /// The label `key` (`ui-…`), from English where this catalogue lacks it.
    pub fn ui(&self, key: &str) -> String {
        self.ui_with(key, &[])
    }

    /// The label `key` with arguments (`$n`, `$words`…).
    pub fn ui_with(&self, key: &str, args: &[(&str, Value)]) -> String {
        self.catalogue()
            .format(key, args)
            .or_else(|| crate::text::english().format(key, args))
            .unwrap_or_else(|| key.to_string())
    }

    /// A model message in this language and `words`.
    pub fn say(&self, msg: &Msg, words: Words) -> String {
        crate::text::render(msg, self.catalogue(), words)
    }

    /// `value` with `decimals` decimals as this language writes it (`Intl`).
    pub fn number(&self, value: f64, decimals: u32) -> String {
        number(self.lang(), value, decimals)
    }

    /// A share `fraction` (0.4) as this language writes a percentage ("40 %" in French).
    pub fn percent(&self, fraction: f64) -> String {
        formatted(self.lang(), Style::Percent, fraction)
    }
}

/// Makes `speech` the language in use ([`use_language`] does this before children render).
pub fn set_current(speech: &Speech) {
    CURRENT.with(|current| *current.borrow_mut() = speech.clone());
}

/// The language in use, for a component: subscribing to the context makes the component
/// re-render when the language changes.
#[hook]
pub fn use_speech() -> Speech {
    use_context::<Speech>().unwrap_or_default()
}

/// The language in use, outside a component (a callback, an async task).
pub fn current() -> Speech {
    CURRENT.with(|current| current.borrow().clone())
}

/// The label `key` in the language in use (see [`Speech::ui`]).
pub fn ui(key: &str) -> String {
    CURRENT.with(|current| current.borrow().ui(key))
}

/// The label `key` with arguments in the language in use (see [`Speech::ui_with`]).
pub fn ui_with(key: &str, args: &[(&str, Value)]) -> String {
    CURRENT.with(|current| current.borrow().ui_with(key, args))
}

/// A model message in the language in use (see [`Speech::say`]).
pub fn say(msg: &Msg, words: Words) -> String {
    CURRENT.with(|current| current.borrow().say(msg, words))
}

/// A catalogue the document carries itself, as
/// `<script type="text/x-fluent" data-lang="fr">…</script>` (the offline copy, where
/// `fetch` is refused on `file://`).
pub fn embedded_catalogue(lang: Lang) -> Option<Catalogue> {
    let selector = format!(
        "script[type=\"text/x-fluent\"][data-lang=\"{}\"]",
        lang.code()
    );
    let element = web_sys::window()?
        .document()?
        .query_selector(&selector)
        .ok()
        .flatten()?;
    let source = element.text_content()?;
    Some(Catalogue::parse(lang, &source).0)
}

/// The words for `lang`: built in (English), carried by the document, or fetched.
pub async fn load(lang: Lang) -> Result<Speech, String> {
    if lang == Lang::En {
        return Ok(Speech::default());
    }
    match embedded_catalogue(lang) {
        Some(catalogue) => Ok(Speech::new(catalogue)),
        None => fetch_catalogue(lang).await.map(Speech::new),
    }
}

/// `<html lang>` and the document's title (the label `title`) follow the language.
fn apply_to_document(speech: &Speech, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", speech.lang().code());
    }
    document.set_title(&speech.ui(title));
}

/// The start-up error after a panic, in the language in use; English if that cannot be
/// read (a panic while the language was being changed).
pub fn panic_message(error: &str) -> String {
    let args = [("error", Value::Text(error.to_string()))];
    CURRENT
        .try_with(|current| {
            current
                .try_borrow()
                .ok()
                .map(|s| s.ui_with("ui-panic", &args))
        })
        .ok()
        .flatten()
        .unwrap_or_else(|| Speech::default().ui_with("ui-panic", &args))
}

/// A screen's language as the learner chose it (the page and the classroom's screens):
/// the link's `lang`, else the remembered choice, else the browser's languages, else
/// English (the model's [`crate::model::choose_lang`]). One hook for every screen, so a
/// fix to how a language loads or fails reaches them all.
#[derive(Clone, PartialEq)]
pub struct Choice {
    /// The words the screen speaks now: the old ones while a new catalogue loads (the
    /// screen stays usable), and after it failed to load.
    pub speech: Speech,
    /// What the selector shows: the latest choice, or the language spoken after a failure.
    pub chosen: Lang,
    /// The latest choice could not be loaded (a notice says so).
    pub failed: bool,
    /// Chooses a language and remembers it for the next visit.
    pub choose: Callback<Lang>,
    /// `chosen` as a cell, for a listener made once that must read the choice when it
    /// fires (the Save module asking for the moment's link).
    pub latest: Rc<RefCell<Lang>>,
}

impl Choice {
    /// The selector, and the notice while the latest choice failed to load.
    pub fn bar(&self) -> Html {
        html! {
            <div class="language-bar">
                {select(&self.speech, self.chosen, &self.choose)}
                if self.failed {
                    <p class="notices" role="status" data-notice="lang-load">{self.speech.ui("ui-lang-failed")}</p>
                }
            </div>
        }
    }
}

/// What switching language updates: one bundle, cloned into the callback and its task.
#[derive(Clone)]
struct Switch {
    /// The latest choice (a cell: an answer that arrives after a newer choice is dropped).
    wanted: Rc<RefCell<Lang>>,
    chosen: UseStateHandle<Lang>,
    speech: UseStateHandle<Speech>,
    failed: UseStateHandle<bool>,
    /// The catalogues loaded so far (at most four: a list).
    loaded: Rc<RefCell<Vec<Speech>>>,
    /// The language spoken now, which the selector returns to when a load fails.
    speaking: Rc<RefCell<Lang>>,
}

impl Switch {
    fn speak(&self, ready: Speech) {
        *self.speaking.borrow_mut() = ready.lang();
        self.failed.set(false);
        self.speech.set(ready);
    }
}

/// The language of a screen (see [`Choice`]); `link` is what its address asks for, `title`
/// the key of the document's title. Makes the screen's language the one in use
/// ([`set_current`]) before its children render, and keeps `<html lang>` and the title
/// in step with it.
#[hook]
pub fn use_language(link: Option<Lang>, title: &'static str) -> Choice {
    let first = *use_memo((), move |_| {
        crate::model::choose_lang(link, remembered().as_deref(), &preferred())
    });
    let switch = Switch {
        wanted: use_mut_ref(|| first),
        chosen: use_state(|| first),
        speech: use_state(Speech::default),
        failed: use_state(|| false),
        loaded: use_mut_ref(Vec::new),
        speaking: use_mut_ref(|| Lang::En),
    };
    let switch_to = {
        let switch = switch.clone();
        use_callback((), move |lang: Lang, _| {
            *switch.wanted.borrow_mut() = lang;
            switch.chosen.set(lang);
            let ready = switch
                .loaded
                .borrow()
                .iter()
                .find(|s| s.lang() == lang)
                .cloned();
            if let Some(ready) = ready {
                switch.speak(ready);
                return;
            }
            let switch = switch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = load(lang).await;
                // A later choice overrides this one, even if it arrived first.
                if *switch.wanted.borrow() != lang {
                    return;
                }
                match result {
                    Ok(ready) => {
                        switch.loaded.borrow_mut().push(ready.clone());
                        switch.speak(ready);
                    }
                    Err(error) => {
                        web_sys::console::warn_1(&error.into());
                        // The selector (and Share) show the language the screen speaks.
                        let speaking = *switch.speaking.borrow();
                        *switch.wanted.borrow_mut() = speaking;
                        switch.chosen.set(speaking);
                        switch.failed.set(true);
                    }
                }
            });
        })
    };
    {
        let switch_to = switch_to.clone();
        use_effect_with((), move |_| {
            if first != Lang::En {
                switch_to.emit(first);
            }
        });
    }
    let choose = use_callback((), move |lang: Lang, _| {
        remember(lang);
        switch_to.emit(lang);
    });
    let speech = (*switch.speech).clone();
    // Children render after this, so free-standing `ui`/`say` calls agree with the context.
    set_current(&speech);
    use_effect_with(speech.clone(), move |speech| {
        apply_to_document(speech, title)
    });
    Choice {
        speech,
        chosen: *switch.chosen,
        failed: *switch.failed,
        choose,
        latest: switch.wanted,
    }
}

/// The language selector: each language named in itself, so a learner finds their own
/// whatever the screen speaks now. A function, not a component: the screen re-renders it
/// with the language anyway, and a component costs the page's wasm about 2 KB gzip.
fn select(speech: &Speech, chosen: Lang, on_choose: &Callback<Lang>) -> Html {
    let onchange = on_choose.reform(|event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        Lang::from_code(&select.value()).unwrap_or_default()
    });
    html! {
        <label class="language">
            {speech.ui("ui-language")}{" "}
            <select data-control="language" {onchange}>
                { for Lang::ALL.into_iter().map(|lang| html! {
                    <option value={lang.code()} lang={lang.code()} selected={lang == chosen}>
                        {lang.own_name()}
                    </option>
                }) }
            </select>
        </label>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_numbers_read_as_its_sentences_write_them() {
        assert_eq!(english(Style::Decimals(1), 2.0), "2.0");
        assert_eq!(english(Style::Decimals(0), 7.0), "7");
        assert_eq!(english(Style::Decimals(2), 0.25), "0.25");
        assert_eq!(english(Style::Decimals(1), 1234.5), "1234.5");
        assert_eq!(english(Style::Decimals(1), 999.96), "1000.0");
        assert_eq!(english(Style::Decimals(1), -4321.0), "-4321.0");
        assert_eq!(english(Style::Percent, 0.4), "40%");
        assert_eq!(english(Style::Percent, 1.0), "100%");
        assert_eq!(english(Style::Percent, 0.0), "0%");
    }
}
