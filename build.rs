//! Build step: the English catalogue goes into the page without its comments. They are
//! notes for translators (what a placeable holds, which word the analogy swaps in), about
//! a twentieth of the page's gzip size budget, and no reader of the page ever sees them.
//! Everything else in the file, blank lines included, is kept as written, so the reader
//! of `src/text/catalogue.rs` sees the same entries as in `static/lang/en.ftl`.

use std::{env, fs, path::Path};

fn main() {
    let source = "static/lang/en.ftl";
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).expect("static/lang/en.ftl is readable");
    // Fluent comments are whole lines starting with `#` (at the start of the line only:
    // a `#` inside a message's text is text).
    let kept: String = text
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(|line| [line, "\n"])
        .collect();
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("en.ftl");
    fs::write(out, kept).expect("OUT_DIR is writable");
}
