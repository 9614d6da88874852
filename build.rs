//! Build step: the English catalogue goes into the wasm without its comments, in four parts,
//! chosen by each entry's key prefix.
//!
//! Comments are notes for translators (what a placeable holds, which word the analogy swaps
//! in), about a twentieth of the page's gzip size budget, and no reader ever sees them.
//! The labels only the files of the Save menu use ([`EXPORT_PREFIXES`]) go to
//! `en-export.ftl`, which only the Save module (`src/bin/netmodels-save.rs`, loaded on demand)
//! reads; the labels only the live classroom's screens use ([`CLASSROOM_PREFIXES`]) go to
//! `en-classroom.ftl`, which only the classroom's wasm reads. The default page carries
//! neither. The words only the guided tour's panel shows (the text of its steps but their
//! titles, its buttons and verdicts: about a quarter of the English) go to `en-tour.ftl`,
//! built into every native build; the page's wasm leaves them out and reads the whole
//! `lang/en.ftl` when a learner opens the tour.
//! Every other line, blank lines included, is kept as written, so the reader of
//! `src/text/catalogue.rs` sees the same entries as in `static/lang/en.ftl`. The translations
//! keep every part in one file each (loaded on demand, in their language only).
//!
//! The build fails when a part comes out empty: a renamed key would otherwise move a label
//! silently into the wrong wasm, and the screen that needs it would show the key instead.

use std::{env, fs, path::Path};

/// The key prefixes of the labels that only the Save module's files use.
const EXPORT_PREFIXES: [&str; 4] = ["ui-export-", "ui-csv-", "ui-outcome-", "ui-file-"];

/// The key prefixes of the labels that only the live classroom's screens use: the teacher's
/// lesson controls (`room-`) and the host's and students' screens (`ui-class-`).
const CLASSROOM_PREFIXES: [&str; 2] = ["room-", "ui-class-"];

/// The key prefixes of the words only the tour's panel shows, beside the text of its steps:
/// its buttons and status lines (`ui-tour-…`) and its verdicts.
const TOUR_PANEL_PREFIXES: [&str; 4] = ["ui-tour-", "tour-right", "tour-wrong", "tour-undone"];

/// Of those, the ones the page shows without the panel: the tour's button once a step was
/// reached, and what stands in for the panel while the tour's words load or if they fail.
const TOUR_BEFORE_PANEL: [&str; 3] = ["ui-tour-resume", "ui-tour-loading", "ui-tour-unavailable"];

/// Whether an entry is drawn only in the tour's panel, once its words are loaded: the text
/// of a step (`tour-`, the step's number, not its title) or the panel's own words. The
/// titles and the tour's announcements (`tour-step-opened`…) stay with the page: the moment
/// the tour opens, its step is announced by title.
fn is_tour_panel(key: &str) -> bool {
    let step_text = key
        .strip_prefix("tour-")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        && !key.ends_with("-title");
    let panel =
        TOUR_PANEL_PREFIXES.iter().any(|p| key.starts_with(p)) && !TOUR_BEFORE_PANEL.contains(&key);
    step_text || panel
}

/// Which of the four parts an entry goes to.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    /// The default page (and the fallback of every other part).
    Page,
    /// The Save module's files.
    Export,
    /// The classroom's screens.
    Classroom,
    /// The words only the tour's panel shows.
    Tour,
}

/// The part an entry with this key belongs to.
fn part_of(key: &str) -> Part {
    if EXPORT_PREFIXES.iter().any(|p| key.starts_with(p)) {
        Part::Export
    } else if CLASSROOM_PREFIXES.iter().any(|p| key.starts_with(p)) {
        Part::Classroom
    } else if is_tour_panel(key) {
        Part::Tour
    } else {
        Part::Page
    }
}

fn main() {
    let source = "static/lang/en.ftl";
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).expect("static/lang/en.ftl is readable");
    let (mut page, mut export, mut classroom, mut tour) =
        (String::new(), String::new(), String::new(), String::new());
    let mut part = Part::Page;
    for line in text.lines() {
        // Fluent comments are whole lines starting with `#` (at the start of the line only:
        // a `#` inside a message's text is text).
        if line.starts_with('#') {
            continue;
        }
        // An entry starts at the line's start with its key; its other lines (indented
        // variants, a closing brace, the blank line after it) follow the entry they belong to.
        if let Some((key, _)) = line.split_once(" =")
            && !key.is_empty()
            && !key.starts_with([' ', '}', '[', '*'])
        {
            part = part_of(key);
        }
        let kept = match part {
            Part::Page => &mut page,
            Part::Export => &mut export,
            Part::Classroom => &mut classroom,
            Part::Tour => &mut tour,
        };
        kept.push_str(line);
        kept.push('\n');
    }
    for (name, body) in [
        ("page", &page),
        ("export", &export),
        ("classroom", &classroom),
        ("tour", &tour),
    ] {
        assert!(
            body.lines().any(|line| line.contains(" =")),
            "static/lang/en.ftl gave no entry for the {name} part: check the key prefixes in build.rs"
        );
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    fs::write(out.join("en.ftl"), page).expect("OUT_DIR is writable");
    fs::write(out.join("en-export.ftl"), export).expect("OUT_DIR is writable");
    fs::write(out.join("en-classroom.ftl"), classroom).expect("OUT_DIR is writable");
    fs::write(out.join("en-tour.ftl"), tour).expect("OUT_DIR is writable");
}
