//! ARCHITECTURE.md stays a true map: every path it names exists, and every folder of `src/`,
//! every script of `.ci/` and every page of `docs/` is on it.
//!
//! The map is read as a person reads it: a path is anything in backticks that starts at one of
//! the project's top-level folders (`src/`, `tests/`, `static/`, `.ci/`, `docs/`, `examples/`)
//! or is one of its top-level files. A path with a `*` names the files it matches (at least
//! one must exist); a path in braces, `src/a/{b,c}.rs`, names each of them.

use std::{
    collections::BTreeSet,
    fs,
    path::{Path, PathBuf},
};

/// The folders a path on the map may start with.
const ROOTS: [&str; 6] = ["src/", "tests/", "static/", ".ci/", "docs/", "examples/"];

/// The top-level files the map may name.
const TOP_FILES: [&str; 8] = [
    "Cargo.toml",
    "Trunk.toml",
    "build.rs",
    "index.html",
    "classroom.html",
    "save.html",
    "README.md",
    "ARCHITECTURE.md",
];

/// Every backticked path of `text`, with brace lists expanded.
fn named_paths(text: &str) -> BTreeSet<String> {
    let mut paths = BTreeSet::new();
    for (index, part) in text.split('`').enumerate() {
        // The odd parts are the ones between backticks.
        if index % 2 == 0 {
            continue;
        }
        let word = part.trim();
        if word.contains(' ') {
            continue;
        }
        if !ROOTS.iter().any(|r| word.starts_with(r)) && !TOP_FILES.contains(&word) {
            continue;
        }
        paths.extend(expand_braces(word));
    }
    paths
}

/// `a/{b,c}.rs` as `a/b.rs` and `a/c.rs`; a path without braces as itself.
fn expand_braces(word: &str) -> Vec<String> {
    let (Some(open), Some(close)) = (word.find('{'), word.find('}')) else {
        return vec![word.to_string()];
    };
    if close < open {
        return vec![word.to_string()];
    }
    let (head, tail) = (&word[..open], &word[close + 1..]);
    word[open + 1..close]
        .split(',')
        .flat_map(|choice| expand_braces(&format!("{head}{choice}{tail}")))
        .collect()
}

/// Whether `path` (relative to `root`) names something that exists: a file, a folder, or with
/// a `*` in its last part at least one file of its folder that matches.
fn exists(root: &Path, path: &str) -> bool {
    let Some(star) = path.find('*') else {
        return root.join(path.trim_end_matches('/')).exists();
    };
    let folder_end = path[..star].rfind('/').map_or(0, |i| i + 1);
    let (folder, pattern) = (&path[..folder_end], &path[folder_end..]);
    let (before, after) = pattern.split_once('*').unwrap_or((pattern, ""));
    let Ok(entries) = fs::read_dir(root.join(folder)) else {
        return false;
    };
    entries.flatten().any(|entry| {
        let name = entry.file_name().to_string_lossy().into_owned();
        name.len() >= before.len() + after.len()
            && name.starts_with(before)
            && name.ends_with(after)
    })
}

/// The folders under `dir` (itself included), as `src/a/b/` paths relative to `root`.
fn folders(root: &Path, dir: &Path, found: &mut Vec<String>) {
    let relative = dir.strip_prefix(root).expect("under the root");
    found.push(format!("{}/", relative.to_string_lossy()));
    let mut children: Vec<PathBuf> = fs::read_dir(dir)
        .expect("a readable folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    children.sort();
    for child in children {
        folders(root, &child, found);
    }
}

/// The files directly in `dir`, as paths relative to `root`.
fn files(root: &Path, dir: &str) -> Vec<String> {
    let mut found: Vec<String> = fs::read_dir(root.join(dir))
        .expect("a readable folder")
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| format!("{dir}{}", e.file_name().to_string_lossy()))
        .collect();
    found.sort();
    found
}

/// What is wrong with `map` as the map of the tree at `root`: the paths it names that do not
/// exist, and the folders, scripts and pages it leaves out.
fn problems(root: &Path, map: &str) -> Vec<String> {
    let named = named_paths(map);
    let mut problems: Vec<String> = named
        .iter()
        .filter(|path| !exists(root, path))
        .map(|path| format!("ARCHITECTURE.md names `{path}`, which does not exist"))
        .collect();
    let mut wanted = Vec::new();
    folders(root, &root.join("src"), &mut wanted);
    wanted.extend(files(root, ".ci/"));
    wanted.extend(files(root, "docs/"));
    for path in wanted {
        let on_map =
            named.contains(&path) || named.iter().any(|n| n.contains('*') && exists_as(n, &path));
        if !on_map {
            problems.push(format!("`{path}` is not on ARCHITECTURE.md's map"));
        }
    }
    problems
}

/// Whether the pattern `pattern` (one `*`) matches the path `path`.
fn exists_as(pattern: &str, path: &str) -> bool {
    let (before, after) = pattern.split_once('*').unwrap_or((pattern, ""));
    path.len() >= before.len() + after.len()
        && path.starts_with(before)
        && path.ends_with(after)
        && !path[before.len()..path.len() - after.len()].contains('/')
}

#[test]
fn the_map_names_only_what_exists_and_leaves_no_folder_out() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let map =
        fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md is readable");
    let problems = problems(root, &map);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_wrong_map_fails() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let map =
        fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md is readable");
    // A path that is not there.
    let with_ghost = format!("{map}\n| `src/model/ghost/` | nothing |\n");
    assert!(
        problems(root, &with_ghost)
            .iter()
            .any(|p| p.contains("src/model/ghost/"))
    );
    // A folder of src/ taken off the map: every mention of `src/model/sim/` removed.
    let without_sim = map.replace("`src/model/sim/`", "sim");
    assert!(
        problems(root, &without_sim)
            .iter()
            .any(|p| p.contains("`src/model/sim/` is not on"))
    );
}

#[test]
fn braces_and_stars_name_each_file() {
    assert_eq!(
        expand_braces("src/a/{b,c}.rs"),
        vec!["src/a/b.rs".to_string(), "src/a/c.rs".to_string()]
    );
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(exists(root, "static/lang/*.ftl"));
    assert!(!exists(root, "static/lang/*.nothing"));
    assert!(exists_as(".ci/classroom*", ".ci/classroom-release"));
    assert!(!exists_as("tests/*.rs", "tests/e2e/x.rs"));
}
