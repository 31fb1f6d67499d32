//! Every route gets its own HTML file, so a chart's embed view has a real address
//! (`embed/<chart>/index.html`) that any static server can serve.

use crate::charts::ChartId;
use crate::route::Route;

/// The embed pages: (path relative to the site root, HTML). The app reads its route from the path,
/// so each page is the site's `index.html` with its relative addresses moved to the new depth.
pub fn embed_pages(index_html: &str) -> Vec<(String, String)> {
    let html = rebase_relative(index_html, Route::Embed(None).root());
    ChartId::ALL
        .into_iter()
        .map(|id| (format!("{}index.html", Route::embed_path(id)), html.clone()))
        .collect()
}

/// Prefixes every relative `src="…"` and `href="…"` with `prefix`; absolute paths, other
/// schemes and fragments stay as they are.
pub fn rebase_relative(html: &str, prefix: &str) -> String {
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    loop {
        let next = [" src=\"", " href=\""]
            .iter()
            .filter_map(|attr| rest.find(attr).map(|i| (i, attr.len())))
            .min();
        let Some((at, len)) = next else {
            out.push_str(rest);
            return out;
        };
        let (head, tail) = rest.split_at(at + len);
        out.push_str(head);
        let is_relative = !(tail.starts_with('/')
            || tail.starts_with('#')
            || tail.starts_with('"')
            || tail
                .split(['"', '/'])
                .next()
                .is_some_and(|s| s.contains(':')));
        if is_relative {
            out.push_str(prefix);
        }
        rest = tail;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_addresses_move_down_two_folders() {
        let html = r##"<link rel="icon" href="favicon.svg"><script src="vendor/e.js"></script><script type="module" src="/start-1.js"></script><a href="#main">x</a><a href="https://x.org/a">y</a><a href="data/d.json">z</a>"##;
        assert_eq!(
            rebase_relative(html, "../../"),
            r##"<link rel="icon" href="../../favicon.svg"><script src="../../vendor/e.js"></script><script type="module" src="/start-1.js"></script><a href="#main">x</a><a href="https://x.org/a">y</a><a href="../../data/d.json">z</a>"##
        );
        let pages = embed_pages(html);
        assert_eq!(pages.len(), 5);
        assert_eq!(pages[0].0, "embed/anteil/index.html");
    }
}
