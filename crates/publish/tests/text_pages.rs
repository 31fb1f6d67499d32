//! The pages of text (about, accessibility, privacy, Leichte Sprache, Impressum) as the server
//! sends them: their headings in order, the operator from the settings where the law asks for
//! them, and on the about page the page weight the build measured.

mod common;

use common::*;
use ox_core::i18n::{Lang, PageText};
use ox_core::page_weight::{FileWeight, PageWeight};
use ox_core::route::{PageId, Route};

/// The section headings of each page, in order.
fn headings(page: PageId) -> &'static [PageText] {
    use PageText::*;
    match page {
        PageId::About => &[
            AboutDataHeading,
            AboutCheckHeading,
            AboutChartsHeading,
            AboutBuiltHeading,
            AboutWeightHeading,
            AboutSpeedHeading,
        ],
        PageId::Accessibility => &[
            A11yStatusHeading,
            A11yLimitsHeading,
            A11yPreparedHeading,
            A11yFeedbackHeading,
            A11yEnforcementHeading,
        ],
        PageId::EasyLanguage => &[
            EasyAboutHeading,
            EasyWordsHeading,
            EasyNumbersHeading,
            EasySourceHeading,
            EasyMoreHeading,
        ],
        PageId::Privacy => &[
            PrivacyNotHeading,
            PrivacyLogsHeading,
            PrivacyEmbedsHeading,
            PrivacyRightsHeading,
            PrivacyControllerHeading,
        ],
        PageId::Imprint => &[
            ImprintProviderHeading,
            ImprintResponsibleHeading,
            ImprintContentHeading,
        ],
    }
}

#[test]
fn the_operator_from_the_settings_is_named_where_the_law_asks_for_them() {
    let operator = operator();
    for lang in [Lang::De, Lang::En] {
        for page in [PageId::Accessibility, PageId::Privacy, PageId::Imprint] {
            let doc = parse(text_page(page, lang));
            let contact = text(one(&doc, "address[data-testid=operator-contact]"));
            assert!(contact.contains(&operator.name), "{page:?}: {contact}");
            for line in &operator.postal_address {
                assert!(contact.contains(line.as_str()), "{page:?}: {contact}");
            }
            let mail = one(&doc, "address a[href^='mailto:']");
            assert_eq!(
                mail.value().attr("href"),
                Some(format!("mailto:{}", operator.email).as_str())
            );
            // The example of a build without settings says so, next to the contact.
            one(&doc, "[data-testid=contact-example]");
            assert!(
                !text(one(&doc, "main")).contains("src/"),
                "{page:?}: a source path"
            );
        }
        let statement = parse(text_page(PageId::Accessibility, lang));
        let link = one(&statement, "[data-testid=enforcement-link] a");
        assert_eq!(
            link.value().attr("href"),
            Some(operator.enforcement_url.as_str())
        );
        let imprint = parse(text_page(PageId::Imprint, lang));
        let licence = text(one(&imprint, "[data-testid=imprint-licence]"));
        assert!(
            licence.contains(&operator.name) && licence.contains("CC BY 4.0"),
            "{licence}"
        );
        // The footer of every page names the publisher, and links the Impressum.
        for (route, html) in pages(lang) {
            let doc = parse(html);
            one(&doc, "a[data-testid=footer-impressum]");
            if !matches!(route, Route::Embed(_)) {
                let footer = text(one(&doc, "[data-testid=footer-operator]"));
                assert!(footer.contains(&operator.name), "{route:?}: {footer}");
            }
        }
    }
}

#[test]
fn every_text_page_has_its_headings_in_order() {
    for page in PageId::ALL {
        for lang in [Lang::De, Lang::En] {
            let doc = parse(text_page(page, lang));
            let shown: Vec<String> = all(&doc, "main h2").into_iter().map(text).collect();
            let mut rest = shown.iter();
            for want in headings(page) {
                let want = want.get(lang);
                assert!(
                    rest.any(|h| h == want),
                    "{page:?} in {lang:?}: «{want}» missing or out of order in {shown:?}"
                );
            }
            one(&doc, "[data-testid=back-to-dashboard]");
        }
    }
}

fn text_page(id: PageId, lang: Lang) -> &'static str {
    page(Route::Page(id), lang)
}

fn file(path: &str, bytes: u64, brotli: u64) -> FileWeight {
    FileWeight {
        path: path.into(),
        bytes,
        brotli,
        gzip: brotli + brotli / 4,
    }
}

#[test]
fn the_about_page_shows_the_page_weight_it_is_given() {
    let about = Route::Page(PageId::About);
    // Without a measurement (the build measures after writing the overview), it says so.
    let doc = parse(text_page(PageId::About, Lang::De));
    one(&doc, "[data-testid=page-weight-missing]");
    assert!(all(&doc, "[data-testid=page-weight]").is_empty());

    let weight = PageWeight {
        built: "2026-04-01".into(),
        first_view: vec![
            file("index.html", 61_234, 9_876),
            file("style/main.css", 20_049, 4_951),
        ],
        later: vec![file("charts/konten-0123456789abcdef.svg", 30_000, 6_000)],
        app: vec![file("ox-transparenz_bg.wasm", 1_604_800, 512_345)],
    };
    let doc = parse(&render(about, Lang::De, Some(&weight)));
    assert!(all(&doc, "[data-testid=page-weight-missing]").is_empty());
    one(&doc, "[data-testid=page-weight]");
    let row = |id: &str| cells(one(&doc, &format!("[data-testid={id}]")));
    // Part, files, as sent (Brotli), as stored: kilobytes of 1,000 bytes to one decimal.
    assert_eq!(
        row("weight-first"),
        [
            PageText::AboutWeightFirst.get(Lang::De),
            "2",
            "14,8 kB",
            "81,3 kB"
        ]
    );
    assert_eq!(row("weight-later")[1..], ["1", "6,0 kB", "30,0 kB"]);
    assert_eq!(row("weight-app")[1..], ["1", "512,3 kB", "1.604,8 kB"]);
    assert_eq!(row("weight-all")[1..], ["4", "533,2 kB", "1.716,1 kB"]);
    let files: Vec<String> = all(&doc, "[data-testid=page-weight-files] tbody tr th")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(
        files,
        [
            "index.html",
            "style/main.css",
            "charts/konten-0123456789abcdef.svg",
            "ox-transparenz_bg.wasm"
        ]
    );
    let main = text(one(&doc, "main"));
    assert!(main.contains("1. April 2026"), "the day of the build");

    let doc = parse(&render(about, Lang::En, Some(&weight)));
    let row = |id: &str| cells(one(&doc, &format!("[data-testid={id}]")));
    assert_eq!(row("weight-all")[1..], ["4", "533.2 kB", "1,716.1 kB"]);
}
