//! Build step: the English catalogue goes into the wasm without its comments, in two parts.
//! Comments are notes for translators (what a placeable holds, which word the analogy swaps
//! in), about a twentieth of the page's gzip size budget, and no reader ever sees them.
//! The labels only the files of the Save menu use (`ui-export-…`, `ui-csv-…`,
//! `ui-outcome-…`, `ui-file-…`) go to a second part, `en-export.ftl`, which only the Save
//! module (`src/bin/netmodels-save.rs`, loaded on demand) reads: the default page does not
//! carry them. Everything else in the file, blank lines included, is kept as written, so
//! the reader of `src/text/catalogue.rs` sees the same entries as in `static/lang/en.ftl`.

use std::{env, fs, path::Path};

/// The key prefixes of the labels that only the Save module's files use.
const EXPORT_PREFIXES: [&str; 4] = ["ui-export-", "ui-csv-", "ui-outcome-", "ui-file-"];

fn main() {
    let source = "static/lang/en.ftl";
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).expect("static/lang/en.ftl is readable");
    let (mut page, mut export) = (String::new(), String::new());
    let mut to_export = false;
    for line in text.lines() {
        // Fluent comments are whole lines starting with `#` (at the start of the line only:
        // a `#` inside a message's text is text).
        if line.starts_with('#') {
            continue;
        }
        // An entry starts at the line's start with its key; its other lines (indented
        // variants, a closing brace) follow the entry they belong to.
        if let Some((key, _)) = line.split_once(" =")
            && !key.is_empty()
            && !key.starts_with([' ', '}', '[', '*'])
        {
            to_export = EXPORT_PREFIXES.iter().any(|p| key.starts_with(p));
        }
        let part = if to_export { &mut export } else { &mut page };
        part.push_str(line);
        part.push('\n');
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    fs::write(out.join("en.ftl"), page).expect("OUT_DIR is writable");
    fs::write(out.join("en-export.ftl"), export).expect("OUT_DIR is writable");
}
