//! Every route, rendered natively through the build's own path (`ox_publish::prerender`), as the
//! server sends it: each names itself in its `<h1>`, leaves no text half filled in, and has markup
//! a browser and a screen reader can use. In German, as the build ships it, and in English.

mod common;

use common::*;
use ox_core::charts::{build, ChartId, Theme};
use ox_core::i18n::{placeholders, ChartText, Lang, PageText, UiText};
use ox_core::route::{PageId, Route};
use ox_publish::prerender::default_input;
use std::collections::HashSet;

/// The short name of a text page, which its `<title>` and the links to it carry.
fn page_name(page: PageId) -> UiText {
    match page {
        PageId::About => UiText::PageAbout,
        PageId::Accessibility => UiText::PageAccessibility,
        PageId::EasyLanguage => UiText::PageEasyLanguage,
        PageId::Privacy => UiText::PagePrivacy,
        PageId::Imprint => UiText::PageImprint,
    }
}

fn page_title(page: PageId) -> PageText {
    match page {
        PageId::About => PageText::AboutTitle,
        PageId::Accessibility => PageText::A11yTitle,
        PageId::EasyLanguage => PageText::EasyTitle,
        PageId::Privacy => PageText::PrivacyTitle,
        PageId::Imprint => PageText::ImprintTitle,
    }
}

/// The `<h1>` the page of `route` must have in `lang`.
fn expected_h1(route: Route, lang: Lang) -> String {
    match route {
        Route::Dashboard => UiText::SiteTitle.get(lang).to_string(),
        Route::Embed(None) => unreachable!("no page of the site"),
        Route::Embed(Some(chart)) => {
            let dataset = dataset();
            build(chart, &default_input(&dataset, lang, Theme::Light)).title
        }
        Route::Page(page) => page_title(page).get(lang).to_string(),
    }
}

#[test]
fn every_route_renders_with_its_own_heading() {
    let routes = ox_publish::routes(&common::dataset());
    assert_eq!(routes.len(), 1 + ChartId::ALL.len() + PageId::ALL.len());
    for lang in [Lang::De, Lang::En] {
        for (route, html) in pages(lang) {
            let doc = parse(html);
            assert_eq!(h1(&doc), expected_h1(*route, lang), "{route:?} in {lang:?}");
            one(&doc, "main#main");
            if let Route::Page(page) = route {
                one(&doc, &format!("h1[data-testid=page-{}]", page.slug()));
                // The `<title>` names the page by its short name in the page's language, so the
                // heading must begin with it (WCAG 2.4.2).
                let name = page_name(*page).get(lang);
                assert!(
                    h1(&doc).starts_with(name),
                    "{route:?} {lang:?}: «{}»",
                    h1(&doc)
                );
            }
        }
    }
}

#[test]
fn no_page_leaves_a_placeholder_unfilled() {
    let ui = UiText::ALL.iter().map(|t| t.pair());
    let charts = ChartText::ALL.iter().map(|t| t.pair());
    let texts = PageText::ALL.iter().map(|t| t.pair());
    let names: HashSet<&str> = ui
        .chain(charts)
        .chain(texts)
        .flat_map(|(de, en)| placeholders(de).into_iter().chain(placeholders(en)))
        .collect();
    // Those every page shows at least once, so an empty list cannot make this test pass.
    for name in ["n", "all", "number", "date"] {
        assert!(names.contains(name), "{name}");
    }
    for lang in [Lang::De, Lang::En] {
        for (route, html) in pages(lang) {
            for name in &names {
                let left = format!("{{{name}}}");
                assert!(
                    !html.contains(&left),
                    "{route:?} in {lang:?} shows {left}: …{}…",
                    around(html, &left)
                );
            }
        }
    }
}

/// Some of `html` around `needle`, for the failure message.
fn around<'a>(html: &'a str, needle: &str) -> &'a str {
    let at = html.find(needle).unwrap_or(0);
    let boundary = |i: usize| {
        (0..=i)
            .rev()
            .find(|&j| html.is_char_boundary(j))
            .unwrap_or(0)
    };
    let start = boundary(at.saturating_sub(120));
    let end = boundary((at + needle.len() + 120).min(html.len()));
    &html[start..end]
}

#[test]
fn every_page_parses_without_errors() {
    for lang in [Lang::De, Lang::En] {
        for (route, html) in pages(lang) {
            let doc = parse(html);
            assert!(
                doc.errors.is_empty(),
                "{route:?} in {lang:?}: {:?}",
                doc.errors
            );
        }
    }
}

#[test]
fn ids_are_unique_in_every_page() {
    for lang in [Lang::De, Lang::En] {
        for (route, html) in pages(lang) {
            let doc = parse(html);
            let mut seen = HashSet::new();
            let ids = all(&doc, "[id]");
            assert!(!ids.is_empty(), "{route:?}: no ids");
            for el in ids {
                let id = el.value().attr("id").unwrap_or_default();
                assert!(!id.is_empty(), "{route:?}: an empty id");
                assert!(seen.insert(id), "{route:?} in {lang:?}: id «{id}» twice");
            }
        }
    }
}

#[test]
fn every_image_has_an_alt_and_every_button_a_name() {
    let mut images = 0;
    for lang in [Lang::De, Lang::En] {
        for (route, html) in pages(lang) {
            let doc = parse(html);
            for img in all(&doc, "img") {
                images += 1;
                // An empty alt is right for a drawing whose chart is described by its container.
                assert!(
                    img.value().attr("alt").is_some(),
                    "{route:?}: {}",
                    img.html()
                );
            }
            for button in all(&doc, "button") {
                let label = button.value().attr("aria-label").unwrap_or_default();
                assert!(
                    !text(button).is_empty() || !label.trim().is_empty(),
                    "{route:?} in {lang:?}: a button without a name: {}",
                    button.html()
                );
            }
        }
    }
    // The charts but the first come as images on the dashboard.
    assert!(images >= ChartId::ALL.len() - 1, "{images} images");
}

#[test]
fn english_pages_carry_english_texts() {
    for (route, html) in pages(Lang::En) {
        let doc = parse(html);
        let german = pages(Lang::De)
            .iter()
            .find(|(r, _)| r == route)
            .map(|(_, h)| parse(h))
            .unwrap();
        assert_ne!(h1(&doc), h1(&german), "{route:?}");
        // The footer's links keep the reader's language.
        let links = all(&doc, "a[data-testid^=footer-]");
        assert_eq!(links.len(), PageId::ALL.len(), "{route:?}");
        for (link, page) in links.into_iter().zip(PageId::ALL) {
            assert_eq!(text(link), page_name(page).get(Lang::En), "{route:?}");
            let href = link.value().attr("href").unwrap_or_default();
            let expected = format!(
                "{}{}",
                route.root(Lang::En),
                Route::Page(page).path(Lang::En)
            );
            assert_eq!(href, expected, "{route:?}");
        }
        // An embed links to the full site in its own language.
        if let Route::Embed(Some(chart)) = route {
            let full = one(&doc, "a[data-testid=embed-full-site]");
            let expected = format!("../../../en/?ansicht={}", chart.slug());
            assert_eq!(full.value().attr("href"), Some(expected.as_str()));
        }
        if !matches!(route, Route::Embed(_)) {
            assert_eq!(
                text(one(&doc, ".skip-link")),
                UiText::SkipLink.get(Lang::En)
            );
            assert_eq!(
                text(one(&doc, ".site-footer > p:not([data-testid])")),
                UiText::Footer.get(Lang::En)
            );
            // The switch offers the other language, in that language.
            // The switch offers the other language, in that language: a link to the same page
            // there (the German overview from the English one is `../`).
            let switch = one(&doc, "a[data-testid=lang-switch]");
            assert_eq!(switch.value().attr("lang"), Some("de"), "{route:?}");
            assert_eq!(switch.value().attr("hreflang"), Some("de"), "{route:?}");
            assert_eq!(text(switch), "Deutsch");
            let to_german = format!("{}{}", route.root(Lang::En), route.path(Lang::De));
            assert_eq!(
                switch.value().attr("href"),
                Some(to_german.as_str()),
                "{route:?}"
            );
            let switch = one(&german, "a[data-testid=lang-switch]");
            assert_eq!(switch.value().attr("lang"), Some("en"), "{route:?}");
            assert_eq!(text(switch), "English");
            let to_english = format!("{}{}", route.root(Lang::De), route.path(Lang::En));
            assert_eq!(
                switch.value().attr("href"),
                Some(to_english.as_str()),
                "{route:?}"
            );
        }
    }
}
