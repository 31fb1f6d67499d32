//! What a page's head says about it, in the page's language: its title (tab, bookmarks, search
//! results) and its description (search results, link previews). The build writes both into each
//! page; the app keeps the title as the page changes language or view.

use crate::format;
use crate::i18n::UiText;
use crate::lang::Lang;
use crate::model::{Snapshot, Totals};
use crate::route::{PageId, Route};

/// The longest `<title>` a page gets: longer ones are cut off in search results and tabs (and
/// `html-validate`'s standard rules refuse them).
pub const MAX_TITLE: usize = 70;

/// The page's `<title>`: what the page is (a text page's or a chart's short name), then the site,
/// with the administration's name where that still fits in [`MAX_TITLE`] characters.
pub fn title(route: Route, lang: Lang) -> String {
    let (site, suffix) = (
        UiText::SiteTitle.get(lang),
        UiText::SiteTitleSuffix.get(lang),
    );
    let name = match route {
        Route::Embed(Some(chart)) => Some(chart.name().get(lang)),
        Route::Page(page) => Some(page.name().get(lang)),
        Route::Dashboard | Route::Embed(None) => None,
    };
    let candidates = match name {
        Some(name) => [
            format!("{name} – {site} – {suffix}"),
            format!("{name} – {site}"),
        ],
        None => [format!("{site} – {suffix}"), site.to_string()],
    };
    let [long, short] = candidates;
    if long.chars().count() <= MAX_TITLE {
        long
    } else {
        short
    }
}

/// One or two sentences on what the page holds, with the overview's figures from `snapshot`.
pub fn description(route: Route, lang: Lang, snapshot: &Snapshot, chart: Option<&str>) -> String {
    let source = [
        ("number", snapshot.source.number.as_str()),
        ("date", &format::date(&snapshot.source.date, lang)),
    ];
    match (route, chart) {
        (Route::Page(page), _) => match page {
            PageId::About => UiText::DescAbout,
            PageId::Accessibility => UiText::DescAccessibility,
            PageId::EasyLanguage => UiText::DescEasyLanguage,
            PageId::Privacy => UiText::DescPrivacy,
            PageId::Imprint => UiText::DescImprint,
        }
        .get(lang)
        .to_string(),
        (Route::Embed(Some(_)), Some(title)) => {
            UiText::DescEmbed.fill(lang, &[&source[..], &[("title", title)]].concat())
        }
        _ => {
            let totals = Totals::of(&snapshot.bodies);
            let share = totals
                .ox_share()
                .map_or_else(|| "–".into(), |s| format::share(s, lang));
            let fully = format::int(totals.fully_migrated as u64, lang);
            let all = format::int(totals.bodies as u64, lang);
            let figures = [("share", share.as_str()), ("fully", &fully), ("all", &all)];
            UiText::DescDashboard.fill(lang, &[&source[..], &figures[..]].concat())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::ChartId;

    fn shipped() -> Snapshot {
        let text = include_str!("../../../public/data/dataset.json");
        crate::model::parse_dataset(text)
            .expect("shipped dataset")
            .latest()
            .clone()
    }

    #[test]
    fn each_page_has_a_title_and_a_description_in_its_language() {
        let s = shipped();
        let de = description(Route::Dashboard, Lang::De, &s, None);
        assert!(de.contains("97,8\u{a0}%") && de.contains("20/4245"), "{de}");
        let en = description(Route::Dashboard, Lang::En, &s, None);
        assert!(en.contains("97.8%") && en.contains("6 of 40"), "{en}");
        // The administration's name only where it fits in 70 characters.
        assert_eq!(
            title(Route::Page(PageId::Privacy), Lang::En),
            "Privacy – Moving to Open-Xchange"
        );
        assert_eq!(
            title(Route::Dashboard, Lang::De),
            "Umstieg auf Open-Xchange – Landesverwaltung Schleswig-Holstein"
        );
        let embed = Route::Embed(Some(ChartId::Share));
        assert_eq!(
            title(embed, Lang::De),
            "Diagramm: Anteil umgestellt je Behörde – Umstieg auf Open-Xchange"
        );
        for lang in Lang::ALL {
            for route in PageId::ALL
                .map(Route::Page)
                .into_iter()
                .chain(ChartId::ALL.map(|c| Route::Embed(Some(c))))
                .chain([Route::Embed(Some(ChartId::Changes))])
            {
                assert!(title(route, lang).chars().count() <= MAX_TITLE, "{route:?}");
            }
        }
        assert!(description(embed, Lang::En, &s, Some("Share")).starts_with("Share – chart"));
        // Every page's description differs from every other's (search engines show them).
        let mut all: Vec<String> = PageId::ALL
            .into_iter()
            .map(Route::Page)
            .chain([Route::Dashboard])
            .flat_map(|r| [Lang::De, Lang::En].map(|l| description(r, l, &s, None)))
            .collect();
        let n = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), n);
    }
}
