//! Every file the documentation names exists. README.md, ARCHITECTURE.md and bench/README.md point
//! readers at files by name; after a file moves or is renamed, a stale name sends them nowhere.
//!
//! What counts as a name: each whitespace-separated word of an inline code span (`…`) and the
//! target of each Markdown link (`[text](target)`, without its `#anchor`), when it contains a `/`
//! or ends in one of [`EXTENSIONS`]. Fenced code blocks are left out: they hold commands and
//! sample output, with paths that exist on a server, not in the repository.
//!
//! A name is not checked (see [`skip_reason`]) when it is
//! - a URL (`https://…`, `mailto:…`);
//! - absolute (`/ueber/`, `/data/dataset.json`, `/var/www/…`): an address on the served site or a
//!   path on a machine, never a file of the repository;
//! - a placeholder or a pattern (`<`, `>`, `*`, `…`, `{`): it stands for many files, such as
//!   `data/versions/<snapshot>/dataset.json` or `tests/*.rs`;
//! - not a file name at all: it holds a character no file name of the repository has (`=`, `?`,
//!   `:`, `|`, quotes, parentheses), as in `lang=en` or `theme=light|dark`;
//! - a media type (`application/wasm`, `text/html`, `image/svg+xml`).
//!
//! What the build, the set-up or the benchmark write (the built site, `target`, results) is not
//! in a fresh checkout, so a document names it in words, not as a path.
//!
//! A name is found when it exists from the repository root or from the folder of the document
//! that names it (Markdown resolves links from the document; bench/README.md names its own files
//! from `bench/`).

use std::path::{Path, PathBuf};

/// The documents whose names are checked, relative to the repository root.
const DOCS: [&str; 3] = ["README.md", "ARCHITECTURE.md", "bench/README.md"];

/// Endings that make a word without a `/` a file name (`index.html`, `README.md`).
const EXTENSIONS: &[&str] = &[
    "rs", "mjs", "js", "sh", "toml", "md", "css", "json", "html", "txt", "py",
];

/// Media types look like paths; these are their top-level types.
const MEDIA_TYPES: &[&str] = &["application/", "text/", "image/", "font/"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The text without its fenced code blocks.
fn without_fences(markdown: &str) -> String {
    let mut out = String::new();
    let mut fenced = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if !fenced {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Every word of every inline code span and every link target, in order.
fn candidates(markdown: &str) -> Vec<String> {
    let text = without_fences(markdown);
    let mut out = Vec::new();
    // Between the 1st and 2nd backtick, the 3rd and 4th, …: code.
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 1 {
            out.extend(part.split_whitespace().map(str::to_string));
        }
    }
    let mut rest = text.as_str();
    while let Some(at) = rest.find("](") {
        let tail = &rest[at + 2..];
        let end = tail.find(')').unwrap_or(tail.len());
        let target = tail[..end].split_whitespace().next().unwrap_or("");
        let target = target.split('#').next().unwrap_or("");
        if !target.is_empty() {
            out.push(target.to_string());
        }
        rest = &tail[end..];
    }
    out
}

fn looks_like_a_path(word: &str) -> bool {
    word.contains('/')
        || word
            .rsplit_once('.')
            .is_some_and(|(stem, ext)| !stem.is_empty() && EXTENSIONS.contains(&ext))
}

/// Why `word` is not checked, or `None` when it is a repository path to check.
fn skip_reason(word: &str) -> Option<&'static str> {
    if word.contains("://") || word.starts_with("http") || word.starts_with("mailto:") {
        return Some("URL");
    }
    if word.starts_with('/') {
        return Some("absolute: a site address or a machine's path");
    }
    if word.contains(['<', '>', '*', '…', '{', '}']) {
        return Some("placeholder or pattern");
    }
    if !word
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '/'))
    {
        return Some("not a file name");
    }
    if MEDIA_TYPES.iter().any(|t| word.starts_with(t)) {
        return Some("media type");
    }
    None
}

/// The repository paths `markdown` names that exist neither from `root` nor from `doc_dir`.
fn missing(markdown: &str, root: &Path, doc_dir: &Path) -> Vec<String> {
    checked_names(markdown)
        .into_iter()
        .filter(|name| !root.join(name).exists() && !doc_dir.join(name).exists())
        .collect()
}

/// The names of `markdown` that are checked, without a leading `./`.
fn checked_names(markdown: &str) -> Vec<String> {
    candidates(markdown)
        .into_iter()
        .map(|w| w.strip_prefix("./").map(str::to_string).unwrap_or(w))
        .filter(|w| looks_like_a_path(w) && skip_reason(w).is_none())
        .collect()
}

#[test]
fn every_file_the_docs_name_exists() {
    let root = root();
    let mut problems = Vec::new();
    let mut checked = 0;
    for doc in DOCS {
        let path = root.join(doc);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let dir = path.parent().expect("a document has a folder");
        checked += checked_names(&text).len();
        for name in missing(&text, &root, dir) {
            problems.push(format!("{doc} names `{name}`, which does not exist"));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    // An extractor that found nothing would pass the check above; the docs name far more.
    assert!(checked >= 40, "only {checked} file names found in the docs");
}

#[test]
fn a_name_that_does_not_exist_is_reported() {
    let root = root();
    let doc = "See `src/lib.rs` and `src/no_such_file.rs`, [the bench](bench/README.md#results), \
               [gone](docs/gone.md) and `scripts/serve.sh --port 1`.\n\
               ```sh\ncat not/in/a/fence.rs\n```\n";
    assert_eq!(
        missing(doc, &root, &root),
        ["src/no_such_file.rs", "docs/gone.md"]
    );
}

#[test]
fn urls_addresses_and_placeholders_are_not_checked_but_build_outputs_are() {
    for word in [
        "https://example.org/a.js",
        "/ueber/",
        "/var/www/ox-transparenz/",
        "data/versions/<snapshot>/dataset.json",
        "tests/*.rs",
        "sort=<column>",
        "theme=light|dark",
        "application/wasm",
    ] {
        assert!(
            skip_reason(word).is_some(),
            "`{word}` should not be checked"
        );
    }
    for word in [
        "src/app.rs",
        "crates/core/",
        ".ci/run",
        "index.html",
        "dist/index.html",
        "bench/results/latest.json",
    ] {
        assert!(looks_like_a_path(word), "`{word}` is a path");
        assert_eq!(skip_reason(word), None, "`{word}` is checked");
    }
    assert!(!looks_like_a_path("ox_share_published"));
    assert!(!looks_like_a_path("model::sort"));
}
