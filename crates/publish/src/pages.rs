//! Every route gets its own HTML file in each language, so each has a real address that any
//! static server can serve: the dashboard (`index.html`), each chart's embed view
//! (`embed/<chart>/index.html`) and the pages of text (`<page>/index.html`), in German at the
//! site root and in English below `en/`.

use ox_core::charts::ChartId;
use ox_core::files::{CSV_PATH, DATASET_PATH};
use ox_core::html;
use ox_core::i18n::{Lang, UiText};
use ox_core::model::Dataset;
use ox_core::route::{PageId, Route};

/// Every route of the site for `dataset`, dashboard first: the embed of what changed only where
/// the newest answer has an earlier one to compare with.
pub fn routes(dataset: &Dataset) -> Vec<Route> {
    let mut all = vec![Route::Dashboard];
    let charts = ChartId::of(dataset, dataset.latest());
    all.extend(charts.into_iter().map(|c| Route::Embed(Some(c))));
    all.extend(PageId::ALL.into_iter().map(Route::Page));
    all
}

/// The HTML file of a route in `lang`: its path relative to the site root, and `index.html` in
/// that language (`<html lang>`, which the app reads, the description and the note for readers
/// without JavaScript) with its relative addresses moved to the page's depth. The app reads its
/// route from the path.
pub fn page_file(route: Route, lang: Lang, index_html: &str, description: &str) -> SiteFile {
    let mut page = index_html.replacen(
        "<html lang=\"de\">",
        &format!("<html lang=\"{}\">", lang.code()),
        1,
    );
    if let Some(range) =
        crate::tags::find_tag(&page, "<meta", |tag| tag.contains("name=\"description\""))
    {
        let meta = format!(
            "<meta name=\"description\" content=\"{}\">",
            html::attr(description)
        );
        page.replace_range(range, &meta);
    }
    if let (Some(a), Some(b)) = (page.find("<noscript>"), page.find("</noscript>")) {
        page.replace_range(a..b + "</noscript>".len(), &noscript(lang));
    }
    SiteFile {
        path: format!("{}index.html", route.path(lang)),
        contents: rebase_relative(&page, route.root(lang)),
    }
}

/// What a reader without JavaScript is told, with the data files (from the site root).
fn noscript(lang: Lang) -> String {
    format!(
        "<noscript><p class=\"status\">{} <a href=\"{DATASET_PATH}\">dataset.json</a>, <a href=\"{CSV_PATH}\">{}</a></p></noscript>",
        html::text(UiText::NoScript.get(lang)),
        CSV_PATH.rsplit('/').next().unwrap_or(CSV_PATH),
    )
}

/// A file the build writes into the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFile {
    /// From the site's root, e.g. `datenschutz/index.html`.
    pub path: String,
    pub contents: String,
}

/// Prefixes every relative `src="…"` and `href="…"` with `prefix`; absolute paths, other
/// schemes and fragments stay as they are.
pub fn rebase_relative(html: &str, prefix: &str) -> String {
    if prefix.is_empty() {
        return html.to_string();
    }
    edit_url_attributes(html, |value| {
        let is_relative = !(value.starts_with('/')
            || value.starts_with('#')
            || value.starts_with('"')
            || value
                .split(['"', '/'])
                .next()
                .is_some_and(|s| s.contains(':')));
        (0, if is_relative { prefix } else { "" })
    })
}

/// `html` with the start of every `src="…"` and `href="…"` value edited: `edit` sees the value
/// (and what follows it) and says how many of its bytes to drop and what to put in their place.
pub(crate) fn edit_url_attributes<'a>(
    html: &str,
    edit: impl Fn(&str) -> (usize, &'a str),
) -> String {
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
        let (drop, insert) = edit(tail);
        out.push_str(insert);
        rest = &tail[drop..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_addresses_move_to_the_route_depth() {
        let html = r##"<link rel="icon" href="favicon.svg"><script src="vendor/e.js"></script><script type="module" src="/start-1.js"></script><a href="#main">x</a><a href="https://x.org/a">y</a><a href="data/d.json">z</a>"##;
        assert_eq!(
            rebase_relative(html, "../../"),
            r##"<link rel="icon" href="../../favicon.svg"><script src="../../vendor/e.js"></script><script type="module" src="/start-1.js"></script><a href="#main">x</a><a href="https://x.org/a">y</a><a href="../../data/d.json">z</a>"##
        );
        let page = page_file(Route::Page(PageId::Privacy), Lang::De, html, "");
        assert_eq!(page.path, "datenschutz/index.html");
        assert!(page.contents.contains(r#"href="../favicon.svg""#));
        assert_eq!(
            page_file(Route::Dashboard, Lang::De, html, ""),
            SiteFile {
                path: "index.html".into(),
                contents: html.into()
            }
        );
        let shipped = include_str!("../../../public/data/dataset.json");
        let dataset = ox_core::model::parse_dataset(shipped).expect("shipped");
        assert_eq!(routes(&dataset).len(), 11);
    }

    #[test]
    fn english_pages_lie_below_en_and_say_so() {
        let shell = r#"<html lang="de"><head><meta name="description" content="Alt"><link rel="icon" href="favicon.svg"></head><body><noscript><p>Alt</p></noscript></body></html>"#;
        let page = page_file(
            Route::Page(PageId::About),
            Lang::En,
            shell,
            "About \"this\" site",
        );
        assert_eq!(page.path, "en/ueber/index.html");
        let html = &page.contents;
        assert!(html.starts_with(r#"<html lang="en">"#), "{html}");
        assert!(
            html.contains(r#"<meta name="description" content="About &quot;this&quot; site">"#),
            "{html}"
        );
        assert!(html.contains(r#"href="../../favicon.svg""#), "{html}");
        assert!(
            html.contains(r#"<noscript><p class="status">Without JavaScript"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<a href="../../data/dataset.json">"#),
            "{html}"
        );
        assert!(!html.contains("Alt"), "{html}");
    }
}
