//! The model's modules form layers: no module reaches, through its `super::` imports,
//! back to itself. Read from the source files, so a new cycle fails here with its path
//! instead of silently tangling the model.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each model module and the other model modules it names through `super::name`.
fn edges() -> BTreeMap<String, BTreeSet<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let sources: BTreeMap<String, String> = std::fs::read_dir(&dir)
        .expect("src/model is readable")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .filter_map(|path| {
            let name = path.file_stem()?.to_str()?.to_string();
            let text = std::fs::read_to_string(&path).ok()?;
            Some((name, text))
        })
        .filter(|(name, _)| name != "mod")
        .collect();
    let modules: BTreeSet<&str> = sources.keys().map(String::as_str).collect();
    sources
        .iter()
        .map(|(name, text)| {
            // A module's own tests may use whatever they like.
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            let used = code
                .match_indices("super::")
                .filter_map(|(at, _)| {
                    let rest = &code[at + "super::".len()..];
                    let word: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    (modules.contains(word.as_str()) && word != *name).then_some(word)
                })
                .collect();
            (name.clone(), used)
        })
        .collect()
}

/// A cycle of imports, if there is one, as the list of modules around it.
fn find_cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Visiting,
        Done,
    }
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        marks: &mut BTreeMap<String, Mark>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match marks.get(node) {
            Some(Mark::Done) => return None,
            Some(Mark::Visiting) => {
                let start = path.iter().position(|n| n == node).unwrap_or(0);
                let mut cycle = path[start..].to_vec();
                cycle.push(node.to_string());
                return Some(cycle);
            }
            None => {}
        }
        marks.insert(node.to_string(), Mark::Visiting);
        path.push(node.to_string());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, edges, marks, path) {
                return Some(cycle);
            }
        }
        path.pop();
        marks.insert(node.to_string(), Mark::Done);
        None
    }
    let mut marks = BTreeMap::new();
    edges
        .keys()
        .find_map(|node| visit(node, edges, &mut marks, &mut Vec::new()))
}

#[test]
fn the_model_modules_import_each_other_without_cycles() {
    let edges = edges();
    assert!(edges.len() >= 15, "read the model's modules: {edges:?}");
    assert!(
        edges["lab"].contains("engine"),
        "the reader sees imports: {:?}",
        edges["lab"]
    );
    if let Some(cycle) = find_cycle(&edges) {
        panic!("import cycle in src/model: {}", cycle.join(" → "));
    }
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let edges: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec![]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
    .collect();
    assert_eq!(
        find_cycle(&edges),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
}
