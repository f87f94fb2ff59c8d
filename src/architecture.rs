//! The module graph, checked: no cycle between top-level modules, and the
//! library never reaches into the binary's side (the command line, the
//! commands, the answering session, the help).
//!
//! Edges are read from the sources: every `crate::name` path and every name
//! in a `crate::{…}` group, outside comments and outside a file's unit-test
//! module ([`non_test_code`]). A module's own files (`report/*.rs`) are one
//! node.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Modules that only the binary's side may use.
const BINARY_SIDE: &[&str] = &["cli", "commands", "assess", "help"];

/// The part of a source file before its unit tests: everything up to a
/// `#[cfg(test)]` line followed by `mod tests`. A `#[cfg(test)]` on any other
/// item (a test-only function or module declaration) is read like the rest.
pub(crate) fn non_test_code(text: &str) -> &str {
    let mut offset = 0;
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        if line.trim() == "#[cfg(test)]"
            && lines
                .peek()
                .is_some_and(|next| next.trim_start().starts_with("mod tests"))
        {
            return &text[..offset];
        }
        offset += line.len();
    }
    text
}

/// `module → modules it uses`, from the sources under `src/`.
fn graph(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).expect("read src/") {
                stack.push(entry.expect("entry").path());
            }
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let rel = path.strip_prefix(src).expect("under src/");
        let top = rel
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .expect("a name")
            .trim_end_matches(".rs")
            .to_string();
        if top == "main" || top == "lib" || top == "architecture" || rel.ends_with("tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("read source");
        let code = non_test_code(&text);
        let entry = edges.entry(top.clone()).or_default();
        for line in code.lines() {
            let line = line.split("//").next().unwrap_or("");
            for used in used_modules(line) {
                if used != top {
                    entry.insert(used);
                }
            }
        }
    }
    edges
}

/// The top-level modules a line names through `crate::`.
fn used_modules(line: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let mut found = Vec::new();
    for (i, _) in line.match_indices("crate::") {
        let rest = &line[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = group.split('}').next().unwrap_or("");
            for part in group.split(',') {
                let name = ident(part.trim());
                if !name.is_empty() && name != "self" {
                    found.push(name);
                }
            }
        } else {
            let name = ident(rest);
            if !name.is_empty() {
                found.push(name);
            }
        }
    }
    found
}

/// The strongly connected components of more than one module (Tarjan).
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        let next: Vec<&'a str> = s
            .edges
            .get(v)
            .map(|set| set.iter().map(String::as_str).collect())
            .unwrap_or_default();
        for w in next {
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(lw);
            } else if s.on_stack.contains(w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                component.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.found.push(component);
            }
        }
    }
    let mut state = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in edges.keys() {
        if !state.index.contains_key(v.as_str()) {
            visit(&mut state, v);
        }
    }
    state.found
}

fn src() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn no_cycle_between_modules() {
    let edges = graph(&src());
    assert!(edges.len() > 15, "only {} modules found", edges.len());
    // The graph is read, not assumed: known edges are there.
    assert!(edges["scoring"].contains("model"));
    assert!(edges["commands"].contains("assess"));
    let found = cycles(&edges);
    assert!(found.is_empty(), "module cycles: {found:?}");
}

#[test]
fn the_library_never_uses_the_binary_side() {
    let edges = graph(&src());
    let mut offences = Vec::new();
    for (module, used) in &edges {
        if BINARY_SIDE.contains(&module.as_str()) {
            continue;
        }
        for u in used {
            if BINARY_SIDE.contains(&u.as_str()) {
                offences.push(format!("{module} → {u}"));
            }
        }
    }
    assert!(offences.is_empty(), "{}", offences.join("\n"));
    // The session knows nothing of the command line or the commands.
    let assess = &edges["assess"];
    assert!(!assess.contains("cli") && !assess.contains("commands"));
}

#[test]
fn the_cycle_finder_finds_cycles() {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut add = |a: &str, b: &str| {
        edges.entry(a.into()).or_default().insert(b.into());
    };
    add("model", "scoring");
    add("scoring", "model");
    add("report", "model");
    add("a", "b");
    add("b", "c");
    add("c", "a");
    let found = cycles(&edges);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.contains(&vec!["model".to_string(), "scoring".to_string()]));
    assert!(found.contains(&vec!["a".into(), "b".into(), "c".into()]));
    assert_eq!(
        used_modules("use crate::{load, model::Date}; crate::i18n::t(x)"),
        ["load", "model", "i18n"]
    );
}

#[test]
fn only_the_unit_test_module_is_left_out() {
    let text = "use crate::a;\n#[cfg(test)]\npub mod scripted;\nuse crate::b;\n#[cfg(test)]\nmod tests {\n    use crate::c;\n}\n";
    let code = non_test_code(text);
    assert!(
        code.contains("crate::b") && !code.contains("crate::c"),
        "{code}"
    );
    assert_eq!(non_test_code("fn f() {}\n"), "fn f() {}\n");
    // assess/mod.rs declares its test-only prompter before its imports:
    // they are still read.
    let graph = graph(&src());
    assert!(graph["assess"].contains("answers_file") && graph["assess"].contains("atomic"));
}
