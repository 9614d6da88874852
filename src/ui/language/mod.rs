//! The page's edge for languages: the choice remembered in local storage (skipped where
//! storage is refused), the browser's preferred languages, a catalogue fetched from the
//! page's own origin (`lang/xx.ftl`, beside `index.html`), and numbers formatted by the
//! browser's `Intl.NumberFormat`. Which language wins is the model's rule
//! ([`crate::model::choose_lang`]); turning messages into words is [`crate::text`]'s.

mod catalogues;
mod choice;
mod numbers;
mod selector;
mod speech;

pub use catalogues::{embedded_catalogue, fetch_catalogue, load};
pub use choice::{Choice, preferred, remember, remembered, use_language};
pub use numbers::number;
pub use speech::{Speech, current, panic_message, say, set_current, ui, ui_with, use_speech};
