//! The words a screen speaks: [`Speech`], the catalogue in use, handed to components as a
//! Yew context, and kept as "the language in use" for code outside a component (callbacks,
//! async tasks, the panic hook).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::numbers::{number, percent};
use crate::model::{Lang, Msg, Words};
use crate::text::{Catalogue, Value};

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

    /// Whether this language has the words for `key`, itself or from the built-in English.
    pub fn has(&self, key: &str) -> bool {
        self.catalogue().has(key) || crate::text::english().has(key)
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
        percent(self.lang(), fraction)
    }
}

/// Makes `speech` the language in use ([`use_language`](super::use_language) does this before children render).
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
