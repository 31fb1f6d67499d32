//! What the page tests share: the shipped dataset, every route rendered once per language through
//! the build's own path (`ox_publish::prerender`), and small readers of the parsed HTML.

// Each test file uses its own part of this module.
#![allow(dead_code)]

use ox_core::chart_drawings::{narrow_key, ChartDrawings};
use ox_core::charts::ChartId;
use ox_core::i18n::Lang;
use ox_core::model::{parse_dataset, Dataset};
use ox_core::page_weight::PageWeight;
use ox_core::route::Route;
use ox_core::view_state::ViewState;
use ox_publish::prerender;
use scraper::{ElementRef, Html, Selector};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

pub fn dataset() -> Arc<Dataset> {
    static DATASET: OnceLock<Arc<Dataset>> = OnceLock::new();
    DATASET
        .get_or_init(|| {
            let text = std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../public/data/dataset.json"
            ))
            .expect("public/data/dataset.json");
            Arc::new(parse_dataset(&text).expect("the shipped dataset parses"))
        })
        .clone()
}

/// Drawings as small as will do: the build's are made by ECharts in Node.js, which these tests do
/// without. With one for every chart, the page holds both kinds the build gives it, the chart
/// drawn into the HTML and the others as images.
pub fn drawings() -> ChartDrawings {
    let svg =
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 0H10"/></svg>"#;
    let (mut svgs, mut files) = (HashMap::new(), HashMap::new());
    for id in ChartId::ALL {
        for key in [id.slug().to_string(), narrow_key(id.slug())] {
            files.insert(key.clone(), format!("charts/{key}-0000000000000000.svg"));
            svgs.insert(key, svg.to_string());
        }
    }
    ChartDrawings {
        svgs: Arc::new(svgs),
        files: Arc::new(files),
        inline: None,
    }
}

/// The operator of the tests: the example of builds without settings.
pub fn operator() -> ox_core::operator::Operator {
    ox_core::operator::Operator::example("https://example.org/beschwerde/")
}

/// The page of `route` as the build renders it, in `lang`, with `weight` for the about page.
pub fn render(route: Route, lang: Lang, weight: Option<&PageWeight>) -> String {
    let site = prerender::Site {
        charts: drawings().for_route(route),
        operator: operator(),
    };
    let state = ViewState {
        lang,
        ..ViewState::default()
    };
    prerender::render_view(route, dataset(), &site, weight, state)
}

/// Every route of the site, rendered once in each language (rendering the dashboard takes a while,
/// and most tests look at every page).
pub fn pages(lang: Lang) -> &'static [(Route, String)] {
    static DE: OnceLock<Vec<(Route, String)>> = OnceLock::new();
    static EN: OnceLock<Vec<(Route, String)>> = OnceLock::new();
    let cell = match lang {
        Lang::De => &DE,
        Lang::En => &EN,
    };
    cell.get_or_init(|| {
        ox_publish::routes(&dataset())
            .into_iter()
            .map(|route| (route, render(route, lang, None)))
            .collect()
    })
}

/// The rendered page of `route` in `lang`.
pub fn page(route: Route, lang: Lang) -> &'static str {
    pages(lang)
        .iter()
        .find(|(r, _)| *r == route)
        .map(|(_, html)| html.as_str())
        .expect("every route is rendered")
}

/// A rendered page parsed as the browser parses it: in standards mode, as `index.html` (whose
/// `<body>` the build puts it in) declares, so the only parse errors are the page's own.
pub fn parse(html: &str) -> Html {
    Html::parse_document(&format!("<!DOCTYPE html>{html}"))
}

pub fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("selector {css}: {e}"))
}

/// The elements matching `css`.
pub fn all<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    doc.select(&sel(css)).collect()
}

/// The one element matching `css`.
pub fn one<'a>(doc: &'a Html, css: &str) -> ElementRef<'a> {
    let found = all(doc, css);
    assert_eq!(found.len(), 1, "{css}: {} elements", found.len());
    found[0]
}

/// An element's text as a reader sees it: white space collapsed, as the browser tests' `innerText`.
pub fn text(el: ElementRef) -> String {
    el.text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `s` with its white space collapsed like [`text`], to compare a filled-in text with the page.
pub fn collapsed(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The texts of the cells (`th` and `td`) of a table row.
pub fn cells(row: ElementRef) -> Vec<String> {
    row.select(&sel("th, td")).map(text).collect()
}

/// What the page calls itself in its `<h1>`.
pub fn h1(doc: &Html) -> String {
    text(one(doc, "h1"))
}
