//! What search engines and link previews need once the site's public address is known
//! (`site.toml`, `canonical_url`): each page's canonical link, `sitemap.xml` and `robots.txt`.

use ox_core::html;
use ox_core::route::Route;

/// The public address of `route`'s page.
pub fn page_url(canonical: &str, route: Route) -> String {
    format!("{canonical}{}", route.path())
}

/// `page` with its canonical link at the end of its head.
pub fn with_canonical_link(page: &str, canonical: &str, route: Route) -> String {
    let link = format!(
        r#"<link rel="canonical" href="{}">"#,
        html::attr(&page_url(canonical, route))
    );
    let mut page = page.to_string();
    crate::tags::insert_into_head(&mut page, &link);
    page
}

/// The sitemap of the pages meant to be found: the overview and the text pages. The chart embeds
/// are left out: they are there to be framed by other sites, and show what the overview shows.
pub fn sitemap(canonical: &str, routes: &[Route]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for &route in routes.iter().filter(|r| !matches!(r, Route::Embed(_))) {
        out.push_str(&format!(
            "  <url><loc>{}</loc></url>\n",
            html::text(&page_url(canonical, route))
        ));
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
    fn every_page_names_its_public_address() {
        let page = "<html><head><title>x</title></head><body></body></html>";
        let about = with_canonical_link(page, SITE, Route::Page(PageId::About));
        assert!(
            about.contains(r#"<link rel="canonical" href="https://example.org/ox/ueber/"></head>"#)
        );
        let home = with_canonical_link(page, SITE, Route::Dashboard);
        assert!(home.contains(r#"href="https://example.org/ox/">"#));
    }

    #[test]
    fn the_sitemap_lists_the_pages_but_not_the_embeds() {
        let routes = crate::routes();
        let map = sitemap(SITE, &routes);
        assert!(map.contains("<loc>https://example.org/ox/</loc>"));
        assert!(map.contains("<loc>https://example.org/ox/barrierefreiheit/</loc>"));
        assert!(!map.contains("embed"));
        assert_eq!(map.matches("<url>").count(), 1 + PageId::ALL.len());
        assert!(routes.contains(&Route::Embed(Some(ChartId::ALL[0]))));
        assert!(robots(SITE).contains("Sitemap: https://example.org/ox/sitemap.xml\n"));
    }
}
