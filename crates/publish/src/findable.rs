//! What search engines and link previews need: each page's versions in the other language and,
//! once the site's public address is known (`site.toml`, `canonical_url`), its canonical link,
//! `sitemap.xml` and `robots.txt`.

use ox_core::html;
use ox_core::i18n::Lang;
use ox_core::route::Route;

/// The public address of `route`'s page in `lang`.
pub fn page_url(canonical: &str, route: Route, lang: Lang) -> String {
    format!("{canonical}{}", route.path(lang))
}

/// `page` (the page of `route` in `lang`) with, at the end of its head, its canonical link and
/// the links to it in each language (`hreflang`, German as the default). Without a public
/// address the language links are relative to the page.
pub fn with_head_links(page: &str, route: Route, lang: Lang, canonical: Option<&str>) -> String {
    let address = |version: Lang| match canonical {
        Some(site) => page_url(site, route, version),
        None => ox_core::route::link(route.root(lang), &route.path(version)),
    };
    let mut links = String::new();
    if canonical.is_some() {
        links.push_str(&format!(
            r#"<link rel="canonical" href="{}">"#,
            html::attr(&address(lang))
        ));
    }
    for (code, version) in Lang::ALL
        .map(|l| (l.code(), l))
        .into_iter()
        .chain([("x-default", Lang::De)])
    {
        links.push_str(&format!(
            r#"<link rel="alternate" hreflang="{code}" href="{}">"#,
            html::attr(&address(version))
        ));
    }
    let mut page = page.to_string();
    crate::tags::insert_into_head(&mut page, &links);
    page
}

/// The sitemap of the pages meant to be found: the overview and the text pages. The chart embeds
/// are left out: they are there to be framed by other sites, and show what the overview shows.
pub fn sitemap(canonical: &str, routes: &[Route]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for &route in routes.iter().filter(|r| !matches!(r, Route::Embed(_))) {
        for lang in Lang::ALL {
            out.push_str(&format!(
                "  <url><loc>{}</loc></url>\n",
                html::text(&page_url(canonical, route, lang))
            ));
        }
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt`: everything may be read, and where the sitemap is. Crawlers read it only at a
/// domain's root; under a folder, its lines belong in the domain's own robots.txt.
pub fn robots(canonical: &str) -> String {
    format!("User-agent: *\nAllow: /\nSitemap: {canonical}sitemap.xml\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use ox_core::charts::ChartId;
    use ox_core::route::PageId;

    const SITE: &str = "https://example.org/ox/";

    #[test]
    fn every_page_names_its_public_address_and_its_other_language() {
        let page = "<html><head><title>x</title></head><body></body></html>";
        let about = with_head_links(page, Route::Page(PageId::About), Lang::En, Some(SITE));
        assert!(
            about.contains(r#"<link rel="canonical" href="https://example.org/ox/en/ueber/"><link rel="alternate" hreflang="de" href="https://example.org/ox/ueber/"><link rel="alternate" hreflang="en" href="https://example.org/ox/en/ueber/"><link rel="alternate" hreflang="x-default" href="https://example.org/ox/ueber/"></head>"#),
            "{about}"
        );
        let home = with_head_links(page, Route::Dashboard, Lang::De, Some(SITE));
        assert!(home.contains(r#"<link rel="canonical" href="https://example.org/ox/">"#));
        // Without a public address: no canonical link, the versions relative to the page.
        let local = with_head_links(page, Route::Dashboard, Lang::En, None);
        assert!(!local.contains("canonical"));
        assert!(local.contains(r#"hreflang="de" href="../""#), "{local}");
        assert!(local.contains(r#"hreflang="en" href="../en/""#), "{local}");
        let local = with_head_links(page, Route::Dashboard, Lang::De, None);
        assert!(local.contains(r#"hreflang="de" href="./""#), "{local}");
    }

    #[test]
    fn the_sitemap_lists_the_pages_but_not_the_embeds() {
        let dataset =
            ox_core::model::parse_dataset(include_str!("../../../public/data/dataset.json"))
                .expect("shipped");
        let routes = crate::routes(&dataset);
        let map = sitemap(SITE, &routes);
        assert!(map.contains("<loc>https://example.org/ox/</loc>"));
        assert!(map.contains("<loc>https://example.org/ox/barrierefreiheit/</loc>"));
        assert!(map.contains("<loc>https://example.org/ox/en/barrierefreiheit/</loc>"));
        assert!(!map.contains("embed"));
        assert_eq!(map.matches("<url>").count(), 2 * (1 + PageId::ALL.len()));
        assert!(routes.contains(&Route::Embed(Some(ChartId::ALL[0]))));
        assert!(robots(SITE).contains("Sitemap: https://example.org/ox/sitemap.xml\n"));
    }
}
