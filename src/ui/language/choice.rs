//! A screen's language as the learner chose it: the choice remembered in local storage
//! (skipped where storage is refused), the browser's preferred languages, and the hook that
//! loads a chosen catalogue and keeps `<html lang>` and the title in step. Which language
//! wins is the model's rule ([`crate::model::choose_lang`]).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::catalogues::load;
use super::speech::{Speech, set_current};
use crate::model::Lang;
use crate::ui::browser::storage::{self, Key};

/// The language code chosen on an earlier visit, if storage allows and holds one.
pub fn remembered() -> Option<String> {
    storage::recall(Key::Lang)
}

/// Keeps the learner's choice for the next visit; silently nothing where refused.
pub fn remember(lang: Lang) {
    storage::remember(Key::Lang, lang.code());
}

/// The browser's preferred languages, most preferred first (`navigator.languages`).
pub fn preferred() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|code| code.as_string()).collect())
        .unwrap_or_default()
}

/// `<html lang>` and the document's title (`title` in this language) follow the language.
fn apply_to_document(speech: &Speech, title: fn(&Speech) -> String) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", speech.lang().code());
    }
    document.set_title(&title(speech));
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
    /// Switches language without remembering it: English, to load its whole catalogue
    /// (the tour panel's words) when the tour opens.
    pub switch: Callback<Lang>,
    /// The whole English catalogue could not be loaded (the tour says so).
    pub tour_failed: bool,
}

/// What switching language updates: one bundle, cloned into the callback and its task.
#[derive(Clone)]
struct Switch {
    /// The latest choice (a cell: an answer that arrives after a newer choice is dropped).
    wanted: Rc<RefCell<Lang>>,
    chosen: UseStateHandle<Lang>,
    speech: UseStateHandle<Speech>,
    failed: UseStateHandle<bool>,
    /// The whole English catalogue could not be loaded.
    tour_failed: UseStateHandle<bool>,
    /// The catalogues loaded so far (at most four: a list; English once loaded whole).
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
/// the document's title in a language (each screen reads its own catalogue part). Makes the screen's language the one in use
/// ([`set_current`]) before its children render, and keeps `<html lang>` and the title
/// in step with it.
#[hook]
pub fn use_language(link: Option<Lang>, title: fn(&Speech) -> String) -> Choice {
    let first = *use_memo((), move |_| {
        crate::model::choose_lang(link, remembered().as_deref(), &preferred())
    });
    let switch = Switch {
        wanted: use_mut_ref(|| first),
        chosen: use_state(|| first),
        speech: use_state(Speech::default),
        failed: use_state(|| false),
        tour_failed: use_state(|| false),
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
                        match lang {
                            // English is built in but for the tour panel's words:
                            // spoken without it, and the tour says it could not load.
                            Lang::En => {
                                switch.speak(Speech::default());
                                switch.tour_failed.set(true);
                            }
                            // The selector (and Share) show the language the screen speaks.
                            _ => {
                                let speaking = *switch.speaking.borrow();
                                *switch.wanted.borrow_mut() = speaking;
                                switch.chosen.set(speaking);
                                switch.failed.set(true);
                            }
                        }
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
    let choose = {
        let switch_to = switch_to.clone();
        use_callback((), move |lang: Lang, _| {
            remember(lang);
            switch_to.emit(lang);
        })
    };
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
        latest: switch.wanted.clone(),
        switch: switch_to,
        tour_failed: *switch.tour_failed,
    }
}
