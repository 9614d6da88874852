//! Build step: the English catalogue goes into the wasm without its comments, in three parts.
//! Comments are notes for translators (what a placeable holds, which word the analogy swaps
//! in), about a twentieth of the page's gzip size budget, and no reader ever sees them.
//! The labels only the files of the Save menu use (`ui-export-…`, `ui-csv-…`,
//! `ui-outcome-…`, `ui-file-…`) go to `en-export.ftl`, which only the Save module
//! (`src/bin/netmodels-save.rs`, loaded on demand) reads; the sections only the live
//! classroom's screens use (see [`CLASSROOM_ONLY`]) go to `en-classroom.ftl`, which only the
//! classroom's wasm reads (`ui::classroom_controls`). The default page carries neither.
//! Everything else in the file, blank lines included, is kept as written, so the reader of
//! `src/text/catalogue.rs` sees the same entries as in `static/lang/en.ftl`. The
//! translations keep every part in one file each (loaded on demand, in their language only).

use std::{env, fs, path::Path};

/// The key prefixes of the labels that only the Save module's files use.
const EXPORT_PREFIXES: [&str; 4] = ["ui-export-", "ui-csv-", "ui-outcome-", "ui-file-"];

/// Sections of en.ftl (by their heading) that only the live classroom's screens use.
const CLASSROOM_ONLY: &[&str] = &["## issue 16 (round 3): teacher controls"];

fn main() {
    let source = "static/lang/en.ftl";
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).expect("static/lang/en.ftl is readable");
    let (mut page, mut export, mut classroom) = (String::new(), String::new(), String::new());
    let mut in_classroom = false;
    let mut to_export = false;
    for line in text.lines() {
        // A section (`## …`) runs to the next one.
        if line.starts_with("## ") {
            in_classroom = CLASSROOM_ONLY.iter().any(|s| line.starts_with(s));
            // The blank line that parts it from the section before goes with it too.
            if in_classroom && page.ends_with("\n\n") {
                page.pop();
            }
        }
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
        let kept = match (in_classroom, to_export) {
            (true, _) => &mut classroom,
            (false, true) => &mut export,
            (false, false) => &mut page,
        };
        kept.push_str(line);
        kept.push('\n');
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    fs::write(out.join("en.ftl"), page).expect("OUT_DIR is writable");
    fs::write(out.join("en-export.ftl"), export).expect("OUT_DIR is writable");
    fs::write(out.join("en-classroom.ftl"), classroom).expect("OUT_DIR is writable");
}
