//! What a person can take away from the page: the diagrams as an SVG picture and the
//! numbers as CSV files. Pure Rust (no browser crates), like `text`, so every file is
//! tested natively; the page only turns the strings into downloads.
//!
//! Every word comes from a language catalogue (`ui-…` labels and the model's messages),
//! so a file speaks the page's language; colours are the page's, as plain attributes, so a
//! picture looks the same in any viewer without the page's stylesheet.

pub mod csv;
pub mod svg;

use std::sync::OnceLock;

use crate::model::{Lang, Words};
use crate::text::{Catalogue, ENGLISH_SOURCE, Value};

/// The English labels only the files use (`build.rs` keeps them out of the page's own
/// catalogue): the Save module reads them, the default page never does.
pub const EXPORT_ENGLISH_SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/en-export.ftl"));

/// The whole English catalogue: the page's labels and messages and the files' labels.
pub fn english() -> &'static Catalogue {
    static ENGLISH: OnceLock<Catalogue> = OnceLock::new();
    ENGLISH.get_or_init(|| {
        Catalogue::parse(
            Lang::En,
            &format!("{ENGLISH_SOURCE}{EXPORT_ENGLISH_SOURCE}"),
        )
        .0
    })
}

/// English name of the diagrams picture, without its extension (`.svg` or `.png`). The
/// page itself names each download from the catalogue's `ui-file-…` entry, in the
/// learner's language; these constants are the English names.
pub const PICTURE_NAME: &str = "netmodels-diagrams";
/// English name of the event log's CSV file.
pub const EVENTS_NAME: &str = "netmodels-events.csv";
/// English name of the CSV file of the numbers now.
pub const METRICS_NAME: &str = "netmodels-metrics.csv";
/// English name of the scaling chart's CSV file.
pub const SCALING_NAME: &str = "netmodels-scaling.csv";
/// English name of the offline copy of the page.
pub const OFFLINE_NAME: &str = "netmodels-offline.html";

/// The `ui-…` label `key` in `catalogue`, in English where the catalogue lacks it.
pub fn label(catalogue: &Catalogue, words: Words, key: &str, args: &[(&str, Value)]) -> String {
    let slug = match words {
        Words::Network => "network",
        Words::Library => "library",
    };
    let mut all = vec![("words", Value::Text(slug.into()))];
    all.extend(args.iter().cloned());
    catalogue
        .format(key, &all)
        .or_else(|| english().format(key, &all))
        .unwrap_or_else(|| key.to_string())
}
