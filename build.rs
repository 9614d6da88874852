//! Build step: the English catalogue goes into the page without its comments. They are
//! notes for translators (what a placeable holds, which word the analogy swaps in), about
//! a twentieth of the page's gzip size budget, and no reader of the page ever sees them.
//! Everything else in the file, blank lines included, is kept as written, so the reader
//! of `src/text/catalogue.rs` sees the same entries as in `static/lang/en.ftl`, except
//! the sections only the live classroom uses (see [`CLASSROOM_ONLY`]).

use std::{env, fs, path::Path};

fn main() {
    let source = "static/lang/en.ftl";
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).expect("static/lang/en.ftl is readable");
    let mut page = String::new();
    let mut classroom = String::new();
    let mut in_classroom = false;
    for line in text.lines() {
        // A section (`## …`) runs to the next one.
        if line.starts_with("## ") {
            in_classroom = CLASSROOM_ONLY.iter().any(|s| line.starts_with(s));
            // The blank line that parts it from the section before goes with it too.
            if in_classroom && page.ends_with("\n\n") {
                page.pop();
            }
        }
        // Fluent comments are whole lines starting with `#` (at the start of the line
        // only: a `#` inside a message's text is text).
        if line.starts_with('#') {
            continue;
        }
        let kept = if in_classroom {
            &mut classroom
        } else {
            &mut page
        };
        kept.push_str(line);
        kept.push('\n');
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_owned();
    fs::write(out.join("en.ftl"), page).expect("OUT_DIR is writable");
    fs::write(out.join("en-classroom.ftl"), classroom).expect("OUT_DIR is writable");
}

/// Sections of en.ftl that only the live classroom's screens use: they go to
/// `en-classroom.ftl`, which only the classroom's own wasm includes
/// (`ui::classroom_controls`), so the default page's budget pays nothing for them. The
/// translations keep them in the same files (loaded on demand, in their language only).
const CLASSROOM_ONLY: &[&str] = &["## issue 16 (round 3): teacher controls"];
