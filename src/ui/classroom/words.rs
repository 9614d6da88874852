//! The labels only the classroom's screens use (`ui-class-…`) and those of the teacher's
//! lesson controls and the screens' lesson status (`room-…`): build.rs keeps their English out of the default page's catalogue (and so
//! out of its wasm), so they are read here, in the language in use where its catalogue has
//! them, else in English.

use std::sync::OnceLock;

use crate::model::Lang;
use crate::text::{Catalogue, Value};
use crate::ui::language::{self, Speech};

/// The English of the texts only the classroom uses, which build.rs keeps out of the
/// default page's catalogue (and so out of its wasm).
fn classroom_english() -> &'static Catalogue {
    static ENGLISH: OnceLock<Catalogue> = OnceLock::new();
    ENGLISH.get_or_init(|| {
        Catalogue::parse(
            Lang::En,
            include_str!(concat!(env!("OUT_DIR"), "/en-classroom.ftl")),
        )
        .0
    })
}

/// A classroom-only label (`ui-class-…`) in `speech`'s language, else in English.
pub(super) fn label(speech: &Speech, key: &str) -> String {
    speech
        .catalogue()
        .format(key, &[])
        .or_else(|| classroom_english().format(key, &[]))
        .unwrap_or_else(|| key.to_owned())
}

/// A classroom-only label in the language in use, else in English.
pub(super) fn label_with(key: &str, args: &[(&str, Value)]) -> String {
    language::current()
        .catalogue()
        .format(key, args)
        .or_else(|| classroom_english().format(key, args))
        .unwrap_or_else(|| key.to_owned())
}
