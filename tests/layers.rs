//! The model is built in layers, and each layer may name only the layers below it:
//!
//! ```text
//! base ← sim ← lesson ← lab ← {history, link, classroom}      scaling ← base only
//! ```
//!
//! `text` (the catalogues) and `export` (the files a person takes away) read the model's
//! vocabulary and its views, never the live lab. The rule is read from the source files
//! (every folder, every `crate::model::…` path, every `super::` chain resolved to where it
//! points, and the façade's flat names resolved to the layer that defines them), so a
//! wrong arrow fails here with the file and the path that drew it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers of `src/model/`, each with the layers it may name.
const LAYERS: [(&str, &[&str]); 8] = [
    ("base", &[]),
    ("sim", &["base"]),
    ("scaling", &["base"]),
    ("lesson", &["base", "sim", "scaling"]),
    ("lab", &["base", "sim", "scaling", "lesson"]),
    ("history", &["base", "sim", "scaling", "lesson", "lab"]),
    ("link", &["base", "sim", "scaling", "lesson", "lab"]),
    ("classroom", &["base", "sim", "scaling", "lesson", "lab"]),
];

/// What the other library folders may name of the model: `text` only its vocabulary,
/// `export` its vocabulary and the views (a module path under a layer, as `sim::view`):
/// never a live simulation, lab or history. `history` is named for its `Sample`, the
/// timeline's points.
const READERS: [(&str, &[&str]); 2] = [
    ("text", &["base"]),
    (
        "export",
        &[
            "base",
            "sim::view",
            "sim::layout",
            "sim::log_view",
            "scaling::chart",
            "lab::snapshot",
            "history",
        ],
    ),
];

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a readable source folder") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The module path of a file under `src/` (`src/model/sim/engine/mod.rs` →
/// `["model", "sim", "engine"]`).
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).expect("a file under src/");
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

/// The code of a file without its tests: a module's own tests may use whatever they like.
fn code(text: &str) -> &str {
    text.split("#[cfg(test)]").next().unwrap_or("")
}

/// Every path a file names that starts at the crate's model, as the model-relative
/// segments (`crate::model::sim::view::NodeView` → `["sim", "view", "NodeView"]`),
/// with `super::` chains resolved against the file's own module.
fn model_paths(module: &[String], code: &str) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    let bytes = code.as_bytes();
    let word_at = |at: usize| -> String {
        code[at..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let mut at = 0;
    while at < code.len() {
        let starts_word = at == 0
            || !(bytes[at - 1].is_ascii_alphanumeric()
                || bytes[at - 1] == b'_'
                || bytes[at - 1] == b':');
        if !code.is_char_boundary(at) {
            at += 1;
            continue;
        }
        let rest = &code[at..];
        let (mut base, mut cursor) = if starts_word && rest.starts_with("crate::") {
            (Vec::new(), at + "crate::".len())
        } else if starts_word && rest.starts_with("super::") {
            // `super` from a file's module is its parent; each further `super` goes up one.
            let mut base = module.to_vec();
            let mut cursor = at;
            while code[cursor..].starts_with("super::") {
                base.pop();
                cursor += "super::".len();
            }
            (base, cursor)
        } else {
            at += 1;
            continue;
        };
        loop {
            let word = word_at(cursor);
            if word.is_empty() {
                break;
            }
            base.push(word.clone());
            cursor += word.len();
            if code[cursor..].starts_with("::") {
                cursor += 2;
            } else {
                break;
            }
        }
        // A group (`crate::model::sim::{view::NodeView, rate::Rate}`) names each member.
        let mut named: Vec<Vec<String>> = Vec::new();
        if code[cursor..].starts_with('{') {
            let end = code[cursor..].find('}').map_or(code.len(), |e| cursor + e);
            for member in code[cursor + 1..end].split(',') {
                let mut path = base.clone();
                path.extend(
                    member
                        .split("::")
                        .map(|s| s.split_whitespace().next().unwrap_or("").to_string())
                        .filter(|s| !s.is_empty() && s != "{"),
                );
                named.push(path);
            }
            cursor = end;
        } else {
            named.push(base);
        }
        for path in named {
            if path.first().is_some_and(|p| p == "model") {
                paths.push(path[1..].to_vec());
            }
        }
        at = cursor.max(at + 1);
    }
    paths
}

/// The façade's flat names (`crate::model::Lab`), each with the layer module it comes from
/// (`["lab"]`, or `["sim", "view"]` for a view), read from its `pub use` lines.
fn facade(model_mod: &str) -> BTreeMap<String, Vec<String>> {
    let mut names = BTreeMap::new();
    for statement in model_mod.split("pub use ").skip(1) {
        let statement = statement.split(';').next().unwrap_or("");
        let (path, members) = match statement.split_once("::{") {
            Some((path, members)) => (path, members.trim_end_matches('}').to_string()),
            None => match statement.rsplit_once("::") {
                Some((path, member)) => (path, member.to_string()),
                None => continue,
            },
        };
        let path: Vec<String> = path.split("::").map(|s| s.trim().to_string()).collect();
        for member in members.split(',') {
            let member = member.trim();
            let name = member.rsplit(" as ").next().unwrap_or(member).trim();
            if !name.is_empty() {
                names.insert(name.to_string(), path.clone());
            }
        }
    }
    names
}

/// The layer module a model-relative path names, resolving the façade's flat names.
fn target(path: &[String], flat: &BTreeMap<String, Vec<String>>) -> Option<Vec<String>> {
    let first = path.first()?;
    if LAYERS.iter().any(|(layer, _)| layer == first) {
        return Some(path.to_vec());
    }
    flat.get(first).cloned()
}

/// Every import that breaks the layer order, as "file names path" lines, for the given
/// sources (file under `src/` → its text).
fn violations(sources: &BTreeMap<PathBuf, String>, src: &Path) -> Vec<String> {
    let flat = sources
        .get(&src.join("model/mod.rs"))
        .map(|text| facade(text))
        .unwrap_or_default();
    let mut found = Vec::new();
    for (file, text) in sources {
        let module = module_of(src, file);
        let (allowed, own): (Vec<String>, Option<&str>) = match module.as_slice() {
            [model, layer, ..] if model == "model" => {
                match LAYERS.iter().find(|(name, _)| name == layer) {
                    Some((name, below)) => {
                        (below.iter().map(|s| s.to_string()).collect(), Some(*name))
                    }
                    None => {
                        found.push(format!("{}: not in a layer folder", file.display()));
                        continue;
                    }
                }
            }
            [reader, ..] => match READERS.iter().find(|(name, _)| name == reader) {
                Some((_, may)) => (may.iter().map(|s| s.to_string()).collect(), None),
                None => continue,
            },
            [] => continue,
        };
        for path in model_paths(&module, code(text)) {
            let Some(first) = path.first() else { continue };
            let to = match own {
                // The façade is above every layer: the model's own files name layers.
                Some(_) if !LAYERS.iter().any(|(layer, _)| layer == first) => {
                    found.push(format!(
                        "{}: names crate::model::{} through the façade, not its layer",
                        file.display(),
                        path.join("::")
                    ));
                    continue;
                }
                Some(_) => path.clone(),
                None => match target(&path, &flat) {
                    Some(to) => to,
                    None => continue,
                },
            };
            if own == Some(to[0].as_str()) {
                continue;
            }
            let joined = to.join("::");
            let ok = allowed
                .iter()
                .any(|a| joined == *a || joined.starts_with(&format!("{a}::")));
            if !ok {
                found.push(format!(
                    "{}: names model::{} (allowed: {})",
                    file.display(),
                    path.join("::"),
                    allowed.join(", ")
                ));
            }
        }
    }
    found
}

/// The library's sources outside `ui` (the browser side may use any layer).
fn library() -> (PathBuf, BTreeMap<PathBuf, String>) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let sources = ["model", "text", "export"]
        .iter()
        .flat_map(|dir| rust_files(&src.join(dir)))
        .map(|file| {
            let text = std::fs::read_to_string(&file).expect("a readable source file");
            (file, text)
        })
        .collect();
    (src, sources)
}

#[test]
fn every_layer_names_only_the_layers_below_it() {
    let (src, sources) = library();
    let layers: BTreeSet<String> = sources
        .keys()
        .filter_map(|f| match module_of(&src, f).as_slice() {
            [model, layer, ..] if model == "model" => Some(layer.clone()),
            _ => None,
        })
        .collect();
    let expected: BTreeSet<String> = LAYERS.iter().map(|(l, _)| l.to_string()).collect();
    assert_eq!(layers, expected, "src/model/ has exactly the layer folders");
    let found = violations(&sources, &src);
    assert!(
        found.is_empty(),
        "imports against the layer order:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_reader_sees_the_model_s_own_imports() {
    let (src, sources) = library();
    let lab = &sources[&src.join("model/lab/mod.rs")];
    let paths = model_paths(&module_of(&src, &src.join("model/lab/mod.rs")), code(lab));
    assert!(
        paths.iter().any(|p| p.starts_with(&["sim".to_string()])),
        "the lab's imports of the simulation are read: {paths:?}"
    );
}

/// The rule can fail: an engine that names the lab, a view that reaches up with
/// `super::super`, a catalogue that reads the live lab through the façade.
#[test]
fn a_wrong_arrow_fails() {
    let src = PathBuf::from("/src");
    let sources: BTreeMap<PathBuf, String> = [
        (
            "model/mod.rs",
            "pub mod sim;\npub use lab::{Command, Lab};\n",
        ),
        (
            "model/sim/engine/mod.rs",
            "use crate::model::lab::scenario::Scenario;\n",
        ),
        ("model/sim/view.rs", "use super::super::history::History;\n"),
        (
            "model/sim/rate.rs",
            "use crate::model::{base::role::Role, lab::Lab};\n",
        ),
        ("model/lesson/tour.rs", "use crate::model::Lab;\n"),
        (
            "model/lab/mod.rs",
            "use crate::model::sim::view::DiagramSnapshot;\n",
        ),
        ("text/mod.rs", "use crate::model::Lab;\n"),
        ("export/csv.rs", "use crate::model::sim::view::NodeView;\n"),
        ("model/stray.rs", "\n"),
    ]
    .into_iter()
    .map(|(f, t)| (src.join(f), t.to_string()))
    .collect();
    let found = violations(&sources, &src);
    let hit = |file: &str, what: &str| {
        found
            .iter()
            .any(|line| line.starts_with(&format!("/src/{file}:")) && line.contains(what))
    };
    assert!(
        hit("model/sim/engine/mod.rs", "lab::scenario"),
        "{found:#?}"
    );
    assert!(hit("model/sim/view.rs", "history::History"), "{found:#?}");
    assert!(hit("model/sim/rate.rs", "lab::Lab"), "{found:#?}");
    assert!(
        hit("model/lesson/tour.rs", "through the façade"),
        "{found:#?}"
    );
    assert!(hit("text/mod.rs", "Lab"), "{found:#?}");
    assert!(hit("model/stray.rs", "not in a layer folder"), "{found:#?}");
    assert!(
        !hit("model/lab/mod.rs", ""),
        "a downward arrow is fine: {found:#?}"
    );
    assert!(
        !hit("export/csv.rs", ""),
        "export may read the views: {found:#?}"
    );
    assert!(!hit("model/sim/rate.rs", "base::role"), "{found:#?}");
}
