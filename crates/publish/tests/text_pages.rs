//! The pages of text (about, accessibility, privacy, Leichte Sprache) as the server sends them:
//! their headings in order, and on the about page the page weight the build measured.

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
