//! The core stays pure and its modules form layers: no module reaches, through others, back to
//! itself, and nothing in it knows of a browser or a UI framework. The compiler keeps the crates'
//! direction (the core cannot name the site or the build step); this keeps the modules' own, in
//! the core and in the site (`src/`: app → components → context, web).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Top-level module of each source file below `root`, with the top-level modules it names as
/// `crate::…`.
fn module_graph(root: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    sources(root, &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(root).expect("under src");
        let first = rel.components().next().expect("a name");
        let module = first
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if module == "lib" || module == "main" {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("readable");
        let deps = graph.entry(module.clone()).or_default();
        for (i, _) in text.match_indices("crate::") {
            let name: String = text[i + "crate::".len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() && name != module {
                deps.insert(name);
            }
        }
    }
    graph
}

/// A cycle through `graph`, as the modules on it, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|n| n == node) {
            let mut cycle = path[start..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_core_modules_never_reach_back_to_themselves() {
    let graph = module_graph(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    assert!(graph.contains_key("model") && graph.contains_key("i18n"));
    if let Some(cycle) = find_cycle(&graph) {
        panic!("module cycle in crates/core: {}", cycle.join(" → "));
    }
}

#[test]
fn the_site_modules_never_reach_back_to_themselves() {
    let graph = module_graph(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src"));
    assert!(graph.contains_key("components") && graph.contains_key("web"));
    if let Some(cycle) = find_cycle(&graph) {
        panic!("module cycle in the site (src/): {}", cycle.join(" → "));
    }
    // The shell serves the components, never the other way round.
    for name in ["app", "components"] {
        assert!(!graph["web"].contains(name), "src/web uses crate::{name}");
    }
}

#[test]
fn the_cycle_check_finds_a_cycle() {
    let mut graph = BTreeMap::new();
    graph.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    graph.insert("b".to_string(), BTreeSet::from(["c".to_string()]));
    graph.insert("c".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(find_cycle(&graph).unwrap(), ["a", "b", "c", "a"]);
    graph.get_mut("c").unwrap().clear();
    assert_eq!(find_cycle(&graph), None);
}

#[test]
fn the_core_knows_no_browser_and_no_ui_framework() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        for word in [
            "cfg(target_arch",
            "leptos",
            "web_sys",
            "wasm_bindgen",
            "js_sys",
        ] {
            let code = text.lines().filter(|l| !l.trim_start().starts_with("//"));
            assert!(
                !code.clone().any(|l| l.contains(word)),
                "{} uses {word}",
                file.display()
            );
        }
    }
}
